import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recordDecision } from '../../../domain/case/decision.commands.js';
import type { DecisionInput } from '../../../domain/case/case.schema.js';
import type { CaseFile } from '../../../domain/case/case-file.js';
import { tally } from '../../../domain/deliberation/tally.js';
import { castVote, comment, declareConflict } from '../../../domain/deliberation/vote.commands.js';
import type { Position } from '../../../domain/deliberation/vote.schema.js';
import { visibleCase } from '../../../domain/deliberation/visibility.js';
import type { Fund } from '../../../domain/fund/fund.schema.js';
import { notificationsFor, reaches } from '../../../domain/notifications/notify.js';
import type { Actor } from '../../../domain/people/actor.schema.js';
import { availableActions } from '../../../domain/policies/case.policy.js';
import { aVote } from '../../support/fixtures.js';
import { ctxAt, FUND, fileIn, fund as baseFund, hoursAfter, people, step } from '../builders.js';

/**
 * Votes stay anonymous towards those who may not see them: whatever the panel did, the counsellor, a
 * member who has not voted and a recused member read the same. Two different ways a panel can vote
 * (who votes, abstains, revises, comments or steps aside, how, in which order, at which moments)
 * end in the same decision as the manager writes it; what those viewers see must not tell them apart.
 */

const DISCIPLINES = ['debt_relief', 'income_benefits', 'social_work', 'housing'];
const positions: Position[] = ['grant', 'grant_with_conditions', 'refuse', 'abstain'];

const panelMember = (userId: string, discipline: string, organisationId = `org-${userId}`): Actor => ({
  userId, name: userId, fundId: FUND, role: 'panel_member', organisationId, discipline,
});

/** A fund of 1–4 disciplines with 1–3 members each, and its quorum. */
const anyPanel = fc
  .record({
    sizes: fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 1, maxLength: DISCIPLINES.length }),
    minVotes: fc.integer({ min: 1, max: 3 }),
    minDisciplines: fc.integer({ min: 1, max: 3 }),
    idleDiscipline: fc.nat(),
    asideDiscipline: fc.nat(),
    asideVotedFirst: fc.boolean(),
  })
  .map(({ sizes, minVotes, minDisciplines, idleDiscipline, asideDiscipline, asideVotedFirst }) => {
    const disciplines = DISCIPLINES.slice(0, sizes.length);
    const members = sizes.flatMap((n, d) => Array.from({ length: n }, (_, k) => panelMember(`m${d}${k}`, disciplines[d]!)));
    const fund: Fund = {
      ...baseFund,
      settings: { ...baseFund.settings, disciplines, quorum: { minVotes, minDisciplines: Math.min(minDisciplines, minVotes, disciplines.length) } },
    };
    return {
      fund,
      members,
      /** A member who never votes, and one who steps aside (having voted first, or not): the same in both runs. */
      idle: panelMember('idle', disciplines[idleDiscipline % disciplines.length]!),
      aside: panelMember('aside', disciplines[asideDiscipline % disciplines.length]!),
      asideVotedFirst,
    };
  });

/** What one other member does: nothing, vote, vote and revise, step aside (after voting or not); perhaps comment first. */
const anyConduct = fc.record({
  does: fc.constantFrom('nothing', 'vote', 'revise', 'recuse', 'voteThenRecuse'),
  first: fc.constantFrom(...positions),
  then: fc.constantFrom(...positions),
  comments: fc.boolean(),
  /** Minutes after the deliberation opened; each next step of theirs half an hour later. */
  startsAt: fc.integer({ min: 60, max: 140 * 60 }),
});

/** The same decision, as the manager writes it, whatever the votes: dissent and an override given, so every panel may end in it. */
const anyDecision: fc.Arbitrary<DecisionInput> = fc
  .record({ outcome: fc.constantFrom('granted', 'granted_with_conditions', 'refused'), ruleSetAside: fc.boolean() })
  .map(({ outcome, ruleSetAside }) => ({
    outcome,
    ...(outcome === 'refused' ? {} : { amountCents: 1_500_00 }),
    ...(outcome === 'granted_with_conditions' ? { conditions: 'Betaling rechtstreeks aan de verhuurder.' } : {}),
    reasoning: 'Het panel ziet een echte doorbraak, met twijfel over de regels.',
    dissent: 'Niet alle leden wogen het even zwaar.',
    ...(ruleSetAside ? { ruleSetAside: { rule: 'Eerst bijzondere bijstand', why: 'De ontruiming is volgende week, de aanvraag duurt acht weken.' } } : {}),
    quorumOverride: { reason: 'Het panel was niet compleet; de datum dwingt.' },
  }));

const aGrantWithDissent: DecisionInput = {
  outcome: 'granted',
  amountCents: 1_500_00,
  reasoning: 'Het panel ziet een echte doorbraak.',
  dissent: 'Eén lid zag geen doorbraak.',
};

type Conduct = { does: string; first: Position; then: Position; comments: boolean; startsAt: number };
type Act = { at: number; run: (f: CaseFile, now: string) => ReturnType<typeof castVote> };

const OPENED_HOURS = 3; // fileIn('in_deliberation') opens the deliberation three hours after T0
const atMinute = (minutes: number) => hoursAfter(OPENED_HOURS + minutes / 60);

function actsOf(member: Actor, c: Conduct): Act[] {
  const acts: Act[] = [];
  let at = c.startsAt;
  const next = (run: Act['run']) => acts.push({ at: (at += 30), run });
  if (c.comments) next((f, now) => comment(f, member, `Overweging van ${member.userId}.`, ctxAt(now)));
  if (c.does !== 'nothing' && c.does !== 'recuse') next((f, now) => castVote(f, member, aVote(c.first, `Stem van ${member.userId}.`), ctxAt(now)));
  if (c.does === 'revise') next((f, now) => castVote(f, member, aVote(c.then, `Herzien door ${member.userId}.`), ctxAt(now)));
  if (c.does === 'recuse' || c.does === 'voteThenRecuse') next((f, now) => declareConflict(f, member, `${member.userId} kent de cliënt.`, ctxAt(now)));
  return acts;
}

type Panel = typeof anyPanel extends fc.Arbitrary<infer P> ? P : never;

/** The case walked through one way of voting to the decision; also the file just before it. */
function walk(panel: Panel, conduct: Conduct[], decision: DecisionInput) {
  const aside: Act[] = [
    ...(panel.asideVotedFirst ? [{ at: 5 * 60, run: (f: CaseFile, now: string) => castVote(f, panel.aside, aVote('refuse', 'Eigen stem.'), ctxAt(now)) }] : []),
    { at: 6 * 60, run: (f: CaseFile, now: string) => declareConflict(f, panel.aside, 'Ik ken de verhuurder.', ctxAt(now)) },
  ];
  const acts = [...aside, ...panel.members.flatMap((m, i) => actsOf(m, conduct[i]!))].sort((a, b) => a.at - b.at);
  const before = acts.reduce((f, act) => step(f, act.run(f, atMinute(act.at))), fileIn('in_deliberation'));
  const decided = step(before, recordDecision(before, people.marieke, decision, ctxAt(atMinute(150 * 60), panel.fund)));
  return { before, decided };
}

/**
 * What a viewer can read of the case: the case view (the domain's blind rules), the actions offered,
 * and the notifications that reach them. History ids are left out: the builder numbers entries
 * across the whole file, where the store names each by its place in its own change and a random id.
 */
function seenBy(viewer: Actor, file: CaseFile, fund: Fund) {
  const visible = visibleCase(viewer, file, fund.settings);
  return {
    ...visible,
    history: visible.history.map(({ id: _id, ...entry }) => entry),
    actions: availableActions(viewer, file),
    notifications: file.history.flatMap((event) =>
      notificationsFor(file.case, event)
        .filter((n) => reaches(n.recipient, viewer))
        .map((n) => ({ type: n.type, at: event.at })),
    ),
  };
}

describe('votes stay anonymous towards those who may not see them', () => {
  it('shows the counsellor, a member who has not voted and a recused member the same, however the panel voted', () => {
    let tallyDiffered = 0;
    let runs = 0;
    fc.assert(
      fc.property(
        anyPanel.chain((panel) =>
          fc.record({
            panel: fc.constant(panel),
            one: fc.array(anyConduct, { minLength: panel.members.length, maxLength: panel.members.length }),
            other: fc.array(anyConduct, { minLength: panel.members.length, maxLength: panel.members.length }),
            decision: anyDecision,
          }),
        ),
        ({ panel, one, other, decision }) => {
          runs++;
          const a = walk(panel, one, decision);
          const b = walk(panel, other, decision);
          const colleague = people.mila; // a member of the counsellor's own organisation: recused by the rule
          const viewers = [people.sanne, panel.idle, panel.aside, colleague];
          for (const viewer of viewers) {
            expect(seenBy(viewer, b.before, panel.fund), `${viewer.userId} before the decision`).toEqual(seenBy(viewer, a.before, panel.fund));
            expect(seenBy(viewer, b.decided, panel.fund), `${viewer.userId} after the decision`).toEqual(seenBy(viewer, a.decided, panel.fund));
          }
          const counsellorSees = visibleCase(people.sanne, a.decided, panel.fund.settings);
          expect(counsellorSees.case.decision).toBeDefined();
          expect(counsellorSees.case.decision).not.toHaveProperty('tally');
          expect(counsellorSees.case).not.toHaveProperty('ballots');
          // Not a vacuous test: the manager sees the tally, and the two ways of voting often differ in it.
          const managerSees = (f: CaseFile) => visibleCase(people.marieke, f, panel.fund.settings).case.decision?.tally;
          expect(managerSees(a.decided)).toEqual(tally(a.before.case, a.before.votes, a.before.conflicts, panel.fund.settings));
          if (JSON.stringify(managerSees(a.decided)) !== JSON.stringify(managerSees(b.decided))) tallyDiffered++;
        },
      ),
      { numRuns: 300 },
    );
    expect(tallyDiffered).toBeGreaterThan(runs / 2);
  });

  it('names no voter to those who have not voted, in one discipline of one member each', () => {
    const members = DISCIPLINES.map((d, i) => panelMember(`alone${i}`, d));
    const fund: Fund = { ...baseFund, settings: { ...baseFund.settings, disciplines: DISCIPLINES, quorum: { minVotes: 3, minDisciplines: 3 } } };
    let file = fileIn('in_deliberation');
    members.slice(0, 3).forEach((m, i) => (file = step(file, castVote(file, m, aVote(i === 0 ? 'refuse' : 'grant'), ctxAt(atMinute(60 + i * 60))))));
    file = step(file, recordDecision(file, people.marieke, aGrantWithDissent, ctxAt(atMinute(600), fund)));
    for (const viewer of [people.sanne, members[3]!, people.mila]) {
      const text = JSON.stringify(visibleCase(viewer, file, fund.settings));
      for (const voter of members.slice(0, 3)) expect(text, viewer.userId).not.toContain(voter.userId);
      for (const word of ['debt_relief', 'income_benefits', 'social_work', 'countedVotes', 'counts', 'leaning', 'lensesApart', 'quorum"'])
        expect(text, `${viewer.userId}: ${word}`).not.toContain(word);
    }
    // The voters themselves and the manager keep the tally.
    for (const seer of [members[0]!, people.marieke]) {
      expect(visibleCase(seer, file, fund.settings).case.decision?.tally).toMatchObject({ counts: { grant: 2, refuse: 1 }, countedVotes: 3 });
    }
  });
});
