/**
 * A view only editors and administrators may use (the import): for anyone else it says why and,
 * to an anonymous reader, offers to sign in and come back. The server refuses such writes anyway;
 * this spares the reader a form that can only fail.
 */
import { Link, useRouterState } from '@tanstack/react-router';
import type { ComponentType, ReactNode } from 'react';
import { mayWrite, signedInUser } from '../../core/auth/index.ts';
import { loginPath } from '../../core/auth/routes.ts';
import { useAuth } from '../../core/auth/useAuth.ts';
import { useTranslation } from '../../core/i18n/useTranslation.ts';
import './auth.css';

function NeedsEditor() {
  const { t } = useTranslation();
  const state = useAuth();
  const href = useRouterState({ select: (s) => s.location.href });
  if (state.type === 'unknown')
    return (
      <main className="auth-page" aria-busy="true" data-testid="auth-checking">
        <p className="auth-note">{t('auth.checking')}</p>
      </main>
    );
  const user = signedInUser(state);
  return (
    <main className="auth-page" data-testid="needs-editor" aria-labelledby="needs-editor-title">
      <div className="auth-card">
        <h1 id="needs-editor-title" className="auth-title">
          {t('auth.needsEditor.title')}
        </h1>
        <p className="auth-intro">
          {user
            ? t('auth.needsEditor.viewer', { name: user.displayName || user.username })
            : t('auth.needsEditor.anonymous')}
        </p>
        {!user && (
          <Link
            to={loginPath}
            search={{ next: href }}
            className="button button-solid auth-submit"
            data-testid="needs-editor-sign-in"
          >
            {t('auth.signIn')}
          </Link>
        )}
      </div>
    </main>
  );
}

/** The view for editors and administrators; a notice for everyone else. */
export function editorOnly(View: ComponentType): () => ReactNode {
  function EditorOnlyView() {
    const state = useAuth();
    return mayWrite(state) ? <View /> : <NeedsEditor />;
  }
  EditorOnlyView.displayName = `EditorOnly(${View.displayName ?? View.name})`;
  return EditorOnlyView;
}
