// "The FSA and al-Nusra Front fought together against government forces", "Russia and Syria jointly
// carried out strikes": the actors of one subject who act together cooperate, pairwise (PLOVER
// COOPERATE). A coordinated subject alone is not enough: the adverb says they acted as one. An
// actor joined to the subject by a companion word before a force verb fought beside it ("The FSA,
// together with Ahrar al-Sham, attacked the army"); other verbs are parallel acts ("Russia,
// together with China, vetoed …"), and "along with" mostly means "as well as". Words: syntax.json
// jointAction.
import type { SentenceEndPattern } from '../pattern.js';

type Run = SentenceEndPattern['run'];

/** "X, together with Y, attacked Z": X and Y, one subject of a force verb, fought side by side. */
function companions(...[view, emit, lex]: Parameters<Run>): void {
  const w = lex.syntax.constructions.jointAction;
  for (let k = view.first + 1; k + 2 < view.end; k++) {
    const two = `${view.f[k]} ${view.f[k + 1]}`;
    const len = w.companions.has(two) ? 2 : w.companions.has(view.f[k]!) ? 1 : 0;
    if (!len || !view.isNP(k + len)) continue;
    // The subject's own actors end right before it (", together with").
    const c = view.f[k - 1] === ',' ? k - 2 : k - 1;
    if (c < view.first || !view.mentionAt(c)) continue;
    const g = view.groupRight(k + len);
    if (!g.args.length) continue;
    // The verb right after the companion's phrase (past its comma and auxiliaries or adverbs).
    let v = g.end;
    if (view.f[v] === ',') v++;
    while (v < view.end && (view.tokens[v]!.pos === 'AUX' || view.tokens[v]!.pos === 'ADV' || view.tokens[v]!.pos === 'PART')) v++;
    if (v >= view.end || view.tokens[v]!.pos !== 'VERB' || view.isPassive(v, 1)) continue;
    if (!lex.relations.verbs.get(view.tokens[v]!.lemma)?.some((x) => w.companionRelations.has(x.relation))) continue;
    const subj = view.subjectOf(v);
    const firsts = subj.args.filter((m) => !g.args.includes(m));
    if (!firsts.length || !g.args.every((m) => subj.args.includes(m))) continue;
    emit.pairs(firsts, g.args, w.trigger, view.textOf(k, k + len - 1), view.modality(subj.start, v, false));
  }
}

export const jointAction: SentenceEndPattern = {
  name: 'joint-action',
  reads: ['X and Y fought together against Z', 'X and Y jointly carried out …', 'X, together with Y, attacked Z'],
  on: 'sentence end',
  cues: (lex) => {
    const w = lex.syntax.constructions.jointAction;
    return [...w.adverbs, ...[...w.companions].map((c) => c.split(' ')[0]!)];
  },
  run(view, emit, lex) {
    const w = lex.syntax.constructions.jointAction;
    companions(view, emit, lex);
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
