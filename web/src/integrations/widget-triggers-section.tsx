import { type FormEvent, useCallback, useEffect, useState } from 'react';
import type { components } from '../api/openapi.gen';
import { useI18n } from '../i18n';
import { describeError } from '../shared/error-message';
import type { IntegrationsApi } from './integrations-api';

export type WidgetTriggerRow = components['schemas']['WidgetTrigger'];

const emptyDraft = {
  id: '',
  ja: '',
  en: '',
  urlContains: '',
  urlMatch: '' as '' | 'prefix' | 'glob',
  urlPattern: '',
  seconds: '',
  returning: false,
  quietStart: '',
  quietEnd: '',
  perDay: '',
  once: false,
};

/** Proactive widget triggers: a bubble in the visitor's page by URL, time on page, return visit. */
export function WidgetTriggersSection({ api }: { api: IntegrationsApi }) {
  const { t } = useI18n();
  const [triggers, setTriggers] = useState<WidgetTriggerRow[] | null>(null);
  const [draft, setDraft] = useState(emptyDraft);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async () => {
    try {
      setTriggers(await api.widgetTriggers());
    } catch (e) {
      setError(describeError(e, t));
    }
  }, [api, t]);
  useEffect(() => {
    void load();
  }, [load]);

  const save = async (next: WidgetTriggerRow[]) => {
    setError(null);
    const before = triggers;
    setTriggers(next);
    try {
      setTriggers(await api.putWidgetTriggers(next));
      return true;
    } catch (e) {
      setTriggers(before);
      setError(describeError(e, t));
      return false;
    }
  };

  const add = (event: FormEvent) => {
    event.preventDefault();
    const trigger: WidgetTriggerRow = {
      id: draft.id.trim(),
      message: {
        ...(draft.ja.trim() ? { ja: draft.ja.trim() } : {}),
        ...(draft.en.trim() ? { en: draft.en.trim() } : {}),
      },
      when: {
        ...(draft.urlContains.trim() ? { urlContains: draft.urlContains.trim() } : {}),
        ...(draft.seconds !== '' ? { secondsOnPage: Number(draft.seconds) } : {}),
        ...(draft.urlMatch && draft.urlPattern.trim()
          ? { url: { match: draft.urlMatch, pattern: draft.urlPattern.trim() } }
          : {}),
        ...(draft.returning ? { returningVisitor: true } : {}),
      },
      ...(draft.quietStart && draft.quietEnd
        ? { quietHours: { start: draft.quietStart, end: draft.quietEnd } }
        : {}),
      ...(draft.once || draft.perDay !== ''
        ? {
            visitorLimit: draft.once ? { once: true } : { perDay: Number(draft.perDay) },
          }
        : {}),
      enabled: true,
    };
    const others = (triggers ?? []).filter((r) => r.id !== trigger.id);
    void save([...others, trigger]).then((ok) => ok && setDraft(emptyDraft));
  };

  const list = triggers ?? [];
  const describeWhen = (r: WidgetTriggerRow) =>
    [
      r.when.urlContains ? t('widgetTriggers.whenUrl', { text: r.when.urlContains }) : null,
      r.when.secondsOnPage !== undefined
        ? t('widgetTriggers.whenSeconds', { count: String(r.when.secondsOnPage) })
        : null,
      r.when.url
        ? t(
            r.when.url.match === 'prefix' ? 'widgetTriggers.whenPrefix' : 'widgetTriggers.whenGlob',
            {
              text: r.when.url.pattern,
            },
          )
        : null,
      r.when.returningVisitor ? t('widgetTriggers.whenReturning') : null,
      r.quietHours ? t('widgetTriggers.whenQuiet', r.quietHours) : null,
      r.visitorLimit?.once
        ? t('widgetTriggers.whenOnce')
        : r.visitorLimit?.perDay !== undefined
          ? t('widgetTriggers.whenPerDay', { count: String(r.visitorLimit.perDay) })
          : null,
    ]
      .filter(Boolean)
      .join(' · ') || t('widgetTriggers.whenAlways');

  return (
    <section aria-labelledby="integrations-widget-triggers">
      <h2 id="integrations-widget-triggers">{t('widgetTriggers.title')}</h2>
      <p className="channels__hint">{t('widgetTriggers.hint')}</p>
      {error && (
        <p role="alert" className="channels__error">
          {error}
        </p>
      )}
      {list.length > 0 && (
        <table className="channels__table">
          <thead>
            <tr>
              <th scope="col">ID</th>
              <th scope="col">{t('widgetTriggers.message')}</th>
              <th scope="col">{t('widgetTriggers.when')}</th>
              <th scope="col">{t('widgetTriggers.enabled')}</th>
              <th scope="col">{t('integrations.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {list.map((r) => (
              <tr key={r.id}>
                <td className="channels__url">{r.id}</td>
                <td>{[r.message.ja, r.message.en].filter(Boolean).join(' / ')}</td>
                <td>{describeWhen(r)}</td>
                <td>
                  <input
                    type="checkbox"
                    aria-label={t('widgetTriggers.enabledOf', { id: r.id })}
                    checked={r.enabled}
                    onChange={() =>
                      void save(
                        list.map((x) => (x.id === r.id ? { ...x, enabled: !x.enabled } : x)),
                      )
                    }
                  />
                </td>
                <td>
                  <button
                    type="button"
                    className="button button--ghost"
                    onClick={() => void save(list.filter((x) => x.id !== r.id))}
                  >
                    {t('integrations.delete')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form className="channels__form" onSubmit={add}>
        {(
          [
            ['id', 'ID', 'text', true],
            ['ja', t('widgetTriggers.messageJa'), 'text', false],
            ['en', t('widgetTriggers.messageEn'), 'text', false],
            ['urlContains', t('widgetTriggers.urlContains'), 'text', false],
            ['seconds', t('widgetTriggers.secondsOnPage'), 'number', false],
          ] as const
        ).map(([name, label, type, required]) => (
          <div className="channels__field" key={name}>
            <label htmlFor={`widget-trigger-${name}`}>{label}</label>
            <input
              id={`widget-trigger-${name}`}
              type={type}
              required={required}
              {...(type === 'number' ? { min: 0, max: 3600 } : {})}
              {...(name === 'id' ? { pattern: '[a-z0-9\\-]{1,40}' } : {})}
              value={draft[name]}
              onChange={(e) => {
                const value = e.currentTarget.value;
                setDraft((d) => ({ ...d, [name]: value }));
              }}
            />
          </div>
        ))}
        <div className="channels__field">
          <label htmlFor="widget-trigger-urlMatch">{t('widgetTriggers.urlMatch')}</label>
          <select
            id="widget-trigger-urlMatch"
            value={draft.urlMatch}
            onChange={(e) => {
              const value = e.currentTarget.value as typeof draft.urlMatch;
              setDraft((d) => ({ ...d, urlMatch: value }));
            }}
          >
            <option value="">{t('widgetTriggers.urlMatch.none')}</option>
            <option value="prefix">{t('widgetTriggers.urlMatch.prefix')}</option>
            <option value="glob">{t('widgetTriggers.urlMatch.glob')}</option>
          </select>
        </div>
        {draft.urlMatch && (
          <div className="channels__field">
            <label htmlFor="widget-trigger-urlPattern">{t('widgetTriggers.urlPattern')}</label>
            <input
              id="widget-trigger-urlPattern"
              required
              maxLength={300}
              pattern="(/|https?://)\S*"
              value={draft.urlPattern}
              onChange={(e) => {
                const value = e.currentTarget.value;
                setDraft((d) => ({ ...d, urlPattern: value }));
              }}
            />
          </div>
        )}
        {(
          [
            ['quietStart', t('widgetTriggers.quietStart')],
            ['quietEnd', t('widgetTriggers.quietEnd')],
          ] as const
        ).map(([name, label]) => (
          <div className="channels__field" key={name}>
            <label htmlFor={`widget-trigger-${name}`}>{label}</label>
            <input
              id={`widget-trigger-${name}`}
              type="time"
              required={name === 'quietStart' ? draft.quietEnd !== '' : draft.quietStart !== ''}
              value={draft[name]}
              onChange={(e) => {
                const value = e.currentTarget.value;
                setDraft((d) => ({ ...d, [name]: value }));
              }}
            />
          </div>
        ))}
        <div className="channels__field">
          <label htmlFor="widget-trigger-perDay">{t('widgetTriggers.perDay')}</label>
          <input
            id="widget-trigger-perDay"
            type="number"
            min={1}
            max={100}
            disabled={draft.once}
            value={draft.perDay}
            onChange={(e) => {
              const value = e.currentTarget.value;
              setDraft((d) => ({ ...d, perDay: value }));
            }}
          />
        </div>
        <label className="channels__check">
          <input
            type="checkbox"
            checked={draft.once}
            onChange={() => setDraft((d) => ({ ...d, once: !d.once }))}
          />
          {t('widgetTriggers.once')}
        </label>
        <label className="channels__check">
          <input
            type="checkbox"
            checked={draft.returning}
            onChange={() => setDraft((d) => ({ ...d, returning: !d.returning }))}
          />
          {t('widgetTriggers.returningVisitor')}
        </label>
        <button
          type="submit"
          className="button button--primary"
          disabled={!draft.ja.trim() && !draft.en.trim()}
        >
          {t('widgetTriggers.save')}
        </button>
      </form>
    </section>
  );
}
