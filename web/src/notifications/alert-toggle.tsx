import { useI18n } from '../i18n';
import type { AssignmentAlerts } from './use-assignment-alerts';
import './notifications.css';

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
        title={hint}
        onClick={alerts.toggle}
      >
        <span className="alert-toggle__icon" aria-hidden="true">
          {isOn ? '🔔' : '🔕'}
        </span>
        {t('notify.alerts')}
        <span className="visually-hidden">{hint}</span>
      </button>
      {isOn && alerts.permission === 'default' && (
        <button
          type="button"
          className="button button--ghost alert-toggle__allow"
          data-testid="alert-allow-desktop"
          onClick={alerts.requestDesktop}
        >
          {t('notify.allowDesktop')}
        </button>
      )}
    </span>
  );
}
