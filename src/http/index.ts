export { buildHttpApp, type HttpAppOptions } from './http-app.js';
export { type MetricsServer, startMetricsServer } from './metrics-server.js';
export type { Services } from './services.js';
