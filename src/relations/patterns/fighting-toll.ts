// "The fighting killed 20 Syrian soldiers and 15 Nusra Front militants", "the clashes claimed the
// lives of 129 regime loyalists and 116 rebels including an Al-Nusra commander", "the battle left 30
// Houthi fighters and 12 Saudi soldiers dead": a fight named as the subject, whose toll counts the
// people of two or more actors, was fought between them; fighting is mutual, so both ways. A toll
// of one side only ("the fighting killed 18 regime troops") names no enemy, and one that marks its
// sides as allied ("Syrian soldiers and allied Hezbollah fighters") names none. Words: syntax.json
// constructions.fightingToll.
import type { ActorMention } from '../../types.js';
import type { SentencePattern, VerbPattern } from '../pattern.js';

type View = Parameters<SentencePattern['run']>[0];

/**
 * The actors whose people the toll from j on counts: each phrase of the list ("20 Syrian soldiers
 * and 15 Nusra militants", "116 rebels including an Al-Nusra commander") whose head is the actor or
 * its people, up to the list's end (`stop`, a result word: "… dead"). Undefined where a phrase
 * marks the sides as one ("allied", "pro-government").
 */
function sidesCounted(view: View, j: number, stop: Set<string>, sameSide: Set<string>): ActorMention[] | undefined {
  const sides: ActorMention[] = [];
  let k = j;
  while (k < view.end) {
    k = view.afterQuantity(k);
    if (k < view.end && view.tokens[k]!.pos === 'NUM') k++;
    if (k >= view.end || !view.isNP(k)) break;
    let [a, b] = view.np(k);
    // "dozens of Russian soldiers": past a quantity's "of", the phrase it counts.
    if (b + 1 < view.end && view.f[b] === 'of' && view.syn.ofHeads.has(view.f[b - 1]!) && view.isNP(b + 1)) [a, b] = view.np(b + 1);
    // ("… 12 Saudi soldiers dead": the result word closing the phrase is no head of it.)
    const closed = b - 1 > a && stop.has(view.f[b - 1]!);
    if (closed) b--;
    for (let x = a; x < b; x++) if (sameSide.has(view.f[x]!)) return undefined;
    if (view.headIsParty(a, b))
      for (const m of view.argsIn(a, b).args) if (!m.possessive && !sides.some((s) => s.actor === m.actor)) sides.push(m);
    k = b;
    if (closed) break;
    // "… and", "…, as well as", "… including": the list goes on.
    let c = k;
    while (
      c < view.end &&
      (view.syn.coordinators.has(view.f[c]!) || view.f[c] === 'well' || view.f[c] === 'including' || view.f[c] === 'among')
    )
      c++;
    if (c === k || c >= view.end || stop.has(view.f[c]!)) break;
    k = c;
  }
  return sides;
}

export const fightingToll: VerbPattern = {
  name: 'fighting-toll',
  reads: ['<fighting> killed X fighters and Y soldiers', '<fighting> claimed the lives of X and Y', '<fighting> left X and Y dead'],
  on: 'verb',
  verbs: (lex) => lex.syntax.constructions.fightingToll.verbs,
  run(view, emit, lex, k) {
    const w = lex.syntax.constructions.fightingToll;
    const t = view.tokens[k]!;
    if (t.pos !== 'VERB' || !w.verbs.has(t.lemma) || k === view.first) return;
    const subject = view.conflictSubjectBefore(k, w.subjects);
    if (subject === -1) return;
    // "claimed the lives of …": the toll follows.
    let j = k + 1;
    for (const p of w.tollOpeners) {
      const n = p.split(' ');
      if (n.every((x, i) => view.f[j + i] === x)) {
        j += n.length;
        break;
      }
    }
    if (t.lemma === 'claim' && j === k + 1) return;
    const sides = sidesCounted(view, j, w.results, w.sameSide);
    // ("left 30 Houthi fighters and 12 Saudi soldiers dead": a result word closes the toll.)
    if (!sides || sides.length < 2 || (t.lemma === 'leave' && !resultFollows(view, j, w.results))) return;
    const flags = view.modality(view.clauseStart(subject), k, false);
    const word = view.textOf(k, k);
    for (const one of sides)
      emit.pairs(
        [one],
        sides.filter((s) => s !== one),
        w.trigger,
        word,
        flags,
      );
  },
};

/** Is there a result word ("dead", "wounded") in the clause after j? */
function resultFollows(view: View, j: number, results: Set<string>): boolean {
  for (let x = j; x < view.end && x < j + 16; x++) {
    if (results.has(view.f[x]!)) return true;
    if (view.tokens[x]!.pos === 'VERB' || view.f[x] === ';') return false;
  }
  return false;
}
