import { useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { configureApiClient } from '../api/api-client';
import type { Authenticator } from './authenticator';

interface AuthState {
  authenticator: Authenticator;
  signedIn: boolean;
  /** Call after a sign-in stored a token. */
  refresh: () => void;
  signOut: () => void;
}

const AuthContext = createContext<AuthState | null>(null);

export function AuthProvider({ authenticator, children }: { authenticator: Authenticator; children: ReactNode }) {
  const queryClient = useQueryClient();
  const [signedIn, setSignedIn] = useState(() => authenticator.token() !== null);
  const signOut = useCallback(() => {
    authenticator.signOut();
    queryClient.clear();
    setSignedIn(false);
  }, [authenticator, queryClient]);
  // A 401 means the token expired or the key changed: back to the sign-in page.
  configureApiClient(() => authenticator.token(), signOut);
  const value = useMemo<AuthState>(
    () => ({ authenticator, signedIn, refresh: () => setSignedIn(authenticator.token() !== null), signOut }),
    [authenticator, signedIn, signOut],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthState {
  const state = useContext(AuthContext);
  if (!state) throw new Error('useAuth outside AuthProvider');
  return state;
}
