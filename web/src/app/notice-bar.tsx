import { useI18n } from '../i18n';

/** A transient error line under the top bar; realtime actions fail here, not silently. */
export function NoticeBar({ message, onDismiss }: { message: string; onDismiss: () => void }) {
  const { t } = useI18n();
  return (
    <div className="notice" role="alert">
      <span>{message}</span>
      <button type="button" className="button button--ghost" onClick={onDismiss}>
        {t('workspace.dismiss')}
      </button>
    </div>
  );
}
