import { type FormEvent, useEffect, useMemo, useState } from 'react';
import { useI18n } from '../i18n';
import { describeError } from '../shared/error-message';
import {
  parseOptionalNumber,
  type RoutingApi,
  type RoutingSettings,
  type WeeklyHours,
} from './routing-api';
import { SaveFeedback } from './save-feedback';
import { SecondsField } from './seconds-field';
import { defaultHours, OptionalWeeklyHours, toApiHours } from './weekly-hours-editor';

type Draft = {
  timeZone: string;
  hasHours: boolean;
  hours: WeeklyHours;
  holidays: string[];
  sla: string;
  awayGrace: string;
};

const draftOf = (s: RoutingSettings): Draft => ({
  timeZone: s.timeZone,
  hasHours: s.businessHours !== null,
  hours: s.businessHours ?? defaultHours(),
  holidays: [...s.holidays].sort(),
  sla: String(s.slaFirstReplySeconds),
  awayGrace: String(s.awayGraceSeconds),
});

const timeZones = (): string[] => {
  try {
    return Intl.supportedValuesOf('timeZone');
  } catch {
    return ['Asia/Tokyo', 'UTC'];
  }
};

type HoursSectionProps = {
  api: RoutingApi;
  settings: RoutingSettings | null;
  onSaved: (settings: RoutingSettings) => void;
};

/** The tenant's business hours, time zone, holidays, default SLA target and away grace period. */
export function HoursSection({ api, settings, onSaved }: HoursSectionProps) {
  const { t, locale } = useI18n();
  const [draft, setDraft] = useState<Draft | null>(null);
  const [holiday, setHoliday] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [isSaving, setSaving] = useState(false);
  const zones = useMemo(timeZones, []);

  useEffect(() => {
    if (settings) setDraft(draftOf(settings));
  }, [settings]);

  if (!draft) {
    return (
      <section aria-labelledby="routing-hours">
        <h2 id="routing-hours">{t('routing.hours.title')}</h2>
        <p aria-busy="true">{t('app.loading')}</p>
      </section>
    );
  }

  const set = (patch: Partial<Draft>) =>
    setDraft((current) => (current ? { ...current, ...patch } : current));

  const addHoliday = () => {
    const date = holiday.trim();
    if (!date) return;
    if (!draft.holidays.includes(date)) set({ holidays: [...draft.holidays, date].sort() });
    setHoliday('');
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    setError(null);
    setNotice(null);
    try {
      const saved = await api.saveSettings({
        timeZone: draft.timeZone.trim(),
        businessHours: draft.hasHours ? toApiHours(draft.hours) : null,
        holidays: draft.holidays,
        // Empty numbers go to the server as null so it says what is wrong.
        slaFirstReplySeconds: parseOptionalNumber(draft.sla) as number,
        awayGraceSeconds: parseOptionalNumber(draft.awayGrace) as number,
      });
      onSaved(saved);
      setNotice(t('routing.hours.saved'));
    } catch (e) {
      setError(t('routing.saveFailed', { message: describeError(e, t) }));
    } finally {
      setSaving(false);
    }
  };

  const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeZone: 'UTC' });
  const formatHoliday = (date: string) => {
    const at = new Date(`${date}T00:00:00Z`);
    return Number.isNaN(at.getTime()) ? date : dateFormat.format(at);
  };

  return (
    <section aria-labelledby="routing-hours" data-testid="routing-hours">
      <h2 id="routing-hours">{t('routing.hours.title')}</h2>
      <form
        className="routing__form routing__form--wide"
        aria-labelledby="routing-hours"
        aria-describedby={error ? 'routing-hours-error' : undefined}
        noValidate
        onSubmit={(e) => void submit(e)}
      >
        <div className="routing__field">
          <label htmlFor="routing-timezone">{t('routing.hours.timeZone')}</label>
          <input
            id="routing-timezone"
            data-testid="routing-timezone"
            list="routing-timezones"
            autoComplete="off"
            value={draft.timeZone}
            onChange={(e) => set({ timeZone: e.target.value })}
          />
          <datalist id="routing-timezones">
            {zones.map((zone) => (
              <option key={zone} value={zone} />
            ))}
          </datalist>
        </div>
        <OptionalWeeklyHours
          idPrefix="tenant-hours"
          toggleId="routing-has-hours"
          label={t('routing.hours.limit')}
          offHint={t('routing.hours.alwaysOpen')}
          isOn={draft.hasHours}
          hours={draft.hours}
          onToggle={(hasHours) => set({ hasHours })}
          onChange={(hours) => set({ hours })}
        />

        <fieldset className="routing__holidays">
          <legend>{t('routing.hours.holidays')}</legend>
          <p className="routing__hint">{t('routing.hours.holidaysHint')}</p>
          {draft.holidays.length === 0 ? (
            <p>{t('routing.hours.noHolidays')}</p>
          ) : (
            <ul data-testid="routing-holidays">
              {draft.holidays.map((date) => (
                <li key={date}>
                  <time dateTime={date}>{formatHoliday(date)}</time>
                  <button
                    type="button"
                    className="button button--ghost"
                    aria-label={t('routing.hours.removeHoliday', { date: formatHoliday(date) })}
                    onClick={() => set({ holidays: draft.holidays.filter((d) => d !== date) })}
                  >
                    {t('routing.remove')}
                  </button>
                </li>
              ))}
            </ul>
          )}
          <div className="routing__inline">
            <label htmlFor="routing-holiday">{t('routing.hours.holidayDate')}</label>
            <input
              id="routing-holiday"
              data-testid="routing-holiday"
              type="date"
              value={holiday}
              onChange={(e) => setHoliday(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter' && !e.nativeEvent.isComposing) {
                  e.preventDefault();
                  addHoliday();
                }
              }}
            />
            <button
              type="button"
              className="button button--ghost"
              data-testid="routing-holiday-add"
              onClick={addHoliday}
            >
              {t('routing.hours.addHoliday')}
            </button>
          </div>
        </fieldset>

        <SecondsField
          id="routing-sla"
          label={t('routing.hours.sla')}
          hint={t('routing.hours.slaHint')}
          value={draft.sla}
          onChange={(sla) => set({ sla })}
        />
        <SecondsField
          id="routing-away-grace"
          label={t('routing.hours.awayGrace')}
          hint={t('routing.hours.awayGraceHint')}
          max={3600}
          value={draft.awayGrace}
          onChange={(awayGrace) => set({ awayGrace })}
        />
        <SaveFeedback errorId="routing-hours-error" error={error} notice={notice} />
        <div className="routing__actions">
          <button
            type="submit"
            className="button button--primary"
            data-testid="routing-hours-save"
            disabled={isSaving}
          >
            {isSaving ? t('routing.saving') : t('routing.hours.save')}
          </button>
        </div>
      </form>
    </section>
  );
}
