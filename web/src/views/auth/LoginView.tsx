/**
 * The sign-in page (`/login?next=…`): user name and password, the server's refusal in words
 * (wrong credentials, too many attempts), and on success back to where the reader came from — a
 * path of this site only (see `safeNext`). A reader already signed in is offered to continue.
 */
import { getRouteApi, useRouter } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { safeNext, signedInUser, signIn } from '../../core/auth/index.ts';
import { authProblem, type AuthProblem } from '../../core/auth/errors.ts';
import { loginSearchSchema } from '../../core/auth/routes.ts';
import { useAuth } from '../../core/auth/useAuth.ts';
import { useTranslation } from '../../core/i18n/useTranslation.ts';
import './auth.css';

const route = getRouteApi('/login');

export function LoginView() {
  const { t } = useTranslation();
  const router = useRouter();
  const search = route.useSearch({
    select: (raw) => loginSearchSchema.parse(raw),
    structuralSharing: true,
  });
  const next = safeNext(search.next);
  const state = useAuth();
  const user = signedInUser(state);
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<AuthProblem | null>(null);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setProblem(null);
    try {
      await signIn({ username: username.trim(), password });
      await router.navigate({ href: next });
    } catch (error) {
      setProblem(authProblem(error, 'login'));
      setBusy(false);
    }
  };

  const publicRead = state.type !== 'known' || state.me.publicRead;
  return (
    <main className="auth-page" data-testid="login-view" aria-labelledby="login-title">
      <form className="auth-card" onSubmit={(event) => void onSubmit(event)} noValidate>
        <h1 id="login-title" className="auth-title">
          {t('auth.login.title')}
        </h1>
        <p className="auth-intro">
          {t(publicRead ? 'auth.login.intro' : 'auth.login.introPrivate')}
        </p>
        {user && !busy && (
          <p className="auth-note" data-testid="login-already">
            {t('auth.login.already', { name: user.displayName || user.username })}{' '}
            <button
              type="button"
              className="link-button"
              onClick={() => void router.navigate({ href: next })}
            >
              {t('auth.login.continue')}
            </button>
          </p>
        )}
        <label className="auth-field">
          <span>{t('auth.username')}</span>
          <input
            name="username"
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            required
            value={username}
            onChange={(event) => setUsername(event.target.value)}
            data-testid="login-username"
          />
        </label>
        <label className="auth-field">
          <span>{t('auth.password')}</span>
          <input
            name="password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            data-testid="login-password"
          />
        </label>
        {problem && (
          <p className="auth-error" role="alert" data-testid="login-error">
            {t(problem.key, problem.params)}
          </p>
        )}
        <button
          type="submit"
          className="button button-solid auth-submit"
          disabled={busy || !username.trim() || !password}
          data-testid="login-submit"
        >
          {busy ? t('auth.signingIn') : t('auth.signIn')}
        </button>
      </form>
    </main>
  );
}
