import type { AppConfig } from './config.schema';

export type { AppConfig } from './config.schema';

/**
 * The build's configuration. web/vite.config.ts checked these variables with `configSchema` before
 * it built this bundle (a wrong setting stops the build), so here they are only picked.
 */
export function readConfig(env: Record<string, string | undefined>): AppConfig {
  if (env.VITE_AUTH !== 'oidc') return { VITE_AUTH: 'local' };
  const { VITE_OIDC_ISSUER = '', VITE_OIDC_CLIENT_ID = '', VITE_OIDC_SCOPE, VITE_OIDC_END_SESSION_ENDPOINT } = env;
  return {
    VITE_AUTH: 'oidc',
    VITE_OIDC_ISSUER,
    VITE_OIDC_CLIENT_ID,
    ...(VITE_OIDC_SCOPE ? { VITE_OIDC_SCOPE } : {}),
    ...(VITE_OIDC_END_SESSION_ENDPOINT ? { VITE_OIDC_END_SESSION_ENDPOINT } : {}),
  };
}
