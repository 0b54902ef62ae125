// Triggers with sourceFrom "subject": "Russia conducts airstrikes at the Syrian government's
// request", "Iran denounced crimes by the regime": the clause subject is the source, the noun's
// agent, possessor or prepositional object the target.
import { DONE, NEXT, PASS, type NounTriggerPattern } from '../pattern.js';

export const subjectSourceNoun: NounTriggerPattern = {
  name: 'subject-source-noun',
  reads: ["X acts at Y's <noun>", 'X acts at the <noun> of Y'],
  on: 'noun trigger',
  run(view, emit, _lex, m) {
    const tr = m.trigger;
    if (tr.speech || tr.sourceFrom !== 'subject') return PASS;
    const targets = m.agent.length ? m.agent : m.modifiers.length ? m.modifiers : m.target;
    if (!targets.length) return NEXT;
    emit.pairs(view.subjectArgs(m.gv), targets, tr, m.word, m.flags);
    return DONE;
  },
};
