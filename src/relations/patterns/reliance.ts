// "Hezbollah relies on Iranian funding", "Syria is heavily dependent on Russian support", "the regime
// depends on Russia": the one relied on supports the one relying (PLOVER SUPPORT seen from the
// receiving side). The phrase after "on" names the helper, or owns help of the kinds thanksTo lists
// ("relies on the rain" names no one). Words: syntax.json reliance (and thanksTo.nouns).
import type { ActorMention } from '../../types.js';
import type { SentenceEndPattern } from '../pattern.js';
import type { SentenceView } from '../sentence.js';

/** The helpers named by the phrase at j: its head an actor, or help owned by one ("Iranian funding"). */
function helpersAt(view: SentenceView, nouns: Set<string>, j: number): ActorMention[] {
  const [a, b] = view.np(j);
  if (view.headIsActor(a, b)) return view.groupRight(j).args;
  const head = view.f[b - 1]!;
  if (!(nouns.has(head) || (b - 2 >= a && nouns.has(`${view.f[b - 2]} ${head}`)))) return [];
  return view.objectOwners(a, b);
}

export const reliance: SentenceEndPattern = {
  name: 'reliance',
  reads: ['Y relies on X funding', 'Y is dependent on X support', 'Y depends on X'],
  on: 'sentence end',
  cues: (lex) => [...lex.syntax.constructions.reliance.verbs, ...lex.syntax.constructions.reliance.adjectives],
  run(view, emit, lex) {
    const w = lex.syntax.constructions.reliance;
    for (let k = view.first; k + 2 < view.end; k++) {
      const t = view.tokens[k]!;
      const verb = t.pos === 'VERB' && w.verbs.has(t.lemma);
      const adjective = !verb && w.adjectives.has(view.f[k]!);
      if (!verb && !adjective) continue;
      let j = k + 1;
      while (j < view.end && view.tokens[j]!.pos === 'ADV') j++;
      if (j + 1 >= view.end || (view.f[j] !== 'on' && view.f[j] !== 'upon') || !view.isNP(j + 1)) continue;
      const helpers = helpersAt(view, lex.syntax.constructions.thanksTo.nouns, j + 1);
      if (!helpers.length) continue;
      // The one relying: the verb's subject, or the copula's before the adjective.
      let v = k;
      if (adjective) {
        v = k - 1;
        while (v >= view.first && view.tokens[v]!.pos === 'ADV') v--;
        if (v < view.first || view.tokens[v]!.lemma !== 'be') continue;
      }
      const subj = view.subjectOf(v);
      if (subj.args.length) emit.pairs(helpers, subj.args, w.trigger, view.textOf(k, j), view.modality(subj.start, k, false));
    }
  },
};
