// CAMEO actor codes of organizations and armed groups (organizations.json `code`): on the extracted
// actor, the graph node (`code`, declared in GEXF after iso3) and the events' sourceCode/targetCode,
// without sector; states keep iso3 and carry no code.
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/lexicon/load.js';
import { extractArticle } from '../../src/pipeline/extract.js';
import { buildGraph } from '../../src/pipeline/build.js';
import { toGEXF } from '../../src/export/gexf.js';
import { eventsTable } from '../../src/export/events-table.js';

const lex = loadLexicon();

describe('organization and armed group codes', () => {
  it('a Hamas mention gives an actor with code PSE and events with that code', () => {
    const x = extractArticle({ id: 't', text: 'Israeli warplanes attacked Hamas positions in Gaza.', origin: { file: 't.txt' } }, lex);
    const hamas = x.actors.find((a) => a.key === 'hamas');
    expect(hamas).toMatchObject({ type: 'armed_group', code: 'PSE' });
    expect(hamas?.iso3).toBeUndefined();
    const israel = x.actors.find((a) => a.key === 'israel');
    expect(israel?.iso3).toBe('ISR');
    expect(israel?.code).toBeUndefined();
    const e = x.events.find((ev) => ev.target === 'hamas');
    expect(e).toMatchObject({ source: 'israel', relation: 'attacks', targetCode: 'PSE' });
    expect(e?.sourceCode).toMatch(/^ISR/);
  });

  it('the graph node of Hamas carries code PSE, in JSON, GEXF and the events table', () => {
    const { graph, events } = buildGraph([
      { id: 'a', text: 'Israeli warplanes attacked Hamas positions in Gaza. Hamas condemned Israel.' },
    ]);
    expect(graph.getNodeAttribute('hamas', 'code')).toBe('PSE');
    expect(graph.getNodeAttribute('israel', 'code')).toBeUndefined();
    expect(graph.getNodeAttribute('israel', 'iso3')).toBe('ISR');
    const fromHamas = events.filter((e) => e.source === 'hamas');
    expect(fromHamas.length).toBeGreaterThan(0);
    for (const e of fromHamas) expect(e.sourceCode).toBe('PSE');
    const gexf = toGEXF(graph);
    expect(gexf).toContain('<attribute id="code" title="code" type="string"/>');
    expect(gexf).toContain('<attvalue for="code" value="PSE"/>');
    expect(gexf.indexOf('title="iso3"')).toBeLessThan(gexf.indexOf('title="code"'));
    const table = eventsTable(events, { graph });
    expect(table).toMatch(/,Hamas,hamas,PSE,/);
  });

  it.each([
    ['Hezbollah fighters attacked Israel.', 'hezbollah', 'LBN'],
    ['The Taliban attacked Pakistan.', 'taliban', 'AFG'],
    ['Daesh attacked Iraq.', 'daesh', 'IMG'],
    ['Al-Qaeda attacked the United States.', 'al-qaeda', 'IMG'],
    ['Turkey attacked the YPG.', 'ypg', 'SYR'],
    ['Russia condemned the PKK.', 'pkk', 'TUR'],
    ['Human Rights Watch condemned Syria.', 'human-rights-watch', 'NGO'],
    ['The United Nations condemned Syria.', 'united-nations', 'IGO'],
  ])('%s → %s %s', (text, key, code) => {
    const x = extractArticle({ id: 't', text, origin: { file: 't.txt' } }, lex);
    expect(x.actors.find((a) => a.key === key)?.code).toBe(code);
    const e = x.events.find((ev) => ev.source === key || ev.target === key);
    expect(e, 'an event').toBeDefined();
    expect(e!.source === key ? e!.sourceCode : e!.targetCode).toBe(code);
  });

  it('every bundled organization and armed group has a code', () => {
    for (const a of lex.gazetteer.actors.values())
      if (a.type === 'organization' || a.type === 'armed_group') expect(a.code, a.name).toMatch(/^[A-Z]{3}$/);
  });
});
