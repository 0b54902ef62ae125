// "Putin met Erdogan", "Iran and Russia met", "the SDF and Daesh clashed": a symmetric or mutual verb
// pairs its subject with its object, or the members of a coordinated subject with each other.
import { SYMMETRIC_RELATIONS } from '../../types.js';
import { DONE, NEXT, PASS, type SentencePattern, type VerbTriggerPattern } from '../pattern.js';

type View = Parameters<SentencePattern['run']>[0];

/**
 * Does a phrase other than a time stand as the object at j ("France and Germany hosted refugees",
 * "Russia and Iran received delegations from the Taliban")? Where no party was read in it, the
 * subjects did the deed each, not with each other; "Putin and Erdogan met on Tuesday" has none.
 */
function objectPhrase(view: View, j: number): boolean {
  while (j < view.end && (view.tokens[j]!.pos === 'ADV' || view.tokens[j]!.pos === 'PART')) j++;
  if (j >= view.end || !view.isNP(j) || view.tokens[j]!.pos === 'ADP' || view.tokens[j]!.pos === 'PRON') return false;
  const [a, b] = view.np(j);
  for (let x = a; x < b; x++) if (view.lex.cues.timeWords.has(view.f[x]!) || view.tokens[x]!.pos === 'NUM') return false;
  return true;
}

/** Does "each other" or "one another" stand at j (past adverbs)? */
function reciprocalAt(view: View, j: number): boolean {
  while (j < view.end && view.tokens[j]!.pos === 'ADV' && view.f[j] !== 'each') j++;
  return j + 1 < view.end && ((view.f[j] === 'each' && view.f[j + 1] === 'other') || (view.f[j] === 'one' && view.f[j + 1] === 'another'));
}

export const symmetricVerb: VerbTriggerPattern = {
  name: 'symmetric-verb',
  reads: ['X met Y', 'X and Y met', 'X clashed with Y', 'X and Y accused each other'],
  on: 'verb trigger',
  run(view, emit, _lex, m) {
    const tr = m.trigger;
    // "Armenia and Azerbaijan accused each other of …", "blamed one another": a reciprocal object
    // makes any directed verb go both ways between the coordinated subjects.
    if (!m.passive && tr.direct && m.subj.args.length > 1 && reciprocalAt(view, m.k + m.len)) {
      emit.pairwise(m.subj.args, tr, m.word, m.flags, true);
      return DONE;
    }
    if (m.passive || !(tr.mutual || SYMMETRIC_RELATIONS.has(tr.relation))) return PASS;
    const subj = m.subj.args;
    const objects = view.verbObjects(m.k, m.len, tr, m.subj);
    if (objects.length) {
      emit.pairs(subj, objects, tr, m.word, m.flags);
      if (tr.mutual) emit.pairs(objects, subj, tr, m.word, m.flags);
    } else if (subj.length > 1 && !(tr.directNeedsActor && objectPhrase(view, m.k + m.len)))
      emit.pairwise(subj, tr, m.word, m.flags, tr.mutual);
    // No one to pair: another trigger of the verb may read it ("welcomed the US initiative").
    else return NEXT;
    return DONE;
  },
};
