import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { currencyDigits, formatMoney, fromMinor, isCurrency, toMinor } from '../../src/domain/money';

const NBSP = '\u00a0';

describe('currencyDigits', () => {
  const cases: Array<[string, number]> = [
    ['JPY', 0],
    ['KRW', 0],
    ['USD', 2],
    ['EUR', 2],
    ['GBP', 2],
    ['KWD', 3],
    ['BHD', 3],
  ];
  for (const [currency, digits] of cases) test(`${currency} → ${digits}`, () => assert.equal(currencyDigits(currency), digits));
});

describe('isCurrency', () => {
  for (const code of ['USD', 'EUR', 'JPY', 'KWD', 'GBP']) test(`${code} → true`, () => assert.equal(isCurrency(code), true));
  for (const code of ['usd', 'Usd', 'XXZ', 'US', 'USDD', '', ' USD', 'US1']) {
    test(`${JSON.stringify(code)} → false`, () => assert.equal(isCurrency(code), false));
  }
});

describe('toMinor', () => {
  const cases: Array<[string, number, bigint]> = [
    // USD, 2 digits
    ['0', 2, 0n],
    ['0.00', 2, 0n],
    ['1', 2, 100n],
    ['0.01', 2, 1n],
    ['1.5', 2, 150n],
    ['1.50', 2, 150n],
    ['1.500', 2, 150n], // trailing zeros beyond the currency's digits are fine
    ['1.5000', 2, 150n],
    ['1250.5', 2, 125050n],
    ['007.10', 2, 710n],
    ['999999999999999.99', 2, 99999999999999999n], // 15 integer digits: beyond float precision
    ['123456789012345.67', 2, 12345678901234567n],
    // JPY, 0 digits
    ['0', 0, 0n],
    ['1250', 0, 1250n],
    ['1250.0', 0, 1250n],
    ['1250.000', 0, 1250n],
    // KWD, 3 digits
    ['1.005', 3, 1005n],
    ['1.0050', 3, 1005n],
    ['12.5', 3, 12500n],
    ['0.001', 3, 1n],
  ];
  for (const [amount, digits, minor] of cases) {
    test(`${amount} with ${digits} digits → ${minor}n`, () => assert.equal(toMinor(amount, digits), minor));
  }

  const rejected: Array<[string, number, string]> = [
    ['1.005', 2, 'too many decimals for USD'],
    ['1.001', 2, 'too many decimals for USD'],
    ['0.001', 2, 'too many decimals for USD'],
    ['1250.5', 0, 'decimals for JPY'],
    ['1.0005', 3, 'too many decimals for KWD'],
    ['1.00000', 2, 'more than 4 decimals'],
    ['1234567890123456', 2, 'more than 15 integer digits'],
    ['-1', 2, 'negative'],
    ['-0.01', 2, 'negative'],
    ['-0', 2, 'negative zero'],
    ['+1', 2, 'explicit plus sign'],
    ['1e3', 2, 'exponent notation'],
    ['1E3', 2, 'exponent notation'],
    ['1.5e2', 2, 'exponent notation'],
    ['abc', 2, 'not a number'],
    ['', 2, 'empty'],
    ['1.', 2, 'trailing point'],
    ['.5', 2, 'no integer part'],
    [' 1', 2, 'leading space'],
    ['1 ', 2, 'trailing space'],
    ['1,000', 2, 'thousands separator'],
    ['1,50', 2, 'comma decimal separator'],
    ['0x10', 2, 'hexadecimal'],
    ['Infinity', 2, 'Infinity'],
    ['NaN', 2, 'NaN'],
    ['１２', 2, 'full-width digits'],
  ];
  for (const [amount, digits, why] of rejected) {
    test(`${JSON.stringify(amount)} with ${digits} digits → undefined (${why})`, () => assert.equal(toMinor(amount, digits), undefined));
  }
});

describe('fromMinor', () => {
  const cases: Array<[bigint, number, string]> = [
    [0n, 2, '0.00'],
    [1n, 2, '0.01'],
    [10n, 2, '0.10'],
    [150n, 2, '1.50'],
    [125050n, 2, '1250.50'],
    [12345678901234567n, 2, '123456789012345.67'],
    [0n, 0, '0'],
    [1250n, 0, '1250'],
    [0n, 3, '0.000'],
    [5n, 3, '0.005'],
    [1005n, 3, '1.005'],
    [-1n, 2, '-0.01'],
    [-5n, 2, '-0.05'],
    [-150n, 2, '-1.50'],
    [-125050n, 2, '-1250.50'],
    [-1n, 0, '-1'],
    [-1250n, 0, '-1250'],
    [-1005n, 3, '-1.005'],
    [-5n, 3, '-0.005'],
  ];
  for (const [minor, digits, text] of cases) {
    test(`${minor}n with ${digits} digits → ${text}`, () => assert.equal(fromMinor(minor, digits), text));
  }
});

describe('toMinor ∘ fromMinor round trips', () => {
  const cases: Array<[string, string[]]> = [
    ['JPY', ['0', '1', '1250', '999999999999999']],
    ['USD', ['0.00', '0.01', '0.10', '1.00', '1250.50', '999999999999999.99']],
    ['KWD', ['0.000', '0.001', '1.005', '1250.500', '999999999999999.999']],
  ];
  for (const [currency, amounts] of cases) {
    test(currency, () => {
      const digits = currencyDigits(currency);
      for (const amount of amounts) {
        const minor = toMinor(amount, digits);
        assert.notEqual(minor, undefined, amount);
        assert.equal(fromMinor(minor!, digits), amount);
      }
    });
  }

  test('non-canonical input comes back canonical', () => {
    assert.equal(fromMinor(toMinor('1.5', 2)!, 2), '1.50');
    assert.equal(fromMinor(toMinor('007.100', 2)!, 2), '7.10');
    assert.equal(fromMinor(toMinor('12', 3)!, 3), '12.000');
  });
});

describe('formatMoney', () => {
  const cases: Array<[string, string, string, string]> = [
    ['1250', 'USD', 'en-US', '$1,250.00'],
    ['1250.5', 'USD', 'en-US', '$1,250.50'],
    ['0', 'USD', 'en-US', '$0.00'],
    ['1250', 'EUR', 'de-DE', `1.250,00${NBSP}€`],
    ['1250.00', 'EUR', 'de-DE', `1.250,00${NBSP}€`],
    ['1250', 'JPY', 'ja-JP', '￥1,250'],
    ['1250', 'JPY', 'en-US', '¥1,250'],
    ['1.005', 'KWD', 'en-US', `KWD${NBSP}1.005`],
    // Beyond float precision: formatted from the decimal string, not a rounded number.
    ['123456789012345.67', 'USD', 'en-US', '$123,456,789,012,345.67'],
    ['123456789012345.67', 'EUR', 'de-DE', `123.456.789.012.345,67${NBSP}€`],
    ['9007199254740993', 'JPY', 'en-US', '¥9,007,199,254,740,993'],
    ['999999999999999.99', 'USD', 'en-US', '$999,999,999,999,999.99'],
  ];
  for (const [amount, currency, locale, expected] of cases) {
    test(`${amount} ${currency} in ${locale} → ${expected}`, () => assert.equal(formatMoney(amount, currency, locale), expected));
  }

  test('the largest amount would have been rounded as a float', () => {
    // Guards the cases above: they only prove exactness if a Number would fail them.
    const usd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });
    assert.equal(usd.format(Number('999999999999999.99')), '$1,000,000,000,000,000.00');
  });
});
