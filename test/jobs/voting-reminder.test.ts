import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { castVote, declareConflict } from '../../domain/deliberation/vote.commands.js';
import { votingReminderAt } from '../../domain/reminders/reminders.js';
import { runScheduledJob } from '../../functions/jobs/scheduled-job.js';
import { putUser } from '../../functions/people/user.repository.js';
import { keys } from '../../functions/storage/keys.js';
import type { Store } from '../../functions/storage/store.js';
import { FUND, people } from '../domain/builders.js';
import { aVote } from '../support/fixtures.js';
import { testStore } from '../support/test-store.js';
import { at, ctxAt, inDeliberation, notes, reload, saveFund, write } from './job-story.js';

let store: Store;
beforeAll(async () => {
  store = await testStore();
  await saveFund(store);
  for (const member of [people.kees, people.anouk, people.ruben, people.lotte, people.mila])
    await putUser(store, { ...member, email: `${member.userId}@example.org`, disabled: member === people.lotte });
  await putUser(store, { ...people.fatima, disabled: false });
});

const inbox = async (pk: string) =>
  (await store.db.send(new QueryCommand({ TableName: store.table, KeyConditionExpression: 'PK = :pk', ExpressionAttributeValues: { ':pk': pk } }))).Items ?? [];

describe('the reminder that the voting deadline is near', () => {
  it('goes, over the table, only to the panel members who have neither voted nor declared a conflict, once', async () => {
    const opened = '2026-03-01T10:00:00.000Z';
    let file = await inDeliberation(store, 'REMIND-1', opened);
    file = await write(store, file, castVote(file, people.kees, aVote(), ctxAt(at(opened, 1))));
    file = await write(store, file, declareConflict(file, people.anouk, 'Ik ken de verhuurder.', ctxAt(at(opened, 1))));
    const when = votingReminderAt(file.case.deliberation!);

    await runScheduledJob(store, when);
    const reminded = async (userId: string) => notes(await inbox(keys.userInbox(FUND, userId)), file.case.id);
    // ruben and fatima still have to vote; kees voted, anouk stepped back, mila is of sanne's organisation, lotte is disabled.
    expect(await reminded('ruben')).toEqual(['voting_deadline_near']);
    expect(await reminded('fatima')).toEqual(['voting_deadline_near']);
    for (const done of ['kees', 'anouk', 'mila', 'lotte']) expect(await reminded(done)).toEqual([]);
    expect(notes(await inbox(keys.roleInbox(FUND, 'panel_member')), file.case.id)).toEqual(['case_to_vote_on']);
    expect((await reload(store, file.case.id)).history.map((h) => h.type)).toContain('voting_deadline_near');

    await runScheduledJob(store, at(when, 0.01));
    expect(await reminded('ruben')).toEqual(['voting_deadline_near']);
  });
});
