import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recordDecision } from '../../../domain/case/decision.commands.js';
import { editDraft } from '../../../domain/case/draft.commands.js';
import type { CaseChange, CaseFile } from '../../../domain/case/case-file.js';
import type { CaseState } from '../../../domain/case/lifecycle.js';
import { openDeliberation, screen, withdraw } from '../../../domain/case/screening.commands.js';
import { submit } from '../../../domain/case/submission.commands.js';
import { answerQuestion, askQuestion } from '../../../domain/deliberation/question.commands.js';
import { castVote, comment, declareConflict } from '../../../domain/deliberation/vote.commands.js';
import type { Result } from '../../../domain/shared/result.js';
import { aGrant, aVote } from '../../support/fixtures.js';
import { ctxAt, fileIn, hoursAfter, people, withVotes } from '../builders.js';

const states: CaseState[] = ['draft', 'submitted', 'screened', 'screened_out', 'in_deliberation', 'awaiting_answer', 'decided', 'withdrawn'];

const at = ctxAt(hoursAfter(30));

/** Every command of a case, each acted by someone who may do it, so that only the state decides. */
const commands: Record<string, (file: CaseFile) => Result<CaseChange>> = {
  editDraft: (f) => editDraft(f, people.sanne, { amountCents: 1_500_00 }, at),
  submit: (f) => submit(f, people.sanne, [], at),
  withdraw: (f) => withdraw(f, people.sanne, 'Cliënt heeft zelf betaald.', at),
  screenIn: (f) => screen(f, people.marieke, { outcome: 'in' }, at),
  screenOut: (f) => screen(f, people.marieke, { outcome: 'out', reason: 'Geen doorbraak te verwachten.' }, at),
  openDeliberation: (f) => openDeliberation(f, people.marieke, at),
  askQuestion: (f) => askQuestion(f, people.lotte, 'Hoe hoog is de huur nu?', at),
  answerQuestion: (f) => answerQuestion(f, people.sanne, { questionId: f.questions[0]?.id ?? 'none', text: 'Ruim 700 euro.' }, at),
  recordDecision: (f) => recordDecision(f, people.marieke, aGrant(), at),
  castVote: (f) => castVote(f, people.lotte, aVote(), at),
  comment: (f) => comment(f, people.lotte, 'Goed onderbouwd.', at),
  declareConflict: (f) => declareConflict(f, people.fatima, 'Ken de cliënt privé.', at),
};

/** The life of a case (MISSION.md), written out: where each command may take a case from, and to. */
const allowed: Record<keyof typeof commands, Partial<Record<CaseState, CaseState>>> = {
  editDraft: { draft: 'draft' },
  submit: { draft: 'submitted' },
  withdraw: {
    draft: 'withdrawn', submitted: 'withdrawn', screened: 'withdrawn', in_deliberation: 'withdrawn', awaiting_answer: 'withdrawn',
  },
  screenIn: { submitted: 'screened' },
  screenOut: { submitted: 'screened_out' },
  openDeliberation: { screened: 'in_deliberation' },
  askQuestion: { in_deliberation: 'awaiting_answer', awaiting_answer: 'awaiting_answer' },
  answerQuestion: { awaiting_answer: 'in_deliberation' },
  recordDecision: { in_deliberation: 'decided' },
  castVote: { in_deliberation: 'in_deliberation', awaiting_answer: 'awaiting_answer' },
  comment: { in_deliberation: 'in_deliberation', awaiting_answer: 'awaiting_answer' },
  declareConflict: { in_deliberation: 'in_deliberation', awaiting_answer: 'awaiting_answer' },
};

/** A case in each state; in deliberation it already has a quorum of votes, so a decision can be recorded. */
function caseIn(state: CaseState): CaseFile {
  const file = fileIn(state);
  if (state !== 'in_deliberation' && state !== 'awaiting_answer') return file;
  return withVotes(file, [[people.kees, 'grant'], [people.anouk, 'grant'], [people.ruben, 'grant']]);
}

const files = Object.fromEntries(states.map((s) => [s, caseIn(s)])) as Record<CaseState, CaseFile>;

const table = Object.entries(allowed).flatMap(([command, from]) =>
  states.map((state) => ({ command, state, to: from[state] })),
);

describe('the transition table: every command from every state', () => {
  it.each(table.filter((row) => row.to !== undefined))('$command moves a case that is $state to $to', ({ command, state, to }) => {
    const result = commands[command]!(files[state]);
    expect(result.ok ? result.value.case.state : result.error).toBe(to);
  });

  it.each(table.filter((row) => row.to === undefined))('$command is refused on a case that is $state', ({ command, state }) => {
    const result = commands[command]!(files[state]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid_transition');
    expect(result.error.state).toBe(state);
    expect(result.error.message).toContain(state.replace('_', ' '));
  });
});

describe('every change of state is recorded', () => {
  const moves = table.filter((row) => row.to !== undefined && row.to !== row.state);

  it.each(moves)('$command from $state records who, when, from and to, and adds one to the version', ({ command, state, to }) => {
    const before = files[state];
    const change = commands[command]!(before);
    if (!change.ok) throw new Error(change.error.message);
    expect(change.value.case.version).toBe(before.case.version + 1);
    expect(change.value.case.updatedAt).toBe(at.now);
    const moved = change.value.events.filter((e) => e.to !== undefined);
    expect(moved).toHaveLength(1);
    expect(moved[0]).toMatchObject({ at: at.now, from: state, to });
    expect(moved[0]!.by.userId).toBeTruthy();
    expect(moved[0]!.by.role).toBeTruthy();
  });

  it('records why a request was screened out, withdrawn or decided', () => {
    const out = commands.screenOut!(files.submitted);
    const withdrawn = commands.withdraw!(files.screened);
    const decided = commands.recordDecision!(files.in_deliberation);
    expect(out.ok && out.value.events[0]!.reason).toBe('Geen doorbraak te verwachten.');
    expect(withdrawn.ok && withdrawn.value.events[0]!.reason).toBe('Cliënt heeft zelf betaald.');
    expect(decided.ok && decided.value.events[0]!.reason).toBe('granted');
  });

  it('saves a draft without a history entry, as it is not a change of state', () => {
    const edited = commands.editDraft!(files.draft);
    expect(edited.ok && edited.value.events).toEqual([]);
    expect(edited.ok && edited.value.case.request.amountCents).toBe(1_500_00);
  });

  it('records panel work on the history without moving the case or its version', () => {
    for (const name of ['castVote', 'comment', 'declareConflict']) {
      const result = commands[name]!(files.in_deliberation);
      if (!result.ok) throw new Error(result.error.message);
      expect(result.value.caseChanged).toBe(false);
      expect(result.value.case.version).toBe(files.in_deliberation.case.version);
      expect(result.value.events.length).toBeGreaterThan(0);
      expect(result.value.events.every((e) => e.at === at.now && e.by.userId)).toBe(true);
    }
  });

  it('tells the whole walk of a case as its history, in order', () => {
    expect(files.decided.history.map((h) => h.type)).toEqual([
      'draft_created', 'submitted', 'screened_in', 'deliberation_opened', 'vote_cast', 'vote_cast', 'vote_cast', 'decision_recorded',
    ]);
  });
});

describe('closed cases', () => {
  const closed: CaseState[] = ['screened_out', 'withdrawn', 'decided'];

  it('lets no command move a case that was screened out, withdrawn or decided', () => {
    fc.assert(
      fc.property(fc.constantFrom(...closed), fc.constantFrom(...Object.keys(commands)), (state, command) => {
        const result = commands[command]!(files[state]);
        return !result.ok && result.error.code === 'invalid_transition';
      }),
    );
  });

  it('refuses a withdrawal once the decision is recorded', () => {
    const result = withdraw(files.decided, people.sanne, 'Te laat bedacht.', at);
    expect(!result.ok && result.error.code).toBe('invalid_transition');
  });
});
