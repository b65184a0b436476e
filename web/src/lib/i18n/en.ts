import type { Catalogue } from './nl';
import { enFirst } from './en-first';
import { enLists } from './en-lists';
import { enScreens } from './en-screens';

/** English: the same keys as nl.ts (the type checks it), in the same three parts. */
export const en: Catalogue = { ...enFirst, ...enLists, ...enScreens };
