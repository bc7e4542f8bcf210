import type { ConversationStatus } from '../api/types';
import { formatDateTime, formatRelative, useI18n } from '../i18n';
import { useNow } from '../shared/use-now';

type SlaBadgeProps = {
  status: ConversationStatus;
  queuedAt: string | null;
  slaDueAt: string | null;
  firstReplyAt: string | null;
};

/** Shown near the end of the first-reply target, or once it has passed. */
const warnShare = 0.25;
const warnAtLeastMs = 2 * 60_000;

export type SlaState = 'ok' | 'warning' | 'breached' | null;

export function slaState(props: SlaBadgeProps, now: number): SlaState {
  if (!props.slaDueAt || props.firstReplyAt) return null;
  if (props.status !== 'queued' && props.status !== 'assigned') return null;
  const due = Date.parse(props.slaDueAt);
  const start = props.queuedAt ? Date.parse(props.queuedAt) : due;
  if (!Number.isFinite(due)) return null;
  const remaining = due - now;
  if (remaining <= 0) return 'breached';
  return remaining <= Math.max(warnAtLeastMs, (due - start) * warnShare) ? 'warning' : 'ok';
}

/** The first-reply SLA in the conversation header: a warning when close, red once missed. */
export function SlaBadge(props: SlaBadgeProps) {
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
