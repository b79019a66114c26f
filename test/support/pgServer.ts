// A private PostgreSQL server (Debian's binaries) that a test may stop and start at will,
// without disturbing the server the rest of the suite shares.
import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './net';

export function postgresBin(): string | undefined {
  if (process.env.REMIT_TEST_PG_BIN) return process.env.REMIT_TEST_PG_BIN;
  try {
    const versions = readdirSync('/usr/lib/postgresql').sort((a, b) => Number(b) - Number(a));
    return versions.length ? `/usr/lib/postgresql/${versions[0]}/bin` : undefined;
  } catch {
    return undefined;
  }
}

export interface PgServer {
  url: string;
  stop(): void;
  start(): void;
  close(): void;
}

export async function startPgServer(): Promise<PgServer> {
  const bin = postgresBin();
  if (!bin) throw new Error('PostgreSQL server binaries not found (apt-get install postgresql)');
  const dir = mkdtempSync(join(tmpdir(), 'remit-pg-private-'));
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    // initdb refuses to run as root.
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    chownSync(dir, uid, gid);
  }
  const run = (cmd: string, args: string[]) => {
    const r = asRoot ? spawnSync('runuser', ['-u', 'postgres', '--', join(bin, cmd), ...args], { encoding: 'utf8' }) : spawnSync(join(bin, cmd), args, { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`${cmd} failed: ${r.stderr || r.stdout}`);
  };
  const port = await freePort();
  const data = join(dir, 'data');
  run('initdb', ['-D', data, '-A', 'trust', '-U', 'remit']);
  const start = () => run('pg_ctl', ['-D', data, '-l', join(dir, 'log'), '-w', '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`, 'start']);
  const stop = () => run('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
  // A test file that fails before its `after` hook closes the server, or is stopped (by the
  // runner, or Ctrl-C), must not leave a PostgreSQL server and its data directory behind:
  // pg_ctl starts the server in a session of its own, so a signal to ours does not reach it.
  const signals = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const;
  const onSignal = (signal: keyof typeof signals) => {
    try {
      close();
    } finally {
      process.exit(signals[signal]);
    }
  };
  let closed = false;
  const close = () => {
    if (closed) return;
    closed = true;
    process.off('exit', close);
    for (const signal of Object.keys(signals)) process.off(signal, onSignal);
    try {
      stop();
    } catch {
      /* already stopped */
    }
    rmSync(dir, { recursive: true, force: true });
  };
  process.once('exit', close);
  for (const signal of Object.keys(signals) as (keyof typeof signals)[]) process.once(signal, onSignal);
  start();
  return { url: `postgresql://remit@127.0.0.1:${port}/postgres`, start, stop, close };
}
