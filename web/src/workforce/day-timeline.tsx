import { useI18n } from '../i18n';
import type { AgentDay } from './workforce-api';

const at = (iso: string) => Date.parse(iso);

/** A time of day in the operator's zone, "09:15". */
function clock(locale: string, iso: string, timeZone: string) {
  return new Intl.DateTimeFormat(locale, {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(iso));
}

/**
 * One operator's day as two lanes: the plan (shift, breaks) above, their status below, with
 * out-of-adherence periods marked; the same facts are listed as text for screen readers.
 */
export function DayTimeline({ day }: { day: AgentDay }) {
  const { t, locale } = useI18n();
  const start = at(day.dayStart);
  const span = at(day.dayEnd) - start;
  const place = (s: string, e: string) => ({
    insetInlineStart: `${((at(s) - start) / span) * 100}%`,
    width: `${Math.max(0.2, ((at(e) - at(s)) / span) * 100)}%`,
  });
  const time = (iso: string) => clock(locale, iso, day.timeZone);
  return (
    <div className="wf-day" data-testid="wf-day" data-agent-id={day.agentId}>
      <div className="wf-day__head">
        <strong>{day.name}</strong>
        <span data-testid="wf-adherence">
          {day.adherence === null
            ? t('wfDay.unscheduled')
            : t('wfDay.adherence', {
                value: `${Math.round(day.adherence * 100)}%`,
                scheduled: Math.round(day.scheduledSeconds / 60),
              })}
        </span>
      </div>
      <div className="wf-day__lanes" aria-hidden="true">
        <div className="wf-day__lane" title={t('wfDay.planned')}>
          {day.planned.map((p) => (
            <span
              key={`p-${p.start}`}
              className={`wf-day__seg wf-day__seg--plan-${p.expected}`}
              style={place(p.start, p.end)}
              title={`${t(p.expected === 'online' ? 'wfDay.shift' : 'wfDay.break')} ${time(p.start)}–${time(p.end)}`}
            />
          ))}
        </div>
        <div className="wf-day__lane" title={t('wfDay.actual')}>
          {day.timeline.map((s) => (
            <span
              key={`s-${s.start}`}
              className={`wf-day__seg wf-day__seg--${s.status}`}
              style={place(s.start, s.end)}
              title={`${t(`presence.${s.status}`)}${s.reason ? ` (${s.reason})` : ''} ${time(s.start)}–${time(s.end)}`}
            />
          ))}
          {day.outOfAdherence.map((o) => (
            <span
              key={`o-${o.start}`}
              className="wf-day__seg wf-day__seg--out"
              style={place(o.start, o.end)}
            />
          ))}
        </div>
      </div>
      <details className="wf-day__details">
        <summary>
          {t('wfDay.details', { changes: day.timeline.length, out: day.outOfAdherence.length })}
        </summary>
        <ul>
          {day.timeline.map((s) => (
            <li key={`l-${s.start}`}>
              {time(s.start)}–{time(s.end)} {t(`presence.${s.status}`)}
              {s.reason ? ` (${s.reason})` : ''}
            </li>
          ))}
        </ul>
        {day.outOfAdherence.length > 0 && (
          <>
            <p>{t('wfDay.outOfAdherence')}</p>
            <ul data-testid="wf-out-of-adherence">
              {day.outOfAdherence.map((o) => (
                <li key={`x-${o.start}`}>
                  {time(o.start)}–{time(o.end)}:{' '}
                  {t('wfDay.expectedActual', {
                    expected: t(o.expected === 'online' ? 'wfDay.shift' : 'wfDay.break'),
                    actual: t(`presence.${o.actual}`),
                  })}
                </li>
              ))}
            </ul>
          </>
        )}
      </details>
    </div>
  );
}
