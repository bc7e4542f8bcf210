export {
  type AnalyticsRepository,
  type AnalyticsSettings,
  createAnalyticsRepository,
  type ExportRow,
} from './analytics.repository.js';
export { type AnalyticsService, createAnalyticsService, type Range } from './analytics.service.js';
export {
  buildClientReport,
  type ClientReport,
  reportToCsv,
  reportToXlsx,
} from './client-report.js';
export * from './definitions.js';
export {
  isCalendarDate,
  lastCompletePeriod,
  localParts,
  type Period,
  previousPeriod,
  type ReportKind,
  reportPeriod,
} from './periods.js';
export { createReportSchedule, type ReportMail } from './report-schedule.js';
