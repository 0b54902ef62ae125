// Actor recognition and resolution within an article: gazetteer forms, demonyms and capitals,
// persons from titles and given names, affiliations and roles, places and bylines left out.
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/lexicon/load.js';
import { extractArticle } from '../../src/pipeline/extract.js';
import type { ArticleActor } from '../../src/types.js';

const lex = loadLexicon();

function actors(text: string): Map<string, ArticleActor> {
  const x = extractArticle({ id: 't', text, origin: { file: 't.txt' } }, lex);
  return new Map(x.actors.map((a) => [a.key, a]));
}

describe('actors: states under every name', () => {
  it.each([
    ['Tehran and Moscow had hoped that the siege would end.', ['iran', 'russia']],
    ['The Kremlin said the talks went well.', ['russia']],
    ['U.S. and UK officials met UAE envoys.', ['united-states', 'united-kingdom', 'united-arab-emirates']],
    ['Iranian forces and the Turkish Government were blamed.', ['iran', 'turkey']],
    ['Syrias army advanced while Turkeys troops waited.', ['syria', 'turkey']],
    ['Russia’s envoy arrived.', ['russia']],
  ])('%s', (text, keys) => {
    const found = actors(text);
    for (const k of keys) expect(found.has(k), k).toBe(true);
  });
  it('reads a hyphenated pair of demonyms before a noun as a description, which "the army" does not pick up', () => {
    const x = extractArticle(
      {
        id: 't',
        text: 'Militants fled towards the Turkish-Syrian border. Army units killed a number of al-Nusra terrorists near Daraa.',
        origin: { file: 't.txt' },
      },
      lex,
    );
    expect(x.events).toEqual([]);
  });
  it('keeps a capital that is only a place out', () => {
    const found = actors('Fighting continued in Aleppo and near Damascus, in the province of Hama.');
    expect([...found.keys()]).toEqual([]);
  });
});

describe('actors: organizations and armed groups', () => {
  it('resolves variants to one actor', () => {
    const found = actors('Daesh, also known as ISIS or ISIL, fought the Islamic State’s rivals of Jabhat Fateh al-Sham.');
    expect(found.get('daesh')?.type).toBe('armed_group');
    expect(found.has('al-nusra-front')).toBe(true);
  });
});

describe('actors: persons, roles and affiliations', () => {
  it('reads a title and a demonym before the name', () => {
    const a = actors('Russian Deputy Foreign Minister Mikhail Bogdanov has arrived in Tehran.').get('mikhail-bogdanov')!;
    expect(a.type).toBe('person');
    expect(a.affiliation).toBe('russia');
    expect(a.role).toBe('Deputy Foreign Minister');
  });
  it('reads a possessive state before a role', () => {
    const a = actors('Velayati met Russia’s special envoy for Syria Alexander Lavrentiev in Tehran.').get('alexander-lavrentiev')!;
    expect(a.affiliation).toBe('russia');
    expect(a.role).toBe('special envoy for Syria');
  });
  it.each([
    // A state's posting to a body: the state before the body's name is the employer.
    ["Syria's UN ambassador Bashar Jaafari blamed France.", 'bashar-al-jaafari', 'syria'],
    ['The Assad regimes UN representative Bashar Jaafari blamed France.', 'bashar-al-jaafari', 'syria'],
    ['The Russian UN envoy Vitaly Churkin blamed the US.', 'vitaly-churkin', 'russia'],
    // Without a state before it, a body's envoy serves the body.
    ['UN envoy Karim Haddad met Assad in Damascus.', 'karim-haddad', 'united-nations'],
  ])('reads a posting: %s', (text, key, employer) => {
    expect(actors(text).get(key)?.affiliation).toBe(employer);
  });
  it('reads "the forces of (Syria\'s) President X" as the state', () => {
    const found = actors("The forces of Syria's President Bashar al-Assad retook Palmyra.");
    expect(found.get('syria')?.aliases.some((a) => a.startsWith('forces of'))).toBe(true);
  });
  it('finds unknown persons from a given name or a title, with their employer', () => {
    const found = actors(
      'Observatory director Karim Haddad said the Syrian Observatory for Human Rights counted 20 dead. Haddad added that more died.',
    );
    const p = found.get('karim-haddad');
    expect(p?.type).toBe('person');
    expect(p?.mentions).toBe(2);
  });
  it('matches a misspelled known person', () => {
    const found = actors('Putin met Iranian counterpart Hassadn Rouhani at a summit.');
    expect(found.get('hassan-rouhani')?.aliases).toContain('Hassadn Rouhani');
    expect(found.has('hassadn')).toBe(false);
  });
  it('reads a known surname after another given name as someone else', () => {
    // "al-Assad", "al-Baghdadi" are forms of known persons; after another given name (or a kunya's
    // two words) they are part of that other person's name.
    const doctor = actors('Mohammed al-Assad, a doctor in Saraqib, said Syria bombed the hospital.');
    expect(doctor.has('bashar-al-assad')).toBe(false);
    expect(actors('A commander nicknamed Abu Islam al-Baghdadi was killed in Iraq.').has('abu-bakr-al-baghdadi')).toBe(false);
    expect(actors('Syrian President Bashar al-Assad met Putin.').has('bashar-al-assad')).toBe(true);
    expect(actors('Islamic State leader Abu Bakr al-Baghdadi was killed.').has('abu-bakr-al-baghdadi')).toBe(true);
    expect(actors('Russia backs al-Assad in the war.').has('bashar-al-assad')).toBe(true);
  });
  it('pairs states and counterparts listed in order', () => {
    const found = actors(
      'Zarif spoke with his Russian Omani and Algerian counterparts Sergei Lavrov Yusuf bin Alawi and Mourad Medelci respectively.',
    );
    expect(found.get('sergei-lavrov')?.affiliation).toBe('russia');
    expect(found.get('yusuf-bin-alawi')?.affiliation).toBe('oman');
    expect(found.get('mourad-medelci')?.affiliation).toBe('algeria');
  });
  it('reads "the Assad regime" as the state, not the person', () => {
    const found = actors('The Assad regime backed by Russia continues its campaign.');
    expect(found.has('syria')).toBe(true);
    expect(found.has('bashar-al-assad')).toBe(false);
  });
});

describe('actors: not actors', () => {
  it('leaves bylines, dates and places out', () => {
    const found = actors('15 Aug 2016 – By Scott Lucas – Fighting raged in the villages of Maan and al-Kabariya on Monday.');
    expect([...found.values()].filter((a) => a.type === 'person')).toEqual([]);
  });
});
