import type { ReasonCode } from '../shared/reasons.js';

/**
 * The fund stores no identifying data. These detectors find text that looks like a citizen
 * service number (BSN), a date of birth or an e-mail address, so that it can be refused at the field.
 */
export type IdentifyingKind = 'bsn' | 'birth_date' | 'email';

export const identifyingReasons = {
  bsn: 'identifying_bsn',
  birth_date: 'identifying_birth_date',
  email: 'identifying_email',
} as const satisfies Record<IdentifyingKind, ReasonCode>;

export const identifyingMessages: Record<IdentifyingKind, string> = {
  bsn: 'Looks like a citizen service number (BSN). The fund stores no identifying data: remove it.',
  birth_date: 'Looks like a date of birth. The fund stores no identifying data: give an age or leave it out.',
  email: 'Looks like an e-mail address. The fund stores no identifying data: remove it.',
};

/** The eleven-test (elfproef) of a Dutch citizen service number. */
export function passesElevenTest(digits: string): boolean {
  if (!/^\d{9}$/.test(digits)) return false;
  const sum = [...digits].reduce((acc, d, i) => acc + Number(d) * (i === 8 ? -1 : 9 - i), 0);
  return sum !== 0 && sum % 11 === 0;
}

// Also as written on ID cards and letters: 1234.56.789 or 1234 56 789.
const NINE_DIGITS = /(?<![\d])(\d{4}[ .]\d{2}[ .]\d{3}|\d{3}[ .]?\d{2}[ .]?\d{2}[ .]?\d{2}|\d{9})(?![\d])/g;
const EMAIL = /[\w.+-]+@[\w-]+(\.[\w-]+)+/;
const DATE = String.raw`(\d{1,2}[-/. ]\d{1,2}[-/. ]\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2} [a-z]+ \d{4})`;
const BIRTH_WORDS = String.raw`(geboren|geb\.|geboortedatum|geboorte|born|birth|dob|d\.o\.b\.)`;
const BIRTH_DATE = new RegExp(`${BIRTH_WORDS}[^\\d\\n]{0,20}${DATE}`, 'i');

function containsBsn(text: string): boolean {
  for (const match of text.matchAll(NINE_DIGITS)) {
    if (passesElevenTest(match[1]!.replace(/[ .]/g, ''))) return true;
  }
  return false;
}

export function findIdentifyingData(text: string): IdentifyingKind[] {
  const found: IdentifyingKind[] = [];
  if (containsBsn(text)) found.push('bsn');
  if (BIRTH_DATE.test(text)) found.push('birth_date');
  if (EMAIL.test(text)) found.push('email');
  return found;
}
