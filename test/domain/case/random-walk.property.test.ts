import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recordDecision } from '../../../domain/case/decision.commands.js';
import { editDraft } from '../../../domain/case/draft.commands.js';
import type { CaseChange, CaseFile, CommandContext } from '../../../domain/case/case-file.js';
import type { CaseState } from '../../../domain/case/lifecycle.js';
import { openDeliberation, screen, withdraw } from '../../../domain/case/screening.commands.js';
import { submit } from '../../../domain/case/submission.commands.js';
import { answerQuestion, askQuestion } from '../../../domain/deliberation/question.commands.js';
import { tally } from '../../../domain/deliberation/tally.js';
import { castVote, comment, declareConflict } from '../../../domain/deliberation/vote.commands.js';
import type { Position } from '../../../domain/deliberation/vote.schema.js';
import type { Actor } from '../../../domain/people/actor.schema.js';
import type { Result } from '../../../domain/shared/result.js';
import { aVote } from '../../support/fixtures.js';
import { applied, ctxAt, fileIn, people, settings } from '../builders.js';

/** Any command, by anyone: most are refused, and a refusal must never be half a change. */
type Step = (file: CaseFile, actor: Actor, ctx: CommandContext, pick: number) => Result<CaseChange>;

const positions: Position[] = ['grant', 'grant_with_conditions', 'refuse', 'abstain'];
const steps: Step[] = [
  (f, a, c, n) => editDraft(f, a, { amountCents: 100_00 + n * 100 }, c),
  (f, a, c) => submit(f, a, [], c),
  (f, a, c) => withdraw(f, a, 'Niet meer nodig.', c),
  (f, a, c, n) => screen(f, a, n % 4 === 0 ? { outcome: 'out', reason: 'Past niet in het fonds.' } : { outcome: 'in' }, c),
  (f, a, c) => openDeliberation(f, a, c),
  (f, a, c) => askQuestion(f, a, 'Hoe staat het ervoor?', c),
  (f, a, c, n) => answerQuestion(f, a, { questionId: f.questions.filter((q) => !q.answer)[n % 2]?.id ?? 'none', text: 'Goed.' }, c),
  (f, a, c, n) => castVote(f, a, aVote(positions[n % 4]!), c),
  (f, a, c) => comment(f, a, 'Meningen?', c),
  (f, a, c) => declareConflict(f, a, 'Ken de cliënt.', c),
  (f, a, c, n) =>
    recordDecision(
      f, a,
      n % 3 === 0
        ? { outcome: 'refused', reasoning: 'Geen doorbraak te verwachten.', dissent: 'Niet iedereen was het eens.', quorumOverride: { reason: 'Test zonder quorum.' } }
        : { outcome: 'granted', amountCents: 50_00 * (n + 1), reasoning: 'Een echte doorbraak.', dissent: 'Niet iedereen was het eens.', quorumOverride: { reason: 'Test zonder quorum.' } },
      c,
    ),
];

// Everyone, with the counsellor and the manager more often, so walks get past screening to the decision.
const actors = [...Object.values(people), people.sanne, people.sanne, people.marieke, people.marieke, people.marieke];
/** Where each state may lead by the commands of this walk; the states after the decision lead nowhere here. */
const moves: Partial<Record<CaseState, CaseState[]>> = {
  draft: ['submitted', 'withdrawn'],
  submitted: ['screened', 'screened_out', 'withdrawn'],
  screened: ['in_deliberation', 'withdrawn'],
  // A refusal goes straight on to follow-up: its effects are followed like a grant's.
  in_deliberation: ['awaiting_answer', 'decided', 'follow_up', 'withdrawn'],
  awaiting_answer: ['awaiting_answer', 'in_deliberation', 'withdrawn'],
  screened_out: [],
  decided: [],
  withdrawn: [],
  follow_up: [],
};

const starts: CaseState[] = ['draft', 'submitted', 'screened', 'in_deliberation', 'awaiting_answer'];
/** Cases start anywhere before the decision, so that every command gets its turn. */
const anyStart = fc.constantFrom(...starts);
const startFiles = Object.fromEntries(starts.map((s) => [s, fileIn(s)])) as Record<CaseState, CaseFile>;

const anyWalk = fc.array(
  fc.record({ step: fc.integer({ min: 0, max: steps.length - 1 }), actor: fc.integer({ min: 0, max: actors.length - 1 }), pick: fc.nat(20) }),
  { maxLength: 60 },
);

describe('any sequence of commands by anyone', () => {
  it('moves a case only along the lifecycle, one version at a time, and never out of a closed state', () => {
    fc.assert(
      fc.property(anyStart, anyWalk, (start, walk) => {
        let file = startFiles[start]!;
        walk.forEach(({ step, actor, pick }, i) => {
          const ctx = ctxAt(new Date(Date.parse('2026-11-21T10:00:00.000Z') + i * 60_000).toISOString());
          const result = steps[step]!(file, actors[actor]!, ctx, pick);
          if (!result.ok) return;
          const change = result.value;
          const from = file.case.state;
          const to = change.case.state;
          if (to !== from) expect(moves[from] ?? []).toContain(to);
          expect(change.case.version).toBe(file.case.version + (change.caseChanged ? 1 : 0));
          expect(change.events.every((e) => e.at === ctx.now)).toBe(true);
          file = applied(file, change);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('never counts a vote twice, nor a vote of a recused member, and never grants more than asked or allowed', () => {
    fc.assert(
      fc.property(anyStart, anyWalk, (start, walk) => {
        let file = startFiles[start]!;
        walk.forEach(({ step, actor, pick }, i) => {
          const ctx = ctxAt(new Date(Date.parse('2026-11-21T10:00:00.000Z') + i * 60_000).toISOString());
          const result = steps[step]!(file, actors[actor]!, ctx, pick);
          if (result.ok) file = applied(file, result.value);
        });
        const voters = file.votes.map((v) => v.member.userId);
        expect(new Set(voters).size).toBe(voters.length);
        const recused = new Set(file.conflicts.map((c) => c.member.userId));
        expect(voters.filter((v) => recused.has(v))).toEqual([]);
        const t = tally(file.case, file.votes, file.conflicts, settings);
        const eligible = file.votes.filter((v) => v.member.organisationId !== file.case.organisationId && !recused.has(v.member.userId));
        expect(t.countedVotes).toBe(eligible.filter((v) => v.position !== 'abstain').length);
        const decision = file.case.decision;
        if (decision?.amountCents !== undefined) {
          expect(decision.amountCents).toBeLessThanOrEqual(file.case.request.amountCents!);
          expect(decision.amountCents).toBeLessThanOrEqual(settings.maxPerRequestCents);
        }
        if (file.case.state === 'in_deliberation') expect(file.case.openQuestions).toBe(0);
        if (file.case.state === 'awaiting_answer') expect(file.case.openQuestions).toBeGreaterThan(0);
        expect(file.case.openQuestions).toBe(file.questions.filter((q) => !q.answer).length);
      }),
      { numRuns: 300 },
    );
  });
});
