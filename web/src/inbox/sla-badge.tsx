import type { SlaState } from '../api/types';
import { useI18n } from '../i18n';

/** A small label for a conversation at risk of missing, or past, its first-reply target. */
export function SlaBadge({ state }: { state: SlaState | null }) {
  const { t } = useI18n();
  if (state !== 'warning' && state !== 'breached') return null;
  return (
    <span className={`sla-badge sla-badge--${state}`} data-testid="sla-badge" data-sla={state}>
      {t(state === 'warning' ? 'inbox.slaWarning' : 'inbox.slaBreached')}
    </span>
  );
}
