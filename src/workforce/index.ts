export {
  erlangAFigures,
  erlangB,
  erlangC,
  erlangCFigures,
  requiredAgents,
  type StaffingInput,
} from './erlang.js';
export { backtest, forecastHours, mape, seasonalNaive } from './forecast.js';
export { isTimeZone, type Schedule } from './schedule.js';
export { bandOf, DEFAULT_BANDS, utilisationOf } from './utilisation.js';
export { createWorkforceRepository, type WorkforceRepository } from './workforce.repository.js';
export { createWorkforceService, type WorkforceService } from './workforce.service.js';
