import * as z from 'zod';

/**
 * An object with each of these keys, all required, each holding `value`. What `z.record(z.enum(keys), value)`
 * checks, but with its properties named: JSON Schema (and so the OpenAPI document) can then describe
 * the keys it requires instead of requiring keys it never defines.
 */
export const everyKey = <const K extends string, V extends z.ZodType>(keys: readonly K[], value: V) =>
  z.strictObject(Object.fromEntries(keys.map((key) => [key, value])) as { [P in K]: V });
