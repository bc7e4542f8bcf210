/**
 * The served OpenAPI document and the TypeScript types generated from it, used by the test that
 * keeps the console's types from drifting and by `npm run api:types`, which rewrites them.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { startTsunagi } from '../src/app.js';
import { loadConfig } from '../src/config/index.js';

export const generatedTypesPath = path.resolve(
  import.meta.dirname,
  '../web/src/api/openapi.gen.ts',
);

/** Starts a throwaway server (SQLite in a temp dir, no demo) and reads its document. */
export async function servedDocument(): Promise<Record<string, unknown>> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tsunagi-openapi-'));
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    LOG_LEVEL: 'silent',
    SMTP_PORT: '0',
    TSUNAGI_DEMO: '0',
  });
  const tsunagi = await startTsunagi({ config });
  try {
    const res = await fetch(`${tsunagi.url}/api/v1/openapi.json`);
    return (await res.json()) as Record<string, unknown>;
  } finally {
    await tsunagi.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

const banner = `// Generated from the served OpenAPI document by \`npm run api:types\` (openapi-typescript).
// Do not edit: a change of the API shows up here, and the test of the document fails until
// this file is regenerated.
`;

/** The console's API types, as openapi-typescript writes them for the document. */
export async function generateTypes(document: Record<string, unknown>): Promise<string> {
  // openapi-typescript takes its input as a parsed object; a deep copy keeps ours untouched.
  const ast = await openapiTS(structuredClone(document) as never, { alphabetize: true });
  return `${banner}\n${astToString(ast)}`;
}

if (import.meta.filename === process.argv[1]) {
  const types = await generateTypes(await servedDocument());
  fs.writeFileSync(generatedTypesPath, types);
  console.log(`wrote ${path.relative(process.cwd(), generatedTypesPath)}`);
}
