// `npm run temporal -- <args>`: the Temporal CLI that Remit uses (TEMPORAL_CLI_PATH, `temporal`
// on PATH, or the copy in .tools/), e.g. npm run temporal -- workflow list --query 'FollowUpStatus="paid"'
import { spawnSync } from 'node:child_process';
import { localCliPath } from './install-temporal-cli.mjs';

const onPath = spawnSync('sh', ['-c', 'command -v temporal'], { encoding: 'utf8' });
const cli = process.env.TEMPORAL_CLI_PATH || (onPath.status === 0 ? onPath.stdout.trim() : localCliPath);
const r = spawnSync(cli, process.argv.slice(2), { stdio: 'inherit' });
if (r.error) console.error(`could not run the Temporal CLI at ${cli}: ${r.error.message} (npm install puts one in .tools/)`);
process.exit(r.status ?? 1);
