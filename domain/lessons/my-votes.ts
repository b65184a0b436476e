import type { Case } from '../case/case.schema.js';
import type { Vote } from '../deliberation/vote.schema.js';
import { isReported, momentsOf } from '../follow-up/schedule.js';

/** One case a panel member voted on: their position, the decision, and what the follow-up says so far. */
export function voteOutcome(vote: Pick<Vote, 'caseId' | 'position' | 'castAt'>, kase: Case) {
  const moments = momentsOf(kase);
  const reported = moments.filter(isReported);
  const latest = [...reported].sort((a, b) => a.reportedAt!.localeCompare(b.reportedAt!)).at(-1);
  return {
    caseId: kase.id,
    category: kase.request.category,
    position: vote.position,
    castAt: vote.castAt,
    state: kase.state,
    ...(kase.decision ? { decision: { outcome: kase.decision.outcome, decidedAt: kase.decision.decidedAt } } : {}),
    ...(moments.length > 0
      ? { followUp: { reported: reported.length, of: moments.length, ...(latest?.breakthrough ? { breakthrough: latest.breakthrough } : {}) } }
      : {}),
  };
}
