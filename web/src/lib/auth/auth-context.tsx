import { useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
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

/** Give it an authenticator whose `restore()` has run: being signed in is read at once. */
export function AuthProvider({ authenticator, children }: { authenticator: Authenticator; children: ReactNode }) {
  const queryClient = useQueryClient();
  const [signedIn, setSignedIn] = useState(() => authenticator.token() !== null);
  const refresh = useCallback(() => {
    const now = authenticator.token() !== null;
    if (!now) queryClient.clear();
    setSignedIn(now);
  }, [authenticator, queryClient]);
  // A token renewed, expired or dropped by the authenticator itself.
  useEffect(() => authenticator.subscribe(refresh), [authenticator, refresh]);
  const signOut = useCallback(() => {
    queryClient.clear();
    setSignedIn(false);
    void authenticator.signOut();
  }, [authenticator, queryClient]);
  // A 401 means the token expired or the key changed: back to the sign-in page.
  configureApiClient(
    () => authenticator.token(),
    () => void authenticator.forget().then(refresh),
  );
  const value = useMemo<AuthState>(() => ({ authenticator, signedIn, refresh, signOut }), [authenticator, signedIn, refresh, signOut]);
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthState {
  const state = useContext(AuthContext);
  if (!state) throw new Error('useAuth outside AuthProvider');
  return state;
}
