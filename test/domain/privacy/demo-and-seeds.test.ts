import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findIdentifyingData } from '../../../domain/privacy/identifying-data.js';
import { demoCases } from '../../../functions/local/demo/demo-cases.js';
import { demoFunds, demoUsers } from '../../../functions/local/demo/demo-funds.js';

// The seed texts: real Dutch prose about public service, full of dates, years, amounts and names of
// public figures. Read-only, outside the repository; where a checkout has none, the demo data still runs.
const SEEDS = '/work/shared/seeds';
const seedFiles = (() => {
  try {
    return readdirSync(SEEDS).filter((f) => f.endsWith('.txt'));
  } catch {
    return [];
  }
})();

/** Every string in a value, however deep, with where it sits. */
function stringsOf(value: unknown, at: string, skip: ReadonlySet<string> = new Set()): Array<[string, string]> {
  if (typeof value === 'string') return [[at, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => stringsOf(v, `${at}[${i}]`, skip));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => (skip.has(k) ? [] : stringsOf(v, `${at}.${k}`, skip)));
  return [];
}

/** A text's sentences, the line breaks inside one joined: the way a counsellor would paste it. */
const sentencesOf = (text: string): string[] =>
  text
    .split(/\n\s*\n/)
    .flatMap((paragraph) => paragraph.replace(/\s*\n\s*/g, ' ').split(/(?<=[.!?”])\s+(?=[\p{Lu}“‘"])/u))
    .map((s) => s.trim())
    .filter((s) => s.length > 0);

describe('the detector passes what the fund already holds', () => {
  it('finds nothing in any string of the demo cases and funds', () => {
    const strings = [...stringsOf(demoCases, 'demoCases'), ...stringsOf(demoFunds, 'demoFunds'), ...stringsOf(demoUsers, 'demoUsers', new Set(['email']))];
    expect(strings.length).toBeGreaterThan(100);
    const flagged = strings.map(([at, text]) => ({ at, text, found: findIdentifyingData(text) })).filter((s) => s.found.length > 0);
    expect(flagged).toEqual([]);
  });

  it.each(seedFiles)('finds nothing in any sentence, line or paragraph of the seed text %s', (file) => {
    const text = readFileSync(join(SEEDS, file), 'utf8');
    const pieces = [...sentencesOf(text), ...text.split('\n'), ...text.split(/\n\s*\n/)];
    expect(pieces.length).toBeGreaterThan(5);
    const flagged = pieces.map((piece) => ({ piece, found: findIdentifyingData(piece) })).filter((s) => s.found.length > 0);
    expect(flagged).toEqual([]);
  });
});
