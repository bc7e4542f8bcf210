import { formatDateTime, formatRelative, useI18n } from '../i18n';
import { type SlaFields, slaStateOf } from '../shared/sla';
import { useNow } from '../shared/use-now';

/** The first-reply SLA in the conversation header: a warning when close, red once missed. */
export function SlaBadge(props: SlaFields) {
  const { t, locale } = useI18n();
  const now = useNow(15_000);
  const state = slaStateOf(props, now);
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
