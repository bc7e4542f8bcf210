import { type MessageKey, useI18n } from '../i18n';
import { type Interval, type Weekday, type WeeklyHours, weekdays } from './routing-api';

const dayKeys: Record<Weekday, MessageKey> = {
  sun: 'routing.day.sun',
  mon: 'routing.day.mon',
  tue: 'routing.day.tue',
  wed: 'routing.day.wed',
  thu: 'routing.day.thu',
  fri: 'routing.day.fri',
  sat: 'routing.day.sat',
};

const MAX_INTERVALS = 6;

type WeeklyHoursEditorProps = {
  /** Prefix for element ids and test ids, unique on the page. */
  idPrefix: string;
  hours: WeeklyHours;
  onChange: (hours: WeeklyHours) => void;
};

/**
 * A checkbox that limits opening hours, and the weekly editor while it is checked (else a
 * hint saying which hours apply instead).
 */
export function OptionalWeeklyHours(props: {
  idPrefix: string;
  /** Test id of the checkbox. */
  toggleId: string;
  label: string;
  /** Shown while unchecked. */
  offHint: string;
  isOn: boolean;
  hours: WeeklyHours;
  onToggle: (isOn: boolean) => void;
  onChange: (hours: WeeklyHours) => void;
}) {
  return (
    <>
      <label className="routing__check">
        <input
          type="checkbox"
          data-testid={props.toggleId}
          checked={props.isOn}
          onChange={(e) => props.onToggle(e.target.checked)}
        />
        {props.label}
      </label>
      {props.isOn ? (
        <WeeklyHoursEditor
          idPrefix={props.idPrefix}
          hours={props.hours}
          onChange={props.onChange}
        />
      ) : (
        <p className="routing__hint">{props.offHint}</p>
      )}
    </>
  );
}

/**
 * Opening hours for each weekday: a day is closed or has one or more intervals (HH:MM, local
 * time; 24:00 closes at midnight). Times are plain text so the server's rule is the only rule.
 */
export function WeeklyHoursEditor({ idPrefix, hours, onChange }: WeeklyHoursEditorProps) {
  const { t } = useI18n();
  const setDay = (day: Weekday, intervals: Interval[]) => onChange({ ...hours, [day]: intervals });
  return (
    <table className="routing__hours">
      <thead>
        <tr>
          <th scope="col">{t('routing.hours.day')}</th>
          <th scope="col">{t('routing.hours.isOpen')}</th>
          <th scope="col">{t('routing.hours.intervals')}</th>
        </tr>
      </thead>
      <tbody>
        {weekdays.map((day) => {
          const intervals = hours[day] ?? [];
          const dayName = t(dayKeys[day]);
          const isOpen = intervals.length > 0;
          return (
            <tr key={day} data-testid={`${idPrefix}-day-${day}`}>
              <th scope="row">{dayName}</th>
              <td>
                <input
                  type="checkbox"
                  id={`${idPrefix}-${day}-open`}
                  data-testid={`${idPrefix}-${day}-open`}
                  aria-label={t('routing.hours.openOn', { day: dayName })}
                  checked={isOpen}
                  onChange={(e) =>
                    setDay(day, e.target.checked ? [{ open: '09:00', close: '18:00' }] : [])
                  }
                />
              </td>
              <td>
                {isOpen ? (
                  <ul className="routing__intervals">
                    {intervals.map((interval, index) => {
                      const n = index + 1;
                      const update = (patch: Partial<Interval>) =>
                        setDay(
                          day,
                          intervals.map((it, i) => (i === index ? { ...it, ...patch } : it)),
                        );
                      return (
                        // biome-ignore lint/suspicious/noArrayIndexKey: intervals have no id; the position is the identity
                        <li key={index}>
                          <input
                            type="text"
                            inputMode="numeric"
                            className="routing__time"
                            placeholder="09:00"
                            data-testid={`${idPrefix}-${day}-${index}-from`}
                            aria-label={t('routing.hours.from', { day: dayName, n })}
                            value={interval.open}
                            onChange={(e) => update({ open: e.target.value })}
                          />
                          <span aria-hidden="true">–</span>
                          <input
                            type="text"
                            inputMode="numeric"
                            className="routing__time"
                            placeholder="18:00"
                            data-testid={`${idPrefix}-${day}-${index}-to`}
                            aria-label={t('routing.hours.to', { day: dayName, n })}
                            value={interval.close}
                            onChange={(e) => update({ close: e.target.value })}
                          />
                          {intervals.length > 1 && (
                            <button
                              type="button"
                              className="button button--ghost"
                              aria-label={t('routing.hours.removeInterval', { day: dayName, n })}
                              onClick={() =>
                                setDay(
                                  day,
                                  intervals.filter((_, i) => i !== index),
                                )
                              }
                            >
                              {t('routing.remove')}
                            </button>
                          )}
                        </li>
                      );
                    })}
                    {intervals.length < MAX_INTERVALS && (
                      <li>
                        <button
                          type="button"
                          className="button button--ghost"
                          aria-label={t('routing.hours.addIntervalOn', { day: dayName })}
                          onClick={() => setDay(day, [...intervals, { open: '', close: '' }])}
                        >
                          {t('routing.hours.addInterval')}
                        </button>
                      </li>
                    )}
                  </ul>
                ) : (
                  <span className="routing__muted">{t('routing.hours.closed')}</span>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** The hours as the API takes them: closed days left out. */
export const toApiHours = (hours: WeeklyHours): WeeklyHours =>
  Object.fromEntries(
    weekdays.flatMap((day) => {
      const intervals = hours[day] ?? [];
      return intervals.length > 0 ? [[day, intervals]] : [];
    }),
  );

/** What a new schedule starts as: weekdays 09:00–18:00. */
export const defaultHours = (): WeeklyHours =>
  Object.fromEntries(
    weekdays
      .filter((day) => day !== 'sat' && day !== 'sun')
      .map((day) => [day, [{ open: '09:00', close: '18:00' }]]),
  );
