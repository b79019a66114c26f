import assert from 'node:assert/strict';
import { test } from 'node:test';
import { invoiceChange, pauseColumns, pauseOf, sendBlock, type InvoiceRow, type PauseInfo } from '../../src/domain/invoiceState';

const row = (over: Partial<InvoiceRow> = {}): InvoiceRow => ({
  status: 'open',
  currency: 'USD',
  amountDue: { toFixed: (d: number) => (1250.5).toFixed(d) },
  pauseKind: null,
  pausedBy: null,
  pauseReason: null,
  pausedAt: null,
  pausedUntil: null,
  ...over,
});

test('a pause written to the row reads back the same', () => {
  const pauses: PauseInfo[] = [
    { kind: 'reply', actor: 'customer', reason: 'customer replied by sms', since: '2026-11-01T10:00:00.000Z' },
    { kind: 'support', actor: 'agent@example.com', until: '2026-12-09T00:00:00.000Z', since: '2026-11-02T10:00:00.000Z' },
    { kind: 'attention', actor: 'remit', reason: 'no usable channel', since: '2026-11-03T10:00:00.000Z' },
  ];
  for (const p of pauses) assert.deepEqual(pauseOf(row({ status: 'paused', ...pauseColumns(p) })), p);
});

test('only a paused invoice has a pause; clearing empties every pause column', () => {
  assert.equal(pauseOf(row({ status: 'open', pauseKind: 'support', pausedBy: 'x', pausedAt: new Date() })), undefined);
  assert.deepEqual(pauseColumns(undefined), { pauseKind: null, pausedBy: null, pauseReason: null, pausedAt: null, pausedUntil: null });
});

test('the change told to the follow-up carries the committed amount in minor units, the status, the pause and why', () => {
  assert.deepEqual(invoiceChange(row()), { status: 'open', amountDueMinor: '125050' });
  assert.deepEqual(invoiceChange(row({ status: 'paid', amountDue: { toFixed: (d) => (0).toFixed(d) } }), 'paid in full'), { status: 'paid', amountDueMinor: '0', reason: 'paid in full' });
  const jpy = row({ currency: 'JPY', amountDue: { toFixed: (d) => (1250).toFixed(d) } });
  assert.equal(invoiceChange(jpy).amountDueMinor, '1250');
  const p: PauseInfo = { kind: 'support', actor: 'agent', since: '2026-11-02T10:00:00.000Z' };
  assert.deepEqual(invoiceChange(row({ status: 'paused', ...pauseColumns(p) })).pause, p);
});

test('a lapsed pause no longer blocks a send', () => {
  const now = new Date('2026-12-01T00:00:00Z');
  assert.equal(sendBlock({ status: 'paused', pausedUntil: new Date('2026-11-30T00:00:00Z') }, now), undefined);
  assert.equal(sendBlock({ status: 'paused', pausedUntil: new Date('2026-12-02T00:00:00Z') }, now), 'invoice_paused');
  assert.equal(sendBlock({ status: 'paused', pausedUntil: null }, now), 'invoice_paused');
  assert.equal(sendBlock({ status: 'paid' }, now), 'invoice_paid');
  assert.equal(sendBlock({ status: 'void' }, now), 'invoice_void');
});
