// "Turkey's support for the FSA", "Russian airstrikes against Daesh", "talks with Y", "its ally
// Russia": the noun's agent, possessor or modifier (else the clause subject) is the source, its
// prepositional object or apposition the target.
import { DONE, PASS, type NounTriggerPattern } from '../pattern.js';
import type { SentenceView } from '../sentence.js';
import type { ActorMention } from '../../types.js';

/** The actors of the phrase before ", <preposition>" that opens the noun's phrase at a. */
function subjectBeforeComma(view: SentenceView, a: number): ActorMention[] {
  const c = a - 2;
  if (c - 1 < view.first || view.tokens[a - 1]!.pos !== 'ADP' || view.f[c] !== ',' || !view.isNP(c - 1)) return [];
  return view.groupLeft(c - 1).args;
}

export const possessorNoun: NounTriggerPattern = {
  name: 'possessor-noun',
  reads: ["X's <noun> for Y", 'X <noun> against Y', '<noun> by X against Y', 'X held <noun> with Y', "X's <noun> Y"],
  on: 'noun trigger',
  run(view, emit, _lex, m) {
    const tr = m.trigger;
    if (tr.speech || tr.sourceFrom || tr.targetFrom || m.between.length > 1 || tr.onlyWithAgent || m.copula) return PASS;
    if (!m.target.length) return PASS;
    // "their fight against …": a possessor that is no actor still is the source; but as the verb's
    // own object ("X held their first meeting with Y", "launched its offensive on") it is the subject.
    const ownObject = m.possessed && m.gv !== -1 && m.a === m.gv + 1;
    // "protested to Washington over the arms sale to Taiwan": a topic, not the subject's act.
    const topic = m.a - 1 >= view.first && view.syn.topicPreps.has(view.f[m.a - 1]!);
    // "Turkey condemned the attack on the Syrian army": the deed is someone else's.
    const reaction = m.gv !== -1 && view.syn.reactionVerbs.has(view.tokens[m.gv]!.lemma);
    let sources = m.agent.length
      ? m.agent
      : m.modifiers.length
        ? m.modifiers
        : (m.possessed && !ownObject) || topic || reaction
          ? []
          : view.subjectArgs(m.gv);
    // "Syrian troops, in coordination with Russia, pounded …": an adjunct set off right after the subject.
    if (!sources.length && !m.possessed) sources = subjectBeforeComma(view, m.a);
    emit.pairs(sources, m.target, tr, m.word, m.flags);
    if (tr.mutual) emit.pairs(m.target, sources, tr, m.word, m.flags);
    return DONE;
  },
};
