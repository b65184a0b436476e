/**
 * The identifying texts: a date of birth, an e-mail address, an address, a name after a salutation.
 * Each reads normalised text (normalise.ts).
 */

const MONTHS = [
  'januari', 'january', 'jan', 'februari', 'february', 'feb', 'febr', 'maart', 'march', 'mrt', 'mar', 'maa',
  'april', 'apr', 'mei', 'may', 'juni', 'june', 'jun', 'juli', 'july', 'jul', 'augustus', 'august', 'aug',
  'september', 'sept', 'sep', 'oktober', 'october', 'okt', 'oct', 'november', 'nov', 'december', 'dec',
].join('|');
const DAY = String.raw`(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th|e|ste|de)?`;
const YEAR = String.raw`(?:\d{4}|'\d{2}|\d{2})`;
const SEP = String.raw`\s?[-/.]\s?|\s`;
const DATE = [
  // 03-03-1985, 3/3/85, 03.03.'85, 1985-03-03, 3 3 1985 (day and month in either order).
  String.raw`\d{1,2}(?:${SEP})\d{1,2}(?:${SEP})${YEAR}`,
  String.raw`\d{4}(?:${SEP})\d{1,2}(?:${SEP})\d{1,2}`,
  // 3 mrt 1985, 3 maart '85, 3rd of March, 1985, 3-mrt-1985 (the year may be left off: still a birthday).
  String.raw`${DAY}(?:\s?-\s?|\s|\.\s?)(?:of\s)?(?:${MONTHS})\.?(?:,?(?:\s?-\s?|\s)${YEAR})?`,
  // March 3rd, 1985, mrt. 3 1985.
  String.raw`(?:${MONTHS})\.?\s${DAY}(?:,?\s${YEAR})?`,
].join('|');
const BIRTH_MARKER = String.raw`(?:\bgeb\b\.?|\bgeboren\b|\bgeboortedatum\b|\bgeb\.\s?datum\b|\bgeboortedag\b|\bborn\b|\bdate\sof\sbirth\b|\bbirth\s?date\b|\bbirthday\b|\bdob\b|\bd\.o\.b\.?)`;
// The marker, then a few words at most ("geboren op", "born on the", ": "), then the date; or the date
// with the marker right after it ("3-3-1985 (geb.)").
const BIRTH_DATE = new RegExp(
  String.raw`${BIRTH_MARKER}[^\d\n]{0,20}?(?<![\d])(?:${DATE})(?![\d])|(?<![\d])(?:${DATE})(?![\d])\W{0,3}${BIRTH_MARKER}`,
  'iu',
);

/** A date marked as a date of birth; a plain date ("ontruiming op 9 december") is not one. */
export const containsBirthDate = (text: string): boolean => BIRTH_DATE.test(text);

// "[at]", "(at)", "{at}", "<at>" for @ and "[dot]", "(punt)" for the dot, with or without spaces; and
// "jan at mail dot nl" written out, which needs both words to be told from ordinary English.
const AT = /\s?[[({<]\s?(?:at|apenstaartje)\s?[\])}>]\s?|\s@\s?|@\s/giu;
const DOT = /\s?[[({<]\s?(?:dot|punt|\.)\s?[\])}>]\s?/giu;
const WRITTEN_OUT = /([\p{L}\d._%+-]+)\sat\s([\p{L}\d-]+)\s(?:dot|punt)\s(\p{L}{2,})\b/giu;
const EMAIL = /(?<![\p{L}\d._%+-])([\p{L}\d._%+-]+)@[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.\p{L}{2,}/gu;
// An organisation's role mailbox (info@divosa.nl in a seed text's colophon) names no person: allowed.
const ROLE_MAILBOX = /^(?:info|contact|post|secretariaat|servicedesk|helpdesk|klantenservice|support|noreply|no-reply|receptie|redactie|office|administratie)$/i;

/** An e-mail address of a person, also written as "jan [at] mail [dot] nl", "jan(at)mail.nl" or with ＠. */
export function containsEmail(text: string): boolean {
  const plain = text.replace(WRITTEN_OUT, '$1@$2.$3').replace(AT, '@').replace(DOT, '.');
  return [...plain.matchAll(EMAIL)].some((m) => !ROLE_MAILBOX.test(m[1]!));
}

// A Dutch postcode: four digits, not starting with 0, two capitals (not SA, SD or SS).
const POSTCODE = String.raw`[1-9]\d{3}\s?(?!SA|SD|SS)[A-Z]{2}`;
const HOUSE_NUMBER = String.raw`\d{1,5}(?:\s?[a-zA-Z](?![\p{L}]))?(?:\s?-\s?\d{1,4})?`;
const ADDRESS = new RegExp(
  [
    // 1012 AB 12, 1012AB, 12-A
    String.raw`(?<![\p{L}\d])${POSTCODE}(?![\p{L}])[,\s]{1,3}(?:nr\.?\s?|huisnummer\s)?${HOUSE_NUMBER}(?![\d])`,
    // Damstraat 12, 1012AB; Damstraat 12 1012 AB Amsterdam
    String.raw`\p{Lu}[\p{L}'-]+\s${HOUSE_NUMBER}[,\s]{1,3}${POSTCODE}(?![\p{L}])`,
  ].join('|'),
  'u',
);

/** A postcode together with a house number: an address. A postcode or a street alone is not one. */
export const containsAddress = (text: string): boolean => ADDRESS.test(text);

// Abbreviated Dutch titles in any case; the English ones with their capital, since "ms" is Dutch for
// "misschien". The full Dutch words in any case, but not right after an opening quotation mark: the
// seed texts quote speakers naming a public figure ("“Mevrouw Bijleveld kan…"), which a counsellor's
// note about a client does not.
// An abbreviation is followed by a space, or by its dot with or without one ("dhr.Jansen").
const AFTER_ABBREVIATION = String.raw`(?:\.\s?|\s)`;
const ABBREVIATED = String.raw`(?:\b(?:dhr|mevr|mw|mvr|fam)\b${AFTER_ABBREVIATION})`;
const ENGLISH = String.raw`(?:\b(?:Mr|Mrs|Ms|Mx|Dr|Miss)\b${AFTER_ABBREVIATION})`;
const WRITTEN = String.raw`(?:(?<![“"‘'„«]\s?)\b(?:[Mm]eneer|[Mm]evrouw|[Dd]e\s[Hh]eer|[Ff]amilie|[Jj]uffrouw)\b)`;
const INITIALS = String.raw`(?:\p{Lu}\.\s?){0,4}`;
const PARTICLES = String.raw`(?:(?:van|de|der|den|het|ter|ten|te|op|in\s't|'t|el|al|da|di|le|la|von)\s)*`;
const NAME = String.raw`\p{Lu}\p{Ll}+`;
const DUTCH_TITLED = new RegExp(String.raw`${ABBREVIATED}${INITIALS}${PARTICLES}${NAME}`, 'iu');
const TITLED = new RegExp(String.raw`(?:${ENGLISH}|${WRITTEN}\s)${INITIALS}${PARTICLES}${NAME}`, 'u');

/** A personal name after a title or salutation: "dhr. Jansen", "mevrouw de Vries", "Mrs. Smith". */
export const containsTitledName = (text: string): boolean => hasTitled(DUTCH_TITLED, text) || TITLED.test(text);

// With the i flag \p{Lu} matches lower case too: check the capital of the name itself again.
function hasTitled(pattern: RegExp, text: string): boolean {
  const global = new RegExp(pattern.source, 'giu');
  for (const match of text.matchAll(global)) {
    const name = /(\p{L}+)$/u.exec(match[0])?.[1] ?? '';
    if (/^\p{Lu}\p{Ll}/u.test(name)) return true;
  }
  return false;
}
