import { describe, expect, it } from 'vitest';
import type { CaseState } from '../../../domain/case/lifecycle.js';
import { availableActions, canView } from '../../../domain/policies/case.policy.js';
import { fileIn, people } from '../builders.js';

const states: CaseState[] = ['draft', 'submitted', 'screened', 'screened_out', 'in_deliberation', 'awaiting_answer', 'decided', 'withdrawn'];
const files = Object.fromEntries(states.map((s) => [s, fileIn(s)])) as Record<CaseState, ReturnType<typeof fileIn>>;
const otherFund = (actor: (typeof people)[keyof typeof people]) => ({ ...actor, fundId: 'jongeren' });

describe('who sees a case', () => {
  it.each(states)('nothing crosses funds: no one of another fund sees a case that is %s', (state) => {
    for (const actor of Object.values(people)) expect(canView(otherFund(actor), files[state].case)).toBe(false);
  });

  it.each(states)('the counsellor’s organisation sees its case when it is %s; another organisation never does', (state) => {
    expect(canView(people.sanne, files[state].case)).toBe(true);
    expect(canView(people.sem, files[state].case)).toBe(true);
    expect(canView(people.youssef, files[state].case)).toBe(false);
  });

  it('lets the panel see cases from deliberation on, never drafts or cases still being screened', () => {
    const seen = states.filter((s) => canView(people.kees, files[s].case));
    expect(seen).toEqual(['in_deliberation', 'awaiting_answer', 'decided']);
  });

  it('lets the programme manager see every case except a draft', () => {
    const seen = states.filter((s) => canView(people.marieke, files[s].case));
    expect(seen).toEqual(states.filter((s) => s !== 'draft'));
  });
});

describe('what each can do now', () => {
  it('offers the counsellor edit, submit and withdraw on a draft', () => {
    expect(availableActions(people.sanne, files.draft)).toEqual(expect.arrayContaining(['editDraft', 'submit', 'withdraw']));
    expect(availableActions(people.sanne, files.draft)).not.toContain('vote');
  });

  it('offers a colleague of the counsellor nothing on a request they did not write', () => {
    expect(availableActions(people.sem, files.draft)).toEqual([]);
  });

  it('offers the programme manager screening on a submitted request', () => {
    const actions = availableActions(people.marieke, files.submitted);
    expect(actions).toContain('screen');
    expect(actions).not.toContain('recordDecision');
    expect(actions).not.toContain('openDeliberation');
  });

  it('offers an eligible panel member conflict, question, vote and comment in deliberation', () => {
    expect(availableActions(people.kees, files.in_deliberation)).toEqual(expect.arrayContaining(['declareConflict', 'askQuestion', 'vote', 'comment']));
    expect(availableActions(people.kees, files.in_deliberation)).not.toContain('recordDecision');
  });

  it('offers a member of the counsellor’s own organisation no vote', () => {
    expect(availableActions(people.mila, files.in_deliberation)).not.toContain('vote');
  });

  it('offers the counsellor the answer while the case waits for it', () => {
    const actions = availableActions(people.sanne, files.awaiting_answer);
    expect(actions).toEqual(expect.arrayContaining(['withdraw', 'answerQuestion']));
    expect(actions).not.toContain('vote');
  });

  it('offers nothing to anyone on a closed case, nor to anyone of another fund', () => {
    for (const state of ['screened_out', 'withdrawn'] as const)
      for (const actor of Object.values(people)) expect(availableActions(actor, files[state])).toEqual([]);
    expect(availableActions(otherFund(people.marieke), files.submitted)).toEqual([]);
  });
});
