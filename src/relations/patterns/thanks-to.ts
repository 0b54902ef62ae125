// "Assad has the upper hand thanks to Russia's intervention", "the army advanced owing to Russian air
// strikes": the actor a result is owed to supports the one who has it: the actors named right before
// "thanks", else the subject of the clause. The phrase after "to" must be help of some kind (its head
// one of syntax.json thanksTo's nouns): "thanks to the failure of the talks" names no helper.
import type { ActorMention } from '../../types.js';
import type { SentenceEndPattern } from '../pattern.js';

export const thanksTo: SentenceEndPattern = {
  name: 'thanks-to',
  reads: ["Y has the advantage thanks to X's intervention", 'Y advanced owing to X air strikes', 'Y, thanks to the support of X, …'],
  on: 'sentence end',
  cues: (lex) => lex.syntax.constructions.thanksTo.openers,
  run(view, emit, lex) {
    const w = lex.syntax.constructions.thanksTo;
    for (let k = view.first; k + 2 < view.end; k++) {
      if (!w.openers.has(view.f[k]!) || view.f[k + 1] !== 'to' || !view.isNP(k + 2)) continue;
      const [a, b] = view.np(k + 2);
      const head = view.f[b - 1]!;
      if (!(w.nouns.has(head) || (b - 2 >= a && w.nouns.has(`${view.f[b - 2]} ${head}`)))) continue;
      // The help's owners: named in it ("Russia's intervention", "Iranian drones") or after it ("of Iran").
      const helpers = view.objectOwners(a, b);
      if (!helpers.length) continue;
      // The helped: the phrase right before "thanks" when it names actors, else the clause subject.
      let p = k - 1;
      if (p >= view.first && view.f[p] === ',') p--;
      let helped: ActorMention[] = [];
      let from = k;
      if (p >= view.first && view.isNP(p) && view.np(p)[1] === p + 1) helped = view.argsIn(view.np(p)[0], p + 1).args;
      if (!helped.length) {
        const gv = view.governingVerb(k);
        const subj = gv !== -1 ? view.subjectOf(gv) : view.subjectOf(k);
        helped = subj.args;
        from = subj.start;
      }
      if (helped.length) emit.pairs(helpers, helped, w.trigger, view.textOf(k, b - 1), view.modality(from, k, false));
    }
  },
};
