// Issue 16: datelines and places are not actors, in any input format; offices and titles give the
// right role and affiliation and never become aliases.
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/lexicon/load.js';
import { extractArticle } from '../../src/pipeline/extract.js';
import type { ArticleActor } from '../../src/types.js';

const lex = loadLexicon();

function actors(text: string): Map<string, ArticleActor> {
  const x = extractArticle({ id: 't', text, origin: { file: 't.jsonl' } }, lex);
  return new Map(x.actors.map((a) => [a.key, a]));
}

describe('datelines', () => {
  it.each([
    ['BRUSSELS — NATO condemned Russia.', 'belgium'],
    ['VILNIUS, Lithuania (AP) — NATO leaders met on Tuesday.', 'lithuania'],
    ['KABUL, Aug 3 (Reuters) - The Taliban attacked a checkpoint.', 'afghanistan'],
    ['BEIJING, March 10 (Reuters) Officials said the talks would go on.', 'china'],
    ['SEOUL — North Korea fired two missiles.', 'south-korea'],
    ['TAIPEI, Taiwan (AP) — Chinese warplanes crossed the median line.', 'taiwan'],
    ['BAKU, Azerbaijan (AP) — Armenian forces shelled a village near Lachin.', 'azerbaijan'],
    ['KYIV, Ukraine (AP) — Russian drones struck Odesa.', 'ukraine'],
    ['(AP photo) BEIRUT Air strikes killed 20 people in Idlib.', 'lebanon'],
    ['BAMAKO, Mali (AP) — JNIM fighters attacked an army post.', 'mali'],
    ['NEW DELHI, May 7 (PTI) — Officials met on Tuesday.', 'india'],
  ])('%s has no %s', (text, state) => {
    expect(actors(text).has(state)).toBe(false);
  });
  it('a dateline inside a text that lost its line breaks (FA-KES) is no Lebanon, and no alias of Syria', () => {
    const found = actors('Raids on Idlib kill 21 | Jordan Times BEIRUT Syrian government forces shelled Homs on Sunday.');
    expect(found.has('lebanon')).toBe(false);
    expect(found.get('syria')?.aliases).toEqual(['Syrian government forces']);
  });
  it('a state and a name run together are two ("Syria Islamic State fighters")', () => {
    const found = actors('Syria Islamic State fighters attacked Kobani. Syria Aleppo airstrike kills 12.');
    expect(found.get('syria')?.aliases ?? []).toEqual([]);
  });
  it.each(['ISIS', 'KABUL', 'NEW DELHI -', 'BEIJING, March', 'VILNIUS, Lithuania (AP'])(
    'an upper-case text that ends early ("%s") does not break',
    (text) => {
      expect(() => actors(text)).not.toThrow();
    },
  );
  it('a parenthesis that names no news agency makes no dateline', () => {
    expect(actors('ISIS (Daesh) — the group attacked Kobani.').has('daesh')).toBe(true);
  });
  it('a state named after the dateline still counts', () => {
    const found = actors('VILNIUS, Lithuania (AP) — Lithuania condemned Russia.');
    expect(found.has('lithuania')).toBe(true);
    expect(found.get('lithuania')?.aliases).not.toContain('VILNIUS');
  });
  it('a capital in running text still stands for its government', () => {
    expect(actors('NATO condemned Russia. Moscow rejected the statement.').has('russia')).toBe(true);
  });
  it('"in the Lithuanian capital" is a place', () => {
    const found = actors('NATO leaders met in the Lithuanian capital on Tuesday.');
    expect(found.has('lithuania')).toBe(false);
  });
});

describe('offices and titles', () => {
  it('"UN Secretary-General" is the role, the UN the affiliation', () => {
    const g = actors('UN Secretary-General Antonio Guterres condemned the attack.').get('antonio-guterres');
    expect(g?.role).toBe('Secretary-General');
    expect(g?.affiliation).toBe('united-nations');
  });
  it('"European Council President Charles Michel" is a member of the European Council', () => {
    const m = actors('European Council President Charles Michel met Ukrainian President Volodymyr Zelensky.').get('charles-michel');
    expect(m?.role).toBe('President');
    expect(m?.affiliation).toBe('european-council');
  });
  it('"British Defence Secretary Grant Shapps" serves the United Kingdom', () => {
    const found = actors('British Defence Secretary Grant Shapps condemned Iran.');
    expect(found.get('grant-shapps')?.affiliation).toBe('united-kingdom');
    expect(found.get('grant-shapps')?.role).toBe('Defence Secretary');
  });
  it('"National Security Council spokesman John Kirby" is not the UN Security Council', () => {
    const found = actors('National Security Council spokesman John Kirby said the strikes were justified.');
    expect(found.has('un-security-council')).toBe(false);
    expect(found.get('john-kirby')?.affiliation).toBe('united-states');
  });
  it('a known form written with its title gives no alias either', () => {
    const found = actors('Colonel Ryan Dillon said King Abdullah II met President Bashar al-Assad.');
    expect(found.get('ryan-dillon')?.aliases).toEqual([]);
    expect(found.get('abdullah-ii')?.aliases).toEqual([]);
  });
  it('an apposition after a dash gives the role and the body', () => {
    const p = actors('Mohammed Abdulsalam - spokesman for the Houthis - said the talks had failed.').get('mohammed-abdulsalam');
    expect(p?.role).toBe('spokesman');
    expect(p?.affiliation).toBe('houthis');
  });
  it('titles are no aliases', () => {
    const found = actors('Prime Minister Rishi Sunak met President Joe Biden. Foreign Minister Sergei Lavrov condemned Kyiv.');
    for (const a of found.values())
      for (const alias of a.aliases) expect(alias).not.toMatch(/^(Prime Minister|President|Foreign Minister) /);
  });
});

describe('whom a person serves, stated after the name', () => {
  it.each([
    // "for" names whom a spokesman or an adviser serves; a portfolio after an envoy is no employer.
    ['"The battle has started," said Abu Yusuf, a spokesman for Ahrar al-Sham.', 'abu-yusuf', 'ahrar-al-sham'],
    ['Ahmed Hassan, a military commander and spokesman for Hezbollah, said the rockets were a warning.', 'ahmed-hassan', 'hezbollah'],
    // A title before the name and the body after "of".
    ['Colonel Fadi Naji of the Free Syrian Army said the town had fallen.', 'fadi-naji', 'free-syrian-army'],
    ['Commander Abdul Malik of the Houthis said the drones hit Jizan.', 'abdul-malik', 'houthis'],
    // An unnamed group's words inside the role; the body after "in" or "at".
    ['Abu Omar Qasim leader of Syrian rebel group Jaish al-Islam was killed on Tuesday.', 'abu-omar-qasim', 'jaish-al-islam'],
    ["Oleh Bondar, an official in Ukraine's defence ministry, said the drones were shot down.", 'oleh-bondar', 'ukraine'],
    ['Lina Haddad, a researcher at Human Rights Watch, said the strike was unlawful.', 'lina-haddad', 'human-rights-watch'],
  ])('%s', (text, person, body) => {
    expect(actors(text).get(person)?.affiliation).toBe(body);
  });
  it.each([
    ['Kofi Mensah, the UN special envoy for Libya, met the rivals in Tunis.', 'kofi-mensah', 'libya'],
    ['Oleh Ivanov, an official in Kharkiv, said the shelling went on.', 'oleh-ivanov', undefined],
  ])('%s: not %s', (text, person, notBody) => {
    const p = actors(text).get(person);
    expect(p).toBeDefined();
    if (notBody) expect(p?.affiliation).not.toBe(notBody);
    else expect(p?.affiliation).toBeUndefined();
  });
});

describe('datelines in every input format', () => {
  it('CSV, JSONL and .txt articles alike', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const path = await import('node:path');
    const { buildFromFiles } = await import('../../src/pipeline/build.js');
    const dir = mkdtempSync(path.join(tmpdir(), 'actorgraph-dateline-'));
    const text = 'KABUL, Aug 3 (Reuters) - The Taliban attacked a Pakistani checkpoint.';
    writeFileSync(path.join(dir, 'a.csv'), `id,text\nc1,"${text}"\n`);
    writeFileSync(path.join(dir, 'b.jsonl'), `${JSON.stringify({ id: 'j1', text: 'BRUSSELS — NATO condemned Russia.' })}\n`);
    writeFileSync(path.join(dir, 'c.txt'), 'VILNIUS, Lithuania (AP) — NATO leaders met on Tuesday.\n');
    const { graph } = await buildFromFiles([dir]);
    for (const state of ['afghanistan', 'belgium', 'lithuania']) expect(graph.hasNode(state), state).toBe(false);
    for (const actor of ['taliban', 'pakistan', 'nato', 'russia']) expect(graph.hasNode(actor), actor).toBe(true);
  });
});
