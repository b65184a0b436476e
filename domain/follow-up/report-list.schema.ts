import * as z from 'zod';
import { categories } from '../case/request.schema.js';
import { breakthroughResults, directions, lifeDomains } from './follow-up.schema.js';

/**
 * A follow-up report as the manager's list of reports holds it: what was reported, when and by
 * whom, and nothing that identifies the client. Its text (the notes, the lesson) stays in the case,
 * where the retention purge replaces it.
 */
export const reportEntrySchema = z.object({
  caseId: z.string(),
  moment: z.int().min(1),
  monthsAfter: z.int().min(1),
  category: z.enum(categories),
  reportedAt: z.iso.datetime(),
  reportedBy: z.object({ userId: z.string(), name: z.string() }),
  breakthrough: z.enum(breakthroughResults),
  domains: z.partialRecord(z.enum(lifeDomains), z.enum(directions)),
  correctedAt: z.iso.datetime().optional(),
});
export type ReportEntry = z.infer<typeof reportEntrySchema>;

/** What the list of reports is narrowed to: one category, one outcome, or both. */
export interface ReportFilter {
  category?: (typeof categories)[number] | undefined;
  breakthrough?: (typeof breakthroughResults)[number] | undefined;
}
