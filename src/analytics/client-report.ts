import ExcelJS from 'exceljs';
import type { AnalyticsService } from './analytics.service.js';
import { type Period, previousPeriod, type ReportKind, reportPeriod } from './periods.js';

type Summary = Awaited<ReturnType<AnalyticsService['summary']>>;
type Keywords = Awaited<ReturnType<AnalyticsService['keywords']>>;

export type ClientReport = {
  tenantName: string;
  period: Period;
  previous: Period;
  timeZone: string;
  current: Summary;
  before: Summary;
  keywords: Keywords;
  notes: string[];
};

const pct = (n: number) => `${(n * 100).toFixed(1)}%`;

/** Gathers what a weekly or monthly client report holds. */
export async function buildClientReport(
  analytics: AnalyticsService,
  options: { tenantId: string; tenantName: string; kind: ReportKind; period: string },
): Promise<ClientReport> {
  const timeZone = await analytics.timeZoneOf(options.tenantId);
  const period = reportPeriod(options.kind, options.period, timeZone);
  const previous = previousPeriod(period, timeZone);
  const [current, before, keywords] = await Promise.all([
    analytics.summary(options.tenantId, period),
    analytics.summary(options.tenantId, previous),
    analytics.keywords(options.tenantId, period, 30),
  ]);
  return {
    tenantName: options.tenantName,
    period,
    previous,
    timeZone,
    current,
    before,
    keywords,
    notes: improvementNotes(current, before, keywords),
  };
}

/** Plain observations a supervisor starts the report's notes from. */
function improvementNotes(current: Summary, before: Summary, keywords: Keywords): string[] {
  const notes: string[] = [];
  const delta = current.containmentRate - before.containmentRate;
  if (before.conversations > 0 && Math.abs(delta) >= 0.05) {
    notes.push(
      `Containment ${delta > 0 ? 'rose' : 'fell'} from ${pct(before.containmentRate)} to ${pct(current.containmentRate)}.`,
    );
  }
  if (current.handedOff > 0 && current.responseRate < 0.98) {
    notes.push(
      `Response rate ${pct(current.responseRate)} is under 98%: ${current.abandoned} handed-off conversations were never answered.`,
    );
  }
  if (current.firstResponseSeconds && current.firstResponseSeconds.p90 > 120) {
    notes.push(
      `1 in 10 customers waited over ${Math.round(current.firstResponseSeconds.p90)} s for a first reply.`,
    );
  }
  for (const term of keywords.rising.slice(0, 3)) {
    notes.push(
      `Rising call reason: "${term.term}" (${term.previousCount} → ${term.count}); consider a FAQ for it.`,
    );
  }
  if (current.csat && current.csat.average < 4) {
    notes.push(`CSAT averaged ${current.csat.average} over ${current.csat.count} ratings.`);
  }
  return notes;
}

/** The report's tables, each a title and rows (the first row the header). */
export function reportTables(
  r: ClientReport,
): { title: string; rows: (string | number | null)[][] }[] {
  const metric = (
    label: string,
    pick: (s: Summary) => number | null,
  ): (string | number | null)[] => [label, pick(r.current), pick(r.before)];
  return [
    {
      title: 'Summary',
      rows: [
        ['Metric', `${r.period.label}`, `${r.previous.label}`],
        metric('Conversations', (s) => s.conversations),
        metric('Bot resolved', (s) => s.botResolved),
        metric('Handed off', (s) => s.handedOff),
        metric('Containment rate', (s) => s.containmentRate),
        metric('Response rate (応答率)', (s) => s.responseRate),
        metric('Abandoned', (s) => s.abandoned),
        metric('SLA met rate', (s) => s.slaMetRate),
        metric('First response median (s)', (s) => s.firstResponseSeconds?.median ?? null),
        metric('First response p90 (s)', (s) => s.firstResponseSeconds?.p90 ?? null),
        metric('Handle time median (s)', (s) => s.handleSeconds?.median ?? null),
        metric(
          'First response median, business hours (s)',
          (s) => s.firstResponseBusinessSeconds?.median ?? null,
        ),
        metric(
          'First response p90, business hours (s)',
          (s) => s.firstResponseBusinessSeconds?.p90 ?? null,
        ),
        metric(
          'Handle time median, business hours (s)',
          (s) => s.handleBusinessSeconds?.median ?? null,
        ),
        metric('CSAT average', (s) => s.csat?.average ?? null),
        metric('CSAT ratings', (s) => s.csat?.count ?? 0),
        metric('Conversions', (s) => s.conversion.conversions),
        metric('Conversion value', (s) => s.conversion.value),
        metric('Visitors (widget, per day)', (s) => s.conversion.visitors),
        metric('Visitors without a chat', (s) => s.conversion.visitorsWithoutChat),
        metric('Purchases without a chat', (s) => s.conversion.noChatConversions),
        metric('Conversion rate without a chat', (s) => s.conversion.noChatRate),
        metric('Saved by the bot', (s) => s.roi?.saved ?? null),
      ],
    },
    {
      title: 'Daily',
      rows: [
        ['Date', 'Conversations', 'Bot resolved', 'Handed off', 'Answered', 'Abandoned', 'CSAT'],
        ...r.current.byDay.map((d) => [
          d.date,
          d.conversations,
          d.botResolved,
          d.handedOff,
          d.answered,
          d.abandoned,
          d.csatAverage,
        ]),
      ],
    },
    {
      title: 'Channels',
      rows: [
        ['Channel', 'Conversations', 'Previous'],
        ...Object.entries(r.current.byChannel).map(([channel, n]) => [
          channel,
          n,
          r.before.byChannel[channel] ?? 0,
        ]),
      ],
    },
    {
      title: 'Hours',
      rows: [
        [`Hour (${r.timeZone})`, 'Conversations'],
        ...r.current.byHour.map((n, hour) => [`${String(hour).padStart(2, '0')}:00`, n]),
      ],
    },
    {
      title: 'Categories',
      rows: [
        ['Category', 'Handed off', 'Resolved', 'CSAT'],
        ...r.current.byCategory.map((c) => [c.key, c.handedOff, c.resolved, c.csatAverage]),
      ],
    },
    {
      title: 'Keywords',
      rows: [
        ['Term', 'Conversations', 'Previous period', 'Change'],
        ...r.keywords.keywords.map((k) => [
          k.term,
          k.count,
          k.previousCount,
          k.count - k.previousCount,
        ]),
      ],
    },
    {
      title: 'Notes',
      rows: [['Improvement notes'], ...r.notes.map((n) => [n])],
    },
  ];
}

const csvCell = (v: string | number | null) => {
  if (v === null) return '';
  const s = String(v);
  // A leading = + - @ would run as a formula in a spreadsheet (CSV injection).
  const safe = /^[=+\-@\t\r]/.test(s) && typeof v === 'string' ? `'${s}` : s;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
};

/** The report as CSV: one section per table, separated by an empty line; with a BOM for Excel. */
export function reportToCsv(r: ClientReport): string {
  const lines = [`${csvCell(r.tenantName)},${r.period.kind} report,${r.period.label}`, ''];
  for (const table of reportTables(r)) {
    lines.push(csvCell(table.title));
    for (const row of table.rows) lines.push(row.map(csvCell).join(','));
    lines.push('');
  }
  return `\uFEFF${lines.join('\r\n')}`;
}

/** The report as an XLSX workbook: one sheet per table. */
export async function reportToXlsx(r: ClientReport): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Tsunagi';
  workbook.created = new Date(r.period.to);
  for (const table of reportTables(r)) {
    const sheet = workbook.addWorksheet(table.title);
    for (const row of table.rows) sheet.addRow(row);
    sheet.getRow(1).font = { bold: true };
    sheet.columns.forEach((column, i) => {
      column.width = i === 0 ? 32 : 16;
    });
  }
  const summary = workbook.getWorksheet('Summary');
  if (summary) {
    summary.insertRow(1, [
      `${r.tenantName} — ${r.period.kind} report ${r.period.label} (${r.timeZone})`,
    ]);
    summary.getRow(1).font = { bold: true, size: 14 };
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
