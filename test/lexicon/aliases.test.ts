// Users pin identities with an aliases file: extra names for known actors, new actors, and pairs
// that must stay apart. Data files are checked at load time with messages naming the file.
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildGraph } from '../../src/pipeline/build.js';
import { DATA_DIR, loadLexicon } from '../../src/lexicon/load.js';

const articles = [
  { id: 'a', text: 'Homs Governor Talal Barazi said the attack killed ten people.' },
  { id: 'b', text: 'Homs Governor Talal Barrazi said the road was open again.' },
];

describe('aliases file', () => {
  it('merges spelling variants across articles by default, and keeps a distinct pair apart', () => {
    const merged = buildGraph(articles, { analyze: false });
    const persons = merged.graph.filterNodes((_, a) => a.type === 'person');
    expect(persons).toHaveLength(1);
    const apart = buildGraph(articles, { analyze: false, aliases: { distinct: [['Talal Barazi', 'Talal Barrazi']] } });
    expect(apart.graph.filterNodes((_, a) => a.type === 'person').sort()).toEqual(['talal-barazi', 'talal-barrazi']);
  });

  it('does not merge different people who share a surname', () => {
    const result = buildGraph(
      [
        { id: 'd', text: 'Army spokesman Ahmad Hamdan said the road was closed.' },
        { id: 'e', text: 'Rebel spokesman Karim Hamdan said the road was open.' },
      ],
      { analyze: false },
    );
    expect(result.graph.filterNodes((_, a) => a.type === 'person').sort()).toEqual(['ahmad-hamdan', 'karim-hamdan']);
  });

  it('maps a name to a known actor and declares new actors', () => {
    const result = buildGraph(
      [{ id: 'c', text: 'The Zionist entity and the Lions of the East Brigade clashed near Quneitra. Abu Jaber met the Head of State.' }],
      {
        analyze: false,
        aliases: {
          actors: [{ name: 'Lions of the East Brigade', type: 'armed_group', aliases: ['Usud al-Sharqiya'] }],
          aliases: { 'Abu Jaber': 'Hayat Tahrir al-Sham' },
        },
      },
    );
    const g = result.graph;
    expect(g.hasNode('israel')).toBe(true);
    expect(g.getNodeAttribute('lions-of-the-east-brigade', 'type')).toBe('armed_group');
    expect(g.hasNode('hayat-tahrir-al-sham')).toBe(true);
  });

  it('rejects an alias to an unknown actor with a message naming the file', () => {
    expect(() => loadLexicon({ aliases: { aliases: { Foo: 'No Such Actor' } } })).toThrow(/No Such Actor.*declare it under "actors"/);
  });
});

describe('data files', () => {
  it('are checked at start-up, with the file and entry in the message', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ag-lex-'));
    for (const f of fs.readdirSync(DATA_DIR)) fs.copyFileSync(path.join(DATA_DIR, f), path.join(dir, f));
    fs.writeFileSync(path.join(dir, 'organizations.json'), JSON.stringify({ actors: [{ name: 'X', type: 'club' }] }));
    expect(() => loadLexicon({ dataDir: dir })).toThrow(
      /organizations\.json: actors\[0\] \(X\): "type" must be organization or armed_group/,
    );
    fs.writeFileSync(path.join(dir, 'organizations.json'), '{ nope');
    expect(() => loadLexicon({ dataDir: dir })).toThrow(/organizations\.json: not valid JSON/);
  });
});
