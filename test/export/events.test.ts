import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { articlesToJSONL, articleLine, articleToJSON, writeArticlesJSONL } from '../../src/export/articles.js';
import { EVENT_KEYS, eventsToJSONL, eventToJSON, writeEventsJSONL } from '../../src/export/events.js';
import type { ArticleExtraction, RelationEvent } from '../../src/types.js';

const work = mkdtempSync(join(tmpdir(), 'actorgraph-events-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const event = (over: Partial<RelationEvent> = {}): RelationEvent => ({
  // Deliberately not in the output order.
  text: 'Iran and Russia met in "Tehran",\nsaid officials.',
  trigger: 'met',
  quad: 'verbal_cooperation',
  relation: 'met',
  target: 'russia',
  source: 'iran',
  article: 'a1',
  category: 'CONSULT',
  sentence: 2,
  start: 10,
  end: 58,
  ...over,
});

describe('events.jsonl', () => {
  test('fixed key order, undefined fields left out, null kept', () => {
    const line = eventToJSON(event({ date: '2024-01-05', negated: true, hypothetical: undefined, quad: null }));
    expect(Object.keys(JSON.parse(line))).toEqual([
      'article',
      'source',
      'target',
      'relation',
      'category',
      'quad',
      'sentence',
      'start',
      'end',
      'date',
      'text',
      'trigger',
      'negated',
    ]);
    expect(JSON.parse(line).quad).toBeNull();
    const full = eventToJSON(
      event({
        date: '2024-01-05',
        sourceSector: 'GOV',
        targetSector: 'MIL',
        sourceCode: 'IRNGOV',
        targetCode: 'RUSMIL',
        negated: false,
        hypothetical: true,
        place: 'Aleppo',
        placeCountry: 'SYR',
        lat: 36.2,
        lon: 37.16,
        articles: 2,
        sources: 2,
      }),
    );
    expect(Object.keys(JSON.parse(full))).toEqual([...EVENT_KEYS]);
  });

  test('one line per event, newlines in text escaped', () => {
    const text = eventsToJSONL([event(), event({ article: 'a2' })]);
    const lines = text.split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe('');
    expect(JSON.parse(lines[0]).text).toBe('Iran and Russia met in "Tehran",\nsaid officials.');
    expect(eventsToJSONL([])).toBe('');
  });

  test('streams to a file atomically, and keeps the old file when the source fails', async () => {
    const file = join(work, 'events.jsonl');
    async function* events() {
      yield event();
      yield event({ article: 'a2' });
    }
    expect(await writeEventsJSONL(file, events())).toBe(2);
    expect(readFileSync(file, 'utf8')).toBe(eventsToJSONL([event(), event({ article: 'a2' })]));
    function* broken(): Generator<RelationEvent> {
      yield event();
      throw new Error('extraction failed');
    }
    await expect(writeEventsJSONL(file, broken())).rejects.toThrow('extraction failed');
    expect(readFileSync(file, 'utf8').split('\n')).toHaveLength(3);
    expect(readdirSync(work).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});

describe('articles.jsonl', () => {
  const extraction: ArticleExtraction = {
    meta: { source: 'Wire', id: 'a1', date: '2024-01-05', title: 'Talks & "more"', url: 'https://example.org/a1' },
    actors: [
      { key: 'russia', name: 'Russia', type: 'country', aliases: [], mentions: 2, known: true },
      { key: 'iran', name: 'Iran', type: 'country', aliases: [], mentions: 3, known: true },
    ],
    events: [event(), event()],
  };

  test('fixed key order, actors sorted, events counted', () => {
    const line = articleToJSON(extraction);
    expect(line).toBe(
      '{"id":"a1","title":"Talks & \\"more\\"","url":"https://example.org/a1","date":"2024-01-05","source":"Wire","actors":["iran","russia"],"events":2}',
    );
    expect(articleLine({ meta: { id: 'a2' }, actors: ['b', 'a', 'b'], events: 5 })).toEqual({
      id: 'a2',
      title: undefined,
      url: undefined,
      date: undefined,
      source: undefined,
      actors: ['a', 'b'],
      events: 5,
    });
    expect(articleToJSON({ meta: { id: 'bad' }, error: 'empty text' })).toBe('{"id":"bad","actors":[],"events":0,"error":"empty text"}');
  });

  test('whole text and streamed file agree', async () => {
    const items = [extraction, { meta: { id: 'bad' }, error: 'not UTF-8' }];
    const file = join(work, 'articles.jsonl');
    writeFileSync(file, 'old');
    expect(await writeArticlesJSONL(file, items)).toBe(2);
    expect(readFileSync(file, 'utf8')).toBe(articlesToJSONL(items));
  });
});
