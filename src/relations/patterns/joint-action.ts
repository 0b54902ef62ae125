// "The FSA and al-Nusra Front fought together against government forces", "Russia and Syria jointly
// carried out strikes": the actors of one subject who act together cooperate, pairwise (PLOVER
// COOPERATE). A coordinated subject alone is not enough: the adverb says they acted as one.
// Words: syntax.json jointAction.
import type { SentenceEndPattern } from '../pattern.js';

export const jointAction: SentenceEndPattern = {
  name: 'joint-action',
  reads: ['X and Y fought together against Z', 'X and Y jointly carried out …'],
  on: 'sentence end',
  cues: (lex) => lex.syntax.constructions.jointAction.adverbs,
  run(view, emit, lex) {
    const w = lex.syntax.constructions.jointAction;
    for (let k = view.first; k < view.end; k++) {
      if (!w.adverbs.has(view.f[k]!)) continue;
      // The verb right before ("fought together") or right after ("jointly carried out").
      const v =
        k - 1 >= view.first && view.tokens[k - 1]!.pos === 'VERB'
          ? k - 1
          : k + 1 < view.end && view.tokens[k + 1]!.pos === 'VERB'
            ? k + 1
            : -1;
      if (v === -1) continue;
      const subj = view.subjectOf(v);
      if (subj.args.length < 2) continue;
      emit.pairwise(subj.args, w.trigger, view.textOf(Math.min(k, v), Math.max(k, v)), view.modality(subj.start, v, false), false);
    }
  },
};
