import assert from 'node:assert/strict';
import { execFile, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { demo, startTestServer, type TestServer } from './support/harness.js';

const doc = fs.readFileSync(path.resolve('docs/INTEGRATE.md'), 'utf8');
/** The page's `sh` blocks, in order: one script, as an integrator would run them. */
const script = [...doc.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1]).join('\n');
const haveTools = ['curl', 'jq', 'openssl'].every(
  (tool) => spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0,
);

describe('docs/INTEGRATE.md', { skip: !haveTools && 'needs curl, jq and openssl' }, () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(() => server.cleanup());

  test('every example runs against the real server', async () => {
    assert.ok(script.split('\n').length > 10, 'the page has its examples');
    // Asynchronously: the server answering the examples runs in this process.
    const run = await new Promise<{ status: number; stdout: string; stderr: string }>((resolve) => {
      execFile(
        'bash',
        ['-euo', 'pipefail', '-c', script],
        {
          env: {
            ...process.env,
            BASE: server.url,
            TENANT: demo.tenantId,
            WIDGET_KEY: demo.widgetKey,
            ADMIN_EMAIL: demo.admin.email,
            ADMIN_PASSWORD: demo.admin.password,
          },
          encoding: 'utf8',
          timeout: 60_000,
        },
        (error, stdout, stderr) =>
          resolve({ status: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
      );
    });
    assert.equal(run.status, 0, `${run.stdout}\n${run.stderr}`);
  });
});
