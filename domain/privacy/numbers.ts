/**
 * The identifying numbers: a citizen service number, a phone number, an IBAN. Each reads normalised
 * text (normalise.ts) and answers only whether the text holds one, never where: nothing keeps it.
 */

/** The eleven-test (elfproef) of a Dutch citizen service number. */
export function passesElevenTest(digits: string): boolean {
  if (!/^\d{9}$/.test(digits)) return false;
  const sum = [...digits].reduce((acc, d, i) => acc + Number(d) * (i === 8 ? -1 : 9 - i), 0);
  return sum !== 0 && sum % 11 === 0;
}

// Digit groups joined by what people put between them: spaces (line breaks are spaces by now), dots,
// dashes, slashes, mixed. Not commas: "1.480,00" is an amount. Not after a letter or a dash: the digits
// of "MZ-2026-0601" or an IBAN belong to a word.
const DIGIT_RUN = /(?<![\p{L}\d-])\d+(?:[ ./-]{1,3}\d+)*/gu;
const BSN_LABEL = /(?:\bbsn|burger ?service ?nummer|\bsofi ?-?nummer|\bsofi)\W{0,3}$/iu;

/**
 * A BSN is nine digits passing the eleven-test, in any grouping: every run of consecutive groups
 * that holds exactly nine digits is tried, so a BSN followed by a date or another number is still
 * found, while a ten-digit invoice number is not. Eight digits count only after a label: an old BSN,
 * written without its leading zero; unlabelled, one in eleven eight-digit numbers would be refused.
 */
export function containsBsn(text: string): boolean {
  for (const run of text.matchAll(DIGIT_RUN)) {
    const groups = run[0].split(/[ ./-]+/);
    const labelled = BSN_LABEL.test(text.slice(Math.max(0, run.index - 30), run.index));
    for (let from = 0; from < groups.length; from++) {
      let digits = '';
      for (let to = from; to < groups.length && digits.length < 9; to++) {
        digits += groups[to]!;
        if (digits.length === 9 && passesElevenTest(digits)) return true;
        if (digits.length === 8 && labelled && from === 0 && to === groups.length - 1 && passesElevenTest(`0${digits}`)) return true;
      }
    }
  }
  return false;
}

// A phone number starts with +, 00 or 0 (perhaps in brackets), then digits with spaces, dashes,
// dots, slashes or brackets between them. Not after a letter, digit or dash (case refs, IBANs).
const PHONE_RUN = /(?<![\p{L}\d.,/-])(?:\+|\(\s?\+?)?\d(?:[ ./()-]{0,3}\d)+/gu;

/**
 * National Dutch numbers have ten digits starting with 0 (06-12345678, (020) 123 45 67); an
 * international one starts with + or 00 and has 10 to 15 digits. Dates (8 digits), amounts, years
 * and case numbers do not start that way or have fewer digits.
 */
export function containsPhone(text: string): boolean {
  return phoneSpans(text).length > 0;
}

/** Where the phone numbers stand; international tells a number written with + or 00 before it. */
export function phoneSpans(text: string): Array<{ start: number; end: number; international: boolean }> {
  const spans: Array<{ start: number; end: number; international: boolean }> = [];
  for (const run of text.matchAll(PHONE_RUN)) {
    const written = run[0];
    const digits = written.replace(/\D/g, '');
    // A trailing group after a space may be the next number (a count, a year): try without it too.
    const shorter = written.replace(/ \d+$/, '').replace(/\D/g, '');
    const plus = written.replace(/^\(\s?/, '').startsWith('+');
    const found = [digits, shorter].some(
      (d) => (plus && d.length >= 10 && d.length <= 15 && !d.startsWith('0')) || (/^00[1-9]/.test(d) && d.length >= 11 && d.length <= 17) || (/^0[1-9]/.test(d) && d.length === 10),
    );
    if (found) spans.push({ start: run.index, end: run.index + written.length, international: plus || digits.startsWith('00') });
  }
  return spans;
}

/** The text with the given spans blanked out, so that one number is not read as two kinds. */
export const masked = (text: string, spans: ReadonlyArray<{ start: number; end: number }>): string =>
  spans.reduceRight((t, { start, end }) => `${t.slice(0, start)}${' '.repeat(end - start)}${t.slice(end)}`, text);

// The length of an IBAN per country (ISO 13616), for the countries a Dutch fund meets, so that a
// checksum is tried at one length only, not at every prefix of a long reference.
const IBAN_LENGTHS: Record<string, number> = {
  NL: 18, BE: 16, DE: 22, FR: 27, GB: 22, LU: 20, ES: 24, IT: 27, PT: 25, AT: 20, CH: 21, IE: 22,
  PL: 28, DK: 18, SE: 24, NO: 15, FI: 18, CZ: 24, SK: 24, HU: 28, RO: 24, BG: 22, GR: 27, HR: 21,
  SI: 19, LT: 20, LV: 21, EE: 20, TR: 26, MA: 28, CY: 28, MT: 31, IS: 26, LI: 21, MC: 27,
};

const IBAN_START = /(?<![\p{L}\d])([a-z]{2}) ?(\d) ?(\d)/giu;

function mod97(iban: string): number {
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let rest = 0;
  for (const char of rearranged) {
    const value = /\d/.test(char) ? char : String(char.charCodeAt(0) - 55);
    for (const d of value) rest = (rest * 10 + Number(d)) % 97;
  }
  return rest;
}

/** An IBAN with any spacing (or none), in either case, whose mod-97 checksum holds. */
export const containsIban = (text: string): boolean => ibanSpans(text).length > 0;

export function ibanSpans(text: string): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  for (const start of text.matchAll(IBAN_START)) {
    const country = start[1]!.toUpperCase();
    const length = IBAN_LENGTHS[country];
    if (!length) continue;
    let compact = `${country}${start[2]!}${start[3]!}`;
    let end = start.index + start[0].length;
    for (const char of text.slice(end)) {
      if (compact.length === length) break;
      end++;
      if (char === ' ') continue;
      if (!/[a-z\d]/i.test(char)) break;
      compact += char.toUpperCase();
    }
    if (compact.length === length && mod97(compact) === 1) spans.push({ start: start.index, end });
  }
  return spans;
}
