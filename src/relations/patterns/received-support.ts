// "has the backing of Iran", "won the support of Moscow": with a receiving verb (syntax.json), the
// noun's of/from object is the source and the clause subject the target.
import { DONE, PASS, type NounTriggerPattern } from '../pattern.js';

export const receivedSupport: NounTriggerPattern = {
  name: 'received-support',
  reads: ['Y has the <noun> of X', 'Y won <noun> from X', 'Y received weapons from X'],
  on: 'noun trigger',
  run(view, emit, lex, m) {
    const r = lex.syntax.receiving;
    const tr = m.trigger;
    if (
      tr.speech ||
      !r.relations.has(tr.relation) ||
      m.gv === -1 ||
      !r.verbs.has(view.tokens[m.gv]!.lemma) ||
      m.target.length === m.agent.length
    )
      return PASS;
    const [, nb] = view.np(m.k);
    if (!r.preps.has(view.f[nb]!)) return PASS;
    // "won the support of Moscow" (the of-object, a target elsewhere), "received weapons from Iran" (an agent).
    emit.pairs(m.target.length ? m.target : m.agent, view.subjectArgs(m.gv), tr, m.word, m.flags);
    return DONE;
  },
};
