import { lazy, type ComponentType } from 'react';
import { loadScreenTexts } from '../i18n/i18n';

/**
 * A screen in a chunk of its own (React.lazy) that also waits for its texts, so it never shows a
 * key: all the screens' texts unless told which part (each role's first screen needs only its lists').
 */
export const lazyScreen = <T extends ComponentType>(load: () => Promise<{ default: T }>, texts: () => Promise<void> = loadScreenTexts) =>
  lazy(() => Promise.all([load(), texts()]).then(([module]) => module));
