import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { ConfigError, loadConfig } from '../../src/config';

const KEY = 'k'.repeat(16);

/** loadConfig(env) must throw a ConfigError whose message names `variable`. */
function assertConfigError(env: NodeJS.ProcessEnv, variable: string) {
  assert.throws(
    () => loadConfig(env),
    (err: unknown) => {
      assert.ok(err instanceof ConfigError, `expected a ConfigError, got ${String(err)}`);
      assert.ok(err instanceof Error);
      assert.match(err.message, /^Invalid configuration:\n/);
      assert.ok(err.message.includes(`\n  ${variable}: `), `message names ${variable}: ${err.message}`);
      return true;
    },
  );
}

describe('loadConfig defaults', () => {
  test('an empty environment', () => {
    const c = loadConfig({});
    assert.equal(c.PORT, 3000);
    assert.equal(c.HOST, '0.0.0.0');
    assert.equal(c.REMIT_DATA_DIR, '.data');
    assert.equal(c.dataDir, resolve('.data'));
    assert.equal(c.dataDir, resolve(process.cwd(), '.data'));
    assert.equal(c.DATABASE_URL, undefined);
    assert.equal(c.TEMPORAL_ADDRESS, undefined);
    assert.equal(c.TEMPORAL_CLI_PATH, undefined);
    assert.equal(c.embeddedTemporal, true);
    assert.equal(c.embeddedDatabase, true);
    assert.equal(c.TEMPORAL_NAMESPACE, 'default');
    assert.equal(c.TEMPORAL_DEV_SERVER_PORT, 7233);
    assert.equal(c.TEMPORAL_UI_PORT, 8233);
    assert.equal(c.REMIT_TASK_QUEUE, 'remit-follow-up');
    assert.equal(c.REMIT_API_KEY, undefined);
    assert.equal(c.REMIT_WEBHOOK_SECRET, undefined);
    assert.equal(c.REMIT_DEFAULT_TIMEZONE, 'UTC');
    assert.equal(c.REMIT_DEFAULT_LOCALE, 'en-US');
    assert.equal(c.REMIT_MAX_MESSAGES_PER_INVOICE, 5);
    assert.equal(c.REMIT_RECONCILE_INTERVAL_MS, 5000);
    assert.equal(c.REMIT_WORKER_MAX_CACHED_WORKFLOWS, 100);
    assert.equal(c.REMIT_WORKER_MAX_CONCURRENT_ACTIVITIES, 100);
    assert.equal(c.REMIT_WORKER_MAX_CONCURRENT_WORKFLOW_TASKS, 50);
    assert.equal(c.REMIT_LOG_LEVEL, 'info');
  });

  test('unrelated variables are ignored', () => {
    const c = loadConfig({ PATH: '/usr/bin', HOME: '/root', NODE_ENV: 'test' });
    assert.equal(c.PORT, 3000);
    assert.equal('PATH' in c, false);
  });
});

describe('loadConfig with values', () => {
  test('numbers are parsed', () => {
    const c = loadConfig({ PORT: '8080', TEMPORAL_DEV_SERVER_PORT: '17233', REMIT_MAX_MESSAGES_PER_INVOICE: '3', REMIT_RECONCILE_INTERVAL_MS: '250' });
    assert.equal(c.PORT, 8080);
    assert.equal(c.TEMPORAL_DEV_SERVER_PORT, 17233);
    assert.equal(c.REMIT_MAX_MESSAGES_PER_INVOICE, 3);
    assert.equal(c.REMIT_RECONCILE_INTERVAL_MS, 250);
  });

  test('PORT bounds: 0 (any free port) and 65535 are accepted', () => {
    assert.equal(loadConfig({ PORT: '0' }).PORT, 0);
    assert.equal(loadConfig({ PORT: '65535' }).PORT, 65535);
  });

  test('TEMPORAL_ADDRESS turns the embedded Temporal server off', () => {
    const c = loadConfig({ TEMPORAL_ADDRESS: 'temporal.example.com:7233' });
    assert.equal(c.TEMPORAL_ADDRESS, 'temporal.example.com:7233');
    assert.equal(c.embeddedTemporal, false);
    assert.equal(c.embeddedDatabase, true);
  });

  test('DATABASE_URL turns the embedded database off (postgresql:// and postgres://)', () => {
    for (const url of ['postgresql://remit:pw@db:5432/remit', 'postgres://db/remit']) {
      const c = loadConfig({ DATABASE_URL: url });
      assert.equal(c.DATABASE_URL, url);
      assert.equal(c.embeddedDatabase, false);
      assert.equal(c.embeddedTemporal, true);
    }
  });

  test('optional strings are trimmed', () => {
    const c = loadConfig({ TEMPORAL_ADDRESS: '  host:7233 \n', REMIT_API_KEY: `  ${KEY}  ` });
    assert.equal(c.TEMPORAL_ADDRESS, 'host:7233');
    assert.equal(c.REMIT_API_KEY, KEY);
  });

  test('REMIT_DATA_DIR is resolved', () => {
    assert.equal(loadConfig({ REMIT_DATA_DIR: '/var/lib/remit' }).dataDir, '/var/lib/remit');
    assert.equal(loadConfig({ REMIT_DATA_DIR: 'state/remit' }).dataDir, resolve(process.cwd(), 'state/remit'));
  });

  test('secrets of exactly 16 characters are accepted', () => {
    const c = loadConfig({ REMIT_API_KEY: KEY, REMIT_WEBHOOK_SECRET: KEY });
    assert.equal(c.REMIT_API_KEY, KEY);
    assert.equal(c.REMIT_WEBHOOK_SECRET, KEY);
  });

  test('time zone, locale and log level', () => {
    const c = loadConfig({ REMIT_DEFAULT_TIMEZONE: 'Europe/Paris', REMIT_DEFAULT_LOCALE: 'de-DE', REMIT_LOG_LEVEL: 'debug' });
    assert.equal(c.REMIT_DEFAULT_TIMEZONE, 'Europe/Paris');
    assert.equal(c.REMIT_DEFAULT_LOCALE, 'de-DE');
    assert.equal(c.REMIT_LOG_LEVEL, 'debug');
  });
});

describe('loadConfig errors name the variable', () => {
  const cases: Array<[string, string]> = [
    ['PORT', 'abc'],
    ['PORT', '-1'],
    ['PORT', '65536'],
    ['PORT', '3000.5'],
    ['PORT', '80a'],
    ['REMIT_DEFAULT_TIMEZONE', 'Mars/Olympus'],
    ['REMIT_DEFAULT_TIMEZONE', 'Europe/Pariss'],
    ['DATABASE_URL', 'mysql://x'],
    ['DATABASE_URL', 'localhost:5432/remit'],
    ['REMIT_API_KEY', 'k'.repeat(15)],
    ['REMIT_API_KEY', 'short'],
    ['REMIT_WEBHOOK_SECRET', 'k'.repeat(15)],
    ['REMIT_MAX_MESSAGES_PER_INVOICE', '0'],
    ['REMIT_MAX_MESSAGES_PER_INVOICE', '-3'],
    ['REMIT_MAX_MESSAGES_PER_INVOICE', 'five'],
    ['REMIT_RECONCILE_INTERVAL_MS', '1.5'],
    ['TEMPORAL_DEV_SERVER_PORT', 'x'],
    ['REMIT_LOG_LEVEL', 'verbose'],
  ];
  for (const [variable, value] of cases) {
    test(`${variable}=${JSON.stringify(value)}`, () => assertConfigError({ [variable]: value }, variable));
  }

  test('every bad variable is named in one error', () => {
    assert.throws(
      () => loadConfig({ PORT: 'abc', DATABASE_URL: 'mysql://x', REMIT_API_KEY: 'short' }),
      (err: unknown) => {
        assert.ok(err instanceof ConfigError);
        for (const v of ['PORT', 'DATABASE_URL', 'REMIT_API_KEY']) assert.ok(err.message.includes(`\n  ${v}: `), v);
        assert.equal(err.message.split('\n').length, 4);
        return true;
      },
    );
  });

  test('the messages explain the rule', () => {
    assert.throws(() => loadConfig({ DATABASE_URL: 'mysql://x' }), { message: 'Invalid configuration:\n  DATABASE_URL: must be a postgresql:// URL' });
    assert.throws(() => loadConfig({ REMIT_API_KEY: 'short' }), { message: 'Invalid configuration:\n  REMIT_API_KEY: must be at least 16 characters' });
    assert.throws(() => loadConfig({ REMIT_DEFAULT_TIMEZONE: 'Mars/Olympus' }), {
      message: 'Invalid configuration:\n  REMIT_DEFAULT_TIMEZONE: must be an IANA time zone, e.g. Europe/Paris',
    });
  });
});

describe('empty strings count as unset', () => {
  const defaults = loadConfig({});
  const variables = [
    'PORT',
    'HOST',
    'REMIT_DATA_DIR',
    'DATABASE_URL',
    'TEMPORAL_ADDRESS',
    'TEMPORAL_NAMESPACE',
    'TEMPORAL_CLI_PATH',
    'TEMPORAL_DEV_SERVER_PORT',
    'TEMPORAL_UI_PORT',
    'REMIT_TASK_QUEUE',
    'REMIT_API_KEY',
    'REMIT_WEBHOOK_SECRET',
    'REMIT_DEFAULT_TIMEZONE',
    'REMIT_DEFAULT_LOCALE',
    'REMIT_MAX_MESSAGES_PER_INVOICE',
    'REMIT_RECONCILE_INTERVAL_MS',
    'REMIT_WORKER_MAX_CACHED_WORKFLOWS',
    'REMIT_WORKER_MAX_CONCURRENT_ACTIVITIES',
    'REMIT_WORKER_MAX_CONCURRENT_WORKFLOW_TASKS',
    'REMIT_LOG_LEVEL',
  ];
  for (const variable of variables) {
    test(`${variable}="" and ${variable}="  " give the default`, () => {
      assert.deepEqual(loadConfig({ [variable]: '' }), defaults);
      assert.deepEqual(loadConfig({ [variable]: '  ' }), defaults);
    });
  }

  test('all of them empty at once', () => {
    assert.deepEqual(loadConfig(Object.fromEntries(variables.map((v) => [v, '']))), defaults);
  });
});
