import { nlFirst } from './nl-first';
import { nlLists } from './nl-lists';
import { nlScreens } from './nl-screens';

/**
 * Nederlands: the default language. Every text of the app, in three parts that are downloaded apart
 * (nl-first.ts for the first visit, nl-lists.ts with each role's first screen after sign-in, nl-screens.ts
 * with any other screen); en.ts has the same keys.
 */
export const nl = { ...nlFirst, ...nlLists, ...nlScreens };

/** The shape every other language follows, key for key. */
type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };
export type Catalogue = Shape<typeof nl>;
export type FirstCatalogue = Shape<typeof nlFirst>;
export type ListsCatalogue = Shape<typeof nlLists>;
export type ScreensCatalogue = Shape<typeof nlScreens>;
