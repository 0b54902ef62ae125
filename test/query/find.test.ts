import { describe, expect, test } from 'vitest';
import { actorsByType, findActor, findActors, resolveActor, suggest, UnknownActorError } from '../../src/query/index.js';
import { smallGraph } from './fixture.js';

describe('findActor', () => {
  const g = smallGraph();

  test.each([
    ['iran', 'iran'],
    ['Iran', 'iran'],
    ['IRAN', 'iran'],
    ['Islamic Republic of Iran', 'iran'],
    ['IRN', 'iran'],
    ['Recep Tayyip Erdoğan', 'recep-tayyip-erdogan'],
    ['recep tayyip erdogan', 'recep-tayyip-erdogan'],
    ['ERDOGAN', 'recep-tayyip-erdogan'],
    ['Türkiye', 'turkey'],
    ['turkiye', 'turkey'],
    ['  Putin ', 'vladimir-putin'],
    ['the United Nations', 'united-nations'],
    ['U.N.', 'united-nations'],
    ['Bashar al-Assad', 'bashar-al-assad'],
    ['bashar-al-assad', 'bashar-al-assad'],
  ])('%s → %s', (name, key) => {
    expect(findActor(g, name)?.key).toBe(key);
  });

  test('returns the node attributes with the key', () => {
    const a = findActor(g, 'Erdogan')!;
    expect(a).toMatchObject({
      key: 'recep-tayyip-erdogan',
      label: 'Recep Tayyip Erdoğan',
      type: 'person',
      affiliation: 'turkey',
      role: 'president',
    });
    expect(a.aliases).toEqual(['Erdogan']);
  });

  test('unknown names give undefined', () => {
    expect(findActor(g, 'Atlantis')).toBeUndefined();
    expect(findActor(g, '')).toBeUndefined();
  });

  test('a shared alias lists every actor, most mentioned first; key and label beat aliases', () => {
    const matches = findActors(g, 'army');
    expect(matches.map((m) => m.key)).toEqual(['syria', 'iran']);
    expect(matches.every((m) => m.via === 'alias' && m.matched === 'army')).toBe(true);
    g.addNode('army', { label: 'Army', type: 'organization', aliases: [], mentions: 1, articles: 1 });
    try {
      expect(findActors(g, 'army').map((m) => [m.key, m.via])).toEqual([
        ['army', 'key'],
        ['syria', 'alias'],
        ['iran', 'alias'],
      ]);
      expect(findActor(g, 'Army')?.key).toBe('army');
    } finally {
      g.dropNode('army');
    }
    // The name index follows the graph's changes.
    expect(findActors(g, 'army').map((m) => m.key)).toEqual(['syria', 'iran']);
    g.setNodeAttribute('iraq', 'aliases', ['Mesopotamia']);
    expect(findActor(g, 'mesopotamia')?.key).toBe('iraq');
  });

  test('resolveActor throws UnknownActorError with suggestions', () => {
    expect(resolveActor(g, 'Tehran')).toBe('iran');
    try {
      resolveActor(g, 'Irann');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(UnknownActorError);
      const err = e as UnknownActorError;
      expect(err.actor).toBe('Irann');
      expect(err.suggestions.map((s) => s.key)).toContain('iran');
      expect(err.message).toMatch(/^actorgraph\/query: no actor "Irann" in the graph\. Did you mean: Iran/);
    }
    expect(() => resolveActor(g, 'Qwxz')).toThrow(/^actorgraph\/query: no actor "Qwxz" in the graph\.$/);
  });
});

describe('suggest', () => {
  const g = smallGraph();
  test('nearest names first, by edit distance or whole words', () => {
    expect(suggest(g, 'Iram', 2).map((a) => a.label)).toEqual(['Iran', 'Iraq']);
    expect(suggest(g, 'Sirya').map((a) => a.key)).toEqual(['syria']);
    expect(suggest(g, 'Tayyip').map((a) => a.key)).toEqual(['recep-tayyip-erdogan']);
    expect(suggest(g, 'Vladmir Putn').map((a) => a.key)).toEqual(['vladimir-putin']);
    expect(suggest(g, 'zzzzzz')).toEqual([]);
    expect(suggest(g, 'Iram', 0)).toEqual([]);
    expect(suggest(g, 'Iram', 1)).toHaveLength(1);
  });
  test('maxDistance widens or narrows', () => {
    expect(suggest(g, 'Iranx', 5, { maxDistance: 0 })).toEqual([]);
    expect(suggest(g, 'Irn', 5, { maxDistance: 1 }).length).toBe(5);
  });
  test('n must be a whole number', () => {
    expect(() => suggest(g, 'Iran', -1)).toThrow(/^actorgraph\/query: suggest: n/);
  });
});

describe('actorsByType', () => {
  const g = smallGraph();
  test('most mentioned first', () => {
    expect(actorsByType(g, 'person').map((a) => a.key)).toEqual(['vladimir-putin', 'recep-tayyip-erdogan', 'bashar-al-assad']);
    expect(actorsByType(g, ['armed_group', 'organization']).map((a) => a.key)).toEqual([
      'hezbollah',
      'united-nations',
      'al-shabaab',
      'lonely-ngo',
    ]);
    expect(actorsByType(g, 'country')[0]).toEqual({ key: 'syria', label: 'Syria', type: 'country' });
  });
  test('unknown type', () => {
    // @ts-expect-error: not a type
    expect(() => actorsByType(g, 'state')).toThrow(/^actorgraph\/query: actorsByType: unknown type "state"/);
  });
});

describe('a surname alone (issue 16)', () => {
  const g = smallGraph();
  g.addNode('antony-blinken', { label: 'Antony Blinken', type: 'person', aliases: [], mentions: 3, articles: 2 });
  g.addNode('volodymyr-zelensky', { label: 'Volodymyr Zelensky', type: 'person', aliases: [], mentions: 3, articles: 2 });
  test('resolves to the one person whose name ends in it', () => {
    expect(resolveActor(g, 'Blinken')).toBe('antony-blinken');
    expect(findActors(g, 'Blinken')[0].via).toBe('surname');
  });
  test('and to a spelling one edit away ("Zelenskyy")', () => {
    expect(resolveActor(g, 'Zelenskyy')).toBe('volodymyr-zelensky');
  });
  test('never to a short or unrelated word', () => {
    expect(findActors(g, 'Blinkenov')).toEqual([]);
    expect(findActors(g, 'Syrian')).toEqual([]);
  });
});
