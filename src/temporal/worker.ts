// The follow-up worker: hosts the invoiceFollowUp workflow and its activities on one task
// queue. Scale out by running more of these; Temporal spreads the work.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleWorkflowCode, NativeConnection, Worker, type WorkflowBundleOption } from '@temporalio/worker';

export const WORKFLOWS_PATH = join(resolve(dirname(fileURLToPath(import.meta.url)), '..', '..'), 'workflows', 'index.ts');

export interface WorkerLimits {
  /** Bounds worker memory whatever the number of open invoices: evicted workflows replay on demand. */
  maxCachedWorkflows: number;
  maxConcurrentActivityTaskExecutions: number;
  maxConcurrentWorkflowTaskExecutions: number;
  /**
   * How long a workflow task may wait on this worker's own (sticky) queue before the server
   * hands it to the shared queue, where it costs a full history replay. The SDK's 10 s is
   * shorter than a busy worker's backlog when a thousand touchpoints fall due at once.
   */
  stickyQueueScheduleToStartTimeoutMs: number;
}

/** Bundles the workflow code once (a few seconds); tests share one bundle across workers. */
export async function bundleWorkflows(): Promise<WorkflowBundleOption> {
  return bundleWorkflowCode({ workflowsPath: WORKFLOWS_PATH, logger: quietBundlerLogger });
}

const quietBundlerLogger = {
  log() {},
  trace() {},
  debug() {},
  info() {},
  warn(message: string) {
    process.stderr.write(`[bundler] ${message}\n`);
  },
  error(message: string) {
    process.stderr.write(`[bundler] ${message}\n`);
  },
};

/**
 * A stop waits this long for the activities in flight (a send holds its row lock up to 8 s),
 * then cancels them; one that ignores the cancellation is left to its retry after the next
 * start. Without it a stuck activity would hold Ctrl-C forever.
 */
const SHUTDOWN = { shutdownGraceTime: '10s', shutdownForceTime: '20s' } as const;

export async function createFollowUpWorker(opts: {
  connection: NativeConnection;
  namespace: string;
  taskQueue: string;
  /** The follow-up's activities (activities/): infrastructure does not depend on them. */
  activities: object;
  limits: WorkerLimits;
  workflowBundle?: WorkflowBundleOption;
}): Promise<Worker> {
  return Worker.create({
    connection: opts.connection,
    namespace: opts.namespace,
    taskQueue: opts.taskQueue,
    ...(opts.workflowBundle ? { workflowBundle: opts.workflowBundle } : { workflowsPath: WORKFLOWS_PATH, bundlerOptions: { logger: quietBundlerLogger } as never }),
    activities: opts.activities,
    maxCachedWorkflows: opts.limits.maxCachedWorkflows,
    maxConcurrentActivityTaskExecutions: opts.limits.maxConcurrentActivityTaskExecutions,
    maxConcurrentWorkflowTaskExecutions: opts.limits.maxConcurrentWorkflowTaskExecutions,
    stickyQueueScheduleToStartTimeout: opts.limits.stickyQueueScheduleToStartTimeoutMs,
    ...SHUTDOWN,
  });
}


/** An activity-only worker for the rate-limited SMS / WhatsApp queue: automated sends and people's answers. */
export async function createMessagingWorker(opts: {
  connection: NativeConnection;
  namespace: string;
  taskQueue: string;
  activities: { sendMessage: (...args: never[]) => Promise<unknown>; sendAnswer?: (...args: never[]) => Promise<unknown> };
  ratePerSecond: number;
}): Promise<Worker> {
  return Worker.create({
    connection: opts.connection,
    namespace: opts.namespace,
    taskQueue: opts.taskQueue,
    activities: { sendMessage: opts.activities.sendMessage, ...(opts.activities.sendAnswer ? { sendAnswer: opts.activities.sendAnswer } : {}) },
    maxTaskQueueActivitiesPerSecond: opts.ratePerSecond,
    ...SHUTDOWN,
  });
}
