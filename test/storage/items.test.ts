import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PURGED, purgeNarrative } from '../../domain/retention/purge.js';
import { readItem } from '../../functions/storage/items.js';
import { keys, memberIndexKeys } from '../../functions/storage/keys.js';
import { CorruptItem } from '../../functions/storage/store-errors.js';
import { ctxAt, fileIn, fund, people } from '../domain/builders.js';

const decided = fileIn('decided');
const stored = <T extends object>(key: { PK: string; SK: string }, entity: string, record: T) => ({ ...key, entity, ...record });
const storedVote = (vote = decided.votes[0]!) =>
  stored(keys.vote(vote.caseId, vote.member.userId), 'vote', { ...memberIndexKeys(vote, vote.castAt), ...vote });

describe('reading stored items', () => {
  it('gives back the record as the domain wrote it, without the table keys', () => {
    expect(readItem.case(stored(keys.case(decided.case.id), 'case', decided.case))).toEqual(decided.case);
    expect(readItem.vote(storedVote())).toEqual(decided.votes[0]);
    const entry = decided.history[0]!;
    expect(readItem.history(stored(keys.history(entry.caseId, entry.at, entry.id), 'history', entry))).toEqual(entry);
  });

  it('keeps the ballot count the writer guards a decision with', () => {
    const item = stored(keys.case(decided.case.id), 'case', { ...decided.case, ballots: 3 });
    expect(readItem.case(item).ballots).toBe(3);
  });

  it('reads a purged case, whose client reference and stories are the purge marker', () => {
    const closed = { ...decided, case: { ...decided.case, retention: { purgeAfter: '2028-11-20T09:00:00.000Z' } } };
    const purged = purgeNarrative(closed, people.marieke, ctxAt('2028-11-21T09:00:00.000Z')).case;
    expect(purged.request.clientRef).toBe(PURGED);
    expect(readItem.case(stored(keys.case(purged.id), 'case', purged))).toEqual(purged);
  });

  it('reads stored text exactly as written: input rules (trimming, lengths, identifying data) are not applied again', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (rationale) => {
        const vote = { ...decided.votes[0]!, rationale };
        expect(readItem.vote(storedVote(vote)).rationale).toBe(rationale);
      }),
    );
  });

  it('reads a fund whose settings a rule of today would no longer let in (a budget above the maximum a manager may set)', () => {
    const generous = { ...fund, settings: { ...fund.settings, annualBudgetCents: 1_000_000_000_00 } };
    expect(readItem.fund(stored(keys.fund(fund.id), 'fund', generous))).toEqual(generous);
  });

  it('refuses an item that is not its record, naming its key and the field but never the text in it', () => {
    const secret = 'Mevrouw Jansen uit de Dapperstraat';
    const item = { ...storedVote(), position: 'maybe', rationale: secret };
    let error: unknown;
    try {
      readItem.vote(item);
    } catch (e) {
      error = e;
    }
    if (!(error instanceof CorruptItem)) throw new Error(`expected a CorruptItem, got ${String(error)}`);
    expect(error.message).toContain(item.SK);
    expect(error.fields).toEqual(['position: invalid_value']);
    expect(error.message).not.toContain(secret);
  });

  it('refuses a record with a required field missing or of the wrong type', () => {
    const withoutCastAt = Object.fromEntries(Object.entries(storedVote()).filter(([name]) => name !== 'castAt'));
    expect(() => readItem.vote(withoutCastAt)).toThrow(CorruptItem);
    expect(() => readItem.case(stored(keys.case(decided.case.id), 'case', { ...decided.case, version: '2' }))).toThrow(/version/);
    expect(() => readItem.case(stored(keys.case(decided.case.id), 'case', { ...decided.case, version: 2.5 }))).toThrow(/version/);
  });
});
