import type { Worker } from 'node:worker_threads';
import { startModuleWorker } from '../threads/index.js';
import type { AnalyseOptions } from './analyse-call.js';
import type { AnalyseReply } from './call-worker.js';

/**
 * One worker thread that analyses recordings one at a time: decoding and voice activity are
 * CPU work that would otherwise stall every request on the event loop. The thread is started
 * on first use and replaced if it dies.
 */
export function createCallAnalyser() {
  let worker: Worker | null = null;
  let nextId = 1;
  const waiting = new Map<number, (reply: AnalyseReply) => void>();

  const start = () => {
    const w = startModuleWorker(import.meta.url, 'call-worker');
    w.on('message', (reply: AnalyseReply) => {
      waiting.get(reply.id)?.(reply);
      waiting.delete(reply.id);
    });
    w.on('error', (error) => {
      for (const [id, resolve] of waiting) {
        resolve({ id, ok: false, reason: 'error', message: error.message });
      }
      waiting.clear();
      worker = null;
    });
    w.on('exit', () => {
      if (worker === w) worker = null;
    });
    w.unref();
    return w;
  };

  return {
    analyse(file: string, options: AnalyseOptions): Promise<AnalyseReply> {
      worker ??= start();
      const id = nextId++;
      const promise = new Promise<AnalyseReply>((resolve) => waiting.set(id, resolve));
      worker.postMessage({ id, file, options });
      return promise;
    },
    async close() {
      await worker?.terminate();
      worker = null;
    },
  };
}

export type CallAnalyser = ReturnType<typeof createCallAnalyser>;
