import { AppError } from '../errors/index.js';
import { requiredAgents, type StaffingInput } from './erlang.js';
import { backtest, forecastHours, HOURS_PER_WEEK } from './forecast.js';
import { type Bands, bandOf, DEFAULT_BANDS, median, utilisationOf } from './utilisation.js';
import type { WorkforceRepository } from './workforce.repository.js';

const HOUR_MS = 3_600_000;
/** History the forecast learns from. */
const HISTORY_WEEKS = 8;

export function createWorkforceService(deps: { workforce: WorkforceRepository }) {
  const { workforce } = deps;

  async function bands(tenantId: string): Promise<Bands> {
    const row = await workforce.settings(tenantId);
    return row
      ? { over: row.band_over, right: row.band_right, under: row.band_under }
      : DEFAULT_BANDS;
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

    /** Utilisation per operator over [from, to); `onlyUserId` limits it to one operator. */
    async agents(tenantId: string, from: string, to: string, onlyUserId?: string) {
      const [staff, minutes, assignments, tenantBands] = await Promise.all([
        workforce.staff(tenantId),
        workforce.activity(tenantId, from, to, onlyUserId),
        workforce.assignments(tenantId, from, to),
        bands(tenantId),
      ]);
      const now = Math.min(Date.now(), Date.parse(to));
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
          const handleSeconds = median(
            handled
              .filter((a) => a.resolvedAt)
              .map((a) => (Date.parse(a.resolvedAt as string) - Date.parse(a.assignedAt)) / 1000),
          );
          return {
            agentId: user.id,
            name: user.name,
            utilisation: figures.utilisation,
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
    },

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
  };
}

export type WorkforceService = ReturnType<typeof createWorkforceService>;
