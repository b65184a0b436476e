import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { nlFirst } from './nl-first';

export const languages = ['nl', 'en'] as const;
export type Language = (typeof languages)[number];
const LANGUAGE_KEY = 'doorbraak.language';

/**
 * The texts come in three parts per language (see nl.ts), downloaded when needed: the first visit
 * brings only the Dutch frame and sign-in page; the texts of each role's first screen (its lists) come
 * with that screen after sign-in, the other screens' texts with the first other screen, and English
 * only when someone chooses it. Dutch frame texts are in the first download.
 */
type Part = 'first' | 'lists' | 'screens';
const parts: Record<Language, Record<Part, () => Promise<object>>> = {
  nl: {
    first: () => Promise.resolve(nlFirst),
    lists: () => import('./nl-lists').then((m) => m.nlLists),
    screens: () => import('./nl-screens').then((m) => m.nlScreens),
  },
  en: {
    first: () => import('./en-first').then((m) => m.enFirst),
    lists: () => import('./en-lists').then((m) => m.enLists),
    screens: () => import('./en-screens').then((m) => m.enScreens),
  },
};
const loading = new Map<string, Promise<void>>();
/** The parts beyond the frame that the screens shown so far needed: a change of language brings them too. */
const wanted = new Set<Part>(['first']);

function loadPart(language: Language, part: Part): Promise<void> {
  const key = `${language}.${part}`;
  if (!loading.has(key)) {
    const load = parts[language][part]().then((texts) => void i18next.addResourceBundle(language, 'translation', texts, true, true));
    // A failed download (offline) is tried again the next time the texts are asked for.
    loading.set(key, load.catch((error: unknown) => {
      loading.delete(key);
      throw error;
    }));
  }
  return loading.get(key)!;
}

/** Downloads a language's texts for what the app shows now: the frame, and the screens once signed in. */
export async function loadLanguage(language: Language): Promise<void> {
  await Promise.all([...wanted].map((part) => loadPart(language, part)));
}

/** The texts of each role's first screen (case list, queue, inbox), in the current language; those screens wait for them. */
export async function loadListTexts(): Promise<void> {
  wanted.add('lists');
  await loadLanguage(i18next.language === 'en' ? 'en' : 'nl');
}

/** All texts of the screens after sign-in, in the current language; every other signed-in screen waits for them. */
export async function loadScreenTexts(): Promise<void> {
  wanted.add('lists');
  wanted.add('screens');
  await loadLanguage(i18next.language === 'en' ? 'en' : 'nl');
}

/** Dutch unless the user chose English before: the choice stays in this browser. */
export function savedLanguage(): Language {
  const saved = typeof localStorage === 'undefined' ? null : localStorage.getItem(LANGUAGE_KEY);
  return saved === 'en' ? 'en' : 'nl';
}

export async function setLanguage(language: Language): Promise<void> {
  await loadLanguage(language);
  localStorage.setItem(LANGUAGE_KEY, language);
  document.documentElement.lang = language;
  await i18next.changeLanguage(language);
}

/** Starts i18next with the Dutch frame texts, and the saved language's once they are downloaded. */
export async function initI18n(language: Language = savedLanguage()): Promise<void> {
  if (typeof document !== 'undefined') document.documentElement.lang = language;
  await i18next.use(initReactI18next).init({
    resources: { nl: { translation: nlFirst } },
    lng: 'nl',
    fallbackLng: 'nl',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  if (language === 'nl') return;
  try {
    await loadLanguage(language);
    await i18next.changeLanguage(language);
  } catch {
    // Offline at the first visit in English: the app starts in Dutch, and says so to screen readers.
    if (typeof document !== 'undefined') document.documentElement.lang = 'nl';
  }
}

/** The locale for Intl: nl-NL or en-GB (the fund works in euros either way). */
export const localeOf = (language: string): string => (language === 'en' ? 'en-GB' : 'nl-NL');
