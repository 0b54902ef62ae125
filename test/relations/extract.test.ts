// Relation extraction on real sentences: each pattern the relation lexicon and argument finder must
// handle, with direction, distribution over coordinated actors, speech, negation and modality.
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/lexicon/load.js';
import { extractArticle } from '../../src/pipeline/extract.js';

const lex = loadLexicon();

/** `source relation target` lines (symmetric relations in key order), with flags when asked. */
function relations(text: string, keepUncertain = false): string[] {
  const x = extractArticle({ id: 't', text, origin: { file: 't.txt' } }, lex, { keepUncertain });
  return x.events.map((e) => `${e.source} ${e.relation} ${e.target}${e.negated ? ' NEG' : ''}${e.hypothetical ? ' HYP' : ''}`).sort();
}

describe('relations: lexicon patterns', () => {
  it.each([
    ['Putin hosted Erdoğan in Moscow on Tuesday.', 'recep-tayyip-erdogan met vladimir-putin'],
    [
      'Russian Deputy Foreign Minister Mikhail Bogdanov has arrived in Tehran for conversations with Foreign Minister Mohammad Javad Zarif.',
      'mikhail-bogdanov met mohammad-javad-zarif',
    ],
    [
      'Iranian Foreign Minister Mohammad Javad Zarif held talks with his Turkish counterpart Mevlut Cavusoglu in Ankara.',
      'mevlut-cavusoglu met mohammad-javad-zarif',
    ],
    ['Putin and Erdogan held a phone call on Monday.', 'recep-tayyip-erdogan met vladimir-putin'],
    ['The strategic cooperation between Iran and Syria has grown.', 'iran allied_with syria'],
    ['Saudi Arabia is one of the main backers of the Free Syrian Army.', 'saudi-arabia supports free-syrian-army'],
    ['Iran has also been providing military advisory assistance to the Syrian government.', 'iran supports syria'],
    ["Russia has been conducting airstrikes against Daesh in Syria at the Syrian government's request.", 'russia supports syria'],
    ["Russia has been conducting airstrikes against Daesh in Syria at the Syrian government's request.", 'russia attacks daesh'],
    ['Turkey condemned the Syrian government for the attack.', 'turkey opposes syria'],
    ['The Syrian Coalition accused Russia of targeting civilians.', 'syrian-coalition opposes russia'],
    ['Russian jets carried out airstrikes against al-Nusra Front positions near Idlib.', 'russia attacks al-nusra-front'],
    ['Syrian Democratic Forces purged Daesh militants from Raqqa.', 'syrian-democratic-forces attacks daesh'],
    ['Hezbollah fighters seized the town from al-Nusra Front.', 'hezbollah attacks al-nusra-front'],
    ['The US-backed Syrian Democratic Forces broke into Raqqa in June.', 'united-states supports syrian-democratic-forces'],
    ['Turkish troops shelled YPG positions in Afrin.', 'turkey attacks ypg'],
    ['Turkey shot down a Russian warplane near the Syrian border in November 2015.', 'turkey attacks russia'],
    ['Hezbollah is fighting alongside Syrian government forces.', 'hezbollah allied_with syria'],
    ['The European Union imposed new sanctions on Syria.', 'european-union opposes syria'],
    ['Erdogan threatened to attack the YPG in Manbij.', 'recep-tayyip-erdogan opposes ypg'],
    ["Saudi Arabia's foreign minister Adel al-Jubeir said Assad must step down.", 'adel-al-jubeir opposes bashar-al-assad'],
    ['Russian President Vladimir Putin received his Syrian counterpart Bashar al-Assad in Sochi.', 'bashar-al-assad met vladimir-putin'],
    ['The Free Syrian Army captured several villages from Islamic State fighters.', 'free-syrian-army attacks daesh'],
  ])('%s → %s', (text, expected) => {
    expect(relations(text)).toContain(expected);
  });
});

describe('relations: direction', () => {
  it('reads active and passive alike', () => {
    expect(relations('Erdogan was hosted by Putin in Moscow.')).toEqual(relations('Putin hosted Erdogan in Moscow.'));
  });
  it('takes the possessor of a noun as its source', () => {
    expect(relations("Turkey's support for the Free Syrian Army angered Damascus.")).toContain('turkey supports free-syrian-army');
  });
  it('reads "Y, backed by X" as X supports Y', () => {
    expect(relations('The Syrian army, backed by Russian airstrikes, purged militants from the town.')).toContain('russia supports syria');
  });
  it('reads "with support from X" as X supports the subject', () => {
    expect(relations('The SDF entered the town on June 23 with support from the US-led coalition.')).toContain(
      'us-led-coalition supports syrian-democratic-forces',
    );
  });
  it('makes fighting mutual', () => {
    const r = relations('The YPG clashed with Turkish troops near Afrin.');
    expect(r).toContain('ypg attacks turkey');
    expect(r).toContain('turkey attacks ypg');
    const b = relations('Clashes between the YPG and the Free Syrian Army killed 12.');
    expect(b).toEqual(['free-syrian-army attacks ypg', 'ypg attacks free-syrian-army']);
  });
});

describe('relations: compound actors distribute', () => {
  it('gives one relation per coordinated actor', () => {
    const r = relations('Iran and Russia are the main allies of the Syrian government.');
    expect(r).toEqual(['iran allied_with syria', 'russia allied_with syria']);
  });
  it('pairs the members of a symmetric subject', () => {
    expect(relations('Iran and Russia continue their political discussions on Monday.')).toEqual(['iran met russia']);
  });
});

describe('relations: reported speech', () => {
  it('extracts the claim, not the speaker as its actor', () => {
    const r = relations('Israel said Iran was arming Hezbollah.');
    expect(r).toContain('iran supports hezbollah');
    expect(r.some((x) => x.startsWith('israel supports'))).toBe(false);
  });
  it('reads "X said Y must stop backing Z" as a demand and a stated support', () => {
    const r = relations('Lavrov said Washington must stop backing the YPG.');
    expect(r).toContain('sergei-lavrov opposes united-states');
    expect(r).toContain('united-states supports ypg');
  });
});

describe('relations: negation and modality', () => {
  it.each([
    ['Russia did not meet with Turkey.', 'russia met turkey NEG'],
    ['Iran denied supporting Hezbollah.', 'iran supports hezbollah NEG'],
    ['Iran and Russia could meet next month.', 'iran met russia HYP'],
    ['Iran and Russia must strengthen their strategic cooperation.', 'iran allied_with russia HYP'],
    ['The United States could support the Kurdish YPG.', 'united-states supports ypg HYP'],
  ])('%s is flagged (%s) and dropped by default', (text, flagged) => {
    expect(relations(text, true)).toContain(flagged);
    expect(relations(text)).toEqual([]);
  });
});

describe('relations: scope', () => {
  it('makes no relation between actors merely listed together', () => {
    expect(relations('Iran, Russia, Turkey and Syria attended the conference in Astana.')).toEqual([]);
    expect(relations('Facing difficulties in Syria’s conflict, Iran and Russia continue their political discussions.')).toEqual([
      'iran met russia',
    ]);
  });
  it('does not take a pronoun for an actor it cannot stand for', () => {
    expect(relations('The United States is backing more moderate rebels in their fight against the Syrian regime.')).toEqual([]);
  });
});

describe('relations: event records', () => {
  it('keeps the evidence sentence with its offsets, the PLOVER category and quad class', () => {
    const text = 'Tehran & Russia Continue Talks. Putin hosted Erdoğan in Moscow on Tuesday.';
    const x = extractArticle({ id: 'a1', text, date: '2016-08-15', origin: { file: 'a1.txt' } }, lex);
    const e = x.events.find((ev) => ev.source === 'recep-tayyip-erdogan')!;
    expect(e.text).toBe(text.slice(e.start, e.end));
    expect(e.text).toBe('Putin hosted Erdoğan in Moscow on Tuesday.');
    expect(e.category).toBe('CONSULT');
    expect(e.quad).toBe('verbal_cooperation');
    expect(e.date).toBe('2016-08-15');
    expect(e.sentence).toBe(1);
  });
  it('records the sector of state actors (PETRARCH-style GOV/MIL)', () => {
    const x = extractArticle({ id: 'a2', text: 'Turkish troops shelled YPG positions in Afrin.', origin: { file: 'a2.txt' } }, lex);
    expect(x.events[0].sourceSector).toBe('MIL');
  });
});
