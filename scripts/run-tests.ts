// `npm test`: starts one Temporal dev server (in memory) and one embedded PostgreSQL server
// (a throwaway data directory), bundles the workflows once, then runs every test file with
// Node's test runner against them; each test file makes its own databases on that server.
// Set REMIT_TEST_DATABASE_URL=postgresql://... to use another PostgreSQL server instead.
// Files that use Temporal's time-skipping test server (test/support/timeSkipping) get it
// installed first from Maven Central (scripts/install-test-server.mjs; needs Java and Maven).
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { bundleWorkflowCode } from '@temporalio/worker';
import { startEmbeddedPostgres } from '../src/embeddedPostgres';
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

// Arguments pick files by part of their path; "!part" leaves files out.
const args = process.argv.slice(2);
const only = args.filter((a) => !a.startsWith('!'));
const except = args.filter((a) => a.startsWith('!')).map((a) => a.slice(1));
const files = testFiles('test')
  .map((f) => relative('.', f))
  .filter((f) => (only.length === 0 || only.some((x) => f.includes(x))) && !except.some((x) => f.includes(x)))
  .sort();

/** The test server's launcher, installed when missing (the installer says on stderr what is missing when it cannot). */
function timeSkippingServer(): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['scripts/install-test-server.mjs'], { stdio: ['ignore', 'pipe', 'inherit'] });
    let path = '';
    child.stdout.on('data', (d: Buffer) => (path += d));
    child.on('error', reject);
    child.on('exit', (c) => (c === 0 ? resolve(path.trim()) : reject(new Error('the Temporal time-skipping test server could not be installed (why: above)'))));
  });
}
const needsTestServer = files.some((f) => readFileSync(f, 'utf8').includes('support/timeSkipping'));

const work = mkdtempSync(join(tmpdir(), 'remit-test-'));
const started = Date.now();
const logger = createLogger('warn');
// The servers start together; whatever started is stopped again, whatever fails.
const servers: { stop(): Promise<void> }[] = [];
const tracked = <T extends { stop(): Promise<void> }>(p: Promise<T>) => p.then((s) => (servers.push(s), s));
let code = 1;
let db = 'PostgreSQL (REMIT_TEST_DATABASE_URL)';
try {
  const [server, postgres, testServer] = await Promise.all([
    tracked(startDevServer({ port: await freePort(), logger, logFile: join(work, 'temporal.log') })),
    process.env.REMIT_TEST_DATABASE_URL
      ? undefined
      : tracked(
          startEmbeddedPostgres({
            dataDir: join(work, 'postgres'),
            port: 0,
            password: 'remit-tests',
            logFile: join(work, 'postgres.log'),
            // Throwaway data: durability off, and room for every test file's pools at once.
            settings: { fsync: 'off', synchronous_commit: 'off', full_page_writes: 'off', max_connections: '300' },
            logger,
          }),
        ),
    needsTestServer ? timeSkippingServer() : undefined,
  ]);
  const bundle = await bundleWorkflowCode({ workflowsPath: WORKFLOWS_PATH, logger: { trace() {}, debug() {}, info() {}, warn() {}, error: console.error, log() {} } as never });
  const bundlePath = join(work, 'workflow-bundle.js');
  writeFileSync(bundlePath, bundle.code);
  const adminUrl = process.env.REMIT_TEST_DATABASE_URL ?? postgres!.adminUrl;
  if (postgres) db = `embedded PostgreSQL ${postgres.version}`;
  console.log(`remit tests: ${files.length} files, database ${db}, Temporal dev server ${server.address} (ready in ${Date.now() - started} ms)`);

  // A file's whole run may take this long: test/workflow/channels.test.ts waits on real provider
  // fakes and timers, and took over 240 s beside two time-skipping files on two busy cores.
  const child = spawn(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=3', '--test-timeout=480000', ...files], {
    stdio: 'inherit',
    env: {
      ...process.env,
      REMIT_TEST_DATABASE_URL: adminUrl,
      REMIT_TEST_TEMPORAL_ADDRESS: server.address,
      REMIT_TEST_TEMPORAL_CLI: findTemporalCli(process.env.TEMPORAL_CLI_PATH).path ?? '',
      REMIT_TEST_WORKFLOW_BUNDLE: bundlePath,
      ...(testServer ? { REMIT_TEST_TIME_SKIPPING_SERVER: testServer } : {}),
    },
  });
  // Ctrl-C reaches the test runner too; this process waits for it, then cleans up.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
  code = await new Promise((resolve) => child.on('exit', (c, signal) => resolve(c ?? (signal ? 1 : 0))));
} finally {
  await Promise.all(servers.map((s) => s.stop()));
  rmSync(work, { recursive: true, force: true });
}
console.log(`remit tests finished in ${((Date.now() - started) / 1000).toFixed(1)} s (${db})`);
process.exit(code);
