import { useI18n } from '../i18n';
import type { AssignmentAlerts } from './use-assignment-alerts';
import './notifications.css';

/** A bell, struck through when muted; drawn inline so it needs no icon font or emoji. */
function BellIcon({ isMuted }: { isMuted: boolean }) {
  return (
    <svg
      className="alert-toggle__icon"
      viewBox="0 0 24 24"
      width="18"
      height="18"
      aria-hidden="true"
      focusable="false"
    >
      <path
        d="M6 16V11a6 6 0 1 1 12 0v5l1.5 2h-15zM10 20a2 2 0 0 0 4 0"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.8"
        strokeLinejoin="round"
      />
      {isMuted && (
        <path d="M4 4l16 16" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
      )}
    </svg>
  );
}

/** The top-bar switch for assignment alerts (sound, and desktop notifications when allowed). */
export function AlertToggle({ alerts }: { alerts: AssignmentAlerts }) {
  const { t } = useI18n();
  const isOn = !alerts.isMuted;
  const hint = !isOn
    ? t('notify.offHint')
    : alerts.permission === 'granted'
      ? t('notify.onHint')
      : alerts.permission === 'denied'
        ? t('notify.blockedHint')
        : t('notify.soundOnlyHint');
  return (
    <span className="alert-toggle__group">
      <button
        type="button"
        className={`button button--ghost alert-toggle alert-toggle--${isOn ? 'on' : 'off'}`}
        data-testid="alert-toggle"
        aria-pressed={isOn}
        aria-label={t('notify.alerts')}
        aria-describedby="alert-toggle-hint"
        title={hint}
        onClick={alerts.toggle}
      >
        <BellIcon isMuted={!isOn} />
      </button>
      <span id="alert-toggle-hint" className="visually-hidden">
        {hint}
      </span>
      {isOn && alerts.permission === 'default' && (
        <button
          type="button"
          className="button button--ghost alert-toggle__allow"
          data-testid="alert-allow-desktop"
          title={t('notify.allowDesktop')}
          onClick={alerts.requestDesktop}
        >
          {t('notify.allowDesktopShort')}
        </button>
      )}
    </span>
  );
}
