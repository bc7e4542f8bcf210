import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/** How often the background connection moves committed WAL pages into the database file. */
const INTERVAL_MS = 100;

/**
 * The checkpointer's code, run as a worker thread (inline, so the built server and the tests
 * under tsx load it the same way). It opens its own connection and runs PASSIVE checkpoints,
 * which never block the writer or readers.
 */
const workerSource = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file, { fileMustExist: true });
db.pragma('busy_timeout = 1000');
db.pragma('synchronous = NORMAL');
let timer;
const tick = () => {
  try {
    db.pragma('wal_checkpoint(PASSIVE)');
  } catch (error) {
    parentPort.postMessage({ error: String(error && error.message || error) });
  }
  timer = setTimeout(tick, workerData.intervalMs);
};
timer = setTimeout(tick, workerData.intervalMs);
parentPort.on('message', (message) => {
  if (message !== 'stop') return;
  clearTimeout(timer);
  db.close();
  parentPort.close();
});
`;

export type Checkpointer = { close: () => Promise<void> };

/**
 * Checkpoints a WAL-mode SQLite database from a worker thread. SQLite otherwise checkpoints
 * inside the COMMIT that crosses `wal_autocheckpoint` pages: copying the pages and two fsyncs
 * on the event loop, which was about half of what a commit cost and its slowest pauses. The
 * main connection keeps a high `wal_autocheckpoint` as a backstop should this thread fall
 * behind. Commits are exactly as durable as before: this only moves already-committed pages.
 */
export function startCheckpointer(
  file: string,
  onError: (message: string) => void = () => {},
): Checkpointer {
  const worker = new Worker(workerSource, {
    eval: true,
    execArgv: [],
    workerData: {
      file,
      driver: createRequire(import.meta.url).resolve('better-sqlite3'),
      intervalMs: INTERVAL_MS,
    },
  });
  worker.unref();
  worker.on('message', (message: { error?: string }) => {
    if (message.error) onError(message.error);
  });
  worker.on('error', (error) => onError(String(error)));
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  let closing: Promise<void> | undefined;
  return {
    close() {
      closing ??= (async () => {
        worker.postMessage('stop');
        const timeout = setTimeout(() => void worker.terminate(), 2000);
        await exited;
        clearTimeout(timeout);
      })();
      return closing;
    },
  };
}
