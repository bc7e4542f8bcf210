import { type FormEvent, useCallback, useEffect, useMemo, useState } from 'react';
import { createHttpClient } from '../api/http-client';
import {
  createSupervisorApi,
  type OperatorCallFigures,
  type TeamFigures,
} from '../api/supervisor-api';
import type { User } from '../api/types';
import { TopBar } from '../app/top-bar';
import { formatDateTime, useI18n } from '../i18n';
import { describeError } from '../shared/error-message';
import { CallFiguresTable, TeamFiguresTable } from '../supervisor/workforce-tables';
import { DayTimeline } from '../workforce/day-timeline';
import { ScheduleEditor } from '../workforce/schedule-editor';
import { TeamsEditor } from '../workforce/teams-editor';
import {
  type AgentDay,
  browserTimeZone,
  createWorkforceApi,
  localToday,
} from '../workforce/workforce-api';
import '../workforce/workforce.css';
import {
  type AgentUtilisation,
  createQualityApi,
  type Forecast,
  type Staffing,
  type StaffingInput,
} from './quality-api';
import { canReviewQuality } from './quality-route';
import { useActivityReporter } from './use-activity-reporter';
import './quality.css';

type PageProps = {
  token: string;
  user: User;
  tenantId: string;
  onSignOut: () => void;
  onExpired: () => void;
};

const percent = (value: number) => `${Math.round(value * 100)}%`;

/** Utilisation per operator with its band, staffing by Erlang C/A, and the contact forecast. */
export function WorkforcePage({ token, user, tenantId, onSignOut, onExpired }: PageProps) {
  const { t, language } = useI18n();
  const api = useMemo(
    () =>
      createQualityApi(
        createHttpClient({ getToken: () => token, onUnauthorized: onExpired }),
        tenantId,
      ),
    [token, onExpired, tenantId],
  );
  const { workforceApi, supervisorApi } = useMemo(() => {
    const http = createHttpClient({ getToken: () => token, onUnauthorized: onExpired });
    return {
      workforceApi: createWorkforceApi(http, tenantId),
      supervisorApi: createSupervisorApi(http, tenantId),
    };
  }, [token, onExpired, tenantId]);
  useActivityReporter(api);
  const [date, setDate] = useState(localToday);
  const [days, setDays] = useState<AgentDay[] | null>(null);
  const [teamFigures, setTeamFigures] = useState<TeamFigures | null>(null);
  const [callFigures, setCallFigures] = useState<OperatorCallFigures | null>(null);
  const isSupervisor = canReviewQuality(user.role);
  const [agents, setAgents] = useState<AgentUtilisation[] | null>(null);
  const [forecast, setForecast] = useState<Forecast | null>(null);
  const [staffing, setStaffing] = useState<Staffing | null>(null);
  const [form, setForm] = useState({
    contactsPerHour: '200',
    handleSeconds: '180',
    targetServiceLevel: '80',
    targetSeconds: '20',
    concurrency: '1',
    patienceSeconds: '',
  });
  const [error, setError] = useState<string | null>(null);
  const fail = useCallback(
    (e: unknown) => setError(t('quality.loadFailed', { message: describeError(e, t) })),
    [t],
  );

  useEffect(() => {
    api.agents().then(setAgents, fail);
    if (isSupervisor) api.forecast().then(setForecast, fail);
  }, [api, isSupervisor, fail]);

  const loadDays = useCallback(() => {
    if (/^\d{4}-\d{2}-\d{2}$/.test(date))
      workforceApi.day(date, browserTimeZone()).then(setDays, fail);
  }, [workforceApi, date, fail]);
  useEffect(loadDays, [loadDays]);

  const loadTeamFigures = useCallback(() => {
    if (isSupervisor) supervisorApi.teamFigures().then(setTeamFigures, fail);
  }, [supervisorApi, isSupervisor, fail]);
  useEffect(() => {
    loadTeamFigures();
    if (isSupervisor) supervisorApi.callFigures().then(setCallFigures, fail);
  }, [loadTeamFigures, supervisorApi, isSupervisor, fail]);
  const staff = (days ?? []).map((d) => ({ agentId: d.agentId, name: d.name }));

  const calculate = async (event: FormEvent) => {
    event.preventDefault();
    const input: StaffingInput = {
      contactsPerHour: Number(form.contactsPerHour),
      handleSeconds: Number(form.handleSeconds),
      targetServiceLevel: Number(form.targetServiceLevel) / 100,
      targetSeconds: Number(form.targetSeconds),
      concurrency: Number(form.concurrency) || 1,
      ...(form.patienceSeconds ? { patienceSeconds: Number(form.patienceSeconds) } : {}),
    };
    try {
      setError(null);
      setStaffing(await api.staffing(input));
    } catch (e) {
      fail(e);
    }
  };

  const field = (name: keyof typeof form, label: string) => (
    <label>
      {label}
      <input
        type="number"
        min="0"
        step="any"
        name={name}
        value={form[name]}
        onChange={(e) => setForm({ ...form, [name]: e.target.value })}
      />
    </label>
  );

  const total = forecast ? forecast.hours.reduce((sum, h) => sum + h.expected, 0) : 0;
  const peak = forecast?.hours.reduce(
    (best, h) => (h.expected > best.expected ? h : best),
    forecast.hours[0] ?? { start: '', expected: 0 },
  );

  return (
    <div className="app">
      <TopBar user={user} onSignOut={onSignOut} />
      <main className="quality" id="conversation">
        <p>
          <a href={import.meta.env.BASE_URL}>{t('quality.backToInbox')}</a>
        </p>
        <h1>{t('workforce.title')}</h1>
        {error && (
          <p className="quality__error" role="alert">
            {error}
          </p>
        )}
        <section aria-labelledby="wf-utilisation" data-testid="wf-utilisation">
          <h2 id="wf-utilisation">
            {t(isSupervisor ? 'workforce.utilisation' : 'workforce.mine')}
          </h2>
          <p className="quality__hint">{t('workforce.definition')}</p>
          {agents && agents.length === 0 && <p>{t('workforce.empty')}</p>}
          {agents && agents.length > 0 && (
            <table className="quality__table">
              <thead>
                <tr>
                  <th scope="col">{t('workforce.agent')}</th>
                  <th scope="col">{t('workforce.utilisationColumn')}</th>
                  <th scope="col">{t('workforce.band')}</th>
                  <th scope="col">{t('workforce.handled')}</th>
                  <th scope="col">{t('workforce.handleMedian')}</th>
                  <th scope="col">{t('workforce.active')}</th>
                  <th scope="col">{t('workforce.idle')}</th>
                </tr>
              </thead>
              <tbody>
                {agents.map((a) => (
                  <tr key={a.agentId} data-testid="wf-agent">
                    <td>{a.name}</td>
                    <td>{percent(a.utilisation)}</td>
                    <td>
                      <span className={`band band--${a.band}`}>
                        {t(`workforce.band.${a.band}`)}
                      </span>
                    </td>
                    <td>{a.handledConversations}</td>
                    <td>{a.handleSeconds ? `${Math.round(a.handleSeconds.median)} s` : '—'}</td>
                    <td>{a.activeMinutes}</td>
                    <td>{a.idleMinutes}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
        <section aria-labelledby="wf-day-title" data-testid="wf-days">
          <h2 id="wf-day-title">{t('wfDay.title')}</h2>
          <label className="wf-day__date">
            {t('wfDay.date')}
            <input type="date" value={date} onInput={(e) => setDate(e.currentTarget.value)} />
          </label>
          <p className="quality__hint">{t('wfDay.definition')}</p>
          {days?.map((day) => (
            <DayTimeline key={day.agentId} day={day} />
          ))}
        </section>
        {isSupervisor && (
          <>
            <section aria-labelledby="wf-teams-title">
              <h2 id="wf-teams-title">{t('teams.title')}</h2>
              {teamFigures && <TeamFiguresTable teams={teamFigures} />}
              <TeamsEditor api={workforceApi} agents={staff} onChanged={loadTeamFigures} />
            </section>
            <section aria-labelledby="wf-schedule-title">
              <h2 id="wf-schedule-title">{t('schedule.title')}</h2>
              {staff.length > 0 && (
                <ScheduleEditor api={workforceApi} agents={staff} onSaved={loadDays} />
              )}
            </section>
            <section aria-labelledby="wf-calls-title">
              <h2 id="wf-calls-title">{t('callFigures.title')}</h2>
              {callFigures && <CallFiguresTable agents={callFigures} />}
            </section>
            <section aria-labelledby="wf-staffing">
              <h2 id="wf-staffing">{t('workforce.staffing')}</h2>
              <form className="quality__staffing" onSubmit={calculate} data-testid="wf-staffing">
                {field('contactsPerHour', t('workforce.contactsPerHour'))}
                {field('handleSeconds', t('workforce.handleSeconds'))}
                {field('targetServiceLevel', t('workforce.targetServiceLevel'))}
                {field('targetSeconds', t('workforce.targetSeconds'))}
                {field('concurrency', t('workforce.concurrency'))}
                {field('patienceSeconds', t('workforce.patienceSeconds'))}
                <button type="submit" className="button">
                  {t('workforce.calculate')}
                </button>
              </form>
              {staffing && (
                <output className="quality__result" data-testid="wf-staffing-result">
                  {t('workforce.staffingResult', {
                    agents: staffing.agents,
                    serviceLevel: percent(staffing.serviceLevel),
                    occupancy: percent(staffing.occupancy),
                    wait: staffing.averageWaitSeconds.toFixed(1),
                    model: staffing.model === 'erlang_a' ? 'Erlang A' : 'Erlang C',
                  })}
                </output>
              )}
            </section>
            <section aria-labelledby="wf-forecast" data-testid="wf-forecast">
              <h2 id="wf-forecast">{t('workforce.forecast')}</h2>
              {forecast && (
                <>
                  <p>
                    {t('workforce.forecastTotal', {
                      total: Math.round(total),
                      peak: peak?.start ? formatDateTime(language, peak.start) : '—',
                    })}
                  </p>
                  <p>
                    {forecast.backtest.mape === null
                      ? t('workforce.noBacktest')
                      : t('workforce.mape', {
                          mape: percent(forecast.backtest.mape),
                          naive:
                            forecast.backtest.seasonalNaiveMape === null
                              ? '—'
                              : percent(forecast.backtest.seasonalNaiveMape),
                        })}
                  </p>
                </>
              )}
            </section>
          </>
        )}
      </main>
    </div>
  );
}
