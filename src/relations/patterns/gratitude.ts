// "Zelensky thanked Germany for its support", "Assad credited Russia with saving his government":
// the one thanked for support supports the one who thanks (PLOVER SUPPORT, seen from the receiving
// side). A thanks for anything else (a meeting, a welcome) is no support. Words: syntax.json gratitude.
import type { SentenceEndPattern } from '../pattern.js';

export const gratitude: SentenceEndPattern = {
  name: 'gratitude',
  reads: ['X thanked Y for its support', 'X credited Y with saving …', 'X praised Y for its help'],
  on: 'sentence end',
  cues: (lex) => lex.syntax.constructions.gratitude.verbs,
  run(view, emit, lex) {
    const w = lex.syntax.constructions.gratitude;
    for (let k = view.first; k < view.end; k++) {
      const t = view.tokens[k]!;
      if (t.pos !== 'VERB' || !w.verbs.has(t.lemma) || k + 1 >= view.end || !view.isNP(k + 1)) continue;
      const thanked = view.groupRight(k + 1);
      if (!thanked.args.length) continue;
      let j = thanked.end;
      if (j >= view.end || (view.f[j] !== 'for' && view.f[j] !== 'with')) continue;
      // "for its support", "for the weapons it sent", "with saving …": a support word within the phrase.
      let support = false;
      for (let x = j + 1; x < view.end && x <= j + 4 && !support; x++) support = w.for.has(view.f[x]!) || w.for.has(view.tokens[x]!.lemma);
      if (!support) continue;
      const subj = view.subjectOf(k);
      if (subj.args.length) emit.pairs(thanked.args, subj.args, w.trigger, t.text, view.modality(subj.start, k, false));
    }
  },
};
