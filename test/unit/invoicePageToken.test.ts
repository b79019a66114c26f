// The invoice page token: what it carries, that it is short enough for an SMS, and that every
// kind of bad token is told apart (cut off, altered, expired) without throwing.
import assert from 'node:assert/strict';
import { createHmac, randomUUID } from 'node:crypto';
import { describe, test } from 'node:test';
import { loadConfig } from '../../src/config';
import { invoicePageToken, readInvoicePageToken } from '../../src/domain/invoicePageToken';
import { complianceSettings, footerValues } from '../../src/services/compliance';

const key = Buffer.from('k'.repeat(32));
const now = new Date('2026-12-02T12:00:00Z');
const later = Math.floor(now.getTime() / 1000) + 86_400;
const invoiceId = randomUUID();
const messageId = randomUUID();

describe('invoice page token', () => {
  test('carries the invoice, the message and the expiry, in 71 URL-safe characters (50 without a message)', () => {
    const token = invoicePageToken(key, { invoiceId, messageId, expiresAt: later });
    assert.match(token, /^[A-Za-z0-9_-]{71}$/);
    assert.deepEqual(readInvoicePageToken(key, token, now), { claim: { invoiceId, messageId, expiresAt: later } });
    const bare = invoicePageToken(key, { invoiceId, expiresAt: later });
    assert.equal(bare.length, 50);
    assert.deepEqual(readInvoicePageToken(key, bare, now), { claim: { invoiceId, expiresAt: later } });
  });

  test('expires at its second; another key or any changed character is "tampered"', () => {
    const token = invoicePageToken(key, { invoiceId, messageId, expiresAt: later });
    assert.deepEqual(readInvoicePageToken(key, token, new Date(later * 1000 - 1)), { claim: { invoiceId, messageId, expiresAt: later } });
    assert.deepEqual(readInvoicePageToken(key, token, new Date(later * 1000)), { problem: 'expired' });
    assert.deepEqual(readInvoicePageToken(Buffer.from('x'.repeat(32)), token, now), { problem: 'tampered' });
    // Every character but the last (whose low bits base64url does not carry) changes a byte.
    for (let i = 0; i < token.length - 1; i++) {
      const c = token[i] === 'A' ? 'B' : 'A';
      const altered = token.slice(0, i) + c + token.slice(i + 1);
      assert.deepEqual(readInvoicePageToken(key, altered, now), { problem: 'tampered' }, `character ${i}`);
    }
  });

  test('an expired token that was also altered is "tampered": the expiry is only believed when signed', () => {
    const past = invoicePageToken(key, { invoiceId, expiresAt: later - 2 * 86_400 });
    const bytes = Buffer.from(past, 'base64url');
    bytes.writeUInt32BE(later, 17); // pushed into the future
    assert.deepEqual(readInvoicePageToken(key, bytes.toString('base64url'), now), { problem: 'tampered' });
    assert.deepEqual(readInvoicePageToken(key, past, now), { problem: 'expired' });
  });

  test('cut off, padded, non-base64url or another shape is "malformed"', () => {
    const token = invoicePageToken(key, { invoiceId, messageId, expiresAt: later });
    for (const bad of ['', 'x', token.slice(0, -1), token.slice(0, 40), `${token}A`, `${token}=`, `${token.slice(0, -1)}+`, 'a.b', '💥'.repeat(20), 'A'.repeat(71)]) {
      const r = readInvoicePageToken(key, bad, now);
      assert.ok('problem' in r && (r.problem === 'malformed' || r.problem === 'tampered'), `${bad}: ${JSON.stringify(r)}`);
      if (bad.length !== 71 && bad.length !== 50) assert.deepEqual(r, { problem: 'malformed' }, bad);
    }
  });

  test('a signed token of another version is "malformed"', () => {
    const token = invoicePageToken(key, { invoiceId, expiresAt: later });
    const bytes = Buffer.from(token, 'base64url');
    bytes[0] = 2;
    const payload = bytes.subarray(0, 21);
    createHmac('sha256', key).update(payload).digest().copy(bytes, 21, 0, 16);
    assert.deepEqual(readInvoicePageToken(key, bytes.toString('base64url'), now), { problem: 'malformed' });
  });

  test('refuses to sign what it could not read back', () => {
    assert.throws(() => invoicePageToken(key, { invoiceId: 'inv-1', expiresAt: later }), RangeError);
    assert.throws(() => invoicePageToken(key, { invoiceId, messageId: 'm1', expiresAt: later }), RangeError);
    assert.throws(() => invoicePageToken(key, { invoiceId, expiresAt: 2 ** 32 }), RangeError);
  });
});

describe("a message's payment link", () => {
  const settings = complianceSettings(loadConfig({ REMIT_PUBLIC_URL: 'https://remit.example.com/', REMIT_INVOICE_PAGE_TTL: 'P7D' }), 'secret-0123456789abcdef');
  const to = { customerId: randomUUID(), address: 'ada@example.com', firstToNumber: false };
  const issuedAt = new Date('2026-12-01T09:00:00.500Z');

  test('is the invoice page, naming the message, expiring REMIT_INVOICE_PAGE_TTL after the message was drafted, the same on a retry', () => {
    const link = footerValues(settings, 'sms', to, issuedAt, { invoiceId, messageId }).values.paymentLink!;
    assert.match(link, /^https:\/\/remit\.example\.com\/i\/[A-Za-z0-9_-]{71}$/);
    const token = link.slice('https://remit.example.com/i/'.length);
    assert.deepEqual(readInvoicePageToken(settings.invoicePageKey, token, issuedAt), { claim: { invoiceId, messageId, expiresAt: Math.floor(issuedAt.getTime() / 1000) + 7 * 86_400 } });
    assert.equal(footerValues(settings, 'sms', to, issuedAt, { invoiceId, messageId }).values.paymentLink, link);
    assert.ok(link.length <= 100, 'within the payment link length the SMS budget check assumes');
  });

  test("without a page it is left to the invoice's own paymentUrl; a preview sample gets a placeholder", () => {
    assert.equal(Object.hasOwn(footerValues(settings, 'email', to, issuedAt).values, 'paymentLink'), false);
    assert.equal(footerValues(settings, 'email', to, issuedAt, {}).values.paymentLink, 'https://remit.example.com/i/…');
  });

  test('REMIT_INVOICE_PAGE_TTL is a positive ISO-8601 duration of at most ten years', () => {
    assert.equal(complianceSettings(loadConfig({}), 's').invoicePageTtlMs, 30 * 86_400_000);
    for (const bad of ['30 days', '-P1D', 'PT0S', 'P3651D', 'PT87649H']) assert.throws(() => loadConfig({ REMIT_INVOICE_PAGE_TTL: bad }), /REMIT_INVOICE_PAGE_TTL/, bad);
  });
});
