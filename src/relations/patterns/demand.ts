// "Lavrov said Washington must stop backing the YPG", "urged Turkey to end its offensive": a speaker
// demanding that another actor stop is opposing it (PLOVER DEMAND; the words are syntax.json's).
import type { VerbPattern } from '../pattern.js';

export const demand: VerbPattern = {
  name: 'demand',
  reads: ['X said Y must stop …', 'X urged Y to end …', 'X said Y should step down', 'X argued that Y must be punished'],
  on: 'verb',
  run(view, emit, lex, k) {
    const d = lex.syntax.demand;
    const lemma = view.tokens[k]!.lemma;
    if (!d.verbs.has(lemma)) return;
    const particles = d.particles.get(lemma);
    if (particles && !particles.has(view.f[k + 1]!)) return;
    const prev = k - 1 >= view.first ? view.f[k - 1]! : '';
    const prev2 = k - 2 >= view.first ? view.f[k - 2]! : '';
    const afterAdverb = d.adverbs.get(prev);
    // "Assad must be punished", "has to be held accountable": the demand in the passive.
    const passive = prev === 'be' && d.before.has(prev2);
    if (!(passive || d.before.has(prev) || (afterAdverb !== undefined && afterAdverb.has(prev2)))) return;
    // "urged Iraq to punish the militias", "urged the EU to isolate Russia": a verb done to its object
    // asks its subject to act against someone else.
    if (!passive && d.doneTo.has(lemma) && k + 1 < view.end && view.isNP(k + 1)) return;
    const demanded = view.subjectOf(k);
    if (!demanded.args.length) return;
    // The speaker: the subject of a speaking or urging verb right before the demanded actor.
    for (let j = demanded.start - 1; j >= view.first && j >= demanded.start - 4; j--) {
      const t = view.tokens[j]!;
      if (t.pos === 'VERB' && (lex.cues.speechVerbs.has(t.lemma) || d.demandingVerbs.has(t.lemma))) {
        emit.pairs(view.subjectOf(j).args, demanded.args, d.trigger, view.textOf(j, k), {});
        return;
      }
      if (t.pos === 'NOUN' || t.pos === 'PROPN') return;
    }
  },
};
