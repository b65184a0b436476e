import { describe, expect, it } from 'vitest';
import { screeningInputSchema, withdrawInputSchema } from '../../../domain/case/case.schema.js';
import { screen, withdraw } from '../../../domain/case/screening.commands.js';
import { ctxAt, errorOf, fileIn, hoursAfter, okValue, people } from '../builders.js';

const at = ctxAt(hoursAfter(5));

describe('screening', () => {
  it('screens a request out with the reason, recorded on the case and in the history', () => {
    const change = okValue(screen(fileIn('submitted'), people.marieke, { outcome: 'out', reason: 'Valt onder de bijzondere bijstand.' }, at));
    expect(change.case.screening).toMatchObject({ outcome: 'out', text: 'Valt onder de bijzondere bijstand.', by: { userId: 'marieke' }, at: at.now });
    expect(change.events[0]).toMatchObject({ type: 'screened_out', reason: 'Valt onder de bijzondere bijstand.' });
  });

  it('needs a reason to screen a request out, and none to screen it in', () => {
    const out = screeningInputSchema.safeParse({ outcome: 'out' });
    expect(out.error?.issues[0]?.path).toEqual(['reason']);
    expect(screeningInputSchema.safeParse({ outcome: 'in' }).success).toBe(true);
  });

  it('is for the programme manager only', () => {
    for (const actor of [people.sanne, people.kees])
      expect(errorOf(screen(fileIn('submitted'), actor, { outcome: 'in' }, at)).reason).toBe('not_programme_manager');
  });
});

describe('withdrawing', () => {
  it('withdraws a request before the decision, with the reason', () => {
    const change = okValue(withdraw(fileIn('in_deliberation'), people.sanne, 'Cliënt heeft zelf een regeling getroffen.', at));
    expect(change.case.withdrawal).toEqual({ reason: 'Cliënt heeft zelf een regeling getroffen.', at: at.now });
    expect(change.events[0]).toMatchObject({ type: 'withdrawn', from: 'in_deliberation', to: 'withdrawn', by: { userId: 'sanne' } });
  });

  it('is done by the counsellor who wrote the request only', () => {
    for (const actor of [people.sem, people.marieke, people.kees])
      expect(errorOf(withdraw(fileIn('submitted'), actor, 'Zomaar.', at)).code).toBe('forbidden');
  });

  it('needs a reason', () => {
    expect(withdrawInputSchema.safeParse({ reason: '' }).success).toBe(false);
  });
});
