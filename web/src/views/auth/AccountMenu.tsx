/**
 * Who is signed in, in the top bar: "Signed in as li.wei (editor)" with a sign-out button, or a
 * sign-in link that returns to the current page. It asks the server once at start (the server's
 * answer is the truth: a token in the request counts as much as a session) and, on a deployment
 * where reading needs a sign-in, sends an anonymous reader to the sign-in page.
 */
import { Link, useNavigate, useRouterState } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { authApi, mustSignIn, refreshMe, signedInUser, signOut } from '../../core/auth/index.ts';
import { loginPath, setupPath } from '../../core/auth/routes.ts';
import { useAuth } from '../../core/auth/useAuth.ts';
import type { MessageKey } from '../../core/i18n/index.ts';
import { useTranslation } from '../../core/i18n/useTranslation.ts';
import './auth.css';

export function AccountMenu({ compact }: { compact: boolean }) {
  const { t } = useTranslation();
  const state = useAuth();
  const navigate = useNavigate();
  const location = useRouterState({ select: (s) => s.location });
  const [busy, setBusy] = useState(false);
  const onAuthPage = location.pathname === loginPath || location.pathname === setupPath;

  useEffect(() => {
    const controller = new AbortController();
    void refreshMe(authApi, controller.signal);
    return () => controller.abort();
  }, []);

  useEffect(() => {
    if (mustSignIn(state) && !onAuthPage)
      void navigate({ to: loginPath, search: { next: location.href }, replace: true });
  }, [state, onAuthPage, navigate, location.href]);

  if (state.type === 'unknown') return null;
  const user = signedInUser(state);
  if (!user) {
    if (onAuthPage) return null;
    return (
      <Link
        to={loginPath}
        search={{ next: location.href }}
        className="button account-sign-in"
        data-testid="sign-in-link"
      >
        {t('auth.signIn')}
      </Link>
    );
  }

  const role = t(`auth.role.${user.role}` as MessageKey);
  const name = user.displayName || user.username;
  const full = t('auth.signedInAs', { name, role });
  const organisations = user.organisations.length
    ? t('auth.organisations', { list: user.organisations.join(', ') })
    : undefined;
  const onSignOut = async () => {
    setBusy(true);
    try {
      await signOut();
    } finally {
      setBusy(false);
    }
  };
  const title = organisations ? `${full} · ${organisations}` : full;
  const signOutButton = state.type === 'known' && state.me.via === 'session' && (
    <button
      type="button"
      className="link-button"
      data-testid="sign-out"
      disabled={busy}
      onClick={() => void onSignOut()}
    >
      {t('auth.signOut')}
    </button>
  );
  if (compact)
    // Little room on a phone: the initial of the name, which opens who it is and sign-out.
    return (
      <details
        className="account-menu account-menu-compact"
        data-testid="account-menu"
        data-role={user.role}
      >
        <summary className="account-avatar" title={title} aria-label={full}>
          {name.slice(0, 1).toUpperCase()}
        </summary>
        <div className="account-panel">
          <span className="account-user" data-testid="account-user">
            {full}
          </span>
          {organisations && <span className="account-organisations">{organisations}</span>}
          {signOutButton}
        </div>
      </details>
    );
  return (
    <div className="account-menu" data-testid="account-menu" data-role={user.role}>
      <span className="account-user" data-testid="account-user" title={title}>
        {full}
      </span>
      {signOutButton}
    </div>
  );
}
