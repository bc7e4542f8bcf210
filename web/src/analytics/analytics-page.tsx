import { useCallback, useEffect, useMemo, useState } from 'react';
import { createHttpClient } from '../api/http-client';
import type { User } from '../api/types';
import { TopBar } from '../app/top-bar';
import { type MessageKey, useI18n } from '../i18n';
import { describeError } from '../shared/error-message';
import {
  type Breakdown,
  createAnalyticsApi,
  type DrillRow,
  type Range,
  type Summary,
  type Term,
} from './analytics-api';
import { Chart, type ChartOption } from './chart';
import './analytics.css';

type AnalyticsPageProps = {
  token: string;
  user: User;
  tenantId: string;
  onSignOut: () => void;
  onExpired: () => void;
};

type Preset = 'today' | 'week' | 'month' | 'custom';
const channels = ['', 'web', 'email', 'line', 'telegram', 'form'] as const;
const DAY = 86_400_000;

const localDate = (d: Date) =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
const startOfDay = (date: string) => new Date(`${date}T00:00:00`);

/** The range of a preset in the viewer's zone, and the one of the same length before it. */
function rangesOf(preset: Preset, custom: { from: string; to: string }, channel: string) {
  const today = startOfDay(localDate(new Date()));
  let from: Date;
  let to = new Date(today.getTime() + DAY);
  if (preset === 'today') from = today;
  else if (preset === 'week') from = new Date(today.getTime() - 6 * DAY);
  else if (preset === 'month') from = new Date(today.getTime() - 29 * DAY);
  else {
    from = startOfDay(custom.from);
    to = new Date(startOfDay(custom.to).getTime() + DAY);
  }
  const length = to.getTime() - from.getTime();
  const current: Range = { from: from.toISOString(), to: to.toISOString(), channel };
  const previous: Range = {
    from: new Date(from.getTime() - length).toISOString(),
    to: from.toISOString(),
    channel,
  };
  return { current, previous };
}

/** Operations dashboard (supervisors and admins): volumes, rates, times, CSAT, call reasons, reports. */
export default function AnalyticsPage({
  token,
  user,
  tenantId,
  onSignOut,
  onExpired,
}: AnalyticsPageProps) {
  const { t, language } = useI18n();
  const api = useMemo(
    () =>
      createAnalyticsApi(
        createHttpClient({ getToken: () => token, onUnauthorized: onExpired }),
        tenantId,
        () => token,
      ),
    [token, onExpired, tenantId],
  );
  const [preset, setPreset] = useState<Preset>('today');
  const [custom, setCustom] = useState(() => ({
    from: localDate(new Date(Date.now() - 6 * DAY)),
    to: localDate(new Date()),
  }));
  const [channel, setChannel] = useState('');
  const [data, setData] = useState<{
    current: Summary;
    previous: Summary;
    keywords: Term[];
    rising: Term[];
  } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [drill, setDrill] = useState<{ title: string; rows: DrillRow[] } | null>(null);
  const isCustomValid =
    preset !== 'custom' || (custom.from !== '' && custom.to !== '' && custom.from <= custom.to);
  const ranges = useMemo(() => rangesOf(preset, custom, channel), [preset, custom, channel]);

  const load = useCallback(async () => {
    if (!isCustomValid) return;
    try {
      const [current, previous, keywords] = await Promise.all([
        api.summary(ranges.current),
        api.summary(ranges.previous),
        api.keywords(ranges.current),
      ]);
      setData({ current, previous, keywords: keywords.keywords, rising: keywords.rising });
      setError(null);
    } catch (e) {
      setError(t('analytics.loadFailed', { message: describeError(e, t) }));
    }
  }, [api, ranges, isCustomValid, t]);

  useEffect(() => {
    void load();
    // Today is live: refreshed every minute.
    if (preset !== 'today') return;
    const timer = setInterval(() => void load(), 60_000);
    return () => clearInterval(timer);
  }, [load, preset]);

  const number = useMemo(() => new Intl.NumberFormat(language), [language]);
  const percent = useMemo(
    () => new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1 }),
    [language],
  );
  const seconds = (s: number | null | undefined) =>
    s === null || s === undefined
      ? '—'
      : t('analytics.seconds', { n: number.format(Math.round(s)) });

  const openDrill = async (title: string, filter: { term?: string; category?: string }) => {
    try {
      const { conversations } = await api.drillDown(ranges.current, filter);
      setDrill({ title, rows: conversations });
    } catch (e) {
      setError(t('analytics.loadFailed', { message: describeError(e, t) }));
    }
  };

  const download = async (path: string, name: string) => {
    try {
      await api.download(path, name);
    } catch (e) {
      setError(t('analytics.downloadFailed', { message: describeError(e, t) }));
    }
  };

  const c = data?.current;
  const p = data?.previous;
  const kpis: { key: string; label: MessageKey; value: string; before: string }[] =
    c && p
      ? [
          {
            key: 'conversations',
            label: 'analytics.kpi.conversations',
            value: number.format(c.conversations),
            before: number.format(p.conversations),
          },
          {
            key: 'containment',
            label: 'analytics.kpi.containment',
            value: percent.format(c.containmentRate),
            before: percent.format(p.containmentRate),
          },
          {
            key: 'responseRate',
            label: 'analytics.kpi.responseRate',
            value: percent.format(c.responseRate),
            before: percent.format(p.responseRate),
          },
          {
            key: 'abandoned',
            label: 'analytics.kpi.abandoned',
            value: number.format(c.abandoned),
            before: number.format(p.abandoned),
          },
          {
            key: 'frt',
            label: 'analytics.kpi.frt',
            value: `${seconds(c.firstResponseSeconds?.median)} / ${seconds(c.firstResponseSeconds?.p90)}`,
            before: `${seconds(p.firstResponseSeconds?.median)} / ${seconds(p.firstResponseSeconds?.p90)}`,
          },
          {
            key: 'aht',
            label: 'analytics.kpi.aht',
            value: seconds(c.handleSeconds?.median),
            before: seconds(p.handleSeconds?.median),
          },
          {
            key: 'frtBusiness',
            label: 'analytics.kpi.frtBusiness',
            value: `${seconds(c.firstResponseBusinessSeconds?.median)} / ${seconds(c.firstResponseBusinessSeconds?.p90)}`,
            before: `${seconds(p.firstResponseBusinessSeconds?.median)} / ${seconds(p.firstResponseBusinessSeconds?.p90)}`,
          },
          {
            key: 'ahtBusiness',
            label: 'analytics.kpi.ahtBusiness',
            value: seconds(c.handleBusinessSeconds?.median),
            before: seconds(p.handleBusinessSeconds?.median),
          },
          {
            key: 'sla',
            label: 'analytics.kpi.sla',
            value: percent.format(c.slaMetRate),
            before: percent.format(p.slaMetRate),
          },
          {
            key: 'csat',
            label: 'analytics.kpi.csat',
            value: c.csat ? `${c.csat.average} (${number.format(c.csat.count)})` : '—',
            before: p.csat ? `${p.csat.average} (${number.format(p.csat.count)})` : '—',
          },
          {
            key: 'cvr',
            label: 'analytics.kpi.cvr',
            value: `${percent.format(c.conversion.botRate)} / ${percent.format(c.conversion.humanRate)}`,
            before: `${percent.format(p.conversion.botRate)} / ${percent.format(p.conversion.humanRate)}`,
          },
          {
            key: 'noChatCvr',
            label: 'analytics.kpi.noChatCvr',
            value: `${percent.format(c.conversion.noChatRate)} (${number.format(c.conversion.noChatConversions)} / ${number.format(c.conversion.visitorsWithoutChat)})`,
            before: `${percent.format(p.conversion.noChatRate)} (${number.format(p.conversion.noChatConversions)} / ${number.format(p.conversion.visitorsWithoutChat)})`,
          },
          {
            key: 'valuePerChat',
            label: 'analytics.kpi.valuePerChat',
            value: number.format(c.conversion.valuePerChat),
            before: number.format(p.conversion.valuePerChat),
          },
          {
            key: 'calls',
            label: 'analytics.kpi.calls',
            value: `${number.format(c.calls.analysed)} (${seconds(c.calls.talkSeconds)})`,
            before: `${number.format(p.calls.analysed)} (${seconds(p.calls.talkSeconds)})`,
          },
        ]
      : [];

  const hourOption = useMemo<ChartOption | null>(
    () =>
      c && p
        ? {
            tooltip: { trigger: 'axis' },
            legend: { data: [t('analytics.thisPeriod'), t('analytics.previousPeriod')] },
            grid: { left: 40, right: 16, top: 36, bottom: 28 },
            xAxis: { type: 'category', data: c.byHour.map((_, h) => String(h)) },
            yAxis: { type: 'value', minInterval: 1 },
            series: [
              { name: t('analytics.thisPeriod'), type: 'bar', data: c.byHour },
              { name: t('analytics.previousPeriod'), type: 'line', data: p.byHour },
            ],
          }
        : null,
    [c, p, t],
  );
  const dayOption = useMemo<ChartOption | null>(
    () =>
      c
        ? {
            tooltip: { trigger: 'axis' },
            legend: {
              data: [
                t('analytics.kpi.conversations'),
                t('analytics.botResolved'),
                t('analytics.handedOff'),
              ],
            },
            grid: { left: 40, right: 16, top: 36, bottom: 28 },
            xAxis: { type: 'category', data: c.byDay.map((d) => d.date.slice(5)) },
            yAxis: { type: 'value', minInterval: 1 },
            series: [
              {
                name: t('analytics.kpi.conversations'),
                type: 'line',
                data: c.byDay.map((d) => d.conversations),
              },
              {
                name: t('analytics.botResolved'),
                type: 'bar',
                stack: 'outcome',
                data: c.byDay.map((d) => d.botResolved),
              },
              {
                name: t('analytics.handedOff'),
                type: 'bar',
                stack: 'outcome',
                data: c.byDay.map((d) => d.handedOff),
              },
            ],
          }
        : null,
    [c, t],
  );
  const channelOption = useMemo<ChartOption | null>(
    () =>
      c
        ? {
            tooltip: { trigger: 'item' },
            series: [
              {
                type: 'pie',
                radius: ['40%', '70%'],
                data: Object.entries(c.byChannel).map(([name, value]) => ({ name, value })),
              },
            ],
          }
        : null,
    [c],
  );

  const breakdownTable = (
    title: MessageKey,
    rows: Breakdown[],
    testId: string,
    onOpen?: (key: string) => void,
  ) => (
    <section className="analytics-card" aria-labelledby={`${testId}-title`}>
      <h2 id={`${testId}-title`}>{t(title)}</h2>
      {rows.length === 0 ? (
        <p className="analytics-empty">{t('analytics.none')}</p>
      ) : (
        <table className="analytics-table" data-testid={testId}>
          <thead>
            <tr>
              <th scope="col">{t('analytics.col.name')}</th>
              <th scope="col">{t('analytics.col.handedOff')}</th>
              <th scope="col">{t('analytics.col.answered')}</th>
              <th scope="col">{t('analytics.col.resolved')}</th>
              <th scope="col">{t('analytics.col.transfers')}</th>
              <th scope="col">{t('analytics.col.frt')}</th>
              <th scope="col">{t('analytics.col.aht')}</th>
              <th scope="col">{t('analytics.col.csat')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key}>
                <th scope="row">
                  {onOpen ? (
                    <button type="button" className="analytics-link" onClick={() => onOpen(r.key)}>
                      {r.name ?? r.key}
                    </button>
                  ) : (
                    (r.name ?? r.key)
                  )}
                </th>
                <td>{number.format(r.handedOff)}</td>
                <td>{number.format(r.answered)}</td>
                <td>{number.format(r.resolved)}</td>
                <td>{number.format(r.transfers)}</td>
                <td>{seconds(r.firstResponseSecondsAverage)}</td>
                <td>{seconds(r.handleSecondsAverage)}</td>
                <td>{r.csatAverage ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );

  const today = localDate(new Date());
  const monday = (() => {
    const d = new Date();
    d.setDate(d.getDate() - ((d.getDay() + 6) % 7) - 7);
    return localDate(d);
  })();
  const lastMonth = (() => {
    const d = new Date();
    d.setDate(1);
    d.setMonth(d.getMonth() - 1);
    return localDate(d).slice(0, 7);
  })();

  return (
    <div className="app">
      <TopBar user={user} onSignOut={onSignOut} />
      <main className="analytics" id="analytics" aria-labelledby="analytics-title">
        <header className="analytics__head">
          <h1 id="analytics-title">{t('analytics.title')}</h1>
          <form className="analytics__filters" onSubmit={(e) => e.preventDefault()}>
            <fieldset>
              <legend className="visually-hidden">{t('analytics.range')}</legend>
              {(['today', 'week', 'month', 'custom'] as const).map((value) => (
                <label key={value} className="analytics__preset">
                  <input
                    type="radio"
                    name="preset"
                    value={value}
                    checked={preset === value}
                    onChange={() => setPreset(value)}
                  />
                  {t(`analytics.preset.${value}`)}
                </label>
              ))}
            </fieldset>
            {preset === 'custom' && (
              <>
                <label>
                  {t('analytics.from')}
                  <input
                    type="date"
                    value={custom.from}
                    max={today}
                    onChange={(e) => setCustom({ ...custom, from: e.target.value })}
                  />
                </label>
                <label>
                  {t('analytics.to')}
                  <input
                    type="date"
                    value={custom.to}
                    max={today}
                    onChange={(e) => setCustom({ ...custom, to: e.target.value })}
                  />
                </label>
                {!isCustomValid && <span role="alert">{t('analytics.badRange')}</span>}
              </>
            )}
            <label>
              {t('analytics.channel')}
              <select
                value={channel}
                onChange={(e) => setChannel(e.target.value)}
                data-testid="analytics-channel"
              >
                {channels.map((ch) => (
                  <option key={ch} value={ch}>
                    {ch === '' ? t('analytics.allChannels') : ch}
                  </option>
                ))}
              </select>
            </label>
          </form>
        </header>
        {error && (
          <p className="analytics-error" role="alert">
            {error}
          </p>
        )}
        {!data && !error && <p aria-busy="true">{t('app.loading')}</p>}
        {c && p && (
          <>
            <section className="analytics-kpis" aria-label={t('analytics.kpis')}>
              {kpis.map((k) => (
                <div key={k.key} className="analytics-kpi" data-testid={`kpi-${k.key}`}>
                  <span className="analytics-kpi__label">{t(k.label)}</span>
                  <strong className="analytics-kpi__value">{k.value}</strong>
                  <span className="analytics-kpi__before">
                    {t('analytics.before', { value: k.before })}
                  </span>
                </div>
              ))}
              <div className="analytics-kpi analytics-kpi--roi" data-testid="kpi-roi">
                <span className="analytics-kpi__label">{t('analytics.kpi.roi')}</span>
                {c.roi ? (
                  <>
                    <strong className="analytics-kpi__value">
                      {new Intl.NumberFormat(language, {
                        style: 'currency',
                        currency: c.roi.currency,
                      }).format(c.roi.saved)}
                    </strong>
                    <span className="analytics-kpi__before">
                      {t('analytics.roiDetail', {
                        count: number.format(c.roi.botResolved),
                        cost: number.format(c.roi.costPerContact),
                      })}
                    </span>
                  </>
                ) : (
                  <span className="analytics-kpi__before">{t('analytics.roiUnset')}</span>
                )}
              </div>
            </section>
            <div className="analytics-grid">
              <section className="analytics-card analytics-card--wide">
                <h2>{t('analytics.byDay')}</h2>
                {dayOption && (
                  <Chart option={dayOption} label={t('analytics.byDay')} testId="chart-day" />
                )}
              </section>
              <section className="analytics-card">
                <h2>{t('analytics.byHour', { zone: c.timeZone })}</h2>
                {hourOption && (
                  <Chart
                    option={hourOption}
                    label={t('analytics.byHour', { zone: c.timeZone })}
                    testId="chart-hour"
                  />
                )}
              </section>
              <section className="analytics-card">
                <h2>{t('analytics.byChannel')}</h2>
                {channelOption && (
                  <Chart
                    option={channelOption}
                    label={t('analytics.byChannel')}
                    testId="chart-channel"
                  />
                )}
              </section>
              <section className="analytics-card" aria-labelledby="keywords-title">
                <h2 id="keywords-title">{t('analytics.keywords')}</h2>
                {data.keywords.length === 0 ? (
                  <p className="analytics-empty">{t('analytics.none')}</p>
                ) : (
                  <table className="analytics-table" data-testid="keywords">
                    <thead>
                      <tr>
                        <th scope="col">{t('analytics.col.term')}</th>
                        <th scope="col">{t('analytics.col.count')}</th>
                        <th scope="col">{t('analytics.col.previous')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {data.keywords.slice(0, 20).map((k) => (
                        <tr key={k.term}>
                          <th scope="row">
                            <button
                              type="button"
                              className="analytics-link"
                              onClick={() => void openDrill(k.term, { term: k.term })}
                            >
                              {k.term}
                            </button>
                            {data.rising.some((r) => r.term === k.term) && (
                              <span className="analytics-rising">{t('analytics.rising')}</span>
                            )}
                          </th>
                          <td>{number.format(k.count)}</td>
                          <td>{number.format(k.previousCount)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                )}
              </section>
              {drill && (
                <section
                  className="analytics-card"
                  aria-labelledby="drill-title"
                  data-testid="drill"
                >
                  <h2 id="drill-title">{t('analytics.drillTitle', { name: drill.title })}</h2>
                  <ul className="analytics-drill">
                    {drill.rows.map((r) => (
                      <li key={r.id}>
                        <a
                          href={`${import.meta.env.BASE_URL}conversations/${encodeURIComponent(r.id)}`}
                        >
                          {new Intl.DateTimeFormat(language, {
                            dateStyle: 'short',
                            timeStyle: 'short',
                          }).format(new Date(r.createdAt))}
                        </a>{' '}
                        · {r.channel} · {r.status}
                        {r.csatScore !== null && ` · ★${r.csatScore}`}
                      </li>
                    ))}
                  </ul>
                  <button
                    type="button"
                    className="button button--ghost"
                    onClick={() => setDrill(null)}
                  >
                    {t('analytics.closeDrill')}
                  </button>
                </section>
              )}
              {breakdownTable('analytics.byAgent', c.byAgent, 'by-agent')}
              {breakdownTable('analytics.byTeam', c.byTeam, 'by-team')}
              {breakdownTable('analytics.byQueue', c.byQueue, 'by-queue')}
              {breakdownTable(
                'analytics.byCategory',
                c.byCategory,
                'by-category',
                (key) => void openDrill(key, { category: key }),
              )}
              <section className="analytics-card" aria-labelledby="reports-title">
                <h2 id="reports-title">{t('analytics.reports')}</h2>
                <p>
                  <button
                    type="button"
                    className="button"
                    onClick={() =>
                      void download(
                        api.reportPath('weekly', monday, 'xlsx'),
                        `weekly-${monday}.xlsx`,
                      )
                    }
                  >
                    {t('analytics.weeklyXlsx', { period: monday })}
                  </button>{' '}
                  <button
                    type="button"
                    className="button button--ghost"
                    onClick={() =>
                      void download(api.reportPath('weekly', monday, 'csv'), `weekly-${monday}.csv`)
                    }
                  >
                    CSV
                  </button>
                </p>
                <p>
                  <button
                    type="button"
                    className="button"
                    onClick={() =>
                      void download(
                        api.reportPath('monthly', lastMonth, 'xlsx'),
                        `monthly-${lastMonth}.xlsx`,
                      )
                    }
                  >
                    {t('analytics.monthlyXlsx', { period: lastMonth })}
                  </button>{' '}
                  <button
                    type="button"
                    className="button button--ghost"
                    onClick={() =>
                      void download(
                        api.reportPath('monthly', lastMonth, 'csv'),
                        `monthly-${lastMonth}.csv`,
                      )
                    }
                  >
                    CSV
                  </button>
                </p>
                <p>
                  <button
                    type="button"
                    className="button button--ghost"
                    onClick={() =>
                      void download(api.exportPath(ranges.current, 'csv'), 'conversations.csv')
                    }
                  >
                    {t('analytics.exportCsv')}
                  </button>{' '}
                  <button
                    type="button"
                    className="button button--ghost"
                    onClick={() =>
                      void download(api.exportPath(ranges.current, 'jsonl'), 'conversations.jsonl')
                    }
                  >
                    {t('analytics.exportJsonl')}
                  </button>
                </p>
              </section>
            </div>
          </>
        )}
      </main>
    </div>
  );
}
