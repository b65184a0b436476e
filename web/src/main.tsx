import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, beforeFirstRender } from './app/app';
import { authenticatorOf } from './app/authenticator-of-config';
import './app/styles';
import { readConfig } from './lib/config';
import { initI18n } from './lib/i18n/i18n';

// A stored OIDC session is read (and renewed if it expired) before the first render; if that fails,
// the app starts signed out. Signed in, who it is (GET /api/me) is asked before the first render too,
// so the header is drawn whole; the saved language's texts are downloaded meanwhile (i18n.ts).
// (A `.then`, not a top-level await: that splits the first visit into 9 scripts.)
const restored = authenticatorOf(readConfig(import.meta.env)).then(async (authenticator) => {
  await authenticator.restore().catch(() => undefined);
  await beforeFirstRender(authenticator);
  return authenticator;
});
void Promise.all([restored, initI18n()]).then(([authenticator]) =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App authenticator={authenticator} />
    </StrictMode>,
  ),
);
