import * as z from 'zod';

export const id = z.string().regex(/^[A-Za-z0-9-]{1,64}$/, 'Not a valid id.');

export const caseParams = z.strictObject({ caseId: id });

export const manager = ['programme_manager'] as const;

export const everyone = ['counsellor', 'panel_member', 'programme_manager'] as const;

export const paging = {
  cursor: z.string().max(1024).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
};

/** An Idempotency-Key header's value: 8 to 100 letters, digits or - _ . : (a UUID fits). */
export const idempotencyKey = z.string().regex(/^[A-Za-z0-9_.:-]{8,100}$/, 'Not a valid idempotency key.');
