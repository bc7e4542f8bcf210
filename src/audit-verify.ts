import { createAuditRepository, createAuditService } from './audit/index.js';
import { ConfigError, loadConfig } from './config/index.js';
import { openDatabase } from './db/index.js';

/**
 * `npm run audit:verify [tenantId…]`: walks each tenant's audit chain in the database the
 * server uses (same environment) and names the first broken entry. Exits 1 if any chain is
 * broken, so a cron job or monitoring can alert on it.
 */
async function main(): Promise<number> {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      return 2;
    }
    throw error;
  }
  const database = openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    const audit = createAuditService({ audit: createAuditRepository(database.db) });
    const asked = process.argv.slice(2);
    const tenantIds = asked.length > 0 ? asked : await audit.tenantIds();
    let isBroken = false;
    for (const tenantId of tenantIds) {
      const result = await audit.verify(tenantId);
      if (result.ok) {
        process.stdout.write(`${tenantId}: ok (${result.checked} entries)\n`);
      } else {
        isBroken = true;
        process.stdout.write(
          `${tenantId}: BROKEN at entry ${result.brokenAt} (after ${result.checked} good entries)\n`,
        );
      }
    }
    return isBroken ? 1 : 0;
  } finally {
    await database.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${String(error)}\n`);
    process.exit(2);
  },
);
