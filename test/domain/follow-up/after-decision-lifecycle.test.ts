import { describe, expect, it } from 'vitest';
import type { CaseChange, CaseFile } from '../../../domain/case/case-file.js';
import type { CaseState } from '../../../domain/case/lifecycle.js';
import { closeCase, reportFollowUp } from '../../../domain/follow-up/follow-up.commands.js';
import { handOver } from '../../../domain/follow-up/handover.commands.js';
import { recordPayment } from '../../../domain/payment/payment.commands.js';
import { availableActions } from '../../../domain/policies/case.policy.js';
import type { Result } from '../../../domain/shared/result.js';
import { ctxAt, fileIn, people, step } from '../builders.js';
import { DUE_1, PAID_AT, aReport, inFollowUp } from './follow-up.builders.js';

const at = ctxAt(DUE_1);
const pay = (amountCents: number) => ({ amountCents, paidOn: '2026-11-21', payee: { kind: 'landlord' as const, reference: 'Contract 12-B' } });

const decided = fileIn('decided');
const files: Partial<Record<CaseState, CaseFile>> = {
  in_deliberation: fileIn('in_deliberation'),
  withdrawn: fileIn('withdrawn'),
  decided,
  paid: step(decided, recordPayment(decided, people.marieke, pay(500_00), ctxAt(PAID_AT))),
  follow_up: inFollowUp(),
  closed: step(inFollowUp(), closeCase(inFollowUp(), people.marieke, { reason: 'Cliënt is onbereikbaar geworden.' }, at)),
};

const commands: Record<string, (f: CaseFile) => Result<CaseChange>> = {
  recordPayment: (f) => recordPayment(f, people.marieke, pay(500_00), at),
  reportFollowUp: (f) => reportFollowUp(f, people.sanne, { moment: 1, report: aReport() }, at),
  closeCase: (f) => closeCase(f, people.marieke, { reason: 'Cliënt is onbereikbaar geworden.' }, at),
  handOver: (f) => handOver(f, people.sanne, { toUserId: 'sem' }, { ...people.sem, disabled: false }, at),
};

/** After the decision: decided → paid (in part) → follow_up (paid in full) → closed; a handover anywhere work is left. */
const allowed: Record<keyof typeof commands, Partial<Record<CaseState, CaseState>>> = {
  recordPayment: { decided: 'paid', paid: 'paid' },
  reportFollowUp: { follow_up: 'follow_up' },
  closeCase: { follow_up: 'closed' },
  handOver: { in_deliberation: 'in_deliberation', decided: 'decided', paid: 'paid', follow_up: 'follow_up' },
};

const table = Object.entries(allowed).flatMap(([command, from]) =>
  Object.keys(files).map((state) => ({ command, state: state as CaseState, to: from[state as CaseState] })),
);

describe('the transition table after the decision', () => {
  it.each(table)('$command on a case that is $state → $to', ({ command, state, to }) => {
    const result = commands[command]!(files[state]!);
    if (to) expect(result.ok ? result.value.case.state : result.error).toBe(to);
    else expect(!result.ok && result.error.code).toBe('invalid_transition');
  });

  it('offers each action where it is allowed, to whom it is allowed', () => {
    expect(availableActions(people.marieke, files.paid!)).toContain('recordPayment');
    expect(availableActions(people.sanne, files.follow_up!)).toEqual(['reportFollowUp', 'handOver']);
    expect(availableActions(people.marieke, files.follow_up!)).toEqual(['closeCase', 'handOver']);
    expect(availableActions(people.kees, files.follow_up!)).toEqual([]);
    expect(availableActions(people.marieke, files.closed!)).toEqual([]);
  });
});
