import { resetPath } from '../account/account-paths';
import { ResetPage } from '../account/reset-page';
import { LoginPage } from '../auth/login-page';
import { useSession } from '../auth/use-session';
import { useI18n } from '../i18n';
import { PaletteProvider } from '../palette/palette-context';
import { Workspace } from './workspace';

export function App() {
  const { session, signIn, signOut, expire } = useSession();
  const { t } = useI18n();

  if (window.location.pathname === resetPath) return <ResetPage />;
  if (session.status === 'checking') {
    return (
      <p className="boot" aria-busy="true">
        {t('app.loading')}
      </p>
    );
  }
  if (session.status === 'signed-out') {
    return <LoginPage notice={session.reason} onSignedIn={signIn} />;
  }
  return (
    <PaletteProvider key={session.token}>
      <Workspace
        token={session.token}
        user={session.user}
        onSignOut={() => void signOut()}
        onExpired={expire}
      />
    </PaletteProvider>
  );
}
