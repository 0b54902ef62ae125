// "has the backing of Iran", "won the support of Moscow": with a receiving verb (syntax.json), the
// noun's of/from object is the source and the clause subject the target.
import { DONE, PASS, type NounTriggerPattern } from '../pattern.js';

export const receivedSupport: NounTriggerPattern = {
  name: 'received-support',
  reads: ['Y has the <noun> of X', 'Y won <noun> from X', 'Y received weapons from X', 'Y received X <noun>'],
  on: 'noun trigger',
  run(view, emit, lex, m) {
    const r = lex.syntax.receiving;
    const tr = m.trigger;
    if (
      tr.speech ||
      !r.relations.has(tr.relation) ||
      m.gv === -1 ||
      !r.verbs.has(view.tokens[m.gv]!.lemma) ||
      (m.target.length && m.agent.length)
    )
      return PASS;
    const [, nb] = view.np(m.k);
    if (!r.preps.has(view.f[nb]!) || !(m.target.length || m.agent.length)) {
      // "The SDF has received considerable US support", "Kyiv got German weapons": the giver named
      // inside the verb's direct object (not "sought US support", not "its own support").
      const lemma = view.tokens[m.gv]!.lemma;
      // (From the first of the givers coordinated before the phrase: "received Russian and Iranian support".)
      const from = Math.min(m.a, ...m.modifiers.map((x) => x.firstToken));
      if (!m.modifiers.length || m.possessed || !r.realized.has(lemma) || !view.onlyFillerBetween(m.gv, from)) return PASS;
      // (A subject named, not a pronoun: "It is receiving UN aid" may be a city's.)
      const subj = view.subjectOf(m.gv);
      if (subj.start < view.end && view.tokens[subj.start]!.pos === 'PRON') return PASS;
      const subject = subj.args;
      const givers = m.modifiers.filter((x) => !subject.some((s) => s.actor === x.actor));
      if (!givers.length || !subject.length) return PASS;
      emit.pairs(givers, subject, tr, m.word, m.flags);
      return DONE;
    }
    // "won the support of Moscow" (the of-object, a target elsewhere), "received weapons from Iran" (an agent).
    emit.pairs(m.target.length ? m.target : m.agent, view.subjectArgs(m.gv), tr, m.word, m.flags);
    return DONE;
  },
};
