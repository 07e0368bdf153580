import { useState, type FormEvent } from 'react';
import { ApiRequestError } from '../../api/client.ts';
import { logIn, type Session } from '../../api/session.ts';

/** Username and password; the server sets the session cookie. */
export function LoginPage({ onLoggedIn }: { onLoggedIn: (session: Session) => void }) {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      onLoggedIn(await logIn(username, password));
    } catch (e) {
      setError(
        e instanceof ApiRequestError && e.status === 401
          ? 'Feil brukernavn eller passord.'
          : e instanceof ApiRequestError && e.status === 429
            ? 'For mange forsøk. Vent litt og prøv igjen.'
            : 'Innloggingen mislyktes. Prøv igjen.',
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <main className="login">
      <h1>Sengeplan</h1>
      <form onSubmit={submit} aria-labelledby="login-title">
        <h2 id="login-title">Logg inn</h2>
        <label>
          Brukernavn
          <input
            name="username"
            autoComplete="username"
            required
            value={username}
            onChange={(e) => setUsername(e.target.value)}
          />
        </label>
        <label>
          Passord
          <input
            name="password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </label>
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
        <button type="submit" disabled={busy}>
          Logg inn
        </button>
      </form>
    </main>
  );
}
