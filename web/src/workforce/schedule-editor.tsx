import { type FormEvent, useEffect, useState } from 'react';
import { useI18n } from '../i18n';
import { describeError } from '../shared/error-message';
import { browserTimeZone, type WeeklySchedule, type WorkforceApi } from './workforce-api';

type Row = { on: boolean; start: string; end: string; breakStart: string; breakEnd: string };
const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;
const emptyRow = (weekday: number): Row => ({
  on: weekday <= 5,
  start: '09:00',
  end: '18:00',
  breakStart: '12:00',
  breakEnd: '13:00',
});

const rowsOf = (schedule: WeeklySchedule | null): Row[] =>
  WEEKDAYS.map((weekday) => {
    if (!schedule) return emptyRow(weekday);
    const shift = schedule.shifts.find((s) => s.weekday === weekday);
    if (!shift) return { ...emptyRow(weekday), on: false };
    const first = shift.breaks?.[0];
    return {
      on: true,
      start: shift.start,
      end: shift.end,
      breakStart: first?.start ?? '',
      breakEnd: first?.end ?? '',
    };
  });

/** A weekly schedule for one operator: a shift per weekday with a planned break. */
export function ScheduleEditor({
  api,
  agents,
  onSaved,
}: {
  api: WorkforceApi;
  agents: { agentId: string; name: string }[];
  onSaved: () => void;
}) {
  const { t } = useI18n();
  const [agentId, setAgentId] = useState(agents[0]?.agentId ?? '');
  const [timeZone, setTimeZone] = useState(browserTimeZone());
  const [rows, setRows] = useState<Row[]>(() => rowsOf(null));
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);

  useEffect(() => {
    if (!agentId) return;
    let live = true;
    setMessage(null);
    api.schedule(agentId).then(
      (schedule) => {
        if (!live) return;
        setRows(rowsOf(schedule));
        setTimeZone(schedule?.timeZone ?? browserTimeZone());
      },
      (e) => live && setMessage({ kind: 'error', text: describeError(e, t) }),
    );
    return () => {
      live = false;
    };
  }, [api, agentId, t]);

  const update = (index: number, patch: Partial<Row>) =>
    setRows(rows.map((r, i) => (i === index ? { ...r, ...patch } : r)));

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const schedule: WeeklySchedule = {
      timeZone,
      shifts: rows.flatMap((r, i) =>
        r.on
          ? [
              {
                weekday: i + 1,
                start: r.start,
                end: r.end,
                breaks:
                  r.breakStart && r.breakEnd ? [{ start: r.breakStart, end: r.breakEnd }] : [],
              },
            ]
          : [],
      ),
    };
    try {
      await api.setSchedule(agentId, schedule);
      setMessage({ kind: 'ok', text: t('schedule.saved') });
      onSaved();
    } catch (e) {
      setMessage({ kind: 'error', text: describeError(e, t) });
    }
  };

  if (agents.length === 0) return null;
  return (
    <form className="wf-schedule" onSubmit={save} data-testid="wf-schedule">
      <div className="wf-schedule__top">
        <label>
          {t('schedule.agent')}
          <select value={agentId} onChange={(e) => setAgentId(e.currentTarget.value)}>
            {agents.map((a) => (
              <option key={a.agentId} value={a.agentId}>
                {a.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('schedule.timeZone')}
          <input
            value={timeZone}
            onInput={(e) => setTimeZone(e.currentTarget.value)}
            autoComplete="off"
            spellCheck={false}
          />
        </label>
      </div>
      <table className="quality__table">
        <thead>
          <tr>
            <th scope="col">{t('schedule.day')}</th>
            <th scope="col">{t('schedule.start')}</th>
            <th scope="col">{t('schedule.end')}</th>
            <th scope="col">{t('schedule.breakStart')}</th>
            <th scope="col">{t('schedule.breakEnd')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => {
            const day = t(`schedule.weekday.${WEEKDAYS[i] as (typeof WEEKDAYS)[number]}`);
            return (
              <tr key={WEEKDAYS[i]} data-testid="wf-schedule-day">
                <th scope="row">
                  <label>
                    <input
                      type="checkbox"
                      checked={r.on}
                      onChange={(e) => update(i, { on: e.currentTarget.checked })}
                    />{' '}
                    {day}
                  </label>
                </th>
                {(['start', 'end', 'breakStart', 'breakEnd'] as const).map((field) => (
                  <td key={field}>
                    <input
                      type="time"
                      aria-label={`${day} ${t(`schedule.${field}`)}`}
                      value={r[field]}
                      disabled={!r.on}
                      onInput={(e) => update(i, { [field]: e.currentTarget.value })}
                    />
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
      <button type="submit" className="button">
        {t('schedule.save')}
      </button>
      {message && (
        <p
          role={message.kind === 'error' ? 'alert' : 'status'}
          className={message.kind === 'error' ? 'quality__error' : 'quality__hint'}
        >
          {message.text}
        </p>
      )}
    </form>
  );
}
