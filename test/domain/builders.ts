import { recordDecision } from '../../domain/case/decision.commands.js';
import { createDraft } from '../../domain/case/draft.commands.js';
import type { CaseChange, CaseFile, CommandContext } from '../../domain/case/case-file.js';
import type { CaseState } from '../../domain/case/lifecycle.js';
import type { DraftRequest } from '../../domain/case/request.schema.js';
import { openDeliberation, screen, withdraw } from '../../domain/case/screening.commands.js';
import { submit } from '../../domain/case/submission.commands.js';
import { askQuestion } from '../../domain/deliberation/question.commands.js';
import { castVote } from '../../domain/deliberation/vote.commands.js';
import type { Position } from '../../domain/deliberation/vote.schema.js';
import type { Fund, FundSettings } from '../../domain/fund/fund.schema.js';
import { fundYearOf } from '../../domain/payment/budget.js';
import type { Actor } from '../../domain/people/actor.schema.js';
import type { Result } from '../../domain/shared/result.js';
import { aGrant, aRequest, aVote } from '../support/fixtures.js';

/** Builders for unit tests of the domain: a fund, its people, and case files walked through the real commands. */

export const FUND = 'test-fund';

export const settings: FundSettings = {
  quorum: { minVotes: 3, minDisciplines: 3 },
  disciplines: ['debt_relief', 'income_benefits', 'social_work', 'housing', 'health_care', 'legal'],
  votingWindowHours: { normal: 168, urgent: 48 },
  annualBudgetCents: 250_000_00,
  maxPerRequestCents: 5_000_00,
  perClientCap: { amountCents: 5_000_00, periodMonths: 24 },
  followUpMonths: [3, 12],
  retentionMonths: 24,
};

export const fund: Fund = { id: FUND, name: 'Testfonds', settings, organisations: [] };

const person = (userId: string, role: Actor['role'], organisationId: string, discipline?: string): Actor => ({
  userId,
  name: userId[0]!.toUpperCase() + userId.slice(1),
  fundId: FUND,
  role,
  organisationId,
  ...(discipline ? { discipline } : {}),
});

export const people = {
  sanne: person('sanne', 'counsellor', 'madi-zuid'),
  /** A colleague of sanne's: same organisation, not the author. */
  sem: person('sem', 'counsellor', 'madi-zuid'),
  youssef: person('youssef', 'counsellor', 'schuldhulp-west'),
  marieke: person('marieke', 'programme_manager', 'gemeente-wpi'),
  /** Works for madi-zuid, the organisation of sanne's cases. */
  mila: person('mila', 'panel_member', 'madi-zuid', 'social_work'),
  pieter: person('pieter', 'panel_member', 'schuldhulp-west', 'debt_relief'),
  fatima: person('fatima', 'panel_member', 'gemeente-wpi', 'income_benefits'),
  lotte: person('lotte', 'panel_member', 'buurtteam-noord', 'social_work'),
  kees: person('kees', 'panel_member', 'woonstichting', 'housing'),
  anouk: person('anouk', 'panel_member', 'ggd', 'health_care'),
  ruben: person('ruben', 'panel_member', 'juridisch-loket', 'legal'),
  /** Same discipline as pieter. */
  bram: person('bram', 'panel_member', 'ggd', 'debt_relief'),
};

export const T0 = '2026-11-20T09:00:00.000Z';

/** A context at a given moment, with ids counted up so runs are repeatable, and nothing granted yet that year. */
export function ctxAt(now: string, fundOverride: Fund = fund): CommandContext {
  let n = 0;
  return { now, newId: () => `id-${now}-${++n}`, fund: fundOverride, budget: { year: fundYearOf(now), grantedCents: 0 } };
}

/** The value of a result that must be ok; fails the test with the domain's message otherwise. */
export function okValue<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`Expected ok, got ${result.error.code}: ${result.error.message}`);
  return result.value;
}

/** The error of a result that must have failed. */
export function errorOf<T>(result: Result<T>) {
  if (result.ok) throw new Error('Expected an error, but the command succeeded.');
  return result.error;
}

/** The case file after a change, as the store would return it on the next read. */
export function applied(file: CaseFile, change: CaseChange): CaseFile {
  const others = (userId: string) => (v: { member: { userId: string } }) => v.member.userId !== userId;
  let votes = change.removedVoteOf ? file.votes.filter(others(change.removedVoteOf)) : file.votes;
  if (change.vote) votes = [...votes.filter(others(change.vote.record.member.userId)), change.vote.record];
  const question = change.question?.record;
  return {
    case: change.case,
    votes,
    conflicts: change.conflict ? [...file.conflicts, change.conflict] : file.conflicts,
    questions: question ? [...file.questions.filter((q) => q.id !== question.id), question] : file.questions,
    comments: change.comment ? [...file.comments, change.comment] : file.comments,
    history: [
      ...file.history,
      ...change.events.map((e, i) => ({ ...e, id: `h-${file.history.length + i}`, caseId: change.case.id })),
    ],
  };
}

/** Applies a command that must succeed. */
export const step = (file: CaseFile, result: Result<CaseChange>): CaseFile => applied(file, okValue(result));

const hoursAfter = (hours: number) => new Date(Date.parse(T0) + hours * 3_600_000).toISOString();

export function draft(request: DraftRequest = aRequest(), by: Actor = people.sanne): CaseFile {
  const change = okValue(createDraft(by, request, ctxAt(T0)));
  return applied({ case: change.case, votes: [], conflicts: [], questions: [], comments: [], history: [] }, change);
}

/** Votes by several members, each an hour apart. */
export function withVotes(file: CaseFile, votes: Array<[Actor, Position]>): CaseFile {
  return votes.reduce((f, [member, position], i) => step(f, castVote(f, member, aVote(position), ctxAt(hoursAfter(10 + i)))), file);
}

/** A case of sanne's, walked through the real commands to the given state. */
export function fileIn(state: CaseState, request: DraftRequest = aRequest()): CaseFile {
  const start = draft(request);
  const submitted = () => step(start, submit(start, people.sanne, [], ctxAt(hoursAfter(1))));
  const screened = () => step(submitted(), screen(submitted(), people.marieke, { outcome: 'in' }, ctxAt(hoursAfter(2))));
  const deliberating = () => step(screened(), openDeliberation(screened(), people.marieke, ctxAt(hoursAfter(3))));
  switch (state) {
    case 'draft':
      return start;
    case 'submitted':
      return submitted();
    case 'screened':
      return screened();
    case 'screened_out': {
      const s = submitted();
      return step(s, screen(s, people.marieke, { outcome: 'out', reason: 'Past niet binnen het fonds.' }, ctxAt(hoursAfter(2))));
    }
    case 'in_deliberation':
      return deliberating();
    case 'awaiting_answer': {
      const d = deliberating();
      return step(d, askQuestion(d, people.kees, 'Is de huurbaas akkoord?', ctxAt(hoursAfter(4))));
    }
    case 'decided': {
      const voted = withVotes(deliberating(), [[people.kees, 'grant'], [people.anouk, 'grant'], [people.ruben, 'grant']]);
      return step(voted, recordDecision(voted, people.marieke, aGrant(), ctxAt(hoursAfter(20))));
    }
    case 'withdrawn':
      return step(start, withdraw(start, people.sanne, 'Cliënt verhuisd.', ctxAt(hoursAfter(1))));
    default:
      throw new Error(`No builder for state ${state}`);
  }
}

export { hoursAfter };
