// `npm test`: starts one Temporal dev server (in memory) and bundles the workflows once,
// then runs every test file with Node's test runner against them. Set
// REMIT_TEST_DATABASE_URL=postgresql://... to run the suite on server PostgreSQL instead of PGlite.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { bundleWorkflowCode } from '@temporalio/worker';
import { createLogger } from '../src/logger';
import { findTemporalCli, startDevServer } from '../src/temporal/devServer';
import { WORKFLOWS_PATH } from '../src/temporal/worker';
import { freePort } from '../test/support/net';

function testFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return testFiles(p);
    return p.endsWith('.test.ts') ? [p] : [];
  });
}

const filters = process.argv.slice(2);
const files = testFiles('test')
  .map((f) => relative('.', f))
  .filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)))
  .sort();
const work = mkdtempSync(join(tmpdir(), 'remit-test-'));
const started = Date.now();
const logger = createLogger('warn');
const server = await startDevServer({ port: await freePort(), logger, logFile: join(work, 'temporal.log') });
const bundle = await bundleWorkflowCode({ workflowsPath: WORKFLOWS_PATH, logger: { trace() {}, debug() {}, info() {}, warn() {}, error: console.error, log() {} } as never });
const bundlePath = join(work, 'workflow-bundle.js');
writeFileSync(bundlePath, bundle.code);
const db = process.env.REMIT_TEST_DATABASE_URL ? 'PostgreSQL (REMIT_TEST_DATABASE_URL)' : 'PGlite';
console.log(`remit tests: ${files.length} files, database ${db}, Temporal dev server ${server.address} (ready in ${Date.now() - started} ms)`);

const child = spawn(
  process.execPath,
  ['--import', 'tsx', '--test', '--test-concurrency=3', '--test-timeout=240000', ...files],
  {
    stdio: 'inherit',
    env: {
      ...process.env,
      REMIT_TEST_TEMPORAL_ADDRESS: server.address,
      REMIT_TEST_TEMPORAL_CLI: findTemporalCli(process.env.TEMPORAL_CLI_PATH).path ?? '',
      REMIT_TEST_WORKFLOW_BUNDLE: bundlePath,
    },
  },
);
const code: number = await new Promise((resolve) => child.on('exit', (c, signal) => resolve(c ?? (signal ? 1 : 0))));
await server.stop();
rmSync(work, { recursive: true, force: true });
console.log(`remit tests finished in ${((Date.now() - started) / 1000).toFixed(1)} s (${db})`);
process.exit(code);
