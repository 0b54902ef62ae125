// "Saudi Arabia is one of the main backers of the FSA", "Iran and Russia are allies of Syria": after
// "be", the subject is the source and the noun's modifier or prepositional object the target; "Japan
// and South Korea are close allies": a symmetric noun pairs the subject's members.
import { DONE, NEXT, PASS, type NounTriggerPattern } from '../pattern.js';

export const copulaNoun: NounTriggerPattern = {
  name: 'copula-noun',
  reads: ['X is a <noun> of Y', "X is Y's <noun>", 'X and Y are <symmetric noun>s'],
  on: 'noun trigger',
  run(view, emit, _lex, m) {
    const tr = m.trigger;
    // (A noun whose source is only its own owner says nothing of the subject: "Iran is a threat to Israel" judges.)
    if (tr.speech || tr.sourceFrom || tr.targetFrom || tr.ownSource || m.between.length > 1 || tr.onlyWithAgent || !m.copula) return PASS;
    const subj = view.subjectOf(m.gv).args;
    const other = m.modifiers.length ? m.modifiers : m.target;
    // "Japan and South Korea are close allies": a symmetric noun with no other party pairs the subject's members.
    if (!other.length && m.symmetric && !m.possessed && subj.length > 1) {
      emit.pairwise(subj, tr, m.word, m.flags, false);
      return DONE;
    }
    // "Turkey and the United States are NATO allies": a body named before a symmetric noun is an
    // alliance they are in; its members are allied with each other as well as with it.
    if (m.symmetric && !m.possessed && subj.length > 1 && view.allBodies(m.modifiers)) emit.pairwise(subj, tr, m.word, m.flags, false);
    if (!subj.length || !other.length) return NEXT;
    emit.pairs(subj, other, tr, m.word, m.flags);
    return DONE;
  },
};
