import { describe, expect, it } from 'vitest';
import { caseActionNames, caseActions, rolesOf, shownOf, type CaseAction, type Relation } from '../../../domain/case/actions.js';
import type { CaseFile } from '../../../domain/case/case-file.js';
import { caseEventTypes } from '../../../domain/case/case-event.schema.js';
import { recordDecision } from '../../../domain/case/decision.commands.js';
import { deleteDraft, editDraft } from '../../../domain/case/draft.commands.js';
import { caseStates, type CaseState } from '../../../domain/case/lifecycle.js';
import { openDeliberation, screen, withdraw } from '../../../domain/case/screening.commands.js';
import { submit } from '../../../domain/case/submission.commands.js';
import { answerQuestion, askQuestion } from '../../../domain/deliberation/question.commands.js';
import { castVote, comment, declareConflict } from '../../../domain/deliberation/vote.commands.js';
import { closeCase, reportFollowUp } from '../../../domain/follow-up/follow-up.commands.js';
import { handOver } from '../../../domain/follow-up/handover.commands.js';
import { recordPayment } from '../../../domain/payment/payment.commands.js';
import type { Actor } from '../../../domain/people/actor.schema.js';
import { availableActions, canView, guard } from '../../../domain/policies/case.policy.js';
import type { Result } from '../../../domain/shared/result.js';
import { aGrant, aVote } from '../../support/fixtures.js';
import { ctxAt, fileIn, hoursAfter, people } from '../builders.js';
import { aReport } from '../follow-up/follow-up.builders.js';

/**
 * The people a case meets, each with the relations they hold to sanne's case, written out by hand:
 * the table says which relations may act, this says who holds them.
 */
const anouk = people.anouk;
const personas: Record<string, { actor: Actor; holds: Relation[] }> = {
  'the owner (sanne)': { actor: people.sanne, holds: ['owner'] },
  'a colleague of the owner (sem)': { actor: people.sem, holds: [] },
  'a counsellor of another organisation (youssef)': { actor: people.youssef, holds: [] },
  'the programme manager (marieke)': { actor: people.marieke, holds: ['manager'] },
  'an eligible panel member (kees)': { actor: people.kees, holds: ['panelMember', 'eligibleMember'] },
  'a panel member of the owner’s organisation (mila)': { actor: people.mila, holds: ['panelMember'] },
  'a panel member who declared a conflict (anouk)': { actor: anouk, holds: ['panelMember'] },
};

/** Sanne's case with anouk's declared conflict, put in any state: the guard reads only state, owner, organisation and conflicts. */
const base = fileIn('in_deliberation');
const conflict = { caseId: base.case.id, member: { userId: anouk.userId, name: anouk.name, role: anouk.role }, reason: 'Ken de cliënt.', at: base.case.createdAt };
const inState = (state: CaseState): CaseFile => ({ ...base, conflicts: [conflict], case: { ...base.case, state } });

/** What the table documents for one cell: allowed, refused for who they are, or refused for the case's state. */
function documented(action: CaseAction, state: CaseState, holds: Relation[]): 'ok' | 'forbidden' | 'invalid_transition' {
  const row = caseActions[action];
  if (!row.by.some((relation) => holds.includes(relation))) return 'forbidden';
  return (row.from as readonly CaseState[]).includes(state) ? 'ok' : 'invalid_transition';
}

const outcome = (result: Result<unknown>) => (result.ok ? 'ok' : result.error.code);

const cells = caseActionNames.flatMap((action) =>
  caseStates.flatMap((state) => Object.entries(personas).map(([who, persona]) => ({ action, state, who, persona }))),
);

describe('the action table: every action × every state × everyone', () => {
  it.each(cells)('$action on a case that is $state, by $who, is as the table says', ({ action, state, persona }) => {
    expect(outcome(guard(action, inState(state), persona.actor))).toBe(documented(action, state, persona.holds));
  });

  it('refuses a state by naming it, the way the row names the action', () => {
    const result = guard('closeCase', inState('awaiting_answer'), people.marieke);
    expect(result).toEqual({
      ok: false,
      error: { code: 'invalid_transition', reason: 'invalid_transition', params: { state: 'awaiting_answer' }, state: 'awaiting_answer', message: 'Cannot close a case that is awaiting answer.' },
    });
  });

  it('gives the first relation’s reason when none holds', () => {
    const reason = (action: CaseAction, actor: Actor) => {
      const result = guard(action, inState('in_deliberation'), actor);
      return result.ok ? null : result.error.reason;
    };
    expect(reason('handOver', people.kees)).toBe('not_owner');
    expect(reason('askQuestion', people.sanne)).toBe('not_panel_member');
    expect(reason('vote', people.mila)).toBe('own_organisation');
    expect(reason('comment', anouk)).toBe('conflict_of_interest');
  });
});

describe('the actions offered to a viewer', () => {
  const views = caseStates.flatMap((state) => Object.entries(personas).map(([who, persona]) => ({ state, who, persona })));

  it.each(views)('on a case that is $state, $who is offered exactly the table’s allowed actions', ({ state, persona }) => {
    const file = inState(state);
    const expected = canView(persona.actor, file.case) ? caseActionNames.filter((a) => documented(a, state, persona.holds) === 'ok') : [];
    expect(availableActions(persona.actor, file)).toEqual(expected);
  });
});

const at = ctxAt(hoursAfter(30));

/** Every command, acted by the given person with input that is valid wherever the action is allowed. */
const commands: Record<CaseAction, (file: CaseFile, actor: Actor) => Result<unknown>> = {
  editDraft: (f, a) => editDraft(f, a, { amountCents: 1_500_00 }, at),
  deleteDraft: (f, a) => deleteDraft(f, a),
  submit: (f, a) => submit(f, a, [], at),
  withdraw: (f, a) => withdraw(f, a, 'Cliënt heeft zelf betaald.', at),
  screen: (f, a) => screen(f, a, { outcome: 'in' }, at),
  openDeliberation: (f, a) => openDeliberation(f, a, at),
  declareConflict: (f, a) => declareConflict(f, a, 'Ken de cliënt privé.', at),
  askQuestion: (f, a) => askQuestion(f, a, 'Hoe hoog is de huur nu?', at),
  answerQuestion: (f, a) => answerQuestion(f, a, { questionId: 'none', text: 'Ruim 700 euro.' }, at),
  vote: (f, a) => castVote(f, a, aVote(), at),
  comment: (f, a) => comment(f, a, 'Goed onderbouwd.', at),
  recordDecision: (f, a) => recordDecision(f, a, aGrant(), at),
  recordPayment: (f, a) => recordPayment(f, a, { amountCents: 100_00, paidOn: '2026-11-21', payee: { kind: 'landlord', reference: 'Contract 12-B' } }, at),
  reportFollowUp: (f, a) => reportFollowUp(f, a, { moment: 1, report: aReport() }, at),
  closeCase: (f, a) => closeCase(f, a, { reason: 'Cliënt verhuisd.' }, at),
  handOver: (f, a) => handOver(f, a, { toUserId: people.sem.userId }, { ...people.sem, disabled: false }, at),
};

describe('every command asks the table first', () => {
  const refused = cells.filter(({ action, state, persona }) => documented(action, state, persona.holds) !== 'ok');

  it.each(refused)('$action on a case that is $state, by $who, is refused by the command as by the guard', ({ action, state, persona }) => {
    const file = inState(state);
    const guarded = guard(action, file, persona.actor);
    expect(commands[action](file, persona.actor)).toEqual(guarded);
  });
});

describe('the table itself', () => {
  it('shows each kind of history entry the same way wherever it is recorded', () => {
    for (const type of caseEventTypes) {
      const shown = new Set(Object.values(caseActions).flatMap((row) => {
        const seen = (row.events as Partial<Record<string, string>>)[type];
        return seen ? [seen] : [];
      }));
      expect(shown.size, type).toBeLessThanOrEqual(1);
      if (shown.size === 1) expect(shownOf(type)).toBe([...shown][0]);
    }
  });

  it('keeps the ballots and who stepped aside blind, and a conflict’s reason private', () => {
    expect(['vote_cast', 'vote_revised', 'vote_set_aside', 'comment_added'].map((t) => shownOf(t as (typeof caseEventTypes)[number]))).toEqual(['blind', 'blind', 'blind', 'blind']);
    expect(shownOf('conflict_declared')).toBe('blindReasonPrivate');
    expect(shownOf('voting_deadline_passed')).toBe('everyone');
  });

  it('lets each action be called by the roles of its relations only', () => {
    expect(rolesOf('handOver')).toEqual(['counsellor', 'programme_manager']);
    expect(rolesOf('askQuestion')).toEqual(['panel_member', 'programme_manager']);
    expect(rolesOf('vote')).toEqual(['panel_member']);
  });
});
