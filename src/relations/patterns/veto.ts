// "China vetoed a UN resolution against North Korea", "Russia blocked sanctions on Syria": blocking
// a measure aimed at an actor supports that actor (the guidelines' "vetoed a resolution against Y").
// Words: syntax.json veto.
import type { ActorMention } from '../../types.js';
import type { SentenceEndPattern } from '../pattern.js';

export const veto: SentenceEndPattern = {
  name: 'veto',
  reads: [
    'X vetoed a resolution against Y',
    'X blocked sanctions on Y',
    'X vetoed a draft condemning Y',
    'X vetoed any move to sanction Y',
    'X vetoed a draft demanding that Y withdraw',
  ],
  on: 'sentence end',
  cues: (lex) => lex.syntax.constructions.veto.verbs,
  run(view, emit, lex) {
    const w = lex.syntax.constructions.veto;
    for (let k = view.first; k < view.end; k++) {
      const t = view.tokens[k]!;
      if (t.pos !== 'VERB' || !w.verbs.has(t.lemma)) continue;
      let j = k + 1;
      while (j < view.end && (view.tokens[j]!.pos === 'ADV' || view.tokens[j]!.pos === 'PART')) j++;
      if (j >= view.end || !view.isNP(j)) continue;
      const [, b] = view.np(j);
      let h = b - 1;
      while (h > j && !w.measures.has(view.f[h]!)) h--;
      if (!w.measures.has(view.f[h]!)) continue;
      // The measure's aim: "against Y", "condemning Y", "sanctions on Y".
      let targets: ActorMention[] = [];
      for (let x = h + 1; x < Math.min(view.end, h + 4) && !targets.length; x++) {
        // ("a resolution condemning its invasion of Ukraine": the subject's own act, no one shielded.)
        if (w.against.has(view.f[x]!) && view.isNP(x + 1)) {
          if (view.syn.possessivePronouns.has(view.f[x + 1]!)) break;
          targets = view.groupRight(x + 1).args;
        }
        // "a draft demanding (that) the Syrian government cooperate": the one it demands of, named
        // as its object's head (not "demanding an end to Russian strikes").
        else if (w.demands.has(view.f[x]!)) {
          const o = x + 1 + (view.f[x + 1] === 'that' ? 1 : 0);
          if (o >= view.end || !view.isNP(o)) break;
          const [oa, ob] = view.np(o);
          if (view.headIsActor(oa, ob)) targets = view.groupRight(o).args;
          break;
        }
        // "any move to sanction Assad": the infinitive's object.
        // ("blocked Sweden's bid to join NATO": only an infinitive of aimVerbs aims the measure at its object.)
        else if (view.f[x] === 'to' && x + 2 < view.end && view.tokens[x + 1]!.pos === 'VERB' && view.isNP(x + 2)) {
          if (!w.aimVerbs.has(view.tokens[x + 1]!.lemma)) break;
          // ("efforts to impose U.N. penalties on Assad": a measure as the object, its aim after it.)
          const [oa, ob] = view.np(x + 2);
          if (view.headIsActor(oa, ob)) targets = view.groupRight(x + 2).args;
          else if (ob + 1 < view.end && w.against.has(view.f[ob]!) && view.isNP(ob + 1)) targets = view.groupRight(ob + 1).args;
        } else if (view.isBreak(x)) break;
      }
      if (!targets.length) continue;
      const subj = view.subjectOf(k);
      emit.pairs(subj.args, targets, w.trigger, t.text, view.modality(subj.start, k, false));
    }
  },
};
