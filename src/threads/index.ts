export { startModuleWorker } from './module-worker.js';
