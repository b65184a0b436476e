import * as z from 'zod';
import { findIdentifyingData, identifyingMessages, identifyingReasons } from './identifying-data.js';

/** Free text the fund may store: trimmed, bounded, and refused when it holds identifying data. */
export const safeText = (max: number, min = 0) =>
  z
    .string()
    .trim()
    .min(min, min > 0 ? 'Required: write at least a few words.' : undefined)
    .max(max, `At most ${max} characters.`)
    .superRefine((text, ctx) => {
      for (const kind of findIdentifyingData(text)) {
        ctx.addIssue({ code: 'custom', message: identifyingMessages[kind], params: { reason: identifyingReasons[kind], privacy: kind } });
      }
    });
