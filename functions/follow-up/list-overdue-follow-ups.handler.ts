import { openMoments } from '../../domain/follow-up/schedule.js';
import { followUpRoutes } from './follow-up.routes.js';
import { httpHandler } from '../http/http-handler.js';
import { listFollowUpsDue } from '../case/case.repository.js';
import { pageOf } from '../http/page.js';

/** One page of the follow-up queue: the index holds it in order of the first report due, so overdue ones come first. */
export const handler = httpHandler(followUpRoutes.listOverdueFollowUps, async ({ actor, store, now, query }) => {
  const page = await listFollowUpsDue(store, actor.fundId, now, pageOf(query));
  const items = page.items.flatMap((kase) => {
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
  return { items: items.sort((a, b) => Number(b.overdue) - Number(a.overdue) || a.dueAt.localeCompare(b.dueAt)), cursor: page.cursor };
});
