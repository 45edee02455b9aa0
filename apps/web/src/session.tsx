import { createContext, ReactNode, useCallback, useContext, useEffect, useState } from 'react';
import { api, call, remiss, tokenStore } from './api/client';
import type { User } from './api/types';

interface Session {
  user: User | null;
  loading: boolean;
  signIn(email: string, password: string): Promise<void>;
  signOut(): void;
}

const SessionContext = createContext<Session | null>(null);

/** The signed-in user; the token lives in sessionStorage and is removed on sign-out. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<User | null>(null);
  const [loading, setLoading] = useState(Boolean(tokenStore.get()));
  const forget = useCallback(() => {
    tokenStore.clear();
    setUser(null);
  }, []);
  /** Revokes the token on the server (the request takes the token before it is forgotten here). */
  const signOut = useCallback(() => {
    if (tokenStore.get()) api.post('/auth/logout').catch(() => undefined);
    forget();
  }, [forget]);
  useEffect(() => {
    tokenStore.onUnauthorized(forget);
    if (!tokenStore.get()) return;
    call(remiss.GET('/auth/me'))
      .then(setUser)
      .catch(forget)
      .finally(() => setLoading(false));
  }, [forget]);
  const signIn = useCallback(async (email: string, password: string) => {
    const result = await call(remiss.POST('/auth/login', { body: { email, password } }));
    tokenStore.set(result.token);
    setUser(result.user);
  }, []);
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
