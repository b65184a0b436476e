import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { authenticatorOf } from './app/authenticator-of-config';
import './app/styles';
import { readConfig } from './lib/config';
import { initI18n } from './lib/i18n/i18n';

initI18n();
const authenticator = authenticatorOf(readConfig(import.meta.env));

// A stored OIDC session is read (and renewed if it expired) before the first render; if that fails,
// the app starts signed out. (A `.then`, not a top-level await: that splits the first visit into 9 scripts.)
void authenticator.restore().catch(() => undefined).then(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App authenticator={authenticator} />
    </StrictMode>,
  ),
);
