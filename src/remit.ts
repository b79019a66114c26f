// Assembles Remit: Temporal (embedded dev server or a cluster), PostgreSQL (embedded or a
// server), the follow-up worker, the HTTP API and the reconciler, in one process or
// as separate `api` / `worker` processes.
import type { Server } from 'node:http';
import { join } from 'node:path';
import { mkdirSync } from 'node:fs';
import { Client, type Connection } from '@temporalio/client';
import type { NativeConnection, Worker, WorkflowBundleOption } from '@temporalio/worker';
import { createActivities } from '../activities';
import { createApp } from './api/app';
import { gracefulClose } from './api/gracefulClose';
import { createChannels } from './channels';
import type { ChannelAdapters } from './channels/types';
import { ConfigError, type Config } from './config';
import { migrate, openDatabase, type Database } from './db';
import { startEmbeddedPostgres } from './embeddedPostgres';
import { createLogger, type Logger } from './logger';
import { loadSecrets } from './secrets';
import { complianceSettings } from './services/compliance';
import { ConsentService } from './services/consents';
import { SequencePreview } from './services/preview';
import { InvoicePage } from './services/invoicePage';
import { FollowUpDispatcher } from './services/dispatcher';
import { defaultReplyReader } from './domain/intent/readReply';
import { FollowUpService } from './services/followUps';
import { taskSettings } from './services/tasks';
import { TaskTimers } from './services/taskTimers';
import { PaymentWebhookInbox } from './services/paymentWebhooks';
import { ResendEvents } from './services/resendEvents';
import { StripeEvents } from './services/stripeEvents';
import { TwilioEvents } from './services/twilioEvents';
import { TemporalCalls } from './temporal/calls';
import { startDevServer, type DevServer } from './temporal/devServer';
import { connectWorker, createClient, ensureSearchAttributes } from './temporal/connection';
import { createFollowUpWorker, createMessagingWorker } from './temporal/worker';
import { durationMs } from './domain/duration';
import { messagingTaskQueue } from '../workflows/definitions';

/** Longest a stop waits for the requests being answered. */
const HTTP_DRAIN_MS = 10_000;

export type Mode = 'all' | 'api' | 'worker';

export interface RemitOptions {
  config: Config;
  mode?: Mode;
  /** Tests pass their own database and channels. */
  database?: Database;
  channels?: ChannelAdapters;
  workflowBundle?: WorkflowBundleOption;
  logger?: Logger;
}

export interface Remit {
  url?: string;
  port?: number;
  apiKey: string;
  webhookSecret: string;
  generatedSecrets: string[];
  temporal: { address: string; namespace: string; uiUrl?: string; cliSource?: string };
  database: Database;
  /** Where the database is, for people: "PostgreSQL 18 (embedded) in …" or "PostgreSQL (DATABASE_URL)". */
  databaseLabel: string;
  client: Client;
  service?: FollowUpService;
  dispatcher?: FollowUpDispatcher;
  worker?: Worker;
  stop(): Promise<void>;
}

export async function startRemit(opts: RemitOptions): Promise<Remit> {
  const { config } = opts;
  const mode = opts.mode ?? 'all';
  const logger = opts.logger ?? createLogger(config.REMIT_LOG_LEVEL);
  if (mode !== 'all' && !config.DATABASE_URL && !opts.database) {
    throw new ConfigError(
      'Invalid configuration:\n  DATABASE_URL: required to run the API and the worker as separate processes (the embedded PostgreSQL belongs to `npm start`; its URL works here too)',
    );
  }
  const secrets = loadSecrets(config);
  const compliance = complianceSettings(config, secrets.webhookSecret);
  const cleanups: (() => Promise<unknown>)[] = [];
  let stopping: Promise<void> | undefined;
  // Once: a second call (a second signal, a test's cleanup) waits for the first.
  const stop = () =>
    (stopping ??= (async () => {
      for (const fn of [...cleanups].reverse()) {
        await fn().catch((err: Error) => logger.warn('shutdown step failed', { error: err.message }));
      }
    })());

  try {
    // Temporal
    let devServer: DevServer | undefined;
    let address = config.TEMPORAL_ADDRESS;
    if (!address) {
      mkdirSync(config.dataDir, { recursive: true });
      devServer = await startDevServer({
        ...(config.TEMPORAL_CLI_PATH ? { cliPath: config.TEMPORAL_CLI_PATH } : {}),
        dbFile: join(config.dataDir, 'temporal.sqlite'),
        port: config.TEMPORAL_DEV_SERVER_PORT,
        uiPort: config.TEMPORAL_UI_PORT,
        namespace: config.TEMPORAL_NAMESPACE,
        logFile: join(config.dataDir, 'temporal.log'),
        logger,
      });
      cleanups.push(() => devServer!.stop());
      address = devServer.address;
    }
    const target = { address, namespace: config.TEMPORAL_NAMESPACE };

    // Database
    let databaseLabel = opts.database ? 'PostgreSQL (given)' : 'PostgreSQL (DATABASE_URL)';
    let databaseUrl = config.DATABASE_URL;
    if (!opts.database && !databaseUrl) {
      const embedded = await startEmbeddedPostgres({
        dataDir: join(config.dataDir, 'postgres'),
        port: config.REMIT_POSTGRES_PORT,
        password: secrets.databasePassword!,
        logFile: join(config.dataDir, 'postgres.log'),
        logger,
      });
      cleanups.push(() => embedded.stop());
      databaseUrl = embedded.url;
      databaseLabel = `PostgreSQL ${embedded.version} (embedded) in ${join(config.dataDir, 'postgres')}, 127.0.0.1:${embedded.port}`;
    }
    const database = opts.database ?? (await openDatabase({ url: databaseUrl! }));
    if (!opts.database) cleanups.push(() => database.close());
    await migrate(database);

    const { client, connection } = createClient(target);
    cleanups.push(() => connection.close());
    if (mode !== 'api') await registerSearchAttributes(connection, target.namespace, logger);

    const remit: Remit = {
      apiKey: secrets.apiKey,
      webhookSecret: secrets.webhookSecret,
      generatedSecrets: secrets.generated,
      temporal: { ...target, ...(devServer?.uiUrl ? { uiUrl: devServer.uiUrl } : {}), ...(devServer ? { cliSource: devServer.cliSource } : {}) },
      database,
      databaseLabel,
      client,
      stop,
    };

    // Worker
    let eagerStarts: Client | undefined;
    if (mode !== 'api') {
      const nativeConnection: NativeConnection = await connectWorker(target);
      if (mode === 'all') eagerStarts = new Client({ connection: nativeConnection, namespace: target.namespace });
      cleanups.push(() => nativeConnection.close());
      const activities = createActivities({
        db: database.prisma,
        channels: opts.channels ?? createChannels(config, logger),
        defaultTimezone: config.REMIT_DEFAULT_TIMEZONE,
        defaultLocale: config.REMIT_DEFAULT_LOCALE,
        compliance,
        tasks: taskSettings(config),
      });
      const worker = await createFollowUpWorker({
        connection: nativeConnection,
        namespace: target.namespace,
        taskQueue: config.REMIT_TASK_QUEUE,
        activities,
        limits: {
          maxCachedWorkflows: config.REMIT_WORKER_MAX_CACHED_WORKFLOWS,
          maxConcurrentActivityTaskExecutions: config.REMIT_WORKER_MAX_CONCURRENT_ACTIVITIES,
          maxConcurrentWorkflowTaskExecutions: config.REMIT_WORKER_MAX_CONCURRENT_WORKFLOW_TASKS,
          stickyQueueScheduleToStartTimeoutMs: config.REMIT_WORKER_STICKY_TIMEOUT_MS,
        },
        ...(opts.workflowBundle ? { workflowBundle: opts.workflowBundle } : {}),
      });
      // SMS and WhatsApp sends, paced by the server across every worker of that queue.
      const messagingWorker = await createMessagingWorker({
        connection: nativeConnection,
        namespace: target.namespace,
        taskQueue: messagingTaskQueue(config.REMIT_TASK_QUEUE),
        activities,
        ratePerSecond: config.REMIT_SMS_RATE_PER_SECOND,
      });
      for (const w of [worker, messagingWorker]) {
        const running = w.run().catch((err: Error) => logger.error('worker stopped with an error', { error: err.message }));
        cleanups.push(async () => {
          if (w.getState() === 'RUNNING') w.shutdown();
          await running;
        });
      }
      remit.worker = worker;
    }

    // API and reconciler
    if (mode !== 'worker') {
      const calls = new TemporalCalls();
      // Cleanups run last first: the HTTP server closes, the dispatcher waits for the
      // deliveries under way, then every call to Temporal settles before its connection closes.
      cleanups.push(() => calls.settled());
      const dispatcher = new FollowUpDispatcher(database.prisma, client, calls, config.REMIT_TASK_QUEUE, logger, eagerStarts);
      cleanups.push(() => dispatcher.stop());
      const taskTimers = new TaskTimers(database.prisma, client, calls, config.REMIT_TASK_QUEUE, logger);
      const service = new FollowUpService({
        db: database.prisma,
        client,
        calls,
        dispatcher,
        defaultTimezone: config.REMIT_DEFAULT_TIMEZONE,
        maxMessages: config.REMIT_MAX_MESSAGES_PER_INVOICE,
        behaviour: {
          unopenedPivotAfterMs: durationMs(config.REMIT_UNOPENED_PIVOT_AFTER),
          openedUnpaidAfterMs: durationMs(config.REMIT_OPENED_UNPAID_AFTER),
          mergeWindowMs: durationMs(config.REMIT_BEHAVIOUR_MERGE_WINDOW),
        },
        dueDateLimits: { maxPastMs: durationMs(config.REMIT_DUE_DATE_MAX_PAST), maxFutureMs: durationMs(config.REMIT_DUE_DATE_MAX_FUTURE) },
        // Trained from the corpus in the repo on the first customer message, once per process.
        reader: defaultReplyReader,
        promiseGraceDays: config.REMIT_PROMISE_GRACE_DAYS,
        answers: { compliance, maxSmsSegments: config.REMIT_SMS_MAX_SEGMENTS },
        tasks: taskSettings(config),
        kickTimers: taskTimers.kick,
        ...(config.REMIT_PROMISE_CONFIRMATION ? { promiseConfirmation: { defaultLocale: config.REMIT_DEFAULT_LOCALE } } : {}),
      });
      const preview = new SequencePreview({
        db: database.prisma,
        followUps: service,
        settings: compliance,
        defaultTimezone: config.REMIT_DEFAULT_TIMEZONE,
        defaultLocale: config.REMIT_DEFAULT_LOCALE,
        maxMessages: config.REMIT_MAX_MESSAGES_PER_INVOICE,
      });
      const app = createApp({
        service,
        paymentWebhooks: new PaymentWebhookInbox(database.prisma, service, dispatcher),
        twilioEvents: new TwilioEvents(database.prisma, service),
        resendEvents: new ResendEvents(database.prisma, service, config.RESEND_API_KEY, config.RESEND_BASE_URL),
        stripeEvents: new StripeEvents(database.prisma, service, logger, config.STRIPE_API_KEY, config.STRIPE_API_BASE_URL),
        providers: {
          ...(config.REMIT_PUBLIC_URL ? { publicUrl: config.REMIT_PUBLIC_URL } : {}),
          ...(config.TWILIO_AUTH_TOKEN ? { twilioAuthToken: config.TWILIO_AUTH_TOKEN } : {}),
          ...(config.RESEND_WEBHOOK_SECRET ? { resendWebhookSecret: config.RESEND_WEBHOOK_SECRET } : {}),
          ...(config.STRIPE_WEBHOOK_SECRET ? { stripeWebhookSecret: config.STRIPE_WEBHOOK_SECRET } : {}),
        },
        database,
        client,
        calls,
        temporal: target,
        apiKey: secrets.apiKey,
        webhookSecret: secrets.webhookSecret,
        maxMessages: config.REMIT_MAX_MESSAGES_PER_INVOICE,
        maxSmsSegments: config.REMIT_SMS_MAX_SEGMENTS,
        consents: new ConsentService({ db: database.prisma, settings: compliance }),
        preview,
        invoicePage: new InvoicePage({ db: database.prisma, followUps: service, settings: compliance, defaultTimezone: config.REMIT_DEFAULT_TIMEZONE, defaultLocale: config.REMIT_DEFAULT_LOCALE }),
        logger,
      });
      const server: Server = await new Promise((resolve, reject) => {
        const s = app.listen(config.PORT, config.HOST, () => resolve(s));
        s.once('error', reject);
      });
      cleanups.push(gracefulClose(server, HTTP_DRAIN_MS));
      // Runs first on shutdown: requests still being answered leave their commands pending
      // (for the next start) rather than wait on Temporal.
      cleanups.push(async () => dispatcher.stopDelivering());
      const addr = server.address();
      remit.port = typeof addr === 'object' && addr ? addr.port : config.PORT;
      remit.url = `http://localhost:${remit.port}`;
      // Unsubscribe links point at this server when no public URL is configured (PORT=0 in tests).
      if (!config.REMIT_PUBLIC_URL) compliance.publicUrl = remit.url;
      dispatcher.startReconciler(config.REMIT_RECONCILE_INTERVAL_MS);
      // Task changes made while Temporal was away (or by a worker) reach their timers.
      const timerSweep = setInterval(taskTimers.kick, config.REMIT_RECONCILE_INTERVAL_MS);
      cleanups.push(async () => {
        clearInterval(timerSweep);
        await taskTimers.stop();
      });
      remit.service = service;
      remit.dispatcher = dispatcher;
    }
    return remit;
  } catch (err) {
    await stop();
    throw err;
  }
}

async function registerSearchAttributes(connection: Connection, namespace: string, logger: Logger): Promise<void> {
  try {
    const added = await connection.withDeadline(Date.now() + 10_000, () => ensureSearchAttributes(connection, namespace));
    if (added.length) logger.info('registered search attributes', { added });
  } catch (err) {
    // Temporal Cloud manages search attributes through its own console or API.
    logger.warn('could not check or register search attributes; register InvoiceId, CustomerId, FollowUpStatus (Keyword), AmountDue (Int), DueDate (Datetime) yourself', {
      error: (err as Error).message,
    });
  }
}
