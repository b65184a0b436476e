import type { NativeAttributeValue } from '@aws-sdk/lib-dynamodb';
import * as z from 'zod';
import { caseSchema } from '../../domain/case/case.schema.js';
import { historyEntrySchema } from '../../domain/case/case-event.schema.js';
import { commentSchema, conflictSchema, questionSchema, voteSchema } from '../../domain/deliberation/vote.schema.js';
import { fundSchema } from '../../domain/fund/fund.schema.js';
import { reportEntrySchema } from '../../domain/follow-up/report-list.schema.js';
import { libraryLessonSchema, pendingLessonSchema } from '../../domain/lessons/lesson.schema.js';
import { notificationSchema } from '../../domain/notifications/notification.schema.js';
import { notificationSettingsSchema } from '../../domain/people/notification-settings.schema.js';
import { userSchema } from '../../domain/people/user.schema.js';
import { CorruptItem } from './store-errors.js';
import { table } from './table.js';

export type Item = Record<string, NativeAttributeValue>;

const keyAttributes = new Set<string>([
  table.partitionKey,
  table.sortKey,
  ...Object.values(table.indexes).flatMap((i) => [i.partitionKey, i.sortKey]),
  'entity',
]);

/** The stored record without its table keys: what the domain knows it as, not yet checked. */
const withoutKeys = (item: Item): Record<string, unknown> =>
  Object.fromEntries(Object.entries(item).filter(([k]) => !keyAttributes.has(k)));

/**
 * The schema a stored record is read with: the domain's schema with the same fields, types, enums,
 * whole numbers and date formats, but without the rules on what may come in (trimming, lengths,
 * patterns, the identifying-data check, the bounds of amounts). A stored record met them when it was
 * written, under the rules of that day; a purged one holds the purge marker where the text was.
 * Checking them again on every read would refuse purged cases, refuse what a tightened rule no longer
 * lets in, and cost a regular expression per text field.
 */
export function asStored<T extends z.ZodType>(schema: T): T {
  return relaxed(schema) as T; // relaxed keeps every field and type, so the output type is the same.
}

function relaxed(schema: z.core.$ZodType): z.core.$ZodType {
  // Formats (dates, e-mail) are z.ZodStringFormat, not z.ZodString: they stay checked.
  if (schema instanceof z.ZodString) return z.string();
  // Bounds go, whole numbers stay whole: z.int() is a format, not a check.
  if (schema instanceof z.ZodNumber) return schema.clone({ ...schema.def, checks: [] });
  if (schema instanceof z.ZodObject)
    return schema.clone({ ...schema.def, shape: Object.fromEntries(Object.entries(schema.shape).map(([k, v]) => [k, relaxed(v)])), checks: [] });
  if (schema instanceof z.ZodOptional) return z.optional(relaxed(schema.unwrap()));
  if (schema instanceof z.ZodNullable) return z.nullable(relaxed(schema.unwrap()));
  if (schema instanceof z.ZodDefault) return schema.clone({ ...schema.def, innerType: relaxed(schema.def.innerType) });
  if (schema instanceof z.ZodArray) return schema.clone({ ...schema.def, element: relaxed(schema.element) });
  if (schema instanceof z.ZodUnion) return schema.clone({ ...schema.def, options: schema.options.map(relaxed) });
  if (schema instanceof z.ZodRecord) return schema.clone({ ...schema.def, valueType: relaxed(schema.valueType) });
  return schema;
}

/**
 * A reader of one kind of record: takes off the table's key attributes and parses the rest with the
 * record's schema. An item that does not match is corrupt data: a CorruptItem error that names the
 * item's key and the failing fields (never their values, which may be a client's story).
 */
function reader<T>(kind: string, schema: z.ZodType<T>): (item: Item) => T {
  return (item) => {
    const parsed = schema.safeParse(withoutKeys(item));
    if (parsed.success) return parsed.data;
    const fields = parsed.error.issues.map((i) => `${i.path.join('.') || '(item)'}: ${i.code}`);
    throw new CorruptItem(kind, String(item[table.partitionKey]), String(item[table.sortKey]), fields);
  };
}

/** The case as stored: with the count of ballot changes, which guards a decision against a vote landing meanwhile. */
export const storedCaseSchema = asStored(caseSchema).extend({ ballots: z.int().min(0).optional() });
export type StoredCase = z.infer<typeof storedCaseSchema>;

/** A month's figures: counters by name beside the fund and the month they belong to. */
const figuresItemSchema = z.object({ fundId: z.string(), month: z.string() }).catchall(z.number());

/** A fund year's granted and paid sums; an item not yet written reads as zero. */
const budgetItemSchema = z.object({ grantedCents: z.number().default(0), paidCents: z.number().default(0) });

/** The first answer to a request with an Idempotency-Key, its body as JSON text. */
const idempotencyItemSchema = z.object({
  fingerprint: z.string(),
  status: z.int(),
  answer: z.string(),
  [table.timeToLive]: z.number(),
});

/** A member's marker that they read a notification addressed to their role. */
const readMarkerItemSchema = z.object({ notificationId: z.string(), readAt: z.iso.datetime() });

/**
 * A member's "mark all read" moments, oldest first: a notification is read from the first moment
 * at or after it came. Only moments that newer notifications came before are kept.
 */
const readAllMarkerItemSchema = z.object({ moments: z.array(z.iso.datetime()).min(1) });

/** Only the case id of a vote or conflict: what a projected read of a member's ballots returns. */
const ballotCaseIdSchema = z.object({ caseId: z.string() });

/** Of a case, only what a list of its reports reads beside the list's entries: the reports' text, and whether it was purged. */
const reportTextsSchema = asStored(caseSchema.pick({ id: true, followUp: true, retention: true }));

/** One reader per kind of record in the table. */
export const readItem = {
  case: reader('case', storedCaseSchema),
  vote: reader('vote', asStored(voteSchema)),
  conflict: reader('conflict', asStored(conflictSchema)),
  question: reader('question', asStored(questionSchema)),
  comment: reader('comment', asStored(commentSchema)),
  history: reader('history', asStored(historyEntrySchema)),
  pendingLesson: reader('pending lesson', asStored(pendingLessonSchema)),
  libraryLesson: reader('library lesson', asStored(libraryLessonSchema)),
  notification: reader('notification', asStored(notificationSchema)),
  readMarker: reader('read marker', readMarkerItemSchema),
  readAllMarker: reader('read-all marker', readAllMarkerItemSchema),
  user: reader('user', asStored(userSchema)),
  fund: reader('fund', asStored(fundSchema)),
  figures: reader('figures', figuresItemSchema),
  budget: reader('budget', budgetItemSchema),
  idempotency: reader('idempotency answer', idempotencyItemSchema),
  ballotCaseId: reader('ballot', ballotCaseIdSchema),
  reportEntry: reader('report entry', asStored(reportEntrySchema)),
  reportTexts: reader('case', reportTextsSchema),
  notificationSettings: reader('notification settings', asStored(notificationSettingsSchema)),
};
