import { openMoments } from '../../domain/follow-up/schedule.js';
import { followUpRoutes } from './follow-up.routes.js';
import { httpHandler } from '../http/http-handler.js';
import { listFollowUpsDue } from '../case/case.repository.js';
import type { Case } from '../../domain/case/case.schema.js';

export const handler = httpHandler(followUpRoutes.listOverdueFollowUps, async ({ actor, store, now }) => {
  const cases: Case[] = [];
  let cursor: string | undefined;
  do {
    const page = await listFollowUpsDue(store, actor.fundId, now, { limit: 100, ...(cursor ? { cursor } : {}) });
    cases.push(...page.items);
    cursor = page.cursor;
  } while (cursor);
  const items = cases.flatMap((kase) => {
    const { due, overdue } = openMoments(kase, now);
    return due.map((moment) => ({
      caseId: kase.id,
      organisationId: kase.organisationId,
      counsellor: { userId: kase.counsellor.userId, name: kase.counsellor.name },
      category: kase.request.category,
      moment,
      dueAt: kase.followUp!.moments[moment - 1]!.dueAt,
      overdue: overdue.includes(moment),
    }));
  });
  return { items: items.sort((a, b) => Number(b.overdue) - Number(a.overdue) || a.dueAt.localeCompare(b.dueAt)) };
});
