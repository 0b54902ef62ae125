// "the PKK, listed as a terrorist organisation by Turkey, the US and the EU", "Hamas, designated a
// terrorist group by the United States", "Cuba, listed as a state sponsor of terrorism by
// Washington": a designation as terrorist sanctions the one designated (PLOVER SANCTION), and the
// designators are the "by" phrase. The finite passive ("Hamas is designated … by") is the verb
// triggers' too; this reads the participle after its noun, which no trigger reads with its agent
// past the designation. The one designated is read as banned-in reads its group (the phrase right
// before, past a descriptor). Words: syntax.json designatedBy.
import type { SentenceEndPattern } from '../pattern.js';
import { bannedOnes } from './banned-in.js';

export const designatedBy: SentenceEndPattern = {
  name: 'designated-by',
  reads: ['Y, listed as a terrorist organisation by X', 'Y designated a terrorist group by X'],
  on: 'sentence end',
  cues: (lex) => lex.syntax.constructions.designatedBy.verbs,
  run(view, emit, lex) {
    const w = lex.syntax.constructions.designatedBy;
    for (let k = view.first + 1; k + 3 < view.end; k++) {
      if (!w.verbs.has(view.f[k]!) || view.tokens[k]!.pos !== 'VERB') continue;
      // The designation ("as a terrorist organisation", "a state sponsor of terrorism"), then its "by" agent.
      let mark = -1;
      let by = -1;
      for (let j = k + 1; j < view.end && j <= k + 9; j++) {
        if (w.marks.has(view.f[j]!)) mark = j;
        else if (view.f[j] === 'by') {
          by = j;
          break;
        } else if (view.tokens[j]!.pos === 'VERB' || view.isBreak(j)) break;
      }
      if (mark === -1 || by === -1 || !view.isNP(by + 1)) continue;
      const designators = view.groupRight(by + 1).args;
      if (!designators.length) continue;
      // ("Like ISIL, al-Nusra is blacklisted … by Washington": both are.)
      const designated = view.withLike(bannedOnes(view, w.descriptors, k));
      const named = designated.args.filter((m) => m.via !== 'demonym' && !designators.some((d) => d.actor === m.actor));
      if (named.length) emit.pairs(designators, named, w.trigger, view.textOf(k, mark), view.modality(designated.start, k, false));
    }
  },
};
