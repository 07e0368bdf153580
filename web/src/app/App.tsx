import { useEffect, useState } from 'react';
import { currentSession, logOut, type Session } from '../api/session.ts';
import { LoginPage } from '../features/auth/LoginPage.tsx';
import { Shell } from './Shell.tsx';

/** The session decides: the login page, or the app for the logged-in user. */
export function App() {
  const [session, setSession] = useState<Session | null | undefined>(undefined);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    currentSession().then(setSession, () => {
      setFailure('Fikk ikke kontakt med serveren.');
      setSession(null);
    });
  }, []);

  if (session === undefined) return <p role="status">Laster …</p>;
  if (session === null)
    return (
      <>
        {failure && <p role="alert">{failure}</p>}
        <LoginPage onLoggedIn={setSession} />
      </>
    );
  return (
    <Shell
      user={session.user}
      onLogOut={() => {
        void logOut().finally(() => setSession(null));
      }}
    />
  );
}
