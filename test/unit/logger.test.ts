// The log: JSON lines on stderr (stdout is the banner's), levels, child fields, and values
// JSON alone would lose (bigint amounts, errors).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { createLogger, type Level } from '../../src/logger';

/** A logger at `level` whose lines land, parsed, in `lines`. */
function captured(level: Level) {
  const lines: Record<string, unknown>[] = [];
  const logger = createLogger(level, { write: (line: string) => void lines.push(JSON.parse(line)) });
  return { logger, lines };
}

test('a line is one JSON object: ISO time, level name, message, fields', () => {
  const { logger, lines } = captured('info');
  logger.info('reconciler pass', { invoices: 3, complete: true });
  assert.equal(lines.length, 1);
  const { time, ...rest } = lines[0]!;
  assert.match(String(time), /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  assert.deepEqual(rest, { level: 'info', msg: 'reconciler pass', invoices: 3, complete: true });
});

test('lines below the level are dropped; child fields are on every line of the child', () => {
  const { logger, lines } = captured('warn');
  const child = logger.child({ invoiceId: 'inv-1' });
  child.debug('d');
  child.info('i');
  child.warn('w', { step: 2 });
  logger.error('e');
  assert.deepEqual(
    lines.map(({ level, msg, invoiceId, step }) => ({ level, msg, invoiceId, step })),
    [
      { level: 'warn', msg: 'w', invoiceId: 'inv-1', step: 2 },
      { level: 'error', msg: 'e', invoiceId: undefined, step: undefined },
    ],
  );
});

test('bigints keep every digit and errors say what they were, however deep', () => {
  const { logger, lines } = captured('debug');
  const cycle: Record<string, unknown> = { name: 'loop' };
  cycle.self = cycle;
  logger.child({ amount: 2n ** 64n }).error('send failed', {
    error: new TypeError('boom'),
    attempts: [{ amountDue: 9_007_199_254_740_993n, cause: new RangeError('too big') }],
    cycle,
    message: 'printf-like %s %d stays as written',
  });
  const line = lines[0]!;
  assert.equal(line.amount, '18446744073709551616');
  assert.deepEqual(line.error, { name: 'TypeError', message: 'boom' });
  assert.deepEqual(line.attempts, [{ amountDue: '9007199254740993', cause: { name: 'RangeError', message: 'too big' } }]);
  assert.deepEqual(line.cycle, { name: 'loop', self: '[Circular]' });
  assert.equal(line.message, 'printf-like %s %d stays as written');
});

test('by default every level goes to stderr as JSON lines, and stdout stays empty', () => {
  const script = `
    const { createLogger } = await import(${JSON.stringify(new URL('../../src/logger.ts', import.meta.url).href)});
    const log = createLogger('debug');
    log.debug('d'); log.info('i'); log.warn('w'); log.error('e');
    process.exit(0); // the lines are written synchronously: none is lost to an exit`;
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout, '');
  const lines = r.stderr.trimEnd().split('\n').map((l) => JSON.parse(l) as { level: string; msg: string });
  assert.deepEqual(
    lines.map((l) => [l.level, l.msg]),
    [
      ['debug', 'd'],
      ['info', 'i'],
      ['warn', 'w'],
      ['error', 'e'],
    ],
  );
});
