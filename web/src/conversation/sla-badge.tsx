import { formatDateTime, formatRelative, useI18n } from '../i18n';
import { useNow } from '../shared/use-now';
import { type SlaInput, slaState } from './sla-state';

/** The first-reply SLA in the conversation header: a warning when close, red once missed. */
export function SlaBadge(props: SlaInput) {
  const { t, locale } = useI18n();
  const now = useNow(15_000);
  const state = slaState(props, now);
  if (!state || state === 'ok' || !props.slaDueAt) return null;
  const relative = formatRelative(locale, props.slaDueAt, now);
  return (
    <span
      className={`sla sla--${state}`}
      data-testid="sla-warning"
      data-state={state}
      title={t('conversation.slaDue', { time: formatDateTime(locale, props.slaDueAt) })}
    >
      {state === 'breached'
        ? t('conversation.slaBreached', { time: relative })
        : t('conversation.slaWarning', { time: relative })}
    </span>
  );
}
