// `npm run temporal -- <args>`: the Temporal CLI that Remit uses (TEMPORAL_CLI_PATH, `temporal`
// on PATH, or the copy in .tools/), e.g. npm run temporal -- workflow list --query 'FollowUpStatus="paid"'
//
// It talks to the Temporal server Remit talks to, read from the same variables as src/config.ts
// (from the environment only, in this terminal): TEMPORAL_ADDRESS when set (the CLI reads it
// itself, with TEMPORAL_NAMESPACE and the TLS/API-key variables), else Remit's embedded dev
// server at 127.0.0.1:TEMPORAL_DEV_SERVER_PORT (7233), which this passes as --address. An
// --address given on the command line wins.
import { spawnSync } from 'node:child_process';
import { localCliPath } from './install-temporal-cli.mjs';

// Command groups that connect to a Temporal Service (they take the connection options).
const CONNECTING = new Set(['activity', 'batch', 'nexus', 'operator', 'schedule', 'task-queue', 'worker', 'workflow']);

/** The CLI's arguments, with --address added for a connecting command when the user gave none. */
function cliArgs(args, env) {
  const blank = (v) => v === undefined || v.trim() === '';
  const end = args.indexOf('--');
  const flags = end === -1 ? args : args.slice(0, end);
  const command = flags.find((a) => !a.startsWith('-'));
  const given = flags.some((a) => a === '--address' || a.startsWith('--address='));
  if (!CONNECTING.has(command) || given || !blank(env.TEMPORAL_ADDRESS)) return args;
  const port = blank(env.TEMPORAL_DEV_SERVER_PORT) ? '7233' : env.TEMPORAL_DEV_SERVER_PORT.trim();
  const address = ['--address', `127.0.0.1:${port}`];
  return end === -1 ? [...args, ...address] : [...args.slice(0, end), ...address, ...args.slice(end)];
}

const env = { ...process.env };
// A blank variable counts as unset, as in src/config.ts (the CLI would take it as an address).
if (env.TEMPORAL_ADDRESS !== undefined && env.TEMPORAL_ADDRESS.trim() === '') delete env.TEMPORAL_ADDRESS;
const onPath = spawnSync('sh', ['-c', 'command -v temporal'], { encoding: 'utf8' });
const cli = env.TEMPORAL_CLI_PATH || (onPath.status === 0 ? onPath.stdout.trim() : localCliPath);
const r = spawnSync(cli, cliArgs(process.argv.slice(2), env), { stdio: 'inherit', env });
if (r.error) console.error(`could not run the Temporal CLI at ${cli}: ${r.error.message} (npm install puts one in .tools/)`);
process.exit(r.status ?? 1);
