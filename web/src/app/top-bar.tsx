import type { MouseEvent, ReactNode } from 'react';
import type { User } from '../api/types';
import { useI18n } from '../i18n';
import { LanguageSelect } from '../i18n/language-select';
import { canManageRouting, routingPath } from '../routing/routing-route';
import { canSupervise, supervisorPath } from '../supervisor/supervisor-route';

type TopBarProps = {
  user: User;
  onSignOut: () => void;
  /** Connection indicator and presence switch, when the user works in a tenant. */
  children?: ReactNode;
  /** Moves within the console without a reload; links reload the page when absent. */
  onNavigate?: (path: string) => void;
  isSupervisorPage?: boolean;
};

export function TopBar({ user, onSignOut, children, onNavigate, isSupervisorPage }: TopBarProps) {
  const { t } = useI18n();
  const navigate = (event: MouseEvent<HTMLAnchorElement>) => {
    if (!onNavigate || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey)
      return;
    event.preventDefault();
    onNavigate(event.currentTarget.pathname);
  };
  return (
    <header className="topbar">
      <a className="skip-link" href={isSupervisorPage ? '#supervisor-main' : '#conversation'}>
        {t(isSupervisorPage ? 'supervisor.skipTo' : 'app.skipToConversation')}
      </a>
      <div className="topbar__brand">
        <img src={`${import.meta.env.BASE_URL}favicon.svg`} alt="" width={24} height={24} />
        <span className="topbar__name">{t('app.name')}</span>
        <span className="topbar__product">{t('app.consoleName')}</span>
      </div>
      <div className="topbar__tools">
        {children}
        {canSupervise(user.role) && user.tenantId && (
          <a
            className="button button--ghost"
            href={supervisorPath}
            data-testid="nav-supervisor"
            aria-current={isSupervisorPage ? 'page' : undefined}
            onClick={navigate}
          >
            {t('supervisor.nav')}
          </a>
        )}
        {user.role === 'admin' && user.tenantId && (
          <a className="button button--ghost" href={`${import.meta.env.BASE_URL}channels`}>
            {t('nav.channels')}
          </a>
        )}
        {user.role === 'admin' && user.tenantId && (
          <a className="button button--ghost" href={`${import.meta.env.BASE_URL}knowledge`}>
            {t('nav.knowledge')}
          </a>
        )}
        {canManageRouting(user.role) && user.tenantId && (
          <a className="button button--ghost" href={routingPath} data-testid="nav-routing">
            {t('routing.nav')}
          </a>
        )}
        <LanguageSelect />
        <span className="topbar__user" title={user.email}>
          <span className="visually-hidden">
            {t('topbar.user', { name: user.name || user.email })}
          </span>
          <span aria-hidden="true">{user.name || user.email}</span>
        </span>
        <button type="button" className="button button--ghost" onClick={onSignOut}>
          {t('topbar.logout')}
        </button>
      </div>
    </header>
  );
}
