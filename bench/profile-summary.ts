// Summarises .cpuprofile files (from `npm run bench -- --profile`, or `node --cpu-prof`)
// by where the self time went.   npx tsx bench/profile-summary.ts <file.cpuprofile>...
import { readFileSync } from 'node:fs';
import { formatProfile, summarizeProfile, type CpuProfile } from './lib/cpuprofile';

for (const file of process.argv.slice(2)) {
  const p = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  console.log(`${file}\n${formatProfile(summarizeProfile(p))}\n`);
}
