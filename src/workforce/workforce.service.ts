import { AppError, notFound } from '../errors/index.js';
import { requiredAgents, type StaffingInput } from './erlang.js';
import { backtest, forecastHours, HOURS_PER_WEEK } from './forecast.js';
import {
  adherenceOf,
  DAY,
  expectedAt,
  instantOf,
  localDateOf,
  plannedFor,
  type Schedule,
  type Shift,
  type Status,
  type StatusEntry,
  scheduleProblem,
  statusSpans,
} from './schedule.js';
import { type Bands, bandOf, DEFAULT_BANDS, median, utilisationOf } from './utilisation.js';
import type { WorkforceRepository } from './workforce.repository.js';

const HOUR_MS = 3_600_000;
/** History the forecast learns from. */
const HISTORY_WEEKS = 8;

export function createWorkforceService(deps: { workforce: WorkforceRepository }) {
  const { workforce } = deps;

  const entriesOf = (
    rows: { user_id: string; status: string; reason: string | null; started_at: string }[],
  ) => {
    const byUser = new Map<string, StatusEntry[]>();
    for (const r of rows) {
      const list = byUser.get(r.user_id) ?? [];
      list.push({ status: r.status as Status, reason: r.reason, startedAt: r.started_at });
      byUser.set(r.user_id, list);
    }
    return byUser;
  };

  const scheduleOf = (row: { time_zone: string; shifts: string } | undefined): Schedule | null =>
    row ? { timeZone: row.time_zone, shifts: JSON.parse(row.shifts) as Shift[] } : null;

  const iso = (ms: number) => new Date(ms).toISOString();

  async function bands(tenantId: string): Promise<Bands> {
    const row = await workforce.settings(tenantId);
    return row
      ? { over: row.band_over, right: row.band_right, under: row.band_under }
      : DEFAULT_BANDS;
  }

  /** Utilisation per operator over [from, to); `onlyUserId` limits it to one operator. */
  async function agentsOf(tenantId: string, from: string, to: string, onlyUserId?: string) {
    const [staff, minutes, assignments, tenantBands, changes] = await Promise.all([
      workforce.staff(tenantId),
      workforce.activity(tenantId, from, to, onlyUserId),
      workforce.assignments(tenantId, from, to),
      bands(tenantId),
      workforce.statusChanges(tenantId, from, to, onlyUserId ? [onlyUserId] : undefined),
    ]);
    const now = Math.min(Date.now(), Date.parse(to));
    const history = entriesOf(changes);
    return staff
      .filter((u) => !onlyUserId || u.id === onlyUserId)
      .map((user) => {
        const own = minutes
          .filter((m) => m.user_id === user.id)
          .map((m) => ({
            minuteStart: m.minute_start,
            keys: m.keys,
            clicks: m.clicks,
            focusedSeconds: m.focused_seconds,
          }));
        const handled = assignments
          .filter((a) => a.assignee_id === user.id)
          .map((a) => ({ assignedAt: a.assigned_at as string, resolvedAt: a.resolved_at }));
        const figures = utilisationOf(own, handled, now);
        // Occupancy: busy minutes ÷ logged-in minutes the operator was online (available).
        const spans = statusSpans(history.get(user.id) ?? [], Date.parse(from), Date.parse(to));
        const onlineMinutes = own.filter((m) => {
          const at = Date.parse(m.minuteStart);
          return spans.some((s) => s.status === 'online' && s.start <= at && at < s.end);
        });
        const busyOnline = utilisationOf(onlineMinutes, handled, now).busyMinutes;
        const handleSeconds = median(
          handled
            .filter((a) => a.resolvedAt)
            .map((a) => (Date.parse(a.resolvedAt as string) - Date.parse(a.assignedAt)) / 1000),
        );
        return {
          agentId: user.id,
          name: user.name,
          utilisation: figures.utilisation,
          occupancy: onlineMinutes.length ? busyOnline / onlineMinutes.length : null,
          busyMinutes: figures.busyMinutes,
          onlineMinutes: onlineMinutes.length,
          handleDurations: handled
            .filter((a) => a.resolvedAt)
            .map((a) => (Date.parse(a.resolvedAt as string) - Date.parse(a.assignedAt)) / 1000),
          band: bandOf(figures.utilisation, tenantBands),
          handledConversations: handled.filter((a) => a.assignedAt >= from && a.assignedAt < to)
            .length,
          handleSeconds: handleSeconds === null ? null : { median: handleSeconds },
          loggedInMinutes: own.length,
          activeMinutes: figures.activeMinutes,
          idleMinutes: figures.idleMinutes,
        };
      })
      .filter((a) => onlyUserId || a.loggedInMinutes > 0 || a.handledConversations > 0);
  }

  /** Per team over [from, to): utilisation and occupancy pooled over members, handle time, conversations. */
  async function teamFigures(tenantId: string, from: string, to: string) {
    const [teams, rows] = await Promise.all([
      workforce.teams(tenantId),
      agentsOf(tenantId, from, to),
    ]);
    const byId = new Map(rows.map((r) => [r.agentId, r]));
    return teams.map((team) => {
      const members = team.memberIds.flatMap((id) => byId.get(id) ?? []);
      const loggedIn = members.reduce((n, m) => n + m.loggedInMinutes, 0);
      const busy = members.reduce((n, m) => n + m.busyMinutes, 0);
      const online = members.reduce((n, m) => n + m.onlineMinutes, 0);
      const busyOnline = members.reduce((n, m) => n + (m.occupancy ?? 0) * m.onlineMinutes, 0);
      const handle = median(members.flatMap((m) => m.handleDurations));
      return {
        teamId: team.id,
        name: team.name,
        members: team.memberIds.length,
        activeMembers: members.length,
        utilisation: loggedIn ? busy / loggedIn : null,
        occupancy: online ? busyOnline / online : null,
        handleSeconds: handle === null ? null : { median: handle },
        conversations: members.reduce((n, m) => n + m.handledConversations, 0),
      };
    });
  }

  return {
    async recordActivity(
      tenantId: string,
      userId: string,
      report: { minuteStart: string; keys: number; clicks: number; focusedSeconds: number },
    ): Promise<void> {
      const start = Date.parse(report.minuteStart);
      if (start > Date.now() + 60_000)
        throw new AppError('validation_failed', 'minuteStart must not be in the future');
      await workforce.saveActivity({
        tenant_id: tenantId,
        user_id: userId,
        // Stored at the start of its minute, so reports line up.
        minute_start: new Date(start - (start % 60_000)).toISOString(),
        keys: report.keys,
        clicks: report.clicks,
        focused_seconds: report.focusedSeconds,
      });
    },

    bands,

    async setBands(tenantId: string, value: Bands): Promise<Bands> {
      if (!(value.over > value.right && value.right > value.under))
        throw new AppError('validation_failed', 'Bands must satisfy over > right > under');
      await workforce.saveSettings(tenantId, value);
      return value;
    },

    agents: agentsOf,

    teamFigures,

    staffing: (input: StaffingInput) => requiredAgents(input),

    /** Contacts per hour for the next `weeks` weeks, from the last eight weeks, with a backtest. */
    async forecast(tenantId: string, weeks: number, nowMs = Date.now()) {
      const end = nowMs - (nowMs % HOUR_MS);
      const start = end - HISTORY_WEEKS * HOURS_PER_WEEK * HOUR_MS;
      const counts = await workforce.contactsPerHour(
        tenantId,
        new Date(start).toISOString(),
        new Date(end).toISOString(),
      );
      const byHour = new Map(counts.map((c) => [c.hour, c.count]));
      // History starts at the tenant's first hour with contacts (empty weeks before it are not zeros).
      const series: number[] = [];
      for (let t = start; t < end; t += HOUR_MS) {
        series.push(byHour.get(new Date(t).toISOString().slice(0, 13)) ?? 0);
      }
      const first = series.findIndex((c) => c > 0);
      const history = first < 0 ? [] : series.slice(first);
      const expected = forecastHours(history, weeks * HOURS_PER_WEEK);
      const scored = backtest(history);
      return {
        hours: expected.map((value, h) => ({
          start: new Date(end + h * HOUR_MS).toISOString(),
          expected: Math.round(value * 100) / 100,
        })),
        backtest: {
          mape: scored.mape,
          seasonalNaiveMape: scored.seasonalNaiveMape,
          historyHours: history.length,
        },
      };
    },
    /** Status changes, newest first, paged; `end` is null while the status lasts. */
    async statusHistory(
      tenantId: string,
      options: {
        userId?: string | undefined;
        from: string;
        to: string;
        limit: number;
        offset: number;
      },
    ) {
      const rows = await workforce.statusHistoryPage(tenantId, options);
      return rows.map((r) => ({
        id: r.id,
        agentId: r.user_id,
        status: r.status as Status,
        reason: r.reason,
        start: r.started_at,
        end: (r.ended_at as string | null) ?? null,
      }));
    },

    async schedule(tenantId: string, userId: string): Promise<Schedule | null> {
      return scheduleOf(await workforce.schedule(tenantId, userId));
    },

    async setSchedule(tenantId: string, userId: string, schedule: Schedule): Promise<Schedule> {
      if (!(await workforce.staff(tenantId)).some((u) => u.id === userId)) throw notFound('Agent');
      const problem = scheduleProblem(schedule);
      if (problem) throw new AppError('validation_failed', problem);
      const shifts = [...schedule.shifts]
        .sort((a, b) => a.weekday - b.weekday)
        .map((s) => ({
          weekday: s.weekday,
          start: s.start,
          end: s.end,
          breaks: [...s.breaks]
            .sort((a, b) => a.start.localeCompare(b.start))
            .map((b) => ({
              start: b.start,
              end: b.end,
              ...(b.reason ? { reason: b.reason } : {}),
            })),
        }));
      await workforce.saveSchedule(tenantId, userId, schedule.timeZone, JSON.stringify(shifts));
      return { timeZone: schedule.timeZone, shifts };
    },

    /**
     * One local day per operator: the status timeline, the planned shift and breaks, and
     * adherence with its out-of-adherence periods. The day is taken in the operator's schedule
     * time zone, or `timeZone` for operators without a schedule.
     */
    async day(
      tenantId: string,
      date: string,
      timeZone: string,
      onlyUserId?: string,
      nowMs = Date.now(),
    ) {
      const [staff, schedules] = await Promise.all([
        workforce.staff(tenantId),
        workforce.schedules(tenantId),
      ]);
      const scheduleByUser = new Map(schedules.map((r) => [r.user_id, scheduleOf(r) as Schedule]));
      const people = staff.filter((u) => !onlyUserId || u.id === onlyUserId);
      // Widest window over every zone: the day's start in the earliest zone to its end in the latest.
      const dayOf = (zone: string) => ({
        start: instantOf(date, 0, zone),
        end: instantOf(
          new Date(Date.parse(`${date}T00:00:00Z`) + DAY).toISOString().slice(0, 10),
          0,
          zone,
        ),
      });
      const windows = new Map(
        people.map((u) => [u.id, dayOf(scheduleByUser.get(u.id)?.timeZone ?? timeZone)]),
      );
      const from = Math.min(
        ...[...windows.values()].map((w) => w.start),
        Date.parse(`${date}T00:00:00Z`),
      );
      const to = Math.max(
        ...[...windows.values()].map((w) => w.end),
        Date.parse(`${date}T00:00:00Z`) + DAY,
      );
      const history = entriesOf(
        await workforce.statusChanges(
          tenantId,
          iso(from),
          iso(to),
          people.map((u) => u.id),
        ),
      );
      return people.map((user) => {
        const schedule = scheduleByUser.get(user.id) ?? null;
        const window = windows.get(user.id) as { start: number; end: number };
        const until = Math.min(nowMs, window.end);
        const spans =
          until > window.start ? statusSpans(history.get(user.id) ?? [], window.start, until) : [];
        const planned = schedule ? plannedFor(schedule, date) : [];
        const figures = adherenceOf(planned, spans, until);
        return {
          agentId: user.id,
          name: user.name,
          timeZone: schedule?.timeZone ?? timeZone,
          dayStart: iso(window.start),
          dayEnd: iso(window.end),
          timeline: spans.map((s) => ({
            start: iso(s.start),
            end: iso(s.end),
            status: s.status,
            reason: s.reason,
          })),
          planned: planned.map((p) => ({
            start: iso(p.start),
            end: iso(p.end),
            expected: p.expected,
            reason: p.reason ?? null,
          })),
          scheduledSeconds: figures.scheduledSeconds,
          adheredSeconds: figures.adheredSeconds,
          adherence: figures.adherence,
          outOfAdherence: figures.outOfAdherence.map((o) => ({
            start: iso(o.start),
            end: iso(o.end),
            expected: o.expected,
            actual: o.actual,
          })),
        };
      });
    },

    /** Who should be where right now: the schedule against the live presence. */
    async live(tenantId: string, nowMs = Date.now()) {
      const [people, schedules] = await Promise.all([
        workforce.presence(tenantId),
        workforce.schedules(tenantId),
      ]);
      const scheduleByUser = new Map(schedules.map((r) => [r.user_id, scheduleOf(r) as Schedule]));
      return people.flatMap((u) => {
        const schedule = scheduleByUser.get(u.id);
        if (!schedule) return [];
        const planned = expectedAt(schedule, nowMs);
        const expected: 'online' | 'break' | 'off' = planned?.expected ?? 'off';
        const status = u.status as Status;
        return [
          {
            agentId: u.id,
            name: u.name,
            status,
            since: u.status_changed_at,
            expected,
            /** On shift, not on a planned break, and offline. */
            absent: expected === 'online' && status === 'offline',
            inAdherence: expected === 'off' || (expected === 'online') === (status === 'online'),
            localDate: localDateOf(nowMs, schedule.timeZone),
          },
        ];
      });
    },

    teams: (tenantId: string) => workforce.teams(tenantId),

    async createTeam(tenantId: string, name: string) {
      const created = await workforce.createTeam(tenantId, name);
      if (!created) throw new AppError('conflict', 'A team with this name already exists');
      return { id: created.id, name, memberIds: [] as string[] };
    },

    async setTeamMembers(tenantId: string, teamId: string, agentIds: readonly string[]) {
      const team = await workforce.findTeam(tenantId, teamId);
      if (!team) throw notFound('Team');
      const unique = [...new Set(agentIds)];
      const staff = new Set((await workforce.staff(tenantId)).map((u) => u.id));
      const unknown = unique.find((id) => !staff.has(id));
      if (unknown) throw new AppError('validation_failed', `Unknown agent ${unknown}`);
      await workforce.setMembers(tenantId, teamId, unique);
      return { id: team.id, name: team.name, memberIds: unique };
    },

    async deleteTeam(tenantId: string, teamId: string) {
      if (!(await workforce.deleteTeam(tenantId, teamId))) throw notFound('Team');
    },
  };
}

export type WorkforceService = ReturnType<typeof createWorkforceService>;
