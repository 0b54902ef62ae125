// Issue 16: the new data (irregular demonyms, persons' affiliations, organizations' refs, sector
// actors) is checked at load: a wrong entry stops the program with the file and entry named.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA_DIR, loadLexicon } from '../../src/lexicon/load.js';

/** A copy of the bundled data with one file changed. */
function dataWith(file: string, change: (data: any) => void): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'actorgraph-data-'));
  cpSync(DATA_DIR, dir, { recursive: true });
  const p = path.join(dir, file);
  const data = JSON.parse(readFileSync(p, 'utf8'));
  change(data);
  writeFileSync(p, JSON.stringify(data));
  return dir;
}

describe('data checks', () => {
  it('a person serving no known state or organization', () => {
    const dir = dataWith('people.json', (d) => d.people.push({ name: 'Jane Roe', affiliation: 'Nowhere Council' }));
    expect(() => loadLexicon({ dataDir: dir })).toThrow(/people\.json: people\[\d+\] \(Jane Roe\): affiliation "Nowhere Council"/);
  });
  it('places keyed by something that is no ISO3 code; a flat list of places (no countries) still loads', () => {
    const bad = dataWith('non-actors.json', (d) => (d.places.Syria = ['Homs']));
    expect(() => loadLexicon({ dataDir: bad })).toThrow(/non-actors\.json: places: 'Syria' is no ISO3 code/);
    const flat = dataWith('non-actors.json', (d) => (d.places = ['Homs', 'Deir Ezzor']));
    const lex = loadLexicon({ dataDir: flat });
    expect(lex.nonActors.places.has('deir ezzor')).toBe(true);
    expect(lex.nonActors.placeCountries.size).toBe(0);
    expect(loadLexicon().nonActors.placeCountries.get('deir ezzor')).toBe('SYR');
  });
  it('an irregular demonym of an unknown code', () => {
    const dir = dataWith('countries.json', (d) => (d.irregularDemonyms.adjectives.XXX = ['Xish']));
    expect(() => loadLexicon({ dataDir: dir })).toThrow(
      /countries\.json: unknown ISO 3166-1 alpha-3 code "XXX" in irregularDemonyms\.adjectives/,
    );
  });
  it('an organization ref of two words', () => {
    const dir = dataWith('organizations.json', (d) => (d.actors.find((a: any) => a.name === 'NATO').refs = ['military alliance']));
    expect(() => loadLexicon({ dataDir: dir })).toThrow(/organizations\.json: actors\[\d+\] \(NATO\): "refs" are single nouns/);
  });
  it.each([
    ['lower case', 'pse', /"code" must be three upper-case letters .*got "pse"/],
    ['not three letters', 'PS', /"code" must be three upper-case letters .*got "PS"/],
    ['not a string', 275, /"code" must be three upper-case letters .*got 275/],
    [
      'no country and no international code',
      'XYZ',
      /unknown code "XYZ": neither a known country's ISO 3166-1 alpha-3 code nor one of IGO, NGO, IMG/,
    ],
  ])('an organization code: %s', (_what, code, message) => {
    const dir = dataWith('organizations.json', (d) => (d.actors.find((a: any) => a.name === 'Hamas').code = code));
    expect(() => loadLexicon({ dataDir: dir })).toThrow(/organizations\.json: actors\[\d+\] \(Hamas\): /);
    expect(() => loadLexicon({ dataDir: dir })).toThrow(message);
  });
  it('an organization code may be left out, and an international one is taken', () => {
    const dir = dataWith('organizations.json', (d) => {
      delete d.actors.find((a: any) => a.name === 'Hamas').code;
      d.actors.find((a: any) => a.name === 'Lafarge').code = 'MNC';
    });
    const lex = loadLexicon({ dataDir: dir });
    expect(lex.gazetteer.byKey('hamas')?.code).toBeUndefined();
    expect(lex.gazetteer.byKey('lafarge')?.code).toBe('MNC');
  });
  it('a sector actor for a sector that is the state', () => {
    const dir = dataWith('cues.json', (d) => (d.sectorActors.GOV = { label: 'government', type: 'organization' }));
    expect(() => loadLexicon({ dataDir: dir })).toThrow(/cues\.json: sectorActors: "GOV"/);
  });
});
