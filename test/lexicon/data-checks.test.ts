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
  it('an irregular demonym of an unknown code', () => {
    const dir = dataWith('countries.json', (d) => (d.irregularDemonyms.adjectives.XXX = ['Xish']));
    expect(() => loadLexicon({ dataDir: dir })).toThrow(/countries\.json: unknown ISO 3166-1 alpha-3 code "XXX" in irregularDemonyms\.adjectives/);
  });
  it('an organization ref of two words', () => {
    const dir = dataWith('organizations.json', (d) => (d.actors.find((a: any) => a.name === 'NATO').refs = ['military alliance']));
    expect(() => loadLexicon({ dataDir: dir })).toThrow(/organizations\.json: actors\[\d+\] \(NATO\): "refs" are single nouns/);
  });
  it('a sector actor for a sector that is the state', () => {
    const dir = dataWith('cues.json', (d) => (d.sectorActors.GOV = { label: 'government', type: 'organization' }));
    expect(() => loadLexicon({ dataDir: dir })).toThrow(/cues\.json: sectorActors: "GOV"/);
  });
});
