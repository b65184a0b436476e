import fc from 'fast-check';
import type { IdentifyingKind } from '../../../domain/privacy/identifying-data.js';

/**
 * Identifying texts built the way people write them, to embed in ordinary Dutch sentences: the
 * detector's own property test and the API's refusal test draw from the same generators.
 */
const words = fc.constantFrom('de', 'cliënt', 'heeft', 'een', 'huurachterstand', 'bij', 'woningcorporatie', 'sinds', 'vorig', 'jaar', 'en', 'wil', 'graag', 'hulp', 'het', 'gezin', 'woont', 'in', 'Amsterdam', 'zonder', 'werk', 'schuld', 'loopt', 'op');
export const phrase = fc.array(words, { minLength: 0, maxLength: 8 }).map((w) => w.join(' '));
const lineEnd = fc.constantFrom('.', '', ',', ' en dat is bekend.', '!');
/** An identifying piece in a sentence: words before, the piece, words after. */
export const inSentence = (piece: fc.Arbitrary<string>) =>
  fc.tuple(phrase, fc.constantFrom(' ', ': ', ' (', '\n'), piece, fc.constantFrom(' ', ') ', ', ', '\n'), phrase, lineEnd).map(([a, s1, p, s2, b, end]) => `${a}${s1}${p}${s2}${b}${end}`);


// Digits of other scripts and invisible characters: what a copy from a PDF or a phone can hold.
const ZEROS = [0x30, 0xff10, 0x660, 0x6f0, 0x966, 0x9e6, 0xe50, 0x1d7ce];
const scriptOf = fc.constantFrom(...ZEROS);
const inScript = (digits: string, zero: number) => [...digits].map((d) => (/\d/.test(d) ? String.fromCodePoint(zero + Number(d)) : d)).join('');
const invisible = fc.constantFrom('\u200b', '\u00ad', '\u2060', '\ufeff', '\u200c', '\u200d');
/** Puts invisible characters between random characters of the text. */
const withInvisibles = (text: string) =>
  fc.array(fc.tuple(fc.nat({ max: text.length }), invisible), { maxLength: 4 }).map((inserts) =>
    inserts.sort((a, b) => b[0] - a[0]).reduce((t, [at, char]) => `${t.slice(0, at)}${char}${t.slice(at)}`, text),
  );

// ---- BSN -------------------------------------------------------------------------------------
const bsn = fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 8, maxLength: 8 }).chain((eight) => {
  const sum = eight.reduce((acc, d, i) => acc + d * (9 - i), 0);
  const check = sum % 11;
  return check <= 9 && sum !== 0 ? fc.constant(`${eight.join('')}${check}`) : fc.constant('111222333');
});
const separator = fc.constantFrom(' ', '.', '-', '/', '\n', ' - ', '\u00a0', '\u202f', '\u2009', '–', '. ', '\u3000');
/** The nine digits cut into groups at random places, a random separator at each cut. */
const grouped = (digits: string) =>
  fc.tuple(fc.subarray([1, 2, 3, 4, 5, 6, 7, 8]), fc.array(separator, { minLength: 8, maxLength: 8 })).map(([cuts, seps]) =>
    [...digits].map((d, i) => (cuts.includes(i) ? `${seps[i - 1]!}${d}` : d)).join(''),
  );
const bsnLabel = fc.constantFrom('', 'BSN ', 'bsn: ', 'BSN-nummer ', 'burgerservicenummer ', 'Burgerservicenummer: ', 'sofinummer ', 'sofi-nummer: ');
export const writtenBsn = fc.tuple(bsn, scriptOf, bsnLabel).chain(([digits, zero, label]) =>
  grouped(digits).chain((g) => withInvisibles(inScript(g, zero))).map((g) => `${label}${g}`),
);

// ---- date of birth ---------------------------------------------------------------------------
const nlMonths = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
const nlShort = ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];
const enMonths = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const enShort = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'];
const ordinal = (d: number) => `${d}${d % 10 === 1 && d !== 11 ? 'st' : d % 10 === 2 && d !== 12 ? 'nd' : d % 10 === 3 && d !== 13 ? 'rd' : 'th'}`;
export const pad = (n: number) => String(n).padStart(2, '0');
export const day = fc.record({ d: fc.integer({ min: 1, max: 28 }), m: fc.integer({ min: 1, max: 12 }), y: fc.integer({ min: 1935, max: 2010 }) });
export const dateFormats: Array<(x: { d: number; m: number; y: number }, sep: string) => string> = [
  ({ d, m, y }, s) => `${pad(d)}${s}${pad(m)}${s}${y}`,
  ({ d, m, y }, s) => `${d}${s}${m}${s}${y}`,
  ({ d, m, y }, s) => `${pad(d)}${s}${pad(m)}${s}'${String(y).slice(2)}`,
  ({ d, m, y }, s) => `${d}${s}${m}${s}${String(y).slice(2)}`,
  ({ d, m, y }, s) => `${m}${s}${d}${s}${y}`,
  ({ d, m, y }, s) => `${y}${s}${pad(m)}${s}${pad(d)}`,
  ({ d, m, y }) => `${d} ${nlMonths[m - 1]} ${y}`,
  ({ d, m, y }) => `${d} ${nlShort[m - 1]} ${y}`,
  ({ d, m, y }) => `${d} ${nlShort[m - 1]}. '${String(y).slice(2)}`,
  ({ d, m, y }) => `${d}-${nlShort[m - 1]}-${y}`,
  ({ d, m, y }) => `${enMonths[m - 1]} ${ordinal(d)}, ${y}`,
  ({ d, m, y }) => `${enShort[m - 1]} ${d} ${y}`,
  ({ d, m, y }) => `${ordinal(d)} of ${enMonths[m - 1]} ${y}`,
  ({ d, m, y }) => `${d} ${enMonths[m - 1]} ${y}`,
];
const birthMarker = fc.constantFrom('geb.', 'geb', 'Geb.', 'geboren', 'geboren op', 'Geboren op', 'geboortedatum', 'Geboortedatum:', 'born', 'born on', 'Born on the', 'date of birth', 'Date of birth:', 'DOB', 'DOB:', 'd.o.b.', 'D.O.B.');
export const birthDate = fc
  .tuple(day, fc.integer({ min: 0, max: dateFormats.length - 1 }), fc.constantFrom('-', '/', '.', ' ', ' - '), birthMarker, fc.constantFrom(' ', ': ', '\u00a0'))
  .map(([date, format, sep, marker, gap]) => `${marker}${gap}${dateFormats[format]!(date, sep)}`);

// ---- e-mail ----------------------------------------------------------------------------------
const localPart = fc.tuple(fc.constantFrom('jan', 'fatima', 'p.devries', 'kees_b', 'sanne+fonds', 'm.el-amrani', 'anouk1985'), fc.stringMatching(/^[a-z0-9]{0,4}$/)).map(([a, b]) => `${a}${b}`);
const domainName = fc.tuple(fc.constantFrom('mail', 'gmail', 'hotmail', 'ziggo', 'kpn-mail', 'outlook'), fc.constantFrom('nl', 'com', 'be', 'org', 'eu'));
const at = fc.constantFrom('@', ' @ ', '[at]', ' [at] ', '(at)', ' (at) ', '{at}', '＠', '﹫', '[AT]', ' (apenstaartje) ');
const dot = fc.constantFrom('.', ' [dot] ', '[dot]', '(dot)', ' (punt) ', '[.]', '．');
export const email = fc.oneof(
  fc.tuple(localPart, at, domainName, dot).map(([l, a, [d, tld], p]) => `${l}${a}${d}${p}${tld}`),
  fc.tuple(localPart, domainName).map(([l, [d, tld]]) => `${l} at ${d} dot ${tld}`),
);

// ---- phone -----------------------------------------------------------------------------------
const digitsOf = (n: number) => fc.stringMatching(new RegExp(`^[0-9]{${n}}$`));
export const phone = fc.oneof(
  digitsOf(8).chain((n) =>
    fc.constantFrom(`06-${n}`, `06 ${n.slice(0, 4)} ${n.slice(4)}`, `06 ${n.match(/../g)!.join(' ')}`, `+31 6 ${n.slice(0, 4)} ${n.slice(4)}`, `+31 (0)6 ${n}`, `+316${n}`, `0031 6 ${n}`, `(06) ${n}`, `06${n}`),
  ),
  fc.tuple(fc.constantFrom('20', '10', '70', '30', '50', '40', '43', '55', '13', '15', '24', '26', '35', '38', '45', '46', '53', '58', '71', '72', '73', '76', '77', '78', '79'), digitsOf(7)).chain(([area, n]) =>
    fc.constantFrom(`0${area}-${n}`, `(0${area}) ${n.slice(0, 3)} ${n.slice(3, 5)} ${n.slice(5)}`, `0${area} ${n.slice(0, 3)} ${n.slice(3)}`, `+31 ${area} ${n}`, `0031${area}${n}`, `+31 (0)${area} ${n}`),
  ),
  fc.tuple(fc.constantFrom('+44 20', '+32 2', '+49 30', '+33 1', '+1 212', '+90 212', '+212 6'), digitsOf(7)).map(([cc, n]) => `${cc} ${n.slice(0, 4)} ${n.slice(4)}`),
  digitsOf(7).map((n) => `+44 20 ${n.slice(0, 3)}${n[3]!} ${n.slice(4)}0`),
);

// ---- address ---------------------------------------------------------------------------------
const pairs = 'ABCEGHJKLMNPRTVWXZ';
const postcode = fc.tuple(fc.integer({ min: 1000, max: 9999 }), fc.constantFrom(...pairs), fc.constantFrom(...pairs), fc.constantFrom(' ', '')).map(([n, a, b, s]) => `${n}${s}${a}${b}`);
const houseNumber = fc.tuple(fc.integer({ min: 1, max: 350 }), fc.constantFrom('', 'a', ' B', '-2', 'hs')).map(([n, s]) => `${n}${s === 'hs' ? '' : s}`);
const street = fc.constantFrom('Damstraat', 'Kalverstraat', 'Prinsengracht', 'Overtoom', 'Bijlmerdreef', 'Javastraat', 'Stationsweg', 'Kerklaan', 'Dorpsstraat');
export const address = fc.oneof(
  fc.tuple(postcode, houseNumber, fc.constantFrom(' ', ', ', ' nr. ', ' huisnummer ')).map(([p, h, s]) => `${p}${s}${h}`),
  fc.tuple(street, houseNumber, postcode, fc.constantFrom(', ', ' ', '\n'), fc.constantFrom('', ' Amsterdam', ' Rotterdam')).map(([s, h, p, sep, city]) => `${s} ${h}${sep}${p}${city}`),
);

// ---- IBAN ------------------------------------------------------------------------------------
function mod97(text: string): number {
  let rest = 0;
  for (const char of text) for (const d of /\d/.test(char) ? char : String(char.charCodeAt(0) - 55)) rest = (rest * 10 + Number(d)) % 97;
  return rest;
}
const withCheck = (country: string, bban: string) => `${country}${pad(98 - mod97(`${bban}${country}00`))}${bban}`;
export const iban = fc
  .oneof(
    fc.tuple(fc.constantFrom('ABNA', 'INGB', 'RABO', 'SNSB', 'TRIO', 'ASNB', 'KNAB', 'BUNQ'), digitsOf(10)).map(([bank, n]) => withCheck('NL', `${bank}${n}`)),
    digitsOf(12).map((n) => withCheck('BE', n)),
    digitsOf(18).map((n) => withCheck('DE', n)),
  )
  .chain((compact) =>
    fc.tuple(fc.constantFrom('groups', 'none', 'random'), fc.boolean(), fc.array(fc.boolean(), { minLength: compact.length, maxLength: compact.length })).map(([spacing, lower, spaces]) => {
      const cased = lower ? compact.toLowerCase() : compact;
      if (spacing === 'none') return cased;
      if (spacing === 'groups') return cased.match(/.{1,4}/g)!.join(' ');
      return [...cased].map((c, i) => (i >= 2 && spaces[i] ? ` ${c}` : c)).join('');
    }),
  );

// ---- a name after a salutation ---------------------------------------------------------------
const surname = fc.constantFrom('Jansen', 'de Vries', 'van den Berg', 'El Amrani', 'Yılmaz', 'Bakker', 'van Dijk', 'Öztürk', 'Smit', 'Pinas');
const salutation = fc.constantFrom('dhr.', 'dhr', 'Dhr.', 'mevr.', 'Mevr.', 'mw.', 'Mw.', 'meneer', 'mevrouw', 'Meneer', 'Mevrouw', 'de heer', 'De heer', 'Mr.', 'Mrs.', 'Ms.', 'Miss', 'Mr', 'Mrs');
// After an abbreviation's dot the space is often left out: "dhr.Jansen".
export const titledName = fc
  .tuple(salutation, fc.boolean(), fc.constantFrom('', 'J. ', 'A.M. ', 'K.'), surname)
  .map(([s, tight, i, n]) => `${s}${tight && s.endsWith('.') ? '' : ' '}${i}${n}`);

/** Each kind of identifying data with the texts that hold it. */
export const identifyingTexts: Record<IdentifyingKind, fc.Arbitrary<string>> = {
  bsn: writtenBsn,
  birth_date: birthDate,
  email,
  phone,
  address,
  iban,
  name: titledName,
};
