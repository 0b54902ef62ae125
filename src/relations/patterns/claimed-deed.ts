// "The Islamic State claimed responsibility for the attack which killed 12 Syrian soldiers", "the
// Taliban claimed the bombing that killed Afghan police", "IS said it carried out the bombing that
// killed Iraqi soldiers": a force verb in a relative clause whose antecedent is a force noun has no
// actor subject of its own; the one who claims (or performs: syntax.json performVerbs) the deed did
// it, so it attacks whom the verb strikes. "The attack on X" after the claim is the noun trigger's;
// "denied responsibility", "no group has claimed" name no claimer. Words: syntax.json
// constructions.claimedDeed.
import type { Trigger } from '../../lexicon/relations.js';
import type { SentenceEndPattern } from '../pattern.js';
import type { Flags } from '../clauses.js';

type View = Parameters<SentenceEndPattern['run']>[0];
type Lex = Parameters<SentenceEndPattern['run']>[2];

/** The direct attacks trigger of the active verb at k ("killed", "targeted"), or undefined. */
function forceTrigger(view: View, lex: Lex, k: number): Trigger | undefined {
  if (view.tokens[k]!.pos !== 'VERB') return undefined;
  return lex.relations.verbs
    .get(view.tokens[k]!.lemma)
    ?.find((x) => x.relation === 'attacks' && x.direct && x.words.length === 1 && !x.directNeedsActor);
}

/**
 * The claiming or performing verb whose object is the deed phrase starting at a ("claimed [full]
 * responsibility for <a>", "claimed <a>", "carried out <a>"), or -1.
 */
function claimingVerb(view: View, lex: Lex, a: number): number {
  const w = lex.syntax.constructions.claimedDeed;
  let j = a - 1;
  if (j - 1 > view.first && view.f[j] === 'for' && view.isNP(j - 1)) {
    const [na, nb] = view.np(j - 1);
    if (nb !== j || !w.nouns.has(view.f[nb - 1]!)) return -1;
    j = na - 1;
    return j >= view.first && view.tokens[j]!.pos === 'VERB' && w.verbs.has(view.tokens[j]!.lemma) ? j : -1;
  }
  // ("carried out the bombing": the verb's particle before its object.)
  const out = j - 1 >= view.first && view.f[j] === 'out' && view.tokens[j - 1]!.pos === 'VERB';
  if (out) j--;
  if (j < view.first || view.tokens[j]!.pos !== 'VERB') return -1;
  const lemma = view.tokens[j]!.lemma;
  return (!out && w.verbs.has(lemma)) || lex.syntax.performVerbs.has(lemma) ? j : -1;
}

/**
 * Does a finite verb follow the force verb at k in its clause ("Russia claimed the strike that hit
 * Ukrainian troops was staged")? Then the claim is speech about the deed, not its claiming.
 */
function clauseGoesOn(view: View, lex: Lex, k: number): boolean {
  for (let j = k + 1; j < view.end && !view.isBreak(j) && view.f[j] !== ','; j++) {
    if (lex.cues.relativePronouns.has(view.f[j]!)) return false;
    const t = view.tokens[j]!;
    if (t.pos === 'AUX' || (t.pos === 'VERB' && view.f[j - 1] !== 'and' && view.f[j - 1] !== 'or')) return true;
  }
  return false;
}

function merge(a: Flags, b: Flags): Flags {
  const f: Flags = {};
  if (a.negated || b.negated) f.negated = true;
  if (a.hypothetical || b.hypothetical) f.hypothetical = true;
  return f;
}

export const claimedDeed: SentenceEndPattern = {
  name: 'claimed-deed',
  reads: [
    'X claimed responsibility for the attack which killed Y',
    'X claimed the bombing that killed Y',
    'X carried out the strike that hit Y',
  ],
  on: 'sentence end',
  cues: (lex) => lex.syntax.constructions.claimedDeed.relatives,
  run(view, emit, lex) {
    const w = lex.syntax.constructions.claimedDeed;
    for (let r = view.first + 3; r + 2 < view.end; r++) {
      if (!w.relatives.has(view.f[r]!)) continue;
      // The force verb right after the pronoun, across adverbs ("which reportedly killed").
      let k = r + 1;
      while (k < view.end && view.tokens[k]!.pos === 'ADV') k++;
      if (k >= view.end) continue;
      const tr = forceTrigger(view, lex, k);
      if (!tr || view.isPassive(k, 1)) continue;
      // The antecedent: a force noun naming no actor, right before (", which").
      const c = view.f[r - 1] === ',' ? r - 2 : r - 1;
      if (c < view.first || !view.isNP(c) || !view.isAttackNoun(c)) continue;
      const [a, b] = view.np(c);
      if (b !== c + 1) continue;
      // ("the Israeli attack which killed …": the deed's own doer, the noun trigger's.)
      let named = false;
      for (let j = a; j < b && !named; j++) named = view.mentionAt(j) !== undefined;
      if (named) continue;
      const v = claimingVerb(view, lex, a);
      // (A bare claiming verb may report: "Russia claimed the strike that hit … was staged".)
      if (v === -1 || (v === a - 1 && w.verbs.has(view.tokens[v]!.lemma) && clauseGoesOn(view, lex, k))) continue;
      const claimers = view.subjectOf(v).args;
      if (!claimers.length) continue;
      const targets = view.objectOf(k, 1, tr);
      if (!targets.length) continue;
      const flags = merge(view.modality(view.clauseStart(v), v, false), view.modality(r + 1, k, false));
      emit.pairs(claimers, targets, tr, view.textOf(k, k), flags);
    }
  },
};
