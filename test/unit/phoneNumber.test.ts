// Which phone numbers Remit takes: canonical E.164 that some country's numbering plan assigns.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isAssignedE164 } from '../../src/domain/phoneNumber';

test('numbers countries assign are taken', () => {
  for (const n of ['+14155550123', '+18005550100', '+15005550006', '+33612345678', '+442071234567', '+447400123456', '+919812345678', '+5511912345678', '+61412345678']) {
    assert.equal(isAssignedE164(n), true, n);
  }
});

test('the right length is not enough: digits no numbering plan assigns are refused', () => {
  const cases: [string, string][] = [
    ['+10000000000', 'no NANP area code starts with 0'],
    ['+14151000000', 'no NANP exchange starts with 1'],
    ['+447700900123', "Ofcom's range kept for drama, never assigned"],
    ['+3221234567', 'Brussels numbers are 02 2-8…'],
    ['+999123456789', 'no country calling code 999'],
    ['+1415555012', 'a digit short'],
  ];
  for (const [n, why] of cases) assert.equal(isAssignedE164(n), false, `${n}: ${why}`);
});

test('only the canonical E.164 form: no spaces, punctuation, extension or national form', () => {
  for (const n of ['+1 415 555 0123', '+1 (415) 555-0123', '+14155550123;ext=12', '(415) 555-0123', '0014155550123', '']) {
    assert.equal(isAssignedE164(n), false, JSON.stringify(n));
  }
});
