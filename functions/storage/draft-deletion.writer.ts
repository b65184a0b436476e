import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { DraftDeletion } from '../../domain/case/draft.commands.js';
import { figureUpdates } from './figures.writer.js';
import { keys } from './keys.js';
import type { Store } from './store.js';
import { WriteConflict } from './store-errors.js';

/**
 * Deletes a draft and every record in its partition as one transaction, guarded by the version it
 * was read at (so a draft saved or submitted meanwhile stays), and takes it out of the fund's figures.
 */
export async function commitDraftDeletion(store: Store, { draft }: DraftDeletion): Promise<void> {
  const caseId = draft.case.id;
  const table = store.table;
  const records = [
    ...draft.history.map((h) => keys.history(caseId, h.at, h.id)),
    ...draft.votes.map((v) => keys.vote(caseId, v.member.userId)),
    ...draft.conflicts.map((c) => keys.conflict(caseId, c.member.userId)),
    ...draft.questions.map((q) => keys.question(caseId, q.id)),
    ...draft.comments.map((c) => keys.comment(caseId, c.at, c.id)),
  ];
  try {
    await store.db.send(new TransactWriteCommand({
      TransactItems: [
        {
          Delete: {
            TableName: table,
            Key: keys.case(caseId),
            ConditionExpression: '#version = :expected',
            ExpressionAttributeNames: { '#version': 'version' },
            ExpressionAttributeValues: { ':expected': draft.case.version },
          },
        },
        ...records.map((Key) => ({ Delete: { TableName: table, Key } })),
        ...figureUpdates(table, draft.case, null),
      ],
    }));
  } catch (error) {
    // The draft moved on (or is gone) since it was read, or another transaction held one of its items: decide again on a fresh read.
    if (error instanceof TransactionCanceledException)
      throw new WriteConflict('The draft was changed by someone else: reload it and try again.', undefined, { readMovedOn: true });
    throw error;
  }
}
