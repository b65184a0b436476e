import type { Case } from '../case/case.schema.js';
import type { CaseChange, CaseFile, CommandContext } from '../case/case-file.js';
import type { HistoryEntry } from '../case/case-event.schema.js';
import type { DraftRequest } from '../case/request.schema.js';
import type { Vote } from '../deliberation/vote.schema.js';
import type { FollowUpMoment } from '../follow-up/follow-up.schema.js';
import { refOf, type Actor } from '../people/actor.schema.js';
import { revised } from '../case/transition.js';

/** What purged narrative text reads as from then on. */
export const PURGED = '[verwijderd na de bewaartermijn]';

const gone = <T>(value: T | undefined): T | string | undefined => (value === undefined ? undefined : PURGED);

/**
 * After the fund's retention period from closing, the case's narrative personal text is replaced by
 * a marker: the request's stories and references, the reasoning, questions, comments, the rationale
 * of votes, the reports' texts and every free-text reason in the history. What stays: the figures
 * (amounts, category, household numbers, dates, states), the votes' positions and assessments, the
 * reports' outcomes, and the approved lessons, which live apart from the case in the library.
 */
export function purgeNarrative(file: CaseFile, actor: Actor, ctx: CommandContext): CaseChange {
  const kase = file.case;
  const purgedCase = revised(kase, {
    request: purgedRequest(kase.request),
    ...(kase.screening ? { screening: { ...kase.screening, text: gone(kase.screening.text) } } : {}),
    ...(kase.decision ? { decision: purgedDecision(kase.decision) } : {}),
    ...(kase.withdrawal ? { withdrawal: { ...kase.withdrawal, reason: PURGED } } : {}),
    ...(kase.closure?.reason ? { closure: { ...kase.closure, reason: PURGED } } : {}),
    ...(kase.payment
      ? { payment: { ...kase.payment, payments: kase.payment.payments.map((p) => ({ ...p, payee: { ...p.payee, reference: PURGED } })) } }
      : {}),
    ...(kase.followUp ? { followUp: { ...kase.followUp, moments: kase.followUp.moments.map(purgedMoment) } } : {}),
    retention: { purgeAfter: kase.retention!.purgeAfter, purgedAt: ctx.now },
  }, ctx.now);
  return {
    case: purgedCase,
    caseChanged: true,
    events: [{ type: 'narrative_purged', at: ctx.now, by: refOf(actor), reason: `retention of ${ctx.fund.settings.retentionMonths} months` }],
    purged: {
      votes: file.votes.map(purgedVote),
      questions: file.questions.map((q) => ({ ...q, text: PURGED, ...(q.answer ? { answer: { ...q.answer, text: PURGED } } : {}) })),
      comments: file.comments.map((c) => ({ ...c, text: PURGED })),
      history: file.history.filter(hasNarrativeReason).map((h) => ({ ...h, reason: PURGED })),
    },
  };
}

function purgedRequest(r: DraftRequest): DraftRequest {
  return {
    ...r,
    clientRef: PURGED,
    ...(r.household ? { household: { ...r.household, situation: gone(r.household.situation) } } : {}),
    breakthrough: gone(r.breakthrough),
    ...(r.noAlternative ? { noAlternative: { ...r.noAlternative, explanation: gone(r.noAlternative.explanation) } } : {}),
    stability: gone(r.stability),
    ...(r.urgency ? { urgency: { ...r.urgency, reason: gone(r.urgency.reason) } } : {}),
    ...(r.payee ? { payee: { ...r.payee, name: gone(r.payee.name), reference: gone(r.payee.reference) } } : {}),
    expectedEffect: gone(r.expectedEffect),
    ...(r.costOfDoingNothing ? { costOfDoingNothing: { ...r.costOfDoingNothing, explanation: gone(r.costOfDoingNothing.explanation) } } : {}),
  };
}

function purgedDecision(d: NonNullable<Case['decision']>): NonNullable<Case['decision']> {
  return {
    ...d,
    reasoning: PURGED,
    ...(d.conditions ? { conditions: PURGED } : {}),
    ...(d.agreements ? { agreements: PURGED } : {}),
    ...(d.dissent ? { dissent: PURGED } : {}),
    // The rule that was set aside is policy, not personal: it stays; why, for this client, goes.
    ...(d.ruleSetAside ? { ruleSetAside: { rule: d.ruleSetAside.rule, why: PURGED } } : {}),
    ...(d.quorumOverride ? { quorumOverride: { reason: PURGED } } : {}),
    ...(d.budgetOverride ? { budgetOverride: { reason: PURGED } } : {}),
  };
}

function purgedMoment(m: FollowUpMoment): FollowUpMoment {
  if (m.reportedAt === undefined) return m;
  const notes = m.notes ? Object.fromEntries(Object.keys(m.notes).map((k) => [k, PURGED])) : undefined;
  return { ...m, ...(notes ? { notes } : {}), ...(m.unexpected ? { unexpected: PURGED } : {}), ...(m.lesson ? { lesson: PURGED } : {}) };
}

function purgedVote(v: Vote): Vote {
  const criteria = Object.fromEntries(
    Object.entries(v.criteria).map(([name, view]) => [
      name,
      { humanity: { assessment: view.humanity.assessment }, rules: { assessment: view.rules.assessment } },
    ]),
  ) as Vote['criteria'];
  return { ...v, rationale: PURGED, criteria };
}

/** A decision's reason is its outcome, a code: every other reason in the history is free text. */
const hasNarrativeReason = (h: HistoryEntry) => h.reason !== undefined && h.reason !== PURGED && h.type !== 'decision_recorded';
