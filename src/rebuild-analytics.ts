import { createAnalyticsRepository, createAnalyticsService } from './analytics/index.js';
import { createInProcessBus } from './bus/index.js';
import { ConfigError, loadConfig } from './config/index.js';
import { migrateToLatest, openDatabase } from './db/index.js';

/**
 * `npm run analytics:rebuild [tenantId…]`: recomputes the analytics rollups, outcomes and
 * call-reason terms from the fact log and the stored messages (every tenant when none is
 * named). Run it on a quiet installation: facts recorded while it runs may be lost from the
 * rollups until the next rebuild.
 */
async function main(): Promise<void> {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
  const database = openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  await migrateToLatest(database.db, database.dialect);
  const repository = createAnalyticsRepository(database.db, database.dialect);
  const bus = createInProcessBus(() => {});
  const analytics = createAnalyticsService({
    analytics: repository,
    bus,
    onError: (error) => process.stderr.write(`${String(error)}\n`),
  });
  const named = process.argv.slice(2);
  const tenantIds = named.length > 0 ? named : await repository.tenantIds();
  for (const tenantId of tenantIds) {
    const started = Date.now();
    const result = await analytics.rebuild(tenantId);
    process.stdout.write(
      `${tenantId}: ${result.facts} facts, ${result.conversations} conversations in ${Date.now() - started} ms\n`,
    );
  }
  analytics.stop();
  await bus.close();
  await database.close();
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
