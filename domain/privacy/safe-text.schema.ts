import * as z from 'zod';
import { findIdentifyingData, identifyingMessages, identifyingReasons, type IdentifyingKind } from './identifying-data.js';

/** Free text the fund may store: trimmed, bounded, and refused when it holds identifying data. */
export const safeText = (max: number, min = 0) =>
  z
    .string()
    .trim()
    .min(min, min > 0 ? 'Required: write at least a few words.' : undefined)
    .max(max, `At most ${max} characters.`)
    .superRefine((text, ctx) => {
      refuseIdentifyingData(text, ctx);
    });

/** Adds an issue for each kind of identifying data the text holds, naming what was found; returns the kinds. */
export function refuseIdentifyingData(text: string, ctx: z.RefinementCtx<string>): IdentifyingKind[] {
  const found = findIdentifyingData(text);
  for (const kind of found) {
    ctx.addIssue({ code: 'custom', message: identifyingMessages[kind], params: { reason: identifyingReasons[kind], privacy: kind } });
  }
  return found;
}
