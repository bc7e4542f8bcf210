import assert from 'node:assert/strict';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { loadConfig } from './config.js';

test('defaults follow the contract', () => {
  const config = loadConfig({});
  assert.equal(config.port, 3000);
  assert.equal(config.host, '127.0.0.1');
  assert.equal(config.dataDir, path.resolve('./data'));
  assert.equal(config.databaseUrl, undefined);
  assert.equal(config.isDemoEnabled, true);
  assert.equal(loadConfig({ TSUNAGI_DEMO: '0' }).isDemoEnabled, false);
});

test('bad values stop the start with a message naming the variable', () => {
  assert.throws(() => loadConfig({ PORT: 'eighty' }), /PORT/);
  assert.throws(() => loadConfig({ DATABASE_URL: 'mysql://x' }), /DATABASE_URL/);
  assert.throws(() => loadConfig({ TSUNAGI_OWNER_EMAIL: 'o@x.test' }), /set together/);
});

test('the language model is off by default and on with a base URL and a model', () => {
  assert.equal(loadConfig({}).llm, undefined);
  assert.deepEqual(
    loadConfig({
      LLM_BASE_URL: 'https://llm.example.test/v1/',
      LLM_MODEL: 'small-model',
      LLM_API_KEY: 'sk-secret',
    }).llm,
    { baseUrl: 'https://llm.example.test/v1', apiKey: 'sk-secret', model: 'small-model' },
  );
  assert.equal(
    loadConfig({ LLM_BASE_URL: 'http://127.0.0.1:11434/v1', LLM_MODEL: 'local' }).llm?.apiKey,
    undefined,
    'local models need no key',
  );
  assert.throws(() => loadConfig({ LLM_BASE_URL: 'https://llm.example.test/v1' }), /LLM_MODEL/);
  assert.throws(() => loadConfig({ LLM_MODEL: 'small-model' }), /LLM_BASE_URL/);
  assert.throws(() => loadConfig({ LLM_API_KEY: 'sk-secret' }), /LLM_BASE_URL/);
  assert.throws(
    () => loadConfig({ LLM_BASE_URL: 'ftp://llm.example.test', LLM_MODEL: 'm' }),
    /LLM_BASE_URL/,
  );
});

test("the answer policy's thread: off outside production, on there when the machine affords it", () => {
  assert.equal(loadConfig({}).policyThread, false);
  const production = { NODE_ENV: 'production', TSUNAGI_SECRET_KEY: 'k'.repeat(64) };
  const affords = os.availableParallelism() >= 2 && os.totalmem() >= 4 * 1024 ** 3;
  assert.equal(loadConfig(production).policyThread, affords);
  assert.equal(loadConfig({ ...production, POLICY_THREAD: 'off' }).policyThread, false);
  assert.equal(loadConfig({ POLICY_THREAD: 'on' }).policyThread, true);
  assert.throws(() => loadConfig({ POLICY_THREAD: 'yes' }), /POLICY_THREAD/);
});
