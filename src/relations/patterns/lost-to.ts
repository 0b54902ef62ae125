// "Islamic State lost Palmyra to the Syrian army", "the army lost the air base to the Nusra Front",
// "Hamas lost control of the crossing to Israeli forces": ground lost to an actor was taken from the
// subject by force, so the actor after "to" attacks the subject. Only ground counts: a place named
// by no actor, a ground noun, or a holding of ground ("control of", "parts of"); "lost the vote
// to", "lost 2-1 to" are no fighting, "lost ground to" as often figurative. Words: syntax.json
// constructions.lostTo.
import type { ActorMention } from '../../types.js';
import type { SentenceEndPattern } from '../pattern.js';

type View = Parameters<SentenceEndPattern['run']>[0];

/** Is [a, b) ground: a ground noun at its head, or a place name (a proper noun that names no actor)? */
function isGround(view: View, a: number, b: number, grounds: Set<string>): boolean {
  if (view.argsIn(a, b).args.length) return false;
  const head = view.f[b - 1]!;
  if (grounds.has(head) || (b - 2 >= a && grounds.has(`${view.f[b - 2]} ${head}`))) return true;
  return view.tokens[b - 1]!.pos === 'PROPN' && view.mentionAt(b - 1) === undefined;
}

/** Is m an armed group or a state's forces ("the Syrian army", "Russian forces")? */
function armed(view: View, m: ActorMention): boolean {
  return m.sector === 'MIL' || view.acts.actors.get(m.actor)?.type === 'armed_group';
}

export const lostTo: SentenceEndPattern = {
  name: 'lost-to',
  reads: ['X lost <place> to Y', 'X lost control of <place> to Y', 'X lost the town of <place> to Y'],
  on: 'sentence end',
  cues: () => ['lost', 'lose', 'loses', 'losing'],
  run(view, emit, lex) {
    const w = lex.syntax.constructions.lostTo;
    for (let k = view.first + 1; k + 3 < view.end; k++) {
      if (view.tokens[k]!.pos !== 'VERB' || !w.verbs.has(view.tokens[k]!.lemma)) continue;
      let j = k + 1;
      while (j < view.end && view.tokens[j]!.pos === 'ADV') j++;
      if (!view.isNP(j)) continue;
      let [oa, ob] = view.np(j);
      // "control of the crossing", "parts of Raqqa": a holding names its ground after "of".
      const holding = w.holdings.has(view.f[ob - 1]!) && !view.argsIn(oa, ob).args.length;
      if (!holding && !isGround(view, oa, ob, w.grounds)) continue;
      // ("the town of Tabqa": the ground's own "of" phrase.)
      if (ob + 1 < view.end && view.f[ob] === 'of' && view.isNP(ob + 1)) {
        const [ca, cb] = view.np(ob + 1);
        if (!isGround(view, ca, cb, w.grounds)) continue;
        [oa, ob] = [ca, cb];
      } else if (holding) continue;
      if (ob + 1 >= view.end || view.f[ob] !== 'to' || !view.isNP(ob + 1)) continue;
      const takers = view.groupRight(ob + 1).args;
      const losers = view.subjectOf(k).args;
      // ("Trump lost Pennsylvania to Biden": an election. One side must be armed: an armed group or
      // a state's forces.)
      if (!takers.length || !losers.length || ![...takers, ...losers].some((m) => armed(view, m))) continue;
      const flags = view.modality(view.clauseStart(k), k, false);
      emit.pairs(takers, losers, w.trigger, view.textOf(k, k), flags);
    }
  },
};
