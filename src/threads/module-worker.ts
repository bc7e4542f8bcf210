import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

/**
 * A worker thread running the module `name` that sits beside the caller (`from` is its
 * `import.meta.url`): the compiled file in production; under the TypeScript loader (tests,
 * development) the thread registers the loader before importing it.
 */
export function startModuleWorker(from: string, name: string): Worker {
  const here = fileURLToPath(from);
  const entry = path.join(path.dirname(here), `${name}${path.extname(here)}`);
  return entry.endsWith('.ts')
    ? new Worker(
        `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(pathToFileURL(entry).href)}); });`,
        { eval: true },
      )
    : new Worker(entry);
}
