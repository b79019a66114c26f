// A private PostgreSQL server (the embedded one's binaries) that a test may stop and start at
// will, without disturbing the server the rest of the suite shares.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '../../src/embeddedPostgres';
import { createLogger } from '../../src/logger';
import { freePort } from './net';

export interface PgServer {
  url: string;
  /** The directory the server keeps its data in (`dir/postgres`) and its log. */
  dir: string;
  stop(): Promise<void>;
  start(): Promise<void>;
  close(): Promise<void>;
}

export async function startPgServer(): Promise<PgServer> {
  const dir = mkdtempSync(join(tmpdir(), 'remit-pg-private-'));
  const port = await freePort();
  let server: EmbeddedPostgres | undefined;
  const start = async () => {
    server = await startEmbeddedPostgres({
      dataDir: join(dir, 'postgres'),
      port,
      password: 'private',
      logFile: join(dir, 'postgres.log'),
      settings: { fsync: 'off' },
      logger: createLogger('error'),
    });
  };
  await start();
  const url = server!.url;
  let closed = false;
  return {
    url,
    dir,
    start,
    stop: async () => {
      await server?.stop();
      server = undefined;
    },
    // The server's own 'exit' hook asks it to stop should the test process end first.
    async close() {
      if (closed) return;
      closed = true;
      await server?.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
