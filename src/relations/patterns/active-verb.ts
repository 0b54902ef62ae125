// "Iran supports Hezbollah", "Turkey accused Russia of …", "threatened to attack the YPG": an active
// verb's subject is the source, its object (direct, prepositional or the infinitive's) the target.
import { SYMMETRIC_RELATIONS } from '../../types.js';
import { DONE, NEXT, PASS, type VerbTriggerPattern } from '../pattern.js';

export const activeVerb: VerbTriggerPattern = {
  name: 'active-verb',
  reads: ['X <verb>s Y', 'X <verb>s against Y', 'X threatened to <verb> Y', 'Y, which X considers …'],
  on: 'verb trigger',
  run(view, emit, _lex, m) {
    const tr = m.trigger;
    if (m.passive || tr.mutual || SYMMETRIC_RELATIONS.has(tr.relation)) return PASS;
    const objects = view.verbObjects(m.k, m.len, tr, m.subj);
    if (!m.subj.args.length || !objects.length) return NEXT;
    emit.pairs(m.subj.args, objects, tr, m.word, m.flags);
    return DONE;
  },
};
