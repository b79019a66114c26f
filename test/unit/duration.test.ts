import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { isOffset, parseOffset, type Offset } from '../../src/domain/duration';

const H = 3_600_000;
const M = 60_000;
const S = 1_000;

describe('parseOffset: valid offsets', () => {
  const cases: Array<[string, Offset]> = [
    ['-P1D', { sign: -1, days: 1, ms: 0 }],
    ['PT0S', { sign: 1, days: 0, ms: 0 }],
    ['-PT0S', { sign: -1, days: 0, ms: 0 }],
    ['P0D', { sign: 1, days: 0, ms: 0 }],
    ['P3D', { sign: 1, days: 3, ms: 0 }],
    ['+P3D', { sign: 1, days: 3, ms: 0 }],
    ['P14D', { sign: 1, days: 14, ms: 0 }],
    ['P1W', { sign: 1, days: 7, ms: 0 }],
    ['P2W3D', { sign: 1, days: 17, ms: 0 }],
    ['-P1W', { sign: -1, days: 7, ms: 0 }],
    ['PT30S', { sign: 1, days: 0, ms: 30 * S }],
    ['PT1.5S', { sign: 1, days: 0, ms: 1_500 }],
    ['PT0.001S', { sign: 1, days: 0, ms: 1 }],
    ['PT1.005S', { sign: 1, days: 0, ms: 1_005 }], // 1.005 * 1000 is 1004.999… as a float
    ['PT4.35S', { sign: 1, days: 0, ms: 4_350 }],
    ['-PT10S', { sign: -1, days: 0, ms: 10 * S }],
    ['PT2H', { sign: 1, days: 0, ms: 2 * H }],
    ['PT48H', { sign: 1, days: 0, ms: 48 * H }], // hours stay exact time, never become days
    ['PT90M', { sign: 1, days: 0, ms: 90 * M }],
    ['PT1H30M', { sign: 1, days: 0, ms: H + 30 * M }],
    ['PT1H30S', { sign: 1, days: 0, ms: H + 30 * S }],
    ['P1DT2H', { sign: 1, days: 1, ms: 2 * H }],
    ['-P1DT2H3M4.5S', { sign: -1, days: 1, ms: 2 * H + 3 * M + 4_500 }],
    ['P1W1DT1H1M1S', { sign: 1, days: 8, ms: H + M + S }],
  ];
  for (const [text, expected] of cases) {
    test(`${text} → sign ${expected.sign}, ${expected.days} day(s), ${expected.ms} ms`, () => {
      assert.deepEqual(parseOffset(text), expected);
      assert.equal(isOffset(text), true);
    });
  }
});

describe('parseOffset: rejected offsets', () => {
  const cases: Array<[string, string]> = [
    ['', 'empty string'],
    ['P', 'no components'],
    ['-P', 'sign without components'],
    ['PT', 'T without time components'],
    ['P1DT', 'trailing T'],
    ['1D', 'missing P'],
    ['p1d', 'lower case'],
    ['P1Y', 'years unsupported'],
    ['P1M', 'months unsupported'],
    ['P1Y2M3D', 'years and months unsupported'],
    ['P-1D', 'sign inside the duration'],
    ['--P1D', 'double sign'],
    ['PT1.2345S', 'more than 3 fractional second digits'],
    ['PT.5S', 'fraction without integer part'],
    ['PT1.S', 'decimal point without fraction'],
    ['PT1,5S', 'comma decimal separator'],
    ['P1.5D', 'fractional days'],
    ['PT1.5H', 'fractional hours'],
    ['P1H', 'hours without T'],
    ['PT1D', 'days after T'],
    ['PT5', 'number without unit'],
    ['PT1H2', 'trailing number without unit'],
    ['P1D1W', 'weeks after days'],
    ['PT1M1H', 'hours after minutes'],
    ['PT1S1M', 'minutes after seconds'],
    [' P1D', 'leading space'],
    ['P1D ', 'trailing space'],
    ['P1DX', 'trailing garbage'],
  ];
  for (const [text, why] of cases) {
    test(`${JSON.stringify(text)} (${why})`, () => {
      assert.equal(parseOffset(text), undefined);
      assert.equal(isOffset(text), false);
    });
  }
});
