/**
 * Text as the detectors read it: one spelling for what a reader sees as the same. A BSN typed with
 * full-width or Arabic-Indic digits, a soft hyphen or a zero-width space between its digits, or split
 * over two lines is still the same number to anyone who reads it, so it must be to the checks too.
 */

// Unicode keeps the decimal digits of every script in runs of ten, ascending from zero; some runs
// follow each other (the mathematical digits), so a digit's value is its distance from the run's start, mod 10.
const DECIMAL = /\p{Nd}/u;

function digitValue(char: string): string {
  let cp = char.codePointAt(0)!;
  const start = cp;
  while (cp > 0 && DECIMAL.test(String.fromCodePoint(cp - 1))) cp--;
  return String((start - cp) % 10);
}

/** NFKC, invisible characters out, every dash and slash one character, whitespace one space, digits 0-9. */
export function normalise(text: string): string {
  return (
    text
      .normalize('NFKC')
      // Format characters: zero-width (non-)joiners and spaces, soft hyphen, word joiner, BOM, bidi marks.
      .replace(/[\p{Cf}\u180E]/gu, '')
      .replace(/[\p{Pd}\u2212]/gu, '-')
      .replace(/[\u2044\u2215]/gu, '/')
      // \s covers no-break, thin, figure and ideographic spaces and the line and paragraph separators.
      .replace(/\s+/gu, ' ')
      .replace(/\p{Nd}/gu, (d) => (d >= '0' && d <= '9' ? d : digitValue(d)))
  );
}
