// "talks between Iran and Russia", "clashes between the YPG and the FSA", "joint flights of X and Y":
// a group after a mutual preposition is paired across the sides of its coordination.
import { DONE, PASS, type NounTriggerPattern } from '../pattern.js';

export const betweenNoun: NounTriggerPattern = {
  name: 'between-noun',
  reads: ['<noun> between X and Y', '<noun> of X and Y (mutualPreps)'],
  on: 'noun trigger',
  run(_view, emit, _lex, m) {
    const tr = m.trigger;
    if (tr.speech || tr.sourceFrom || tr.targetFrom || m.between.length < 2) return PASS;
    if (m.betweenUnits.length >= 2) emit.units(m.betweenUnits, tr, m.word, m.flags, tr.mutual);
    else emit.pairwise(m.between, tr, m.word, m.flags, tr.mutual);
    return DONE;
  },
};
