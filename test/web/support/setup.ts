import { cleanup } from '@testing-library/react';
import { afterEach, vi } from 'vitest';
import { initI18n, loadLanguage, loadScreenTexts } from '../../../web/src/lib/i18n/i18n';

// Tests read the Dutch texts, as a first-time user sees them; every text of both languages is there.
await initI18n('nl');
await loadScreenTexts();
await loadLanguage('en');

afterEach(() => {
  if (typeof document !== 'undefined') cleanup();
  vi.unstubAllGlobals();
  // The route-manifest test runs in node, without web storage.
  if (typeof sessionStorage !== 'undefined') sessionStorage.clear();
  if (typeof localStorage !== 'undefined') localStorage.clear();
});
