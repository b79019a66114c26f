// Entry point: `npm start` (everything, embedded defaults), `npm run api`, `npm run worker`,
// `npm run migrate`.
//
// Two streams. stderr is the log: JSON lines only (src/logger.ts; Temporal's own logs are routed
// into it below), for a collector. stdout is for the person running Remit: the banner, how a stop
// goes, migrate's result, why it could not start. The person gets stdout, not the log's stream,
// because scripts and tests wait for the banner and "stopped cleanly" there (test/faults/startKill).
import { Runtime, DefaultLogger, type LogLevel } from '@temporalio/worker';
import { ConfigError, loadConfig } from './config';
import { migrate, openDatabase } from './db';
import { createLogger, type Logger } from './logger';
import { startRemit, type Mode, type Remit } from './remit';

const TEMPORAL_LEVELS = { TRACE: 'debug', DEBUG: 'debug', INFO: 'info', WARN: 'warn', ERROR: 'error' } as const satisfies Record<LogLevel, string>;
let logger: Logger | undefined;

async function main() {
  const started = Date.now();
  const arg = process.argv[2] ?? 'all';
  if (!['all', 'api', 'worker', 'migrate'].includes(arg)) {
    console.log(`usage: tsx src/main.ts [all|api|worker|migrate] (got "${arg}")`);
    process.exit(2);
  }
  const config = loadConfig();
  logger = createLogger(config.REMIT_LOG_LEVEL);
  const temporalLog = logger.child({ component: 'temporal' });
  // No signal handlers of the SDK's own: shutdown has one owner, remit.stop() below, which
  // stops the workers in its order (after the HTTP server has answered what it was handling).
  Runtime.install({
    logger: new DefaultLogger(config.REMIT_LOG_LEVEL === 'debug' ? 'DEBUG' : 'WARN', (e) => temporalLog[TEMPORAL_LEVELS[e.level]](e.message, e.meta)),
    shutdownSignals: [],
  });

  if (arg === 'migrate') {
    if (!config.DATABASE_URL) throw new ConfigError('Invalid configuration:\n  DATABASE_URL: required for `npm run migrate` (the embedded database migrates itself at start)');
    const db = await openDatabase({ url: config.DATABASE_URL });
    try {
      console.log(`applied: ${(await migrate(db)).join(', ')}`);
    } finally {
      await db.close();
    }
    return;
  }

  // Signals are Remit's from the start: one during start-up stops what has started so far.
  let signalled: string | undefined;
  let remit: Remit | undefined;
  const shutdown = async (signal: string) => {
    if (signalled) return;
    signalled = signal;
    if (!remit) return; // start-up sees it and stops
    console.log(`\n${signal}: shutting down...`);
    await remit.stop();
    console.log('stopped cleanly');
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  remit = await startRemit({ config, mode: arg as Mode, logger });
  if (signalled) {
    console.log(`${signalled} during start-up: shutting down...`);
    await remit.stop();
    process.exit(0);
  }
  const lines = [`Remit is running (${arg}) — started in ${((Date.now() - started) / 1000).toFixed(1)} s`];
  if (remit.url) lines.push(`  API            ${remit.url}   (OpenAPI: ${remit.url}/openapi.json)`);
  lines.push(`  Temporal       ${remit.temporal.address} namespace ${remit.temporal.namespace}${remit.temporal.cliSource ? ` (dev server, CLI from ${remit.temporal.cliSource})` : ''}`);
  if (remit.temporal.uiUrl) lines.push(`  Temporal UI    ${remit.temporal.uiUrl}`);
  lines.push(`  Database       ${remit.databaseLabel}`);
  if (remit.url) {
    const where = remit.generatedSecrets.length || config.embeddedDatabase ? ` (kept in ${config.dataDir}/secrets.json)` : '';
    lines.push(`  API key        ${remit.apiKey}${config.REMIT_API_KEY ? '' : where}`);
    lines.push(`  Webhook secret ${remit.webhookSecret}${config.REMIT_WEBHOOK_SECRET ? '' : where}`);
  }
  lines.push('Press Ctrl-C to stop.');
  console.log(lines.join('\n'));
}

main().catch((err: unknown) => {
  const reason = err instanceof ConfigError ? err.message : err instanceof Error ? (err.stack ?? err.message) : String(err);
  (logger ?? createLogger()).error('Remit could not run', { error: reason });
  console.log(reason);
  process.exit(1);
});
