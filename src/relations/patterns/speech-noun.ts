// "The Coalition warned of crimes by the regime", "Syrian Coalition Urges …": a speech noun takes
// its speaker (the subject of a speech verb, or of a headline's verb) as source, the noun's agent
// or modifier as target.
import { DONE, NEXT, PASS, type NounTriggerPattern } from '../pattern.js';

export const speechNoun: NounTriggerPattern = {
  name: 'speech-noun',
  reads: ['X warned of <noun> by Y', 'X condemned Y <noun>'],
  on: 'noun trigger',
  run(view, emit, lex, m) {
    if (!m.trigger.speech) return PASS;
    if ((m.gv === -1 || !lex.cues.speechVerbs.has(view.tokens[m.gv]!.lemma)) && view.headlineVerb(m.a) === -1) return NEXT;
    const targets = m.agent.length ? m.agent : m.modifiers;
    if (!targets.length) return NEXT;
    const speaker = m.gv !== -1 ? view.subjectOf(m.gv).args : view.subjectBeforeNP(m.a);
    emit.pairs(speaker, targets, m.trigger, m.word, m.flags);
    return DONE;
  },
};
