// The Temporal server the tests run on: the one `npm test` started, or (when a test file
// is run on its own) a dev server started here for this process.
import { readFileSync } from 'node:fs';
import type { WorkflowBundleOption } from '@temporalio/worker';
import { createLogger } from '../../src/logger';
import { findTemporalCli, startDevServer } from '../../src/temporal/devServer';
import { bundleWorkflows } from '../../src/temporal/worker';
import { freePort } from './net';

let own: Promise<string> | undefined;

export async function temporalAddress(): Promise<string> {
  if (process.env.REMIT_TEST_TEMPORAL_ADDRESS) return process.env.REMIT_TEST_TEMPORAL_ADDRESS;
  own ??= (async () => {
    const server = await startDevServer({ port: await freePort(), logger: createLogger('warn') });
    process.once('exit', () => void server.stop());
    return server.address;
  })();
  return own;
}

export function temporalCli(): string {
  const cli = process.env.REMIT_TEST_TEMPORAL_CLI || findTemporalCli(process.env.TEMPORAL_CLI_PATH).path;
  if (!cli) throw new Error('no Temporal CLI found (npm install puts one in .tools/)');
  return cli;
}

let bundle: Promise<WorkflowBundleOption> | undefined;
export function workflowBundle(): Promise<WorkflowBundleOption> {
  const path = process.env.REMIT_TEST_WORKFLOW_BUNDLE;
  if (path) return Promise.resolve({ code: readFileSync(path, 'utf8') });
  bundle ??= bundleWorkflows();
  return bundle;
}
