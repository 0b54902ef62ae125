// "Russia threatened to stop the talks if the United States deployed missiles", "Iran warned it
// would close the strait unless Washington lifted sanctions": a threat made conditional on another
// actor's act opposes that actor (PLOVER THREATEN). Words: syntax.json conditionalThreat.
import type { SentenceEndPattern } from '../pattern.js';

export const conditionalThreat: SentenceEndPattern = {
  name: 'conditional-threat',
  reads: ['X threatened to … if Y <verb>s', 'X warned … unless Y <verb>s'],
  on: 'sentence end',
  cues: (lex) => lex.syntax.constructions.conditionalThreat.verbs,
  run(view, emit, lex) {
    const w = lex.syntax.constructions.conditionalThreat;
    for (let k = view.first; k < view.end; k++) {
      const t = view.tokens[k]!;
      if (t.pos !== 'VERB' || !w.verbs.has(t.lemma)) continue;
      for (let j = k + 1; j < view.end && j < k + 30; j++) {
        if (view.f[j] === ';' || view.f[j] === ':' || (view.tokens[j]!.pos === 'VERB' && w.verbs.has(view.tokens[j]!.lemma))) break;
        if (!w.conditions.has(view.f[j]!) || !view.isNP(j + 1)) continue;
        const group = view.groupRight(j + 1);
        // The actor must be the condition's subject: its verb follows ("if Hamas ran", "unless Turkey withdraws").
        let e = group.end;
        // "if Hamas, which advocates Israel's destruction, ran": a relative clause between commas.
        if (e + 1 < view.end && view.f[e] === ',' && (view.f[e + 1] === 'which' || view.f[e + 1] === 'who'))
          for (let c = e + 2; c < view.end && c < e + 16; c++)
            if (view.f[c] === ',') {
              e = c + 1;
              break;
            }
        while (e < view.end && (view.tokens[e]!.pos === 'AUX' || view.tokens[e]!.pos === 'ADV' || view.tokens[e]!.pos === 'PART')) e++;
        if (!group.args.length || e >= view.end || view.tokens[e]!.pos !== 'VERB') break;
        const subj = view.subjectOf(k);
        // The threat is the act, whatever its tense or mood (guidelines): no hypothetical flag.
        emit.pairs(subj.args, group.args, w.trigger, t.text, { negated: view.modality(subj.start, k, true).negated });
        break;
      }
    }
  },
};
