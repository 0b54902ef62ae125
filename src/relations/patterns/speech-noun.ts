// "The Coalition warned of crimes by the regime", "Syrian Coalition Urges …": a speech noun takes
// its speaker (the subject of a speech verb, or of a headline's verb) as source, the noun's agent
// or modifier as target.
import { DONE, NEXT, PASS, type NounTriggerPattern } from '../pattern.js';
import type { SentenceView } from '../sentence.js';

/** Is there a clause break between tokens a and b ("… said Sunday as France raised …")? */
function breakBetween(view: SentenceView, a: number, b: number): boolean {
  for (let j = a + 1; j < b; j++) if (view.isBreak(j)) return true;
  return false;
}

export const speechNoun: NounTriggerPattern = {
  name: 'speech-noun',
  reads: ['X warned of <noun> by Y', 'X condemned Y <noun>'],
  on: 'noun trigger',
  run(view, emit, lex, m) {
    if (!m.trigger.speech) return PASS;
    const spoken = m.gv !== -1 && lex.cues.speechVerbs.has(view.tokens[m.gv]!.lemma);
    const headline = spoken ? -1 : view.headlineVerb(m.a);
    if (!spoken && headline === -1) return NEXT;
    const targets = m.agent.length ? m.agent : m.modifiers;
    if (!targets.length) return NEXT;
    // ("The Coalition said that the UN continues to ignore Russia's crimes": the speaker is the
    // speech verb's subject, not that of the verb governing the noun.)
    const reported =
      !spoken &&
      m.gv !== -1 &&
      headline < m.gv &&
      lex.cues.speechVerbs.has(view.tokens[headline]!.lemma) &&
      !breakBetween(view, headline, m.gv);
    const speaker = m.gv === -1 ? view.subjectBeforeNP(m.a) : view.subjectOf(reported ? headline : m.gv).args;
    emit.pairs(speaker, targets, m.trigger, m.word, m.flags);
    return DONE;
  },
};
