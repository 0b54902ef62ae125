// "Putin met Erdogan", "Iran and Russia met", "the SDF and Daesh clashed": a symmetric or mutual verb
// pairs its subject with its object, or the members of a coordinated subject with each other.
import { SYMMETRIC_RELATIONS } from '../../types.js';
import { DONE, NEXT, PASS, type VerbTriggerPattern } from '../pattern.js';

export const symmetricVerb: VerbTriggerPattern = {
  name: 'symmetric-verb',
  reads: ['X met Y', 'X and Y met', 'X clashed with Y'],
  on: 'verb trigger',
  run(view, emit, _lex, m) {
    const tr = m.trigger;
    if (m.passive || !(tr.mutual || SYMMETRIC_RELATIONS.has(tr.relation))) return PASS;
    const subj = m.subj.args;
    const objects = view.verbObjects(m.k, m.len, tr, m.subj);
    if (objects.length) {
      emit.pairs(subj, objects, tr, m.word, m.flags);
      if (tr.mutual) emit.pairs(objects, subj, tr, m.word, m.flags);
    } else if (subj.length > 1) emit.pairwise(subj, tr, m.word, m.flags, tr.mutual);
    // No one to pair: another trigger of the verb may read it ("welcomed the US initiative").
    else return NEXT;
    return DONE;
  },
};
