// Issue 16: states under their demonyms (as modifiers and as nouns), and the state kept apart from
// its rebels, opposition, refugees and civilians (PETRARCH's sectors), across theatres.
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/lexicon/load.js';
import { extractArticle } from '../../src/pipeline/extract.js';
import type { ArticleActor, RelationEvent } from '../../src/types.js';

const lex = loadLexicon();

function run(text: string, genericActors = false): { actors: Map<string, ArticleActor>; events: RelationEvent[] } {
  const x = extractArticle({ id: 't', text, origin: { file: 't.txt' } }, lex, { genericActors });
  return { actors: new Map(x.actors.map((a) => [a.key, a])), events: x.events };
}

function triples(events: RelationEvent[]): string[] {
  return events.map((e) => `${e.source} ${e.relation} ${e.target}`);
}

describe('demonyms as modifiers', () => {
  it('gives the states of persons named with a nationality, and affiliations that point at them', () => {
    const { actors } = run(
      'French President Emmanuel Macron met Dutch Prime Minister Mark Rutte and Indian Prime Minister Narendra Modi in Paris. American officials welcomed the talks.',
    );
    for (const k of ['france', 'netherlands', 'india', 'united-states']) expect(actors.has(k), k).toBe(true);
    for (const p of ['emmanuel-macron', 'mark-rutte', 'narendra-modi']) {
      const aff = actors.get(p)?.affiliation;
      expect(aff, p).toBeDefined();
      expect(actors.has(aff!), `${p} → ${aff}`).toBe(true);
    }
  });
  it.each([
    ['French troops attacked Islamic State positions.', 'france attacks daesh'],
    ['The Dutch government condemned Russia.', 'netherlands opposes russia'],
    ['Swiss diplomats condemned Iran.', 'switzerland opposes iran'],
    ['Emirati warplanes struck Houthi positions in Yemen.', 'united-arab-emirates attacks'],
    ['Filipino coast guard vessels were attacked by Chinese ships.', 'china attacks'],
    ['Burmese troops attacked the Arakan Army.', 'myanmar attacks'],
    ['Kiwi soldiers joined the mission.', ''],
    ['South Korean officials condemned North Korea.', 'south-korea opposes north-korea'],
    ['Taiwanese officials condemned China.', 'taiwan opposes china'],
    ['Azerbaijani forces shelled Armenian positions.', 'azerbaijan attacks'],
  ])('%s', (text, triple) => {
    const { actors, events } = run(text);
    expect(actors.size).toBeGreaterThan(0);
    if (triple) expect(triples(events).some((t) => t.startsWith(triple))).toBe(true);
  });
});

describe('demonyms as nouns', () => {
  it('"the Americans", "the French" are the states acting', () => {
    const { events } = run('The Americans and the French condemned Iran.');
    expect(triples(events)).toEqual(expect.arrayContaining(['united-states opposes iran', 'france opposes iran']));
  });
  it('"the Russians" attacked', () => {
    expect(triples(run('The Russians shelled Ukrainian positions near Bakhmut.').events)).toContain('russia attacks ukraine');
  });
  it('a people without "the" is not the state', () => {
    const { actors, events } = run('Afghans fled the Taliban. Syrians crossed into Lebanon.');
    expect(actors.has('afghanistan')).toBe(false);
    expect(actors.has('syria')).toBe(false);
    expect(events).toEqual([]);
  });
});

describe('sectors: the state is not its rebels, opposition, refugees or civilians', () => {
  it.each([
    ['Afghan women protested against the Taliban.', 'afghanistan'],
    ['Syrian refugees fled to Turkey.', 'syria'],
    ['Syrian rebels attacked Russian positions.', 'syria'],
    ['The Syrian opposition condemned Russia.', 'syria'],
    ['Yemeni civilians fled Hodeidah.', 'yemen'],
    ['Libyan rebels attacked the town of Sirte.', 'libya'],
    ['Malian Tuareg rebels attacked the army.', 'mali'],
    ['Palestinian civilians fled Rafah.', 'palestine'],
    ['Ukrainian refugees arrived in Poland.', 'ukraine'],
    ['North Korean defectors criticized the regime.', 'north-korea'],
    ['Yemeni tribesmen attacked Houthi positions.', 'yemen'],
    ['Lebanese protesters blocked roads in Beirut.', 'lebanon'],
    ['Taiwanese voters went to the polls.', 'taiwan'],
    ['Armenian refugees fled Karabakh.', 'armenia'],
    ['Sudanese civilians fled El Fasher.', 'sudan'],
  ])('%s has no %s node', (text, state) => {
    const { actors, events } = run(text);
    expect(actors.has(state)).toBe(false);
    expect(events.some((e) => e.source === state)).toBe(false);
  });
  it('"US-backed Syrian Kurdish forces" are not Syria', () => {
    const { actors, events } = run('US-backed Syrian Kurdish forces attacked Islamic State.');
    expect(actors.has('syria')).toBe(false);
    expect(triples(events)).not.toContain('united-states supports syria');
  });
  it('keeps the state where its government and army act in the same sentence', () => {
    const { actors, events } = run('Syrian rebels attacked the Syrian army near Idlib.');
    expect(actors.get('syria')?.aliases).not.toContain('Syrian rebels');
    expect(events.some((e) => e.source === 'syria')).toBe(false);
  });
  it('no state node takes a rebel, refugee or civilian alias', () => {
    const { actors } = run(
      'Syrian refugees and Syrian civilians fled as Syrian rebels and the Syrian opposition fought. The Syrian government condemned Turkey.',
    );
    const aliases = actors.get('syria')?.aliases ?? [];
    for (const a of aliases) expect(a).not.toMatch(/rebel|opposition|refugee|civilian/i);
  });
  it('the state still takes its territory and affairs ("Syrian territory")', () => {
    expect(run('Turkey violated Syrian territory, Damascus said.').actors.has('syria')).toBe(true);
  });
  it('with genericActors, the sector is an actor of its own', () => {
    const { actors, events } = run('Syrian rebels attacked the Syrian army near Idlib.', true);
    expect(actors.get('syrian-rebels')?.type).toBe('armed_group');
    expect(triples(events)).toContain('syrian-rebels attacks syria');
  });
  it.each([
    ['Afghan rebels kidnapped two Russian advisers.', 'afghan-rebels', 'afghanistan', 'AFGREB'],
    ['Congolese refugees crossed into Uganda.', 'congolese-refugees', 'democratic-republic-of-the-congo', 'CODREF'],
    ['The Venezuelan opposition condemned Cuba.', 'venezuelan-opposition', 'venezuela', 'VENOPP'],
    ['Yemeni civilians fled the fighting in Hodeidah.', 'yemeni-civilians', 'yemen', 'YEMCVL'],
  ])('with genericActors, the sector actor carries its country: %s', (text, key, country, code) => {
    const { actors } = run(text, true);
    const g = actors.get(key);
    expect(g?.code).toBe(code);
    // The state is then a node of the article, so that the link points into the graph.
    expect(actors.has(g?.country ?? '')).toBe(true);
    expect(g?.country).toBe(country);
  });
});

describe('a group described by a nationality is not the state', () => {
  it('"the Iran-backed Lebanese group Hezbollah" is Hezbollah, not Lebanon', () => {
    const { actors, events } = run('The Iran-backed Lebanese group Hezbollah fired rockets at Israel.');
    expect(actors.has('lebanon')).toBe(false);
    expect(triples(events)).toEqual(expect.arrayContaining(['iran supports hezbollah', 'hezbollah attacks israel']));
  });
  it('"Hezbollah, the Iran-backed Lebanese group," likewise', () => {
    const { actors, events } = run('Hezbollah, the Iran-backed Lebanese group, condemned Israel.');
    expect(actors.has('lebanon')).toBe(false);
    expect(triples(events)).not.toContain('iran supports lebanon');
  });
  it('a Yemeni armed faction is not Yemen', () => {
    expect(run('A Yemeni armed faction attacked Saudi positions.').actors.has('yemen')).toBe(false);
  });
});

describe('every demonym of every state', () => {
  const forms: Array<{ surface: string; kind: string; key: string }> = [];
  for (const list of lex.gazetteer.forms.values())
    for (const f of list)
      if ((f.kind === 'demonym' || f.kind === 'people') && f.actor.type === 'country')
        forms.push({ surface: f.surface, kind: f.kind, key: f.actor.key });
  it('has a demonym for nearly every UN member', () => {
    expect(new Set(forms.filter((f) => f.kind === 'demonym').map((f) => f.key)).size).toBeGreaterThan(190);
  });
  it('works as a modifier ("X troops") and, after "the", as a noun ("the Xs")', () => {
    const failed: string[] = [];
    for (const f of forms) {
      const text = f.kind === 'demonym' ? `${f.surface} troops attacked the town of Zorba.` : `The ${f.surface} condemned the attack.`;
      if (!run(text).actors.has(f.key)) failed.push(`${f.surface} → ${f.key}`);
    }
    expect(failed).toEqual([]);
  });
});

describe('genericActors from an aliases file', () => {
  it('makes the sector actors for a whole build', () => {
    const withGeneric = loadLexicon({ aliases: { genericActors: true } });
    const x = extractArticle(
      { id: 't', text: 'Syrian refugees crossed into Jordan. The Syrian opposition condemned Russia.', origin: { file: 't.txt' } },
      withGeneric,
    );
    const keys = x.actors.map((a) => a.key);
    expect(keys).toEqual(expect.arrayContaining(['syrian-refugees', 'syrian-opposition']));
    // The state is a node (the demonym names it) that the groups point at, and takes none of their relations.
    expect(x.actors.find((a) => a.key === 'syrian-opposition')?.country).toBe('syria');
    expect(x.events.some((e) => e.source === 'syria' || e.target === 'syria')).toBe(false);
    expect(x.events.map((e) => `${e.source} ${e.relation} ${e.target}`)).toContain('syrian-opposition opposes russia');
  });
  it('must be true or false', () => {
    expect(() => loadLexicon({ aliases: { genericActors: 'yes' as unknown as boolean } })).toThrow(/genericActors/);
  });
});
