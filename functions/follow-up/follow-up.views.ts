import * as z from 'zod';
import { categories } from '../../domain/case/request.schema.js';
import { reportEntrySchema } from '../../domain/follow-up/report-list.schema.js';

export const overdueFollowUpsSchema = z
  .object({
    items: z.array(
      z.object({
        caseId: z.string(),
        organisationId: z.string(),
        counsellor: z.object({ userId: z.string(), name: z.string() }),
        category: z.enum(categories).optional(),
        moment: z.int(),
        dueAt: z.string(),
        overdue: z.boolean(),
      }),
    ),
    /** Pass back as `cursor` for the next page; absent on the last page. */
    cursor: z.string().optional(),
  })
  .meta({ id: 'OverdueFollowUps' });

export const followUpReportsSchema = z
  .object({
    items: z.array(
      reportEntrySchema.extend({
        /** The report's lesson, read from the case; absent once the retention purge took it. */
        lesson: z.string().optional(),
        /** The case's narrative text was purged after its retention period: the lesson is gone. */
        purged: z.boolean(),
      }),
    ),
    /** Pass back as `cursor` for the next page; absent on the last page. */
    cursor: z.string().optional(),
  })
  .meta({ id: 'FollowUpReports' });
