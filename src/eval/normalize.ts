// Name normalization and the few Python behaviours the evaluation must reproduce so that it
// agrees exactly with the reference scorer `../shared/eval/score.py`:
// `norm` (its name folding), `pyStr`/`pyRepr` (Python's `str()`/`repr()` of JSON values),
// `formatFixed` (Python's `f"{x:.Nf}"`, which rounds half to even on the exact binary value,
// where JavaScript's `toFixed` rounds ties up) and `compareCodePoints` (Python's string order).

/**
 * Python's `str()` of a value parsed from JSON. Strings are returned as they are.
 * JSON does not keep Python's int/float distinction once parsed by JavaScript: integral
 * numbers are printed as Python ints (`1.0` in a file prints as `1`, not `1.0`), others as
 * Python floats (`1e-05`, `0.5`, `1e+16`).
 */
export function pyStr(value: unknown): string {
  return typeof value === 'string' ? value : pyRepr(value);
}

/** Python's `repr()` of a value parsed from JSON (`None`, `True`, `'text'`, `[1, 'a']`, `{'k': 1}`). */
export function pyRepr(value: unknown): string {
  if (value === null || value === undefined) return 'None';
  if (value === true) return 'True';
  if (value === false) return 'False';
  if (typeof value === 'string') return pyStringRepr(value);
  if (typeof value === 'number') return pyNumberRepr(value);
  if (typeof value === 'bigint') return value.toString();
  if (Array.isArray(value)) return `[${value.map(pyRepr).join(', ')}]`;
  if (typeof value === 'object') {
    const items = Object.entries(value as Record<string, unknown>).map(([k, v]) => `${pyStringRepr(k)}: ${pyRepr(v)}`);
    return `{${items.join(', ')}}`;
  }
  return String(value);
}

function pyNumberRepr(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  if (Number.isInteger(x)) return BigInt(x).toString();
  return pyFloatRepr(x);
}

/** Python's `repr(float)`: the shortest round-trip digits, exponent form below 1e-4 and from 1e16. */
export function pyFloatRepr(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  const sign = x < 0 ? '-' : '';
  const [mantissa, e] = Math.abs(x).toExponential().split('e');
  const digits = mantissa!.replace('.', '');
  const exp = Number(e);
  if (exp >= -4 && exp < 16) {
    if (exp < 0) return `${sign}0.${'0'.repeat(-exp - 1)}${digits}`;
    if (digits.length <= exp + 1) return `${sign}${digits}${'0'.repeat(exp + 1 - digits.length)}.0`;
    return `${sign}${digits.slice(0, exp + 1)}.${digits.slice(exp + 1)}`;
  }
  const frac = digits.length > 1 ? `.${digits.slice(1)}` : '';
  const expText = `${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  return `${sign}${digits[0]}${frac}e${expText}`;
}

// Python's str.isprintable() is false for these categories (space excepted).
const NOT_PRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;

/** Python's `repr(str)`: single quotes unless the text holds `'` and no `"`; escapes as CPython does. */
export function pyStringRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (ch === quote || ch === '\\') out += `\\${ch}`;
    else if (ch === '\t') out += '\\t';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (cp < 0x20 || cp === 0x7f) out += `\\x${hex(cp, 2)}`;
    else if (cp < 0x7f) out += ch;
    else if (ch !== ' ' && NOT_PRINTABLE.test(ch)) {
      if (cp <= 0xff) out += `\\x${hex(cp, 2)}`;
      else if (cp <= 0xffff) out += `\\u${hex(cp, 4)}`;
      else out += `\\U${hex(cp, 8)}`;
    } else out += ch;
  }
  return out + quote;
}

function hex(n: number, width: number): string {
  return n.toString(16).padStart(width, '0');
}

/**
 * The name folding of the guidelines, exactly as score.py's `norm`:
 * curly apostrophe → `'`; NFKD, then every non-ASCII character dropped; lower case; a
 * possessive `'s` before a word boundary dropped (Python's `'s\b`, where `_` is a word
 * character: `x's_y` keeps its `'s`); `.` and `'` dropped; any other run of characters
 * outside `[a-z0-9 ]` → one space; spaces collapsed and trimmed; one leading `the ` dropped.
 * Non-string values are first turned into text as Python's `str()` does (`null` → `none`).
 *
 * `U.S.` = `US` = `us`; `Russia’s` → `russia`; `the United Nations` → `united nations`;
 * `Erdoğan` → `erdogan`; `al-Assad` → `al assad`.
 */
export function norm(value: unknown): string {
  let s = pyStr(value).replace(/\u2019/g, "'");
  s = s
    .normalize('NFKD')
    .replace(/[^\x00-\x7f]/gu, '')
    .toLowerCase();
  s = s.replace(/'s\b/g, '');
  s = s.replace(/[.']/g, '');
  s = s.replace(/[^a-z0-9 ]+/g, ' ');
  s = s.replace(/\s+/g, ' ').trim();
  return s.replace(/^the /, '');
}

/**
 * Python's `f"{x:.{digits}f}"`: the exact binary value of `x` rounded half to even
 * (`formatFixed(0.125, 2)` is `0.12`, where `(0.125).toFixed(2)` is `0.13`).
 */
export function formatFixed(x: number, digits: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  const negative = x < 0 || Object.is(x, -0);
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, Math.abs(x));
  const hi = view.getUint32(0);
  const lo = view.getUint32(4);
  const expBits = (hi >>> 20) & 0x7ff;
  let mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let exp: number;
  if (expBits === 0) exp = -1074;
  else {
    mant |= 1n << 52n;
    exp = expBits - 1075;
  }
  // |x| = mant · 2^exp exactly; n = round_half_even(|x| · 10^digits).
  const scale = 10n ** BigInt(digits);
  let n: bigint;
  if (exp >= 0) n = (mant << BigInt(exp)) * scale;
  else {
    const num = mant * scale;
    const den = 1n << BigInt(-exp);
    n = num / den;
    const twiceRest = (num % den) * 2n;
    if (twiceRest > den || (twiceRest === den && (n & 1n) === 1n)) n += 1n;
  }
  let s = n.toString();
  if (digits > 0) {
    s = s.padStart(digits + 1, '0');
    s = `${s.slice(0, -digits)}.${s.slice(-digits)}`;
  }
  return (negative ? '-' : '') + s;
}

/** Python's `f"{s:{width}s}"`: left-aligned, padded with spaces to `width` code points, never cut. */
export function padRight(s: string, width: number): string {
  const length = [...s].length;
  return length >= width ? s : s + ' '.repeat(width - length);
}

/** Python's string order (by code point; JavaScript's `<` compares UTF-16 units). */
export function compareCodePoints(a: string, b: string): number {
  const ia = a[Symbol.iterator]();
  const ib = b[Symbol.iterator]();
  for (;;) {
    const ca = ia.next();
    const cb = ib.next();
    if (ca.done) return cb.done ? 0 : -1;
    if (cb.done) return 1;
    const d = ca.value.codePointAt(0)! - cb.value.codePointAt(0)!;
    if (d !== 0) return d;
  }
}
