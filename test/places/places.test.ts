// Where an event happened: placeOf() on sentences, the place keys at the end of events.jsonl, the
// events table's place columns, and `query events --place`.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EVENT_KEYS } from '../../src/export/events.js';
import { placeOf } from '../../src/places/index.js';
import { loadLexicon } from '../../src/lexicon/load.js';
import { cli, seedsDir, tempDir } from '../fixtures/helpers.js';

describe('placeOf', () => {
  it('finds cities with their country and coordinates', () => {
    expect(placeOf('Russian jets struck rebels in Aleppo on Monday.')).toEqual({
      place: 'Aleppo',
      placeCountry: 'SYR',
      lat: 36.20124,
      lon: 37.16117,
    });
    expect(placeOf('Xi met Putin in Beijing on Friday.')).toMatchObject({ place: 'Beijing', placeCountry: 'CHN' });
    expect(placeOf('The two ministers met near Damascus.')?.placeCountry).toBe('SYR');
  }, 30_000);
  it('a border, a country, and names that are no place', () => {
    expect(placeOf('Hezbollah fighters clashed with Daesh on the Lebanon border.')).toEqual({
      place: 'Lebanon border',
      placeCountry: 'LBN',
    });
    expect(placeOf('Turkey deployed troops in Syria.')).toMatchObject({ place: 'Syria', placeCountry: 'SYR' });
    expect(placeOf('He said in March that Iran backs Syria.')).toBeUndefined();
    expect(placeOf("Nothing changed in Assad's view.")).toBeUndefined();
    expect(placeOf('The Islamic State in Iraq and the Levant attacked.')).toBeUndefined();
  });
  it("a name of several countries: the capital, a country the sentence names, the actors' country, or none", () => {
    expect(placeOf('Clashes in Tripoli left dozens dead.')?.placeCountry).toBe('LBY');
    expect(placeOf('Talks in Geneva, Switzerland, resumed.')?.placeCountry).toBe('CHE');
    expect(placeOf('Talks in Geneva resumed.')).toBeUndefined();
    expect(placeOf('Talks in Geneva resumed.', ['CHE'])?.placeCountry).toBe('CHE');
  });
});

describe("placeOf with the lexicon's places (non-actors.json, by country)", () => {
  const known = loadLexicon().nonActors.placeCountries;
  const country = (s: string) => placeOf(s, [], known)?.placeCountry;
  it('spellings the city gazetteer lacks, and names several countries have', () => {
    expect(country('Regime fighters were killed near Deir Ezzor.')).toBe('SYR');
    expect(country('Regime fighters were killed south of Deir al Zor.')).toBe('SYR');
    expect(placeOf('Regime fighters were killed south of Deir al Zor.', [], known)?.place).toBe('Deir al Zor');
    expect(country('Shelling resumed in Eastern Ghouta.')).toBe('SYR');
    expect(country('Airstrikes hit rebels in Hama.')).toBe('SYR');
    expect(country('Fighting raged near Marib.')).toBe('YEM');
    expect(country('Shelling hit a market in Donetsk.')).toBe('UKR');
    expect(country('Militants attacked a base near Timbuktu.')).toBe('MLI');
    // Contested places keep no country of the list.
    expect(known.has('golan heights')).toBe(false);
    expect(known.has('crimea')).toBe(false);
  });
  it('a direction or a holder before the name, a possessive that lost its apostrophe, a country run on', () => {
    expect(country('Clashes erupted in rebel-held eastern Aleppo.')).toBe('SYR');
    expect(country('Jets struck targets in Eastern Homs.')).toBe('SYR');
    expect(placeOf('Jets struck rebels in Syrias Idlib province.', [], known)).toMatchObject({ place: 'Idlib', placeCountry: 'SYR' });
    expect(placeOf('Rebels shelled villages in Hamas countryside.', [], known)).toMatchObject({ place: 'Hama', placeCountry: 'SYR' });
    expect(country('I am not optimistic about the prospects in Syria Obama said.')).toBe('SYR');
    expect(country('Rebels shelled the town in Aleppo Police Command said.')).toBe('SYR');
  });
  it("no place: the group Hamas, a direction alone, a law's reach", () => {
    expect(placeOf('Support for the truce grew in Hamas ranks.', [], known)).toBeUndefined();
    expect(placeOf('The offensive continued in Eastern parts.', [], known)).toBeUndefined();
    expect(placeOf('Jabhat al-Nusra, a group banned in Russia, attacked.', [], known)).toBeUndefined();
  });
});

describe('events with places', () => {
  it('place keys come last in events.jsonl; the table has them; query events --place filters', async () => {
    // Last but the counts of a repeated text (issue 16).
    expect(EVENT_KEYS.slice(-6)).toEqual(['place', 'placeCountry', 'lat', 'lon', 'articles', 'sources']);
    const out = tempDir();
    const r = await cli('build', seedsDir, '--out', out, '--name', 's', '--format', 'events-csv', '--no-cache', '-j', '1');
    expect(r.code, r.err).toBe(0);
    const lines = readFileSync(path.join(out, 's.events.jsonl'), 'utf8').trim().split('\n');
    const placed = lines.filter((l) => l.includes('"place"'));
    expect(placed.length).toBeGreaterThan(0);
    for (const l of placed) {
      const keys = Object.keys(JSON.parse(l));
      expect(keys.indexOf('place')).toBeGreaterThan(keys.indexOf('trigger'));
    }
    const tehran = placed.map((l) => JSON.parse(l)).filter((e) => e.place === 'Tehran');
    expect(tehran.length).toBeGreaterThan(0);
    expect(tehran[0]).toMatchObject({ placeCountry: 'IRN' });
    expect(readFileSync(path.join(out, 's.events.csv'), 'utf8')).toMatch(/,Tehran,IRN,35\.69439,51\.42151,\d+,\d+\n/);
    const q = await cli('query', path.join(out, 's.json'), 'events', '--place', 'tehran', '--json');
    expect(q.code, q.err).toBe(0);
    const got = JSON.parse(q.out) as Array<{ place: string }>;
    expect(got.length).toBe(tehran.length);
    const byCountry = JSON.parse((await cli('query', path.join(out, 's.json'), 'events', '--place', 'IRN', '--json')).out) as Array<{
      placeCountry: string;
    }>;
    expect(byCountry.every((e) => e.placeCountry === 'IRN')).toBe(true);
    expect(byCountry.length).toBeGreaterThanOrEqual(tehran.length);
  }, 60_000);
});
