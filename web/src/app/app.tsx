import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { BrowserRouter } from 'react-router';
import { ApiError, configureApiClient } from '../lib/api/api-client';
import { prefetchMe } from '../lib/api/get-me';
import type { Authenticator } from '../lib/auth/authenticator';
import { AuthProvider } from '../lib/auth/auth-context';
import { AnnouncerProvider } from '../lib/ui/announcer';
import { AppRoutes } from './router';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 15_000,
      // A refusal (4xx) will not change by asking again; a network hiccup might.
      retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 2,
    },
  },
});

/** How long the first render of a signed-in visit waits for GET /api/me; after that it shows its loading state. */
const ME_WAIT_MS = 2000;

/**
 * Before the first render of a signed-in visit: who is signed in, so that the header with the fund,
 * the user and the role's menu is drawn once rather than growing above the content as it arrives
 * (a layout shift). The request would go out right after the first render anyway; now it goes out
 * while the texts load. A refusal is left in the cache: the screen shows it, and a 401 signs out.
 */
export async function beforeFirstRender(authenticator: Authenticator): Promise<void> {
  if (authenticator.token() === null) return;
  // AuthProvider sets the real 401 handling when it renders.
  configureApiClient(() => authenticator.token(), () => {});
  await Promise.race([prefetchMe(queryClient), new Promise((done) => setTimeout(done, ME_WAIT_MS))]);
}

export function App({ authenticator }: { authenticator: Authenticator }) {
  return (
    <QueryClientProvider client={queryClient}>
      <AuthProvider authenticator={authenticator}>
        <AnnouncerProvider>
          <BrowserRouter>
            <AppRoutes />
          </BrowserRouter>
        </AnnouncerProvider>
      </AuthProvider>
    </QueryClientProvider>
  );
}
