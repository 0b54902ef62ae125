// "Iran warned that Israel would pay a heavy price", "Hezbollah said Israel will regret its
// aggression": a speaker foretelling another actor's punishment threatens it (PLOVER THREATEN; a
// threat is the act whatever its tense, guidelines). Words: syntax.json consequenceThreat.
import type { SentenceEndPattern } from '../pattern.js';

export const consequenceThreat: SentenceEndPattern = {
  name: 'consequence-threat',
  reads: ['X warned that Y would pay a heavy price', 'X said Y will pay dearly', 'X said Y will regret …'],
  on: 'sentence end',
  cues: (lex) => lex.syntax.constructions.consequenceThreat.verbs,
  run(view, emit, lex) {
    const w = lex.syntax.constructions.consequenceThreat;
    for (let k = view.first + 1; k < view.end; k++) {
      const t = view.tokens[k]!;
      if (t.pos !== 'VERB' || !w.verbs.has(t.lemma)) continue;
      // Foretold, not done: "will pay", "would pay"; "paid a heavy price" is a fact.
      let m = k - 1;
      while (m > view.first && view.tokens[m]!.pos === 'ADV') m--;
      if (!w.modals.has(view.f[m]!)) continue;
      // "pay a (heavy) price", "pay dearly": the object words within the next four tokens.
      const objects = w.objects.get(t.lemma);
      if (objects) {
        let found = false;
        for (let j = k + 1; j < view.end && j <= k + 4 && !found; j++) found = objects.has(view.f[j]!);
        if (!found) continue;
      }
      const foretold = view.subjectOf(k);
      if (!foretold.args.length) continue;
      // The speaker: the subject of a speech verb right before the foretold actor ("warned that Y").
      for (let j = foretold.start - 1; j >= view.first && j >= foretold.start - 3; j--) {
        const v = view.tokens[j]!;
        if (v.pos === 'VERB' && lex.cues.speechVerbs.has(v.lemma)) {
          const speaker = view.subjectOf(j);
          const negated = view.modality(speaker.start, j, true).negated || view.modality(foretold.start, k, true).negated;
          if (speaker.args.length) emit.pairs(speaker.args, foretold.args, w.trigger, view.textOf(k, k), { negated });
          break;
        }
        if (v.pos !== 'SCONJ' && view.f[j] !== 'that' && view.f[j] !== ',') break;
      }
    }
  },
};
