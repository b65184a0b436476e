import * as z from 'zod';

/** The build's configuration, checked once at start: a wrong setting fails loudly, not later. */
const configSchema = z.discriminatedUnion('VITE_AUTH', [
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

export function readConfig(env: Record<string, unknown>): AppConfig {
  return configSchema.parse({ ...env, VITE_AUTH: env.VITE_AUTH ?? 'local' });
}
