// The commas a stripped text lost, restored where the names and verbs make them plain, and nowhere
// else: each case is a sentence as FA-KES writes it and the same sentence with the commas restored.
import { describe, expect, it } from 'vitest';
import { analyzeText, lostCommas } from '../../src/nlp/analyze.js';
import { loadLexicon } from '../../src/lexicon/load.js';
import { recognizeActors } from '../../src/actors/recognize.js';
import { restoreCommas } from '../../src/relations/commas.js';

const lex = loadLexicon();

/** The sentence with its restored commas, words joined by one space (", " before a restored comma's next word). */
function restored(text: string): string {
  const doc = analyzeText(text);
  const r = restoreCommas(doc, recognizeActors(doc, lex), lex);
  let out = '';
  for (const t of r.doc.tokens) out += t.text === ',' && t.start === t.end ? ',' : `${out ? ' ' : ''}${t.text}`;
  return out.replace(/ ([.])$/, '$1');
}

const RESTORED: Array<[string, string]> = [
  // Two names side by side: a list, the end of a fronted phrase, a speaker after a clause.
  [
    'Clashes among the Syrian army Hezbollah and the Nusra Front killed dozens.',
    'Clashes among the Syrian army, Hezbollah and the Nusra Front killed dozens.',
  ],
  ['In a call with Erdogan Putin said the strikes would continue.', 'In a call with Erdogan, Putin said the strikes would continue.'],
  ['Hamas cooperated with Israel Iran claimed.', 'Hamas cooperated with Israel, Iran claimed.'],
  [
    'Atareb is inside a zone under an agreement between Turkey Russia and Iran.',
    'Atareb is inside a zone under an agreement between Turkey, Russia and Iran.',
  ],
  // An apposition after a name, closed where its verb or the next name begins.
  ['Turkey a NATO ally closed its airspace.', 'Turkey, a NATO ally, closed its airspace.'],
  [
    'The deal was brokered by Qatar a longtime supporter of the opposition and Iran a key regime ally.',
    'The deal was brokered by Qatar, a longtime supporter of the opposition, and Iran, a key regime ally.',
  ],
  ['Russia Assads main backer sent more jets.', 'Russia, Assads main backer, sent more jets.'],
  [
    'A US-backed alliance of Kurds and Arabs the Syrian Democratic Forces took Manbij.',
    'A US - backed alliance of Kurds and Arabs, the Syrian Democratic Forces, took Manbij.',
  ],
  ['Syrias al Qaeda offshoot the Nusra Front claimed the attack.', 'Syrias al Qaeda offshoot, the Nusra Front, claimed the attack.'],
  // A fronted phrase, a trailing speaker, a clause of consequence, "with" and actors doing something.
  ['In a statement Russia condemned Ukraine.', 'In a statement, Russia condemned Ukraine.'],
  ['North Korea fired a ballistic missile into the sea Seoul said.', 'North Korea fired a ballistic missile into the sea, Seoul said.'],
  [
    'The fighting killed at least 40 Daesh militants the Observatory said on Monday.',
    'The fighting killed at least 40 Daesh militants, the Observatory said on Monday.',
  ],
  [
    'Venezuelas National Assembly approved the annexation of Essequibo prompting protests from Guyana.',
    'Venezuelas National Assembly approved the annexation of Essequibo, prompting protests from Guyana.',
  ],
  [
    'The Council met on Sunday with Britain France and the United States demanding a ceasefire.',
    'The Council met on Sunday, with Britain, France and the United States demanding a ceasefire.',
  ],
];

const UNCHANGED: string[] = [
  // A title, a describing name, a group named after its head, a photo credit, a headline.
  'Russian Foreign Minister Sergei Lavrov met Kerry in Geneva.',
  'Iran-backed Lebanese Shia militia Hizballah says it is fighting alongside regime forces.',
  'Sputnik Mikhail Alayeddin Syrian Army Reportedly Engaged in Fierce Fighting Against Daesh in Homs.',
  'Hezbollah and the Syrian army retook Qusayr.',
  // A verb's first object before another ("gave Iran a warning"), a place before the object.
  'The United States gave Iran a warning.',
  'The Taliban banned in Afghanistan the education of girls.',
  // An ally named after its noun.
  'Ankara is at odds with its key ally the United States.',
  // An -ing form that describes the noun before it, or a speech participle the clause reader takes.
  'Moscow vetoed a draft resolution demanding that Damascus cooperate.',
  'Turkey condemned the attack killing 20 YPG fighters.',
  'Turkey said the YPG attacked its border posts accusing the group of terrorism.',
  // A list the other readings take as it is: more than two capitalized names in a row.
  'Factions of al-Jabha al-Shamiyyah al-Sham Legion Mujahideen Army and others joined.',
];

describe('restoreCommas', () => {
  it.each(RESTORED)('%s', (text, expected) => {
    expect(restored(text)).toBe(expected);
  });

  it.each(UNCHANGED)('leaves as it is: %s', (text) => {
    const doc = analyzeText(text);
    expect(restoreCommas(doc, recognizeActors(doc, lex), lex).restored).toBe(0);
  });

  it('keeps offsets and evidence the text’s own: a restored comma has no width', () => {
    const doc = analyzeText('Turkey a NATO ally closed its airspace.');
    const r = restoreCommas(doc, recognizeActors(doc, lex), lex);
    const commas = r.doc.tokens.filter((t) => t.text === ',');
    expect(commas.length).toBe(2);
    for (const c of commas) expect(c.start).toBe(c.end);
    expect(r.doc.sentences[0]!.endToken).toBe(doc.sentences[0]!.endToken + 2);
    expect(r.acts.mentions.map((m) => r.doc.text.slice(r.doc.tokens[m.firstToken]!.start, r.doc.tokens[m.endToken - 1]!.end))).toEqual(
      recognizeActors(doc, lex).mentions.map((m) => m.surface),
    );
  });

  it('reads only a text with no comma at all', () => {
    expect(lostCommas(analyzeText('Turkey a NATO ally closed its airspace.'))).toBe(true);
    expect(lostCommas(analyzeText('Turkey, a NATO ally closed its airspace.'))).toBe(false);
  });
});
