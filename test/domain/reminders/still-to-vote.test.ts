import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CaseFile } from '../../../domain/case/case-file.js';
import { castVote, declareConflict } from '../../../domain/deliberation/vote.commands.js';
import { notificationsFor } from '../../../domain/notifications/notify.js';
import type { Actor } from '../../../domain/people/actor.schema.js';
import { attendToCase } from '../../../domain/reminders/attend.commands.js';
import { votingReminderAt } from '../../../domain/reminders/reminders.js';
import { stillToVote } from '../../../domain/reminders/still-to-vote.js';
import { aVote } from '../../support/fixtures.js';
import { FUND, ctxAt, fileIn, hoursAfter, settings, step } from '../builders.js';

// sanne's cases are of madi-zuid: its panel members never vote on them.
const organisations = ['madi-zuid', 'ggd', 'woonstichting', 'juridisch-loket'] as const;
const actions = ['none', 'vote', 'conflict', 'vote_then_conflict'] as const;

const aPanel = fc.uniqueArray(
  fc.record({
    n: fc.nat(99),
    organisationId: fc.constantFrom(...organisations),
    discipline: fc.constantFrom(...settings.disciplines),
    action: fc.constantFrom(...actions),
    // Now and then a member whose account the manager disabled.
    disabled: fc.oneof({ weight: 4, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
  }),
  { selector: (m) => m.n, maxLength: 12 },
);

const actorOf = (m: { n: number; organisationId: string; discipline: string }): Actor => ({
  userId: `member-${m.n}`, name: `Lid ${m.n}`, fundId: FUND, role: 'panel_member', organisationId: m.organisationId, discipline: m.discipline,
});

/** The case after each member did what the arbitrary gave them, through the real commands (a member of madi-zuid is refused). */
type Member = { n: number; organisationId: string; discipline: string; action: (typeof actions)[number] };
function actedOn(file: CaseFile, panel: readonly Member[]): CaseFile {
  return panel.reduce((f, m, i) => {
    const member = actorOf(m);
    const tryStep = (g: CaseFile, result: ReturnType<typeof castVote>) => (result.ok ? step(g, result) : g);
    let next = f;
    if (m.action === 'vote' || m.action === 'vote_then_conflict') next = tryStep(next, castVote(next, member, aVote(), ctxAt(hoursAfter(10 + i))));
    if (m.action === 'conflict' || m.action === 'vote_then_conflict')
      next = tryStep(next, declareConflict(next, member, 'Ik ken de verhuurder.', ctxAt(hoursAfter(30 + i))));
    return next;
  }, file);
}

describe('the reminder that the voting deadline is near', () => {
  it('reaches exactly the members who may vote and have neither voted nor declared a conflict, whoever the panel is', () => {
    fc.assert(
      fc.property(aPanel, (members) => {
        const file = actedOn(fileIn('in_deliberation'), members);
        const panel = [
          ...members.map((m) => ({ ...actorOf(m), disabled: m.disabled })),
          // Others of the fund are never asked to vote.
          { userId: 'sanne', role: 'counsellor' as const, organisationId: 'madi-zuid' },
          { userId: 'marieke', role: 'programme_manager' as const, organisationId: 'gemeente-wpi' },
        ];
        const expected = members.filter((m) => m.organisationId !== 'madi-zuid' && m.action === 'none' && !m.disabled).map((m) => `member-${m.n}`);

        expect(stillToVote(file, panel).sort()).toEqual(expected.sort());

        const change = attendToCase(file, ctxAt(votingReminderAt(file.case.deliberation!)), panel)!;
        expect(change.events.map((e) => e.type)).toEqual(['voting_deadline_near']);
        const reached = change.events.flatMap((e) => notificationsFor(change.case, e, { stillToVote: change.stillToVote! }));
        expect(reached.map((n) => n.type).every((t) => t === 'voting_deadline_near')).toBe(true);
        expect(reached.map((n) => (n.recipient.kind === 'user' ? n.recipient.userId : `role:${n.recipient.role}`)).sort()).toEqual(expected.sort());
      }),
      { numRuns: 60 },
    );
  });

  it('goes to no role inbox, and not at all once the deadline itself has passed (the managers are told then)', () => {
    const file = fileIn('in_deliberation');
    const panel = [actorOf({ n: 1, organisationId: 'ggd', discipline: 'health_care' })];
    const near = attendToCase(file, ctxAt(votingReminderAt(file.case.deliberation!)), panel)!;
    expect(near.events.flatMap((e) => notificationsFor(near.case, e, { stillToVote: near.stillToVote! })).map((n) => n.recipient))
      .toEqual([{ kind: 'user', userId: 'member-1' }]);

    const late = attendToCase(file, ctxAt(file.case.deliberation!.deadline), panel)!;
    expect(late.events.map((e) => e.type)).toEqual(['voting_deadline_passed']);
    expect(late.case.reminders).toHaveProperty(`deadline-near:${file.case.deliberation!.deadline}`);
  });
});
