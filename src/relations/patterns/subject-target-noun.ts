// Triggers with targetFrom "subject": "The SDF entered the town with support from the coalition":
// the noun's agent or of/from object is the source, the clause subject the target. Where the
// phrase right before the preposition names actors ("Syrian Army units with a cover from the Air
// Force"), the support is theirs: they are the target, whatever the clause's verb.
import { DONE, NEXT, PASS, type NounTriggerPattern } from '../pattern.js';
import type { SentenceView } from '../sentence.js';
import type { ActorMention } from '../../types.js';

/** The actors of the phrase that ends right before the preposition opening the noun's phrase at a. */
function phraseBefore(view: SentenceView, a: number): ActorMention[] {
  const p = a - 1;
  if (p - 1 < view.first || view.tokens[p]!.pos !== 'ADP' || !view.isNP(p - 1)) return [];
  const [na, nb] = view.np(p - 1);
  if (nb !== p) return [];
  const args = view.argsIn(na, nb).args;
  // "defeats … in northern Syria with the help of X": a country's bare name after a preposition is
  // a place, no one helped; "an offensive against members of IS under the cover of X": a named
  // group there is the object of what is helped. ("across the country Syrian Army units with a
  // cover": forces named by their state still are helped.)
  if (na - 1 >= view.first && view.tokens[na - 1]!.pos === 'ADP') return args.filter((m) => m.sector);
  return args;
}

export const subjectTargetNoun: NounTriggerPattern = {
  name: 'subject-target-noun',
  reads: ['Y acts with <noun> from X', 'Y acts with the <noun> of X', 'Y with <noun> from X', 'Y received <noun> from X'],
  on: 'noun trigger',
  run(view, emit, _lex, m) {
    const tr = m.trigger;
    if (tr.speech || tr.sourceFrom === 'subject' || tr.targetFrom !== 'subject') return PASS;
    if (!m.agent.length) return NEXT;
    const before = phraseBefore(view, m.a);
    // "received aid from Iran": as a verb's object, help (syntax.json receiving.relations) is received
    // only with a receiving verb ("Israel seized aid from Hamas" is none; "drew condemnation from" is).
    const r = view.syn.receiving;
    if (!before.length && m.gv !== -1 && r.relations.has(tr.relation) && !r.verbs.has(view.tokens[m.gv]!.lemma)) {
      let adjunct = false;
      for (let j = m.gv + 1; j < m.a && !adjunct; j++) adjunct = view.tokens[j]!.pos === 'ADP';
      if (!adjunct) return NEXT;
    }
    emit.pairs(m.agent, before.length ? before : view.subjectArgs(m.gv), tr, m.word, m.flags);
    return DONE;
  },
};
