import * as z from 'zod';
import { categories } from '../../domain/case/request.schema.js';

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
  })
  .meta({ id: 'OverdueFollowUps' });
