// Turns the date notations found in news input into ISO `YYYY-MM-DD` calendar dates.
//
// Ambiguity rule for all-numeric dates:
// - with slashes, `4/10/2017` is US month/day/year, as FA-KES and US sites write it; only when the
//   first field cannot be a month (`19/7/2016`) is it read as day/month/year;
// - with dashes or dots, `09-07-2015` / `09.07.2015` is day-month-year, as European and Arab sites
//   write it; only when the second field cannot be a month (`07-19-2015`) is it month-day-year;
// - a year first (`2016-10-11`, `2016/10/11`) is always year-month-day.
// `dateOrder` ('mdy' default, or 'dmy', `--date-order`) says how slashed dates are read when both
// readings are possible; `isAmbiguousDate` tells such dates, which a date in the URL overrides.
// Two-digit years (`4/5/17`) are 2000–2069 for 00–69 and 1970–1999 for 70–99.
// Timestamps keep the calendar date as written: `2016-10-11T23:30:00-05:00` is 2016-10-11, not
// converted to UTC, because the publisher's own day is the one the text refers to ("on Monday").

const MONTHS: Record<string, number> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};

const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const WEEKDAY = '(?:mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)';
const ORDINAL = '(?:st|nd|rd|th)?';

/** Words that introduce a date on news pages ("Published July 19 2016", "Date of publication 5 August 2016"). */
export const DATE_PREFIX = '(?:(?:last\\s+)?updated|published|posted|date\\s+of\\s+publication|date)(?:\\s+on)?\\s*:?\\s*';

/**
 * The date notations as a regex source without anchors (case-insensitive use), for finding a date
 * inside a line; `normalizeDate` decides whether what was found is a real date.
 */
export const DATE_PATTERN =
  `(?:${WEEKDAY}\\.?,?\\s+)?(?:` +
  [
    '\\d{4}-\\d{1,2}-\\d{1,2}(?:T\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}(?::?\\d{2})?)?)?',
    '\\d{4}/\\d{1,2}/\\d{1,2}',
    '\\d{1,2}/\\d{1,2}/(?:\\d{4}|\\d{2})',
    '\\d{1,2}[-.]\\d{1,2}[-.]\\d{4}',
    `\\d{1,2}${ORDINAL}\\s+(?:of\\s+)?${MONTH}\\.?,?\\s+\\d{4}`,
    `${MONTH}\\.?\\s+\\d{1,2}${ORDINAL},?\\s+\\d{4}`,
  ].join('|') +
  ')';

const PREFIX_RE = new RegExp(`^${DATE_PREFIX}`, 'i');
const WEEKDAY_RE = new RegExp(`^${WEEKDAY}\\.?,?\\s+`, 'i');
const TIME_SUFFIX_RE = /[,\s]+(?:at\s+)?\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?(?:\s*(?:[a-z]{2,4}|[+-]\d{2}:?\d{2}))?$/i;

const ISO_RE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?)?$/i;
const YMD_RE = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/;
const SLASH_RE = /^(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})$/;
const DASH_RE = /^(\d{1,2})[-.](\d{1,2})[-.](\d{4})$/;
const DAY_MONTH_RE = new RegExp(`^(\\d{1,2})${ORDINAL}\\s+(?:of\\s+)?(${MONTH})\\.?,?\\s+(\\d{4})$`, 'i');
const MONTH_DAY_RE = new RegExp(`^(${MONTH})\\.?\\s+(\\d{1,2})${ORDINAL},?\\s+(\\d{4})$`, 'i');

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** ISO date when y/m/d is a real calendar date, else undefined (month 13, Feb 30). */
export function isoDate(year: number, month: number, day: number): string | undefined {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return undefined;
  if (year < 1000 || year > 2999 || month < 1 || month > 12 || day < 1) return undefined;
  if (day > daysInMonth(year, month)) return undefined;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function fullYear(y: string): number {
  const n = Number(y);
  if (y.length !== 2) return n;
  return n < 70 ? 2000 + n : 1900 + n;
}

function monthNumber(name: string): number {
  return MONTHS[name.toLowerCase().replace(/\.$/, '')] ?? 0;
}

/**
 * The ISO `YYYY-MM-DD` for a date as written in news input, or undefined when it is not one.
 *
 * @example normalizeDate('4/10/2017') // '2017-04-10'
 */
export function normalizeDate(s: string, dateOrder: DateOrder = 'mdy'): string | undefined {
  if (typeof s !== 'string') return undefined;
  let t = s.trim().replace(/\s+/g, ' ');
  if (t === '') return undefined;

  const iso = ISO_RE.exec(t);
  if (iso) return isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));

  t = t.replace(PREFIX_RE, '').replace(WEEKDAY_RE, '').replace(TIME_SUFFIX_RE, '').trim();

  let m = YMD_RE.exec(t);
  if (m) return isoDate(Number(m[1]), Number(m[2]), Number(m[3]));

  m = SLASH_RE.exec(t);
  if (m) {
    const [a, b, y] = [Number(m[1]), Number(m[2]), fullYear(m[3]!)];
    if (dateOrder === 'dmy') return b > 12 ? isoDate(y, a, b) : isoDate(y, b, a);
    return a > 12 ? isoDate(y, b, a) : isoDate(y, a, b);
  }

  m = DASH_RE.exec(t);
  if (m) {
    const [a, b, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return b > 12 ? isoDate(y, a, b) : isoDate(y, b, a);
  }

  m = DAY_MONTH_RE.exec(t);
  if (m) return isoDate(Number(m[3]), monthNumber(m[2]!), Number(m[1]));

  m = MONTH_DAY_RE.exec(t);
  if (m) return isoDate(Number(m[3]), monthNumber(m[1]!), Number(m[2]));

  return undefined;
}

/** How slashed all-numeric dates are read: month first (US, the default) or day first. */
export type DateOrder = 'mdy' | 'dmy';
export const DATE_ORDERS: readonly DateOrder[] = ['mdy', 'dmy'];

/**
 * Whether a date is all-numeric with slashes and reads as two different days (`4/10/2017`:
 * April 10 or October 4); `19/7/2016` and `4/4/2017` are not.
 *
 * @example isAmbiguousDate('4/10/2017') // true
 */
export function isAmbiguousDate(s: string): boolean {
  const m = SLASH_RE.exec(s.trim());
  if (!m) return false;
  const [a, b] = [Number(m[1]), Number(m[2])];
  return a !== b && a >= 1 && a <= 12 && b >= 1 && b <= 12;
}

/**
 * The date in a news URL's path (`/2016/10/11/`, `/20161011/`, `/2016-10-11/`), or undefined.
 * Only the path is searched: hosts and query strings carry ids that look like dates.
 */
export function dateFromUrl(url: string): string | undefined {
  let path: string;
  try {
    path = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(url) ? url : `http://${url}`).pathname;
  } catch {
    return undefined;
  }
  const patterns = [
    /\/(\d{4})\/(\d{1,2})\/(\d{1,2})(?=\/|$|[-_.])/,
    /\/(\d{4})-(\d{2})-(\d{2})(?=\/|$|[-_.])/,
    /\/(\d{4})(\d{2})(\d{2})(?=\/|$|[-_.])/,
  ];
  for (const re of patterns) {
    const m = re.exec(path);
    if (!m) continue;
    const year = Number(m[1]);
    // Eight-digit article numbers (`/12345678/`) would otherwise pass as dates.
    if (year < 1990 || year > 2100) continue;
    const d = isoDate(year, Number(m[2]), Number(m[3]));
    if (d) return d;
  }
  return undefined;
}
