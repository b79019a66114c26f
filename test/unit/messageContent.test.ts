import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { consolidatedValues } from '../../activities/consolidation';
import { outgoingMessage } from '../../activities/messageContent';
import { Prisma } from '../../src/generated/prisma/client';

const H = 3_600_000;
const at = new Date('2026-06-10T11:00:00Z');
const defaults = { defaultTimezone: 'Europe/London', defaultLocale: 'en-GB' };
const customer = { name: 'Ada', timezone: null, locale: 'en-US' };
const invoice = (number: string, amountDue: string, currency: string, paymentUrl: string | null = null) => ({
  number,
  amountDue: new Prisma.Decimal(amountDue),
  currency,
  dueAt: new Date('2026-06-01T00:00:00Z'),
  paymentUrl,
});
const base = {
  messageId: 'm1',
  idempotencyKey: 'inv:0:email',
  invoiceId: 'inv',
  to: 'ada@example.com',
  content: { subject: 'Invoice INV-1', body: 'Pay <now>', adapted: [] },
  values: { customerName: 'Ada', invoiceNumber: 'INV-1', amountDue: '$10.00', paymentLink: 'https://pay/1' },
  unsubscribeUrl: 'https://remit.test/u/t',
  lastInboundAt: null,
  at,
};

describe('outgoingMessage', () => {
  test('an email carries its HTML part and the one-click unsubscribe headers', () => {
    const m = outgoingMessage({ ...base, channel: 'email' });
    assert.equal(m.subject, 'Invoice INV-1');
    assert.match(m.html ?? '', /Pay &lt;now&gt;/);
    assert.deepEqual(m.headers, { 'List-Unsubscribe': '<https://remit.test/u/t>', 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' });
    assert.equal(m.whatsappSessionOpen, undefined);
  });

  test('an SMS is its text alone', () => {
    const m = outgoingMessage({ ...base, channel: 'sms', to: '+15005550006', content: { body: 'Pay now', adapted: [] } });
    assert.deepEqual(m, { messageId: 'm1', idempotencyKey: 'inv:0:email', invoiceId: 'inv', channel: 'sms', to: '+15005550006', body: 'Pay now' });
  });

  test('WhatsApp: the session is open within a day of the customer writing, and the template variables are there either way', () => {
    const wa = (lastInboundAt: Date | null) => outgoingMessage({ ...base, channel: 'whatsapp', to: '+15005550006', lastInboundAt });
    assert.equal(wa(new Date(at.getTime() - 23 * H)).whatsappSessionOpen, true);
    assert.equal(wa(new Date(at.getTime() - 24 * H)).whatsappSessionOpen, false);
    assert.equal(wa(null).whatsappSessionOpen, false);
    assert.deepEqual(wa(null).templateVariables, { '1': 'Ada', '2': 'INV-1', '3': '$10.00', '4': 'https://pay/1' });
    assert.deepEqual(outgoingMessage({ ...base, channel: 'whatsapp', values: {} }).templateVariables, { '1': 'there', '2': '', '3': '', '4': '' });
  });
});

describe('consolidatedValues', () => {
  test('a line per invoice with its own page, the first invoice its tokens, and a total per currency', () => {
    const pages = ['https://remit/i/a', 'https://remit/i/b', 'https://remit/i/c'];
    const v = consolidatedValues(defaults, [invoice('INV-1', '10.50', 'USD', 'https://pay/1'), invoice('INV-2', '4.50', 'USD'), invoice('INV-3', '7', 'EUR')], pages, customer, at);
    assert.equal(v.invoiceNumber, 'INV-1');
    assert.equal(v.totalDue, '$15.00 + €7.00');
    const lines = v.invoiceList!.split('\n');
    assert.equal(lines.length, 3);
    // The page, not the invoice's payment URL: the customer can also answer there, and the page leads to the payment URL.
    assert.match(lines[0]!, /^- INV-1: \$10\.50, due .+, pay or answer at https:\/\/remit\/i\/a$/);
    assert.match(lines[1]!, /^- INV-2: \$4\.50, due .+, pay or answer at https:\/\/remit\/i\/b$/);
    assert.match(lines[2]!, /^- INV-3: €7\.00, due .+, pay or answer at https:\/\/remit\/i\/c$/);
  });
});
