export { buildHttpApp, type HttpAppOptions } from './http-app.js';
export type { Services } from './services.js';
