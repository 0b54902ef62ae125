import { describe, expect, it } from 'vitest';
import { compareCodePoints, formatFixed, norm, pyRepr, pyStr } from '../../src/eval/index.js';
import { python, skipReason } from './helpers.js';

const NAMES = [
  'U.S.',
  'US',
  'us',
  'U.S',
  'u.s.',
  'Russia’s',
  "Russia's",
  'the United Nations',
  'The United Nations',
  'THE  United   Nations ',
  'the the X',
  'them',
  'theory',
  'Erdoğan',
  'al-Assad',
  'Al-Nusra Front',
  "Côte d'Ivoire",
  'São Tomé',
  'Müller',
  'ﬁnance',
  'Ｕ．Ｓ．',
  'Ⅻ',
  '²',
  'Ørsted',
  'Łódź',
  'Straße',
  "x's_y",
  "x's-y",
  "Jones's's",
  "it's",
  "'s",
  "s's",
  "'S",
  "O'Neil",
  'O’Neil',
  "ISIS's fighters",
  "St. Petersburg's",
  '100%',
  'a\tb\nc',
  'under_score',
  '  ',
  '',
  '.',
  "'",
  '‘quoted’',
  '"Daesh"',
  'U.S.-led coalition',
  'US-led coalition against IS',
  'Hezbollah (Lebanon)',
  'A&B',
  '北京',
  'Ali Akbar Velayati',
  'the',
  'the ',
  ' the x',
  'The-Kremlin',
  "the Kremlin's",
  'Kim Jong-un',
  'Dr. Ayman al-Zawahiri',
  '7th Fleet',
  'é',
  'e\u0301',
  '\u00a0the\u00a0UN',
  '\u2028x',
  'ß',
  'İstanbul',
  'x\u200by',
];

// Non-string values, as Python's str() turns them into text before folding.
const VALUES: unknown[] = [null, true, false, 5, -3, 0, 1.5, 1e-5, 0.0001, 1e16, 123456789.25, [1, 'a'], { k: 'v' }, 'text'];

describe(skipReason ? `norm against score.py — ${skipReason}` : 'norm against score.py', () => {
  it.skipIf(skipReason)('agrees on a table of names', () => {
    const theirs = python<string[]>('print(json.dumps([norm(x) for x in data]))', NAMES);
    expect(NAMES.map(norm)).toEqual(theirs);
  });

  it.skipIf(skipReason)('agrees on non-string JSON values (str() first)', () => {
    const theirs = python<Array<[string, string]>>('print(json.dumps([[str(x), norm(x)] for x in data]))', VALUES);
    expect(VALUES.map((v) => [pyStr(v), norm(v)])).toEqual(theirs);
  });

  it.skipIf(skipReason)('formats floats as Python does (round half to even on the exact value)', () => {
    const xs: number[] = [];
    for (let d = 1; d <= 40; d++) for (let n = 0; n <= d; n++) xs.push(n / d);
    xs.push(0.125, 0.375, 0.625, 0.875, 0.0625, 0.3125, 0.9375, 2 / 3, 0.005, 0.0005, 0.9995, 0.995);
    const theirs = python<Array<[string, string]>>('print(json.dumps([[f"{x:.2f}", f"{x:.3f}"] for x in data]))', xs);
    expect(xs.map((x) => [formatFixed(x, 2), formatFixed(x, 3)])).toEqual(theirs);
  });

  it.skipIf(skipReason)('prints lists of ids as Python repr does', () => {
    const lists = [['a', 'b'], ["it's"], ['say "x"'], ['both \' and "'], ['back\\slash', 'tab\t', 'nbsp\u00a0', 'é', '\u0007', '\u200b']];
    const theirs = python<string[]>('print(json.dumps([repr(x) for x in data]))', lists);
    expect(lists.map(pyRepr)).toEqual(theirs);
  });

  it.skipIf(skipReason)('sorts as Python does', () => {
    const xs = ['b', 'a', 'B', '\uffff', '\u{1F600}', 'ab', 'a', 'é', 'Z'];
    const theirs = python<string[]>('print(json.dumps(sorted(data)))', xs);
    expect([...xs].sort(compareCodePoints)).toEqual(theirs);
  });
});

describe('norm', () => {
  it.each([
    ['U.S.', 'us'],
    ['US', 'us'],
    ['us', 'us'],
    ['Russia’s', 'russia'],
    ['the United Nations', 'united nations'],
    ['Erdoğan', 'erdogan'],
    ['al-Assad', 'al assad'],
    ["x's_y", 'xs y'],
    ['the the X', 'the x'],
    [null, 'none'],
  ])('%s → %s', (input, expected) => {
    expect(norm(input)).toBe(expected);
  });

  it('rounds ties to even where toFixed rounds up', () => {
    expect(formatFixed(0.125, 2)).toBe('0.12');
    expect(formatFixed(0.375, 2)).toBe('0.38');
    expect(formatFixed(0.0625, 3)).toBe('0.062');
    expect(formatFixed(1, 3)).toBe('1.000');
    expect(formatFixed(0, 2)).toBe('0.00');
  });
});
