// Triggers with targetFrom "subject": "The SDF entered the town with support from the coalition":
// the noun's agent or of/from object is the source, the clause subject the target.
import { DONE, NEXT, PASS, type NounTriggerPattern } from '../pattern.js';

export const subjectTargetNoun: NounTriggerPattern = {
  name: 'subject-target-noun',
  reads: ['Y acts with <noun> from X', 'Y acts with the <noun> of X'],
  on: 'noun trigger',
  run(view, emit, _lex, m) {
    const tr = m.trigger;
    if (tr.speech || tr.sourceFrom === 'subject' || tr.targetFrom !== 'subject') return PASS;
    if (!m.agent.length) return NEXT;
    emit.pairs(m.agent, view.subjectArgs(m.gv), tr, m.word, m.flags);
    return DONE;
  },
};
