import type { AnalyticsService } from './analytics.service.js';
import { buildClientReport, reportToXlsx } from './client-report.js';
import { lastCompletePeriod, type ReportKind } from './periods.js';

export type ReportMail = {
  to: string;
  subject: string;
  text: string;
  attachment: { filename: string; content: Buffer; contentType: string };
};

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Emails each tenant's weekly (Monday to Sunday) and monthly reports once the period is over,
 * to the recipients in its analytics settings. A period is claimed in the database before it
 * is sent, so of several nodes only one sends it; a send that fails is logged, not retried.
 */
export function createReportSchedule(deps: {
  analytics: AnalyticsService;
  tenantName: (tenantId: string) => Promise<string>;
  send: (mail: ReportMail) => Promise<boolean>;
  onError: (error: unknown, tenantId: string) => void;
  intervalMs?: number;
}) {
  let timer: NodeJS.Timeout | undefined;

  async function sendDue(tenantId: string, now: Date): Promise<string[]> {
    const settings = await deps.analytics.getSettings(tenantId);
    const kinds: ReportKind[] =
      settings.reportSchedule === 'both'
        ? ['weekly', 'monthly']
        : settings.reportSchedule === 'off'
          ? []
          : [settings.reportSchedule];
    const sent: string[] = [];
    for (const kind of kinds) {
      const timeZone = await deps.analytics.timeZoneOf(tenantId);
      const period = lastCompletePeriod(kind, now, timeZone);
      const claimed = await deps.analytics.claimReportPeriod(
        tenantId,
        kind,
        period.label,
        settings.reportRecipients.length,
      );
      if (!claimed) continue;
      const tenantName = await deps.tenantName(tenantId);
      const report = await buildClientReport(deps.analytics, {
        tenantId,
        tenantName,
        kind,
        period: period.label,
      });
      const content = await reportToXlsx(report);
      for (const to of settings.reportRecipients) {
        await deps.send({
          to,
          subject: `${tenantName}: ${kind} report ${period.label}`,
          text: [
            `${tenantName} — ${kind} report ${period.label} (${timeZone})`,
            '',
            `Conversations: ${report.current.conversations} (previous ${report.before.conversations})`,
            `Containment: ${(report.current.containmentRate * 100).toFixed(1)}%`,
            `Response rate: ${(report.current.responseRate * 100).toFixed(1)}%`,
            '',
            ...report.notes,
          ].join('\n'),
          attachment: {
            filename: `${kind}-report-${period.label}.xlsx`,
            content,
            contentType: XLSX_TYPE,
          },
        });
      }
      sent.push(`${kind}:${period.label}`);
    }
    return sent;
  }

  /** Sends every report that is due at `now`; returns what was sent, per tenant. */
  async function runDue(now = new Date()): Promise<Record<string, string[]>> {
    const result: Record<string, string[]> = {};
    for (const tenantId of await deps.analytics.scheduledTenants()) {
      try {
        const sent = await sendDue(tenantId, now);
        if (sent.length > 0) result[tenantId] = sent;
      } catch (error) {
        deps.onError(error, tenantId);
      }
    }
    return result;
  }

  return {
    runDue,
    start() {
      const tick = () => {
        void runDue().finally(() => {
          timer = setTimeout(tick, deps.intervalMs ?? 600_000);
          timer.unref();
        });
      };
      timer = setTimeout(tick, 30_000);
      timer.unref();
    },
    stop() {
      if (timer) clearTimeout(timer);
      timer = undefined;
    },
  };
}
