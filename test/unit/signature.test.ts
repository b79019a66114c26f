import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import {
  SIGNATURE_HEADER,
  SIGNATURE_TOLERANCE_SECONDS,
  signPayload,
  signatureHeader,
  verifySignature,
} from '../../src/api/signature';

const SECRET = 'whsec_test_0123456789abcdef';
const OLD_SECRET = 'whsec_old_fedcba9876543210';
const T = 1_800_000_000;
const BODY = Buffer.from('{"id":"evt_1","type":"payment.succeeded","data":{"amount":"1250.00"}}');

const hmac = (secret: string, t: number, body: Buffer) =>
  createHmac('sha256', secret).update(Buffer.concat([Buffer.from(`${t}.`), body])).digest('hex');
const SIG = hmac(SECRET, T, BODY);
const OLD_SIG = hmac(OLD_SECRET, T, BODY);

describe('constants', () => {
  test('header name and tolerance', () => {
    assert.equal(SIGNATURE_HEADER, 'remit-signature');
    assert.equal(SIGNATURE_TOLERANCE_SECONDS, 300);
  });
});

describe('signing', () => {
  test('signPayload is HMAC-SHA256 of "<t>.<body>" in hex', () => {
    assert.equal(signPayload(SECRET, T, BODY), SIG);
    assert.match(SIG, /^[0-9a-f]{64}$/);
  });

  test('a string body signs like its UTF-8 bytes', () => {
    const text = '{"customer":"Zoë","amount":"1.250,00 €"}';
    assert.equal(signPayload(SECRET, T, text), signPayload(SECRET, T, Buffer.from(text, 'utf8')));
  });

  test('signatureHeader has the documented shape', () => {
    assert.equal(signatureHeader(SECRET, BODY, T), `t=${T},v1=${SIG}`);
  });

  test('signatureHeader produces a header that verifies', () => {
    assert.deepEqual(verifySignature(signatureHeader(SECRET, BODY, T), SECRET, BODY, T), { ok: true });
    assert.deepEqual(verifySignature(signatureHeader(SECRET, BODY.toString('utf8'), T), SECRET, BODY, T), { ok: true });
  });

  test('signatureHeader defaults to the current time, which verifies now', () => {
    const before = Math.floor(Date.now() / 1000);
    const header = signatureHeader(SECRET, BODY);
    const t = Number(/^t=(\d+),/.exec(header)?.[1]);
    assert.ok(t >= before && t <= Math.floor(Date.now() / 1000));
    assert.deepEqual(verifySignature(header, SECRET, BODY), { ok: true });
  });
});

describe('verifySignature', () => {
  const verify = (header: string | undefined, opts: { secret?: string; body?: Buffer; now?: number } = {}) =>
    verifySignature(header, opts.secret ?? SECRET, opts.body ?? BODY, opts.now ?? T);

  test('a valid signature verifies', () => {
    assert.deepEqual(verify(`t=${T},v1=${SIG}`), { ok: true });
  });

  test('wrong secret → mismatch', () => {
    assert.deepEqual(verify(`t=${T},v1=${SIG}`, { secret: `${SECRET}x` }), { ok: false, reason: 'mismatch' });
  });

  test('body changed by one byte → mismatch', () => {
    const changed = Buffer.from(BODY);
    changed[changed.length - 2] = changed[changed.length - 2]! ^ 1;
    assert.deepEqual(verify(`t=${T},v1=${SIG}`, { body: changed }), { ok: false, reason: 'mismatch' });
    assert.deepEqual(verify(`t=${T},v1=${SIG}`, { body: Buffer.concat([BODY, Buffer.from('\n')]) }), { ok: false, reason: 'mismatch' });
    assert.deepEqual(verify(`t=${T},v1=${SIG}`, { body: Buffer.alloc(0) }), { ok: false, reason: 'mismatch' });
  });

  test('timestamp in the header changed → mismatch', () => {
    assert.deepEqual(verify(`t=${T + 1},v1=${SIG}`), { ok: false, reason: 'mismatch' });
  });

  test('signature changed by one hex digit → mismatch', () => {
    const other = SIG.slice(0, -1) + (SIG.endsWith('0') ? '1' : '0');
    assert.deepEqual(verify(`t=${T},v1=${other}`), { ok: false, reason: 'mismatch' });
  });

  const skews: Array<[number, boolean]> = [
    [0, true],
    [299, true],
    [-299, true],
    [300, true],
    [-300, true],
    [301, false],
    [-301, false],
    [3_600, false],
  ];
  for (const [age, ok] of skews) {
    const label = age >= 0 ? `${age} s old` : `${-age} s in the future`;
    test(`timestamp ${label} → ${ok ? 'ok' : 'stale_timestamp'}`, () => {
      assert.deepEqual(verify(`t=${T},v1=${SIG}`, { now: T + age }), ok ? { ok: true } : { ok: false, reason: 'stale_timestamp' });
    });
  }

  test('a stale timestamp is reported before the signature is checked', () => {
    assert.deepEqual(verify(`t=${T},v1=${SIG}`, { secret: 'another-secret-0123456789', now: T + 301 }), { ok: false, reason: 'stale_timestamp' });
  });

  test('the tolerance can be set', () => {
    assert.deepEqual(verifySignature(`t=${T},v1=${SIG}`, SECRET, BODY, T + 11, 10), { ok: false, reason: 'stale_timestamp' });
    assert.deepEqual(verifySignature(`t=${T},v1=${SIG}`, SECRET, BODY, T + 10, 10), { ok: true });
  });

  test('missing header → missing', () => {
    assert.deepEqual(verify(undefined), { ok: false, reason: 'missing' });
  });

  const malformed = [
    '',
    ' ',
    't=abc,v1=..',
    `t=abc,v1=${SIG}`,
    `v1=${SIG}`,
    'v1=only',
    't=123',
    `t=${T}`,
    `t=${T},v1=`,
    `t=${T},v1=abc`,
    `t=${T},v1=${SIG.slice(1)}`, // 63 hex digits
    `t=${T},v1=${SIG}0`, // 65 hex digits
    `t=${T},v1=${'g'.repeat(64)}`,
    `t=${T},v0=${SIG}`,
    `t=-5,v1=${SIG}`,
    `t=1.5,v1=${SIG}`,
    `t=,v1=${SIG}`,
    `t=1234567890123,v1=${SIG}`, // 13 digits
    `T=${T},V1=${SIG}`, // keys are case-sensitive
    `t:${T};v1:${SIG}`,
    'garbage',
  ];
  for (const header of malformed) {
    test(`malformed ${JSON.stringify(header.length > 40 ? header.slice(0, 40) + '…' : header)} → malformed`, () => {
      assert.deepEqual(verify(header), { ok: false, reason: 'malformed' });
    });
  }

  test('several v1 values, one of which matches → ok (secret rotation)', () => {
    assert.deepEqual(verify(`t=${T},v1=${OLD_SIG},v1=${SIG}`), { ok: true });
    assert.deepEqual(verify(`t=${T},v1=${SIG},v1=${OLD_SIG}`), { ok: true });
    assert.deepEqual(verify(`t=${T},v1=${SIG},v1=${OLD_SIG}`, { secret: OLD_SECRET }), { ok: true });
  });

  test('several v1 values, none of which matches → mismatch', () => {
    assert.deepEqual(verify(`t=${T},v1=${OLD_SIG},v1=${'0'.repeat(64)}`), { ok: false, reason: 'mismatch' });
  });

  test('a malformed v1 next to a valid one is ignored', () => {
    assert.deepEqual(verify(`t=${T},v1=xyz,v1=${SIG}`), { ok: true });
  });

  test('tolerant of order, spacing, upper-case hex and unknown keys', () => {
    assert.deepEqual(verify(`v1=${SIG},t=${T}`), { ok: true });
    assert.deepEqual(verify(` t = ${T} , v1 = ${SIG} `), { ok: true });
    assert.deepEqual(verify(`t=${T},v1=${SIG.toUpperCase()}`), { ok: true });
    assert.deepEqual(verify(`t=${T},v0=deadbeef,scheme=hmac,v1=${SIG}`), { ok: true });
  });
});
