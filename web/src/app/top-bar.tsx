import type { MouseEvent, ReactNode } from 'react';
import { accountPath, auditPath, ownerUsagePath, usersPath } from '../account/account-paths';
import { TenantSwitcher } from '../account/tenant-switcher';
import { analyticsPath, canReadAnalytics } from '../analytics/analytics-route';
import type { User } from '../api/types';
import { callbacksPath } from '../callbacks/callbacks-api';
import { callsPath } from '../calls/calls-api';
import { canReadContacts, contactsPath } from '../contacts/contacts-api';
import { useI18n } from '../i18n';
import { LanguageSelect } from '../i18n/language-select';
import {
  type PaletteCommand,
  useOpenPalette,
  usePaletteCommands,
} from '../palette/palette-context';
import { qualityPath, workforcePath } from '../quality/quality-route';
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

const base = import.meta.env.BASE_URL;
/** How the palette's shortcut is written on this keyboard. */
const paletteKeys = /Mac|iPhone|iPad/.test(navigator.platform) ? '⌘K' : 'Ctrl+K';

export function TopBar({ user, onSignOut, children, onNavigate, isSupervisorPage }: TopBarProps) {
  const { t } = useI18n();
  const openPalette = useOpenPalette();
  const navigate = (event: MouseEvent<HTMLAnchorElement>) => {
    if (!onNavigate || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey)
      return;
    event.preventDefault();
    onNavigate(event.currentTarget.pathname);
  };

  // The palette offers the same pages as the links below, under the same conditions.
  const here = window.location.pathname;
  const go = (path: string, inApp: boolean) => () => {
    if (inApp && onNavigate) onNavigate(path);
    else window.location.assign(path);
  };
  const pages: (PaletteCommand & { isShown: boolean })[] = [
    {
      id: 'go-inbox',
      section: 'navigate',
      label: 'palette.cmd.inbox',
      isShown: Boolean(user.tenantId) && (!onNavigate || Boolean(isSupervisorPage)),
      run: go(base, true),
    },
    {
      id: 'go-supervisor',
      section: 'navigate',
      label: 'palette.cmd.supervisor',
      isShown: canSupervise(user.role) && Boolean(user.tenantId) && !isSupervisorPage,
      run: go(supervisorPath, true),
    },
    {
      id: 'go-analytics',
      section: 'navigate',
      label: 'palette.cmd.analytics',
      isShown: canReadAnalytics(user.role) && Boolean(user.tenantId) && here !== analyticsPath,
      run: go(analyticsPath, false),
    },
    {
      id: 'go-channels',
      section: 'navigate',
      label: 'palette.cmd.channels',
      isShown: user.role === 'admin' && Boolean(user.tenantId) && here !== `${base}channels`,
      run: go(`${base}channels`, false),
    },
    {
      id: 'go-knowledge',
      section: 'navigate',
      label: 'palette.cmd.knowledge',
      isShown: user.role === 'admin' && Boolean(user.tenantId) && here !== `${base}knowledge`,
      run: go(`${base}knowledge`, false),
    },
    {
      id: 'go-contacts',
      section: 'navigate',
      label: 'palette.cmd.contacts',
      isShown: Boolean(user.tenantId) && canReadContacts(user.role) && here !== contactsPath,
      run: go(contactsPath, false),
    },
    {
      id: 'go-callbacks',
      section: 'navigate',
      label: 'palette.cmd.callbacks',
      isShown: Boolean(user.tenantId) && user.role !== 'annotator' && here !== callbacksPath,
      run: go(callbacksPath, false),
    },
    {
      id: 'go-calls',
      section: 'navigate',
      label: 'palette.cmd.calls',
      isShown: Boolean(user.tenantId) && user.role !== 'annotator' && here !== callsPath,
      run: go(callsPath, false),
    },
    {
      id: 'go-routing',
      section: 'navigate',
      label: 'palette.cmd.routing',
      isShown: canManageRouting(user.role) && Boolean(user.tenantId) && here !== routingPath,
      run: go(routingPath, false),
    },
    {
      id: 'sign-out',
      section: 'settings',
      label: 'palette.cmd.signOut',
      isShown: true,
      run: onSignOut,
    },
  ];
  usePaletteCommands(pages.filter((page) => page.isShown));
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
      {/* Pages: shrink and scroll sideways when short of room; status and logout never do. */}
      <nav className="topbar__nav" aria-label={t('topbar.nav')} data-testid="topbar-nav">
        {openPalette && (
          <button
            type="button"
            className="button button--ghost"
            data-testid="open-palette"
            title={t('palette.openHint', { keys: paletteKeys })}
            aria-keyshortcuts="Control+K Meta+K"
            aria-haspopup="dialog"
            onClick={openPalette}
          >
            {t('palette.open')}
          </button>
        )}
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
          <a className="button button--ghost" href={`${import.meta.env.BASE_URL}integrations`}>
            {t('nav.integrations')}
          </a>
        )}
        {user.role === 'admin' && user.tenantId && (
          <a className="button button--ghost" href={`${import.meta.env.BASE_URL}knowledge`}>
            {t('nav.knowledge')}
          </a>
        )}
        {user.tenantId && canReadContacts(user.role) && (
          <a
            className="button button--ghost"
            href={contactsPath}
            data-testid="nav-contacts"
            aria-current={here === contactsPath ? 'page' : undefined}
          >
            {t('nav.contacts')}
          </a>
        )}
        {user.tenantId && user.role !== 'annotator' && (
          <a
            className="button button--ghost"
            href={callbacksPath}
            data-testid="nav-callbacks"
            aria-current={here === callbacksPath ? 'page' : undefined}
          >
            {t('nav.callbacks')}
          </a>
        )}
        {user.tenantId && user.role !== 'annotator' && (
          <a className="button button--ghost" href={callsPath} data-testid="nav-calls">
            {t('nav.calls')}
          </a>
        )}
        {canReadAnalytics(user.role) && user.tenantId && (
          <a
            className="button button--ghost"
            href={analyticsPath}
            data-testid="nav-analytics"
            aria-current={here === analyticsPath ? 'page' : undefined}
          >
            {t('analytics.nav')}
          </a>
        )}
        {canManageRouting(user.role) && user.tenantId && (
          <a className="button button--ghost" href={routingPath} data-testid="nav-routing">
            {t('routing.nav')}
          </a>
        )}
        {user.tenantId && (
          <a className="button button--ghost" href={qualityPath} data-testid="nav-quality">
            {t('quality.nav')}
          </a>
        )}
        {user.tenantId && (
          <a className="button button--ghost" href={workforcePath} data-testid="nav-workforce">
            {t('workforce.nav')}
          </a>
        )}
        {user.role === 'admin' && user.tenantId && (
          <a className="button button--ghost" href={usersPath} data-testid="nav-users">
            {t('accounts.nav.users')}
          </a>
        )}
        {user.role === 'admin' && user.tenantId && (
          <a className="button button--ghost" href={auditPath} data-testid="nav-audit">
            {t('accounts.nav.audit')}
          </a>
        )}
        {user.role === 'owner' && (
          <a className="button button--ghost" href={ownerUsagePath} data-testid="nav-owner-usage">
            {t('accounts.nav.ownerUsage')}
          </a>
        )}
      </nav>
      <div className="topbar__tools" data-testid="topbar-tools">
        {children}
        <TenantSwitcher user={user} />
        <LanguageSelect />
        <a className="button button--ghost" href={accountPath} data-testid="nav-account">
          {t('accounts.nav.account')}
        </a>
        <span className="topbar__user" title={user.email}>
          <span className="visually-hidden">
            {t('topbar.user', { name: user.name || user.email })}
          </span>
          <span aria-hidden="true">{user.name || user.email}</span>
        </span>
        <button
          type="button"
          className="button button--ghost"
          data-testid="logout"
          onClick={onSignOut}
        >
          {t('topbar.logout')}
        </button>
      </div>
    </header>
  );
}
