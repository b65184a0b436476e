import type { ReasonCode } from '../shared/reasons.js';
import { normalise } from './normalise.js';
import { containsBsn, ibanSpans, masked, phoneSpans } from './numbers.js';
import { containsAddress, containsBirthDate, containsEmail, containsTitledName } from './words.js';

export { passesElevenTest } from './numbers.js';
export { normalise } from './normalise.js';

/**
 * The fund stores no identifying data. These detectors find, in any spelling people use, text that
 * holds a citizen service number (BSN), a date of birth, an e-mail address, a phone number, an
 * address, an IBAN or a name after a salutation, so that it can be refused at the field. The server
 * and the web app both call this one module: what the web flags while typing is what the API refuses.
 */
export const identifyingKinds = ['bsn', 'birth_date', 'email', 'phone', 'address', 'iban', 'name'] as const;
export type IdentifyingKind = (typeof identifyingKinds)[number];

export const identifyingReasons = {
  bsn: 'identifying_bsn',
  birth_date: 'identifying_birth_date',
  email: 'identifying_email',
  phone: 'identifying_phone',
  address: 'identifying_address',
  iban: 'identifying_iban',
  name: 'identifying_name',
} as const satisfies Record<IdentifyingKind, ReasonCode>;

export const identifyingMessages: Record<IdentifyingKind, string> = {
  bsn: 'Looks like a citizen service number (BSN). The fund stores no identifying data: remove it.',
  birth_date: 'Looks like a date of birth. The fund stores no identifying data: give an age or leave it out.',
  email: 'Looks like an e-mail address. The fund stores no identifying data: remove it.',
  phone: "Looks like a phone number. The fund stores no identifying data: refer to the client by your own reference only.",
  address: 'Looks like an address (postcode and house number). The fund stores no identifying data: name the town or the neighbourhood at most.',
  iban: 'Looks like a bank account number (IBAN). The fund stores no identifying data in the story: leave it out.',
  name: 'Looks like a name after a salutation. The fund stores no identifying data: write "the client" or "the landlord" instead.',
};

/** The kinds of identifying data the text holds, in the order of identifyingKinds; none is an empty list. */
export function findIdentifyingData(text: string): IdentifyingKind[] {
  const normalised = normalise(text);
  // One number is one finding: the digits of an IBAN are not read again as a phone number or a BSN,
  // nor those of an international phone number (+31 6 1234 5678 holds nine digits) as a BSN.
  const ibans = ibanSpans(normalised);
  const withoutIbans = masked(normalised, ibans);
  const phones = phoneSpans(withoutIbans);
  const found: Record<IdentifyingKind, boolean> = {
    bsn: containsBsn(masked(withoutIbans, phones.filter((p) => p.international))),
    birth_date: containsBirthDate(normalised),
    email: containsEmail(normalised),
    phone: phones.length > 0,
    address: containsAddress(normalised),
    iban: ibans.length > 0,
    name: containsTitledName(normalised),
  };
  return identifyingKinds.filter((kind) => found[kind]);
}
