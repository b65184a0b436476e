import type * as z from 'zod';
import type { Case } from '../../domain/case/case.schema.js';
import { caseAsStored } from '../storage/case-change.writer.js';
import type { CaseChange, CaseFile } from '../../domain/case/case-file.js';
import type { HistoryEntry } from '../../domain/case/case-event.schema.js';
import { visibleCase } from '../../domain/deliberation/visibility.js';
import type { Fund } from '../../domain/fund/fund.schema.js';
import type { Actor } from '../../domain/people/actor.schema.js';
import { availableActions } from '../../domain/policies/case.policy.js';
import type { caseSummarySchema, caseViewSchema } from '../api/views.schema.js';

export type CaseView = z.output<typeof caseViewSchema>;
export type CaseSummary = z.output<typeof caseSummarySchema>;

/** The case as this actor may see it (the domain's blind rules), with its questions and what they can do next. */
export function caseView(actor: Actor, file: CaseFile, fund: Fund): CaseView {
  const visible = visibleCase(actor, file, fund.settings);
  return {
    case: visible.case,
    questions: file.questions,
    deliberation: visible.deliberation,
    history: visible.history,
    actions: availableActions(actor, file),
  };
}

export function caseSummary(kase: Case): CaseSummary {
  const r = kase.request;
  return {
    id: kase.id,
    state: kase.state,
    version: kase.version,
    organisationId: kase.organisationId,
    counsellor: kase.counsellor,
    clientRef: r.clientRef,
    category: r.category,
    amountCents: r.amountCents,
    urgent: r.urgency?.urgent === true,
    hardDate: r.urgency?.hardDate,
    deadline: kase.deliberation?.deadline,
    repeat: kase.repeat !== undefined,
    createdAt: kase.createdAt,
    updatedAt: kase.updatedAt,
    submittedAt: kase.submittedAt,
  };
}

/** The case file after a committed change, so the answer needs no second read. */
export function applyChange(file: CaseFile, change: CaseChange, written: HistoryEntry[]): CaseFile {
  const memberOf = (userId: string) => (v: { member: { userId: string } }) => v.member.userId !== userId;
  let votes = change.removedVoteOf ? file.votes.filter(memberOf(change.removedVoteOf)) : file.votes;
  if (change.vote) votes = [...votes.filter(memberOf(change.vote.record.member.userId)), change.vote.record];
  const question = change.question?.record;
  return {
    case: caseAsStored(change, file.case),
    votes,
    conflicts: change.conflict ? [...file.conflicts, change.conflict] : file.conflicts,
    questions: question ? [...file.questions.filter((q) => q.id !== question.id), question] : file.questions,
    comments: change.comment ? [...file.comments, change.comment] : file.comments,
    history: [...file.history, ...written],
  };
}
