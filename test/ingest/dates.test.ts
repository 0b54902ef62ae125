// Date notations of news input, table-driven, including the documented ambiguity rule.

import { describe, expect, it } from 'vitest';
import { dateFromUrl, normalizeDate } from '../../src/ingest/dates.js';

describe('normalizeDate', () => {
  it.each([
    ['4/10/2017', '2017-04-10'], // slashes: US month/day/year (FA-KES)
    ['4/5/2017', '2017-04-05'],
    ['12/31/2016', '2016-12-31'],
    ['19/7/2016', '2016-07-19'], // first field cannot be a month: day/month/year
    ['4/5/17', '2017-04-05'],
    ['2016-10-11', '2016-10-11'],
    ['2016-1-2', '2016-01-02'],
    ['2016/10/11', '2016-10-11'],
    ['15 Aug 2016', '2016-08-15'],
    ['15 August 2016', '2016-08-15'],
    ['15th of August, 2016', '2016-08-15'],
    ['August 15, 2016', '2016-08-15'],
    ['Aug 15 2016', '2016-08-15'],
    ['Aug. 15, 2016', '2016-08-15'],
    ['Sept 5 2016', '2016-09-05'],
    ['Wed 05 Apr 2017', '2017-04-05'],
    ['Saturday 20 August 2016', '2016-08-20'],
    ['Thu May 26 2016', '2016-05-26'],
    ['09-07-2015', '2015-07-09'], // dashes: day-month-year
    ['09.07.2015', '2015-07-09'],
    ['07-19-2015', '2015-07-19'], // second field cannot be a month: month-day-year
    ['Published July 19 2016', '2016-07-19'],
    ['Date of publication 5 August 2016', '2016-08-05'],
    ['Updated: August 15, 2016 10:30 GMT', '2016-08-15'],
    ['2016-10-11T08:00:00Z', '2016-10-11'],
    ['2016-10-11T23:30:00-05:00', '2016-10-11'], // the publisher's calendar day, not UTC
    ['2016-10-11 08:00', '2016-10-11'],
    ['  2016-10-11  ', '2016-10-11'],
    ['29 Feb 2016', '2016-02-29'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeDate(input)).toBe(expected);
  });

  it.each([
    ['13/13/2016'], // no month 13 either way
    ['2016-13-01'],
    ['2/30/2016'], // Feb 30
    ['29 Feb 2017'], // not a leap year
    ['31 Apr 2016'],
    ['0/10/2016'],
    ['yesterday'],
    [''],
    ['2016'],
    ['Foo 15 2016'],
    ['15 Aug 2016 and more'],
  ])('%s → undefined', (input) => {
    expect(normalizeDate(input)).toBeUndefined();
  });
});

describe('dateFromUrl', () => {
  it.each([
    ['http://presstv.ir/Detail/2016/10/11/488594/Iran-Russia', '2016-10-11'],
    ['https://example.com/news/20161011/story.html', '2016-10-11'],
    ['https://example.com/2016-10-11-story', '2016-10-11'],
    ['www.example.com/2016/1/5/story', '2016-01-05'],
  ])('%s → %s', (url, expected) => {
    expect(dateFromUrl(url)).toBe(expected);
  });

  it.each([
    ['https://example.com/story/12345678/'], // an article number, not a date
    ['https://example.com/2016/10/'], // no day
    ['https://20161011.example.com/story'], // host, not path
    ['https://example.com/story?d=20161011'], // query, not path
    ['https://example.com/2016/13/40/x'],
    ['not a url at all'],
  ])('%s → undefined', (url) => {
    expect(dateFromUrl(url)).toBeUndefined();
  });
});
