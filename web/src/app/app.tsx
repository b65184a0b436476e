import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { BrowserRouter } from 'react-router';
import { ApiError } from '../lib/api/api-client';
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
