import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { nl } from './nl';

export const languages = ['nl', 'en'] as const;
export type Language = (typeof languages)[number];
const LANGUAGE_KEY = 'doorbraak.language';

/** Dutch unless the user chose English before: the choice stays in this browser. */
export function savedLanguage(): Language {
  const saved = typeof localStorage === 'undefined' ? null : localStorage.getItem(LANGUAGE_KEY);
  return saved === 'en' ? 'en' : 'nl';
}

export async function setLanguage(language: Language): Promise<void> {
  localStorage.setItem(LANGUAGE_KEY, language);
  document.documentElement.lang = language;
  await i18next.changeLanguage(language);
}

export function initI18n(language: Language = savedLanguage()) {
  if (typeof document !== 'undefined') document.documentElement.lang = language;
  void i18next.use(initReactI18next).init({
    resources: { nl: { translation: nl }, en: { translation: en } },
    lng: language,
    fallbackLng: 'nl',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return i18next;
}

/** The locale for Intl: nl-NL or en-GB (the fund works in euros either way). */
export const localeOf = (language: string): string => (language === 'en' ? 'en-GB' : 'nl-NL');
