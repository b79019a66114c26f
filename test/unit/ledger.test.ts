// The invoice ledger: what is due, what is credit, when a refund reopens. Checked against a
// model over every sequence of up to four payments and refunds of a few sizes.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { amountDue, credit, isPaidInFull, pay, refund, type Ledger } from '../../src/domain/ledger';

describe('ledger', () => {
  test('the issue case: 100 + 100 paid on 100, 100 refunded: paid, no credit, not reopened', () => {
    let l: Ledger = { original: 10000n, paid: 0n };
    const a = pay(l, 10000n);
    assert.deepEqual([a.completes, a.overpaid], [true, 0n]);
    const b = pay((l = a.ledger), 10000n);
    assert.deepEqual([b.completes, b.overpaid, credit(b.ledger)], [false, 10000n, 10000n]);
    const r = refund((l = b.ledger), 10000n);
    assert.ok(r.ok);
    assert.deepEqual([r.reopens, isPaidInFull(r.ledger), credit(r.ledger), amountDue(r.ledger)], [false, true, 0n, 0n]);
  });

  test('a refund of more than was paid is refused, naming what can be refunded', () => {
    assert.deepEqual(refund({ original: 100n, paid: 40n }, 41n), { ok: false, refundable: 40n });
    assert.deepEqual(refund({ original: 100n, paid: 0n }, 1n), { ok: false, refundable: 0n });
  });

  test('every sequence of payments and refunds agrees with a plain model', () => {
    const sizes = [1n, 50n, 100n, 150n];
    const ops = sizes.flatMap((n) => [
      ['pay', n],
      ['refund', n],
    ]) as ['pay' | 'refund', bigint][];
    let checked = 0;
    const walk = (l: Ledger, depth: number) => {
      // The model: due and credit are what paid is short of, or beyond, the original.
      assert.equal(amountDue(l), l.paid < l.original ? l.original - l.paid : 0n);
      assert.equal(credit(l), l.paid > l.original ? l.paid - l.original : 0n);
      assert.ok(l.paid >= 0n, 'never negative');
      checked++;
      if (depth === 4) return;
      for (const [op, n] of ops) {
        if (op === 'pay') {
          const r = pay(l, n);
          assert.equal(r.ledger.paid, l.paid + n);
          assert.equal(r.completes, l.paid < l.original && l.paid + n >= l.original);
          assert.equal(r.overpaid, l.paid + n > l.original ? (l.paid >= l.original ? n : l.paid + n - l.original) : 0n);
          walk(r.ledger, depth + 1);
        } else {
          const r = refund(l, n);
          if (n > l.paid) {
            assert.equal(r.ok, false);
            continue;
          }
          assert.ok(r.ok);
          assert.equal(r.reopens, l.paid >= l.original && l.paid - n < l.original);
          walk(r.ledger, depth + 1);
        }
      }
    };
    walk({ original: 100n, paid: 0n }, 0);
    assert.ok(checked > 1000, `${checked} states`);
  });
});
