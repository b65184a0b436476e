import { useTranslation } from 'react-i18next';
import { localeOf } from './i18n/i18n';

export interface Formatters {
  money: (cents: number) => string;
  date: (iso: string) => string;
  dateTime: (iso: string) => string;
  number: (n: number) => string;
}

export function formatters(language: string): Formatters {
  const locale = localeOf(language);
  const money = new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' });
  // A date-only value (2026-11-30) is a calendar day: format it in UTC so it never shifts a day.
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Amsterdam' });
  const number = new Intl.NumberFormat(locale);
  return {
    money: (cents) => money.format(cents / 100),
    date: (iso) => date.format(new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso)),
    dateTime: (iso) => dateTime.format(new Date(iso)),
    number: (n) => number.format(n),
  };
}

export function useFormat(): Formatters {
  const { i18n } = useTranslation();
  return formatters(i18n.language);
}

/** Euros as typed in a form ("1.250,50", "1250.50", "€ 80") to cents; undefined when it is no amount. */
export function parseEuros(text: string): number | undefined {
  const plain = text.replace(/[€\s]/g, '');
  if (plain === '') return undefined;
  const dutchThousands = /^\d{1,3}(\.\d{3})+(,\d{1,2})?$/.test(plain);
  const englishThousands = /^\d{1,3}(,\d{3})+(\.\d{1,2})?$/.test(plain);
  const normalised = dutchThousands
    ? plain.replace(/\./g, '').replace(',', '.')
    : englishThousands
      ? plain.replace(/,/g, '')
      : plain.replace(',', '.');
  if (!/^\d+(\.\d{1,2})?$/.test(normalised)) return undefined;
  return Math.round(Number(normalised) * 100);
}

/** Cents back to what a user types: "1250,50" in Dutch, "1250.50" in English, no thousands marks. */
export function eurosInput(cents: number | undefined, language: string): string {
  if (cents === undefined) return '';
  const whole = (cents / 100).toFixed(cents % 100 === 0 ? 0 : 2);
  return language === 'en' ? whole : whole.replace('.', ',');
}
