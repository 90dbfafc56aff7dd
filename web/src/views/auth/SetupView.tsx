/**
 * The first administrator (`/setup?token=…`, the link the server prints while no administrator
 * exists): a user name and a password typed twice, checked here for the server's rules, then sent
 * with the link's token. The server spends the token and signs the new administrator in. A spent
 * or wrong link, and a deployment whose setup is done, each say so and point to the sign-in page.
 */
import { getRouteApi, Link, useRouter } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { completeSetup, setupRequired } from '../../core/auth/index.ts';
import { authProblem, setupFormProblem, type AuthProblem } from '../../core/auth/errors.ts';
import { loginPath, setupSearchSchema } from '../../core/auth/routes.ts';
import { useAuth } from '../../core/auth/useAuth.ts';
import { useTranslation } from '../../core/i18n/useTranslation.ts';
import './auth.css';

const route = getRouteApi('/setup');

export function SetupView() {
  const { t } = useTranslation();
  const router = useRouter();
  const { token } = route.useSearch({
    select: (raw) => setupSearchSchema.parse(raw),
    structuralSharing: true,
  });
  const state = useAuth();
  const [username, setUsername] = useState('admin');
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<AuthProblem | null>(null);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!token) return;
    const form = { username: username.trim(), password, repeat };
    const invalid = setupFormProblem(form);
    setProblem(invalid);
    if (invalid) return;
    setBusy(true);
    try {
      await completeSetup({ token, username: form.username, password });
      await router.navigate({ href: '/' });
    } catch (error) {
      setProblem(authProblem(error, 'setup'));
      setBusy(false);
    }
  };

  const done = state.type === 'known' && !setupRequired(state) && !busy;
  return (
    <main className="auth-page" data-testid="setup-view" aria-labelledby="setup-title">
      <form className="auth-card" onSubmit={(event) => void onSubmit(event)} noValidate>
        <h1 id="setup-title" className="auth-title">
          {t('auth.setup.title')}
        </h1>
        {done ? (
          <p className="auth-note" data-testid="setup-done">
            {t('auth.setup.done')}{' '}
            <Link to={loginPath} search={{}}>
              {t('auth.signIn')}
            </Link>
          </p>
        ) : !token ? (
          <p className="auth-error" role="alert" data-testid="setup-no-token">
            {t('auth.setup.noToken')}
          </p>
        ) : (
          <>
            <p className="auth-intro">{t('auth.setup.intro')}</p>
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
                data-testid="setup-username"
              />
            </label>
            <label className="auth-field">
              <span>{t('auth.password')}</span>
              <input
                name="password"
                type="password"
                autoComplete="new-password"
                minLength={12}
                required
                value={password}
                onChange={(event) => setPassword(event.target.value)}
                data-testid="setup-password"
              />
            </label>
            <label className="auth-field">
              <span>{t('auth.passwordRepeat')}</span>
              <input
                name="repeat"
                type="password"
                autoComplete="new-password"
                required
                value={repeat}
                onChange={(event) => setRepeat(event.target.value)}
                data-testid="setup-password-repeat"
              />
            </label>
            {problem && (
              <p className="auth-error" role="alert" data-testid="setup-error">
                {t(problem.key, problem.params)}
              </p>
            )}
            <button
              type="submit"
              className="button button-solid auth-submit"
              disabled={busy}
              data-testid="setup-submit"
            >
              {busy ? t('auth.setup.creating') : t('auth.setup.submit')}
            </button>
          </>
        )}
      </form>
    </main>
  );
}
