import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { ConfigError, loadConfig } from '../../src/config';
import { parseWindow } from '../../src/domain/quietHours';

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
    assert.equal(c.REMIT_WORKER_STICKY_TIMEOUT_MS, 60_000);
    assert.equal(c.REMIT_LOG_LEVEL, 'info');
  });

  test('compliance rules are on by default', () => {
    const c = loadConfig({});
    assert.equal(c.REMIT_SEND_WINDOW, '08:00-21:00');
    assert.equal(c.REMIT_SEND_WINDOW_ZONES, undefined);
    assert.equal(c.REMIT_NO_SEND_WEEKENDS, false);
    assert.deepEqual(c.REMIT_NO_SEND_DATES, []);
    assert.equal(c.REMIT_SEND_WINDOW_SPREAD, 'PT15M');
    assert.deepEqual(c.REMIT_CONSENT_REQUIRED, ['sms', 'whatsapp']);
    assert.equal(c.REMIT_FREQUENCY_CAP, 3);
    assert.equal(c.REMIT_FREQUENCY_PERIOD, 'P7D');
    assert.equal(c.REMIT_MIN_GAP, 'PT48H');
    assert.equal(c.REMIT_CONSOLIDATION_WINDOW, 'PT24H');
    assert.equal(c.REMIT_SMS_OPT_OUT_NOTICE, 'first');
    assert.equal(c.REMIT_SENDER_POSTAL_ADDRESS, undefined);
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

  test('compliance values are parsed', () => {
    const c = loadConfig({
      REMIT_SEND_WINDOW: '09:30:15-17:45',
      REMIT_SEND_WINDOW_ZONES: ' Europe/Paris, America/New_York ,',
      REMIT_NO_SEND_WEEKENDS: 'true',
      REMIT_NO_SEND_DATES: '2026-12-25, 2027-01-01',
      REMIT_SEND_WINDOW_SPREAD: 'PT0S',
      REMIT_CONSENT_REQUIRED: 'email, sms',
      REMIT_FREQUENCY_CAP: '5',
      REMIT_FREQUENCY_PERIOD: 'P30D',
      REMIT_MIN_GAP: 'PT0S',
      REMIT_CONSOLIDATION_WINDOW: 'off',
      REMIT_SMS_OPT_OUT_NOTICE: 'always',
      REMIT_SENDER_POSTAL_ADDRESS: '  Acme Ltd, 1 Main St, Springfield  ',
    });
    assert.equal(c.REMIT_SEND_WINDOW, '09:30:15-17:45');
    assert.deepEqual(c.REMIT_SEND_WINDOW_ZONES, ['Europe/Paris', 'America/New_York']);
    assert.equal(c.REMIT_NO_SEND_WEEKENDS, true);
    assert.deepEqual(c.REMIT_NO_SEND_DATES, ['2026-12-25', '2027-01-01']);
    assert.equal(c.REMIT_SEND_WINDOW_SPREAD, 'PT0S');
    assert.deepEqual(c.REMIT_CONSENT_REQUIRED, ['email', 'sms']);
    assert.equal(c.REMIT_FREQUENCY_CAP, 5);
    assert.equal(c.REMIT_FREQUENCY_PERIOD, 'P30D');
    assert.equal(c.REMIT_MIN_GAP, 'PT0S');
    assert.equal(c.REMIT_CONSOLIDATION_WINDOW, 'off');
    assert.equal(c.REMIT_SMS_OPT_OUT_NOTICE, 'always');
    assert.equal(c.REMIT_SENDER_POSTAL_ADDRESS, 'Acme Ltd, 1 Main St, Springfield');
  });

  test('REMIT_SEND_WINDOW: 00:00-24:00 (any time) and windows ending at midnight are accepted', () => {
    for (const w of ['00:00-24:00', '00:00:00-24:00:00', '22:00-24:00', '08:00-08:01']) assert.equal(loadConfig({ REMIT_SEND_WINDOW: w }).REMIT_SEND_WINDOW, w);
  });

  test('REMIT_CONSENT_REQUIRED=none requires no consent', () => {
    assert.deepEqual(loadConfig({ REMIT_CONSENT_REQUIRED: 'none' }).REMIT_CONSENT_REQUIRED, []);
    assert.deepEqual(loadConfig({ REMIT_CONSENT_REQUIRED: ' none ' }).REMIT_CONSENT_REQUIRED, []);
    assert.deepEqual(loadConfig({ REMIT_CONSENT_REQUIRED: 'whatsapp' }).REMIT_CONSENT_REQUIRED, ['whatsapp']);
  });

  test('REMIT_CONSOLIDATION_WINDOW takes a duration or "off"', () => {
    assert.equal(loadConfig({ REMIT_CONSOLIDATION_WINDOW: 'PT2H' }).REMIT_CONSOLIDATION_WINDOW, 'PT2H');
    assert.equal(loadConfig({ REMIT_CONSOLIDATION_WINDOW: 'off' }).REMIT_CONSOLIDATION_WINDOW, 'off');
  });

  test('RESEND_API_KEY with REMIT_EMAIL_FROM and REMIT_SENDER_POSTAL_ADDRESS is accepted', () => {
    const c = loadConfig({ RESEND_API_KEY: 're_123', REMIT_EMAIL_FROM: 'Acme <billing@acme.test>', REMIT_SENDER_POSTAL_ADDRESS: 'Acme Ltd, 1 Main St' });
    assert.equal(c.REMIT_SENDER_POSTAL_ADDRESS, 'Acme Ltd, 1 Main St');
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
    // Compliance.
    ['REMIT_SEND_WINDOW', '21:00-08:00'],
    ['REMIT_SEND_WINDOW', '25:00-26:00'],
    ['REMIT_SEND_WINDOW', '08:00-08:00'],
    ['REMIT_SEND_WINDOW', '8:00-21:00'],
    ['REMIT_SEND_WINDOW', '08:00'],
    ['REMIT_SEND_WINDOW', '08:00-21:60'],
    ['REMIT_SEND_WINDOW', '08:00-24:01'],
    ['REMIT_SEND_WINDOW', 'always'],
    ['REMIT_SEND_WINDOW_ZONES', 'Mars/Base'],
    ['REMIT_SEND_WINDOW_ZONES', 'Europe/Paris,Mars/Base'],
    ['REMIT_NO_SEND_WEEKENDS', 'yes'],
    ['REMIT_NO_SEND_WEEKENDS', '1'],
    ['REMIT_NO_SEND_DATES', '2026-13-01'],
    ['REMIT_NO_SEND_DATES', '2026-12-25,25/12/2026'],
    ['REMIT_NO_SEND_DATES', '2026-12-32'],
    ['REMIT_NO_SEND_DATES', '2026-02-30'],
    ['REMIT_SEND_WINDOW_SPREAD', '15m'],
    ['REMIT_SEND_WINDOW_SPREAD', '-PT15M'],
    ['REMIT_CONSENT_REQUIRED', 'fax'],
    ['REMIT_CONSENT_REQUIRED', 'sms,fax'],
    ['REMIT_CONSENT_REQUIRED', 'SMS'],
    ['REMIT_FREQUENCY_CAP', '0'],
    ['REMIT_FREQUENCY_CAP', '2.5'],
    ['REMIT_FREQUENCY_CAP', 'three'],
    ['REMIT_FREQUENCY_PERIOD', 'PT0S'],
    ['REMIT_FREQUENCY_PERIOD', '7 days'],
    ['REMIT_MIN_GAP', '48h'],
    ['REMIT_MIN_GAP', '-PT48H'],
    ['REMIT_CONSOLIDATION_WINDOW', 'on'],
    ['REMIT_CONSOLIDATION_WINDOW', '24h'],
    ['REMIT_SMS_OPT_OUT_NOTICE', 'never'],
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

  test('RESEND_API_KEY without REMIT_SENDER_POSTAL_ADDRESS is rejected, naming it', () => {
    assertConfigError({ RESEND_API_KEY: 're_123', REMIT_EMAIL_FROM: 'Acme <billing@acme.test>' }, 'REMIT_SENDER_POSTAL_ADDRESS');
    assertConfigError({ RESEND_API_KEY: 're_123', REMIT_EMAIL_FROM: 'Acme <billing@acme.test>', REMIT_SENDER_POSTAL_ADDRESS: '   ' }, 'REMIT_SENDER_POSTAL_ADDRESS');
    assert.throws(() => loadConfig({ RESEND_API_KEY: 're_123', REMIT_EMAIL_FROM: 'Acme <billing@acme.test>' }), {
      message: "Invalid configuration:\n  REMIT_SENDER_POSTAL_ADDRESS: required when RESEND_API_KEY is set: every email must carry the sender's postal address",
    });
    // Without RESEND_API_KEY (email stays on the log channel) no address is needed.
    assert.equal(loadConfig({}).REMIT_SENDER_POSTAL_ADDRESS, undefined);
  });

  test('REMIT_SEND_WINDOW: loadConfig accepts exactly the windows the compliance settings can use', () => {
    // Start and end must be compared as times: "09:30" and "09:30:00" are the same time (an empty window).
    for (const w of ['08:00-21:00', '12:00-12:00:59', '00:00-24:00', '21:00-08:00', '09:30:00-09:30', '09:30-09:30:00']) {
      let accepted = true;
      try {
        loadConfig({ REMIT_SEND_WINDOW: w });
      } catch {
        accepted = false;
      }
      const usable = parseWindow(w) !== undefined;
      assert.equal(accepted, usable, `loadConfig ${accepted ? 'accepts' : 'rejects'} REMIT_SEND_WINDOW=${w}, parseWindow ${usable ? 'parses' : 'rejects'} it`);
    }
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
    'REMIT_WORKER_STICKY_TIMEOUT_MS',
    'REMIT_LOG_LEVEL',
    'REMIT_SEND_WINDOW',
    'REMIT_SEND_WINDOW_ZONES',
    'REMIT_NO_SEND_WEEKENDS',
    'REMIT_NO_SEND_DATES',
    'REMIT_SEND_WINDOW_SPREAD',
    'REMIT_CONSENT_REQUIRED',
    'REMIT_FREQUENCY_CAP',
    'REMIT_FREQUENCY_PERIOD',
    'REMIT_MIN_GAP',
    'REMIT_CONSOLIDATION_WINDOW',
    'REMIT_SMS_OPT_OUT_NOTICE',
    'REMIT_SENDER_POSTAL_ADDRESS',
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
