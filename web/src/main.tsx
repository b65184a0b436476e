import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { authenticatorOf } from './app/authenticator-of-config';
import './app/styles';
import { readConfig } from './lib/config';
import { initI18n } from './lib/i18n/i18n';

initI18n();
const authenticator = authenticatorOf(readConfig(import.meta.env));

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App authenticator={authenticator} />
  </StrictMode>,
);
