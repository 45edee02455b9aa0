import { createContext, ReactNode, useCallback, useContext, useEffect, useState } from 'react';
import { api, sessionStore } from './api/client';
import type { User } from './api/types';

interface Session {
  user: User | null;
  loading: boolean;
  signIn(email: string, password: string): Promise<void>;
  signOut(): Promise<void>;
}

type SessionUser = User & { csrfToken?: string };

const SessionContext = createContext<Session | null>(null);

/**
 * The signed-in user. The session itself is an HttpOnly cookie (set by the password sign-in or by
 * the identity provider's callback) that scripts cannot read; this keeps its CSRF token in memory.
 */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<User | null>(null);
  const [loading, setLoading] = useState(true);
  const accept = useCallback((signedIn: SessionUser) => {
    const { csrfToken, ...rest } = signedIn;
    sessionStore.setCsrfToken(csrfToken ?? null);
    setUser(rest);
  }, []);
  const forget = useCallback(() => {
    sessionStore.setCsrfToken(null);
    setUser(null);
  }, []);
  /**
   * Revokes the session on the server (which also removes the cookie), then forgets it here; the page
   * waits meanwhile, so that no new sign-in can start before the old cookie is gone.
   */
  const signOut = useCallback(async () => {
    setLoading(true);
    await api.post('/auth/logout').catch(() => undefined);
    forget();
    setLoading(false);
  }, [forget]);
  useEffect(() => {
    sessionStore.onUnauthorized(forget);
    api
      .get<SessionUser>('/auth/me')
      .then(accept)
      // 401: not signed in (any other failure also shows the sign-in page)
      .catch(forget)
      .finally(() => setLoading(false));
  }, [accept, forget]);
  const signIn = useCallback(
    async (email: string, password: string) => {
      accept(await api.post<SessionUser>('/auth/session', { email, password }));
    },
    [accept],
  );
  return <SessionContext.Provider value={{ user, loading, signIn, signOut }}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('SessionProvider saknas');
  return session;
}

/** The signed-in user (only used inside pages that require one). */
export function useUser(): User {
  const { user } = useSession();
  if (!user) throw new Error('Inte inloggad');
  return user;
}
