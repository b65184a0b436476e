import type * as z from 'zod';
import { fail, ok, type DomainError, type Result } from './result.js';

/** Each zod issue as the field it concerns (dotted path) and what is wrong with it. */
export function validationError(error: z.ZodError, prefix?: string): DomainError {
  const fields = error.issues.map((issue) => ({
    field: [prefix, ...issue.path.map(String)].filter(Boolean).join('.') || '(body)',
    message: issue.message,
  }));
  return { code: 'validation', message: `Check ${fields.map((f) => f.field).join(', ')}.`, fields };
}

export function parseWith<S extends z.ZodType>(schema: S, input: unknown, prefix?: string): Result<z.infer<S>> {
  const parsed = schema.safeParse(input);
  return parsed.success ? ok(parsed.data) : fail(validationError(parsed.error, prefix));
}
