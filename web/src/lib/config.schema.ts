import * as z from 'zod';

/**
 * The build's configuration (the `VITE_*` variables), checked once when Vite starts
 * (web/vite.config.ts): a wrong setting stops the build, it does not fail later in a browser.
 * The check runs in Node, so the first visit does not download a validation library for it.
 */
export const configSchema = z.discriminatedUnion('VITE_AUTH', [
  z.object({ VITE_AUTH: z.literal('local') }),
  z.object({
    VITE_AUTH: z.literal('oidc'),
    VITE_OIDC_ISSUER: z.url(),
    VITE_OIDC_CLIENT_ID: z.string().min(1),
    VITE_OIDC_SCOPE: z.string().optional(),
    /** The provider's sign-out page where its discovery document names none (Cognito: `https://<domain>/logout`). */
    VITE_OIDC_END_SESSION_ENDPOINT: z.url().optional(),
  }),
]);
export type AppConfig = z.infer<typeof configSchema>;

/** The configuration as the app sees it: sign-in is local unless `VITE_AUTH` says otherwise. */
export const parseConfig = (env: Record<string, unknown>): AppConfig => configSchema.parse({ ...env, VITE_AUTH: env.VITE_AUTH ?? 'local' });
