import { BatchGetCommand, QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { listAwaitingVote } from '../../functions/case/case.repository.js';
import { keys } from '../../functions/storage/keys.js';
import type { Store } from '../../functions/storage/store.js';
import { fileIn, people } from '../domain/builders.js';

/**
 * DynamoDB Local answered an index query with the same case twice after concurrent transactions
 * (seen in the benchmark at 100 cases), and the panel's queue then asked BatchGet for repeated keys,
 * which DynamoDB refuses: a 500. This stands in for that one answer; everything else is the real code.
 */
describe('an index query that answers an item twice', () => {
  it('lists the case once, and asks for its ballots once', async () => {
    const kase = fileIn('in_deliberation').case;
    const item = { ...keys.case(kase.id), entity: 'case', ...kase };
    const batchKeys: unknown[][] = [];
    const db = {
      send: async (command: unknown) => {
        if (command instanceof QueryCommand) return { Items: [item, { ...item }] };
        if (command instanceof BatchGetCommand) {
          const wanted = Object.values(command.input.RequestItems!)[0]!.Keys!;
          batchKeys.push(wanted);
          return { Responses: {} };
        }
        throw new Error('unexpected command');
      },
    } as unknown as DynamoDBDocumentClient;
    const store: Store = { db, table: 'test' };
    const page = await listAwaitingVote(store, people.kees, { limit: 50 });
    expect(page.items.map((c) => c.id)).toEqual([kase.id]);
    const asked = batchKeys.flat().map((k) => JSON.stringify(k));
    expect(new Set(asked).size).toBe(asked.length);
  });
});
