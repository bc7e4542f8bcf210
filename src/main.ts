import { startTsunagi } from './app.js';
import { ConfigError, createLogger, loadConfig } from './config/index.js';
import { demoCredentials } from './demo/index.js';

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
  const logger = createLogger(config.logLevel);
  let isDemoCreated = false;
  const tsunagi = await startTsunagi({
    config,
    logger,
    onDemoCreated: () => {
      isDemoCreated = true;
    },
  });
  const base = config.publicUrl ?? tsunagi.url;
  const lines = [
    '',
    `  Tsunagi is running at ${base}`,
    `  Operator console:  ${base}/console/`,
    `  Demo shop + chat:  ${base}/demo`,
    `  API (OpenAPI):     ${base}/api/v1/openapi.json`,
  ];
  if (isDemoCreated) {
    lines.push(
      '',
      '  Demo workspace created (tenant "demo", widget key "demo"):',
      `    admin   ${demoCredentials.admin.email} / ${demoCredentials.admin.password}`,
      ...demoCredentials.agents.map((a) => `    agent   ${a.email} / ${a.password}`),
    );
  }
  process.stdout.write(`${lines.join('\n')}\n\n`);

  const shutdown = (signal: string) => {
    logger.info({ signal }, 'shutting down');
    tsunagi.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
}

main().catch((error: unknown) => {
  process.stderr.write(
    `Tsunagi failed to start: ${error instanceof Error ? error.stack : String(error)}\n`,
  );
  process.exit(1);
});
