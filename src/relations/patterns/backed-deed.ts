// "Regime forces drove the rebels from Aleppo with a Russian-backed offensive", "Syrian troops retook
// Palmyra in a Russian-backed offensive", "The YPG captured Tel Abyad in an offensive backed by
// U.S.-led air strikes", "The army launched an Iranian-backed offensive": a deed of force that an
// actor backs, waged by the clause subject, is the backer's support for the subject (PLOVER
// SUPPORT). The compound and passive patterns find no actor in such a phrase ("offensive" is no
// actor), so the backing would be lost. The subject wages the deed only where the deed is the object
// of a launching verb, or follows "with" / "in" after a verb of taking ground: "IS lost ground in a
// Russian-backed offensive" and "IS was driven out in …" name its target, not its wager.
// Words: syntax.json backedDeed.
import type { Constructions } from '../../lexicon/constructions.js';
import type { ActorMention } from '../../types.js';
import type { SentenceEndPattern } from '../pattern.js';
import type { SentenceView } from '../sentence.js';

/** The verb whose subject wages the deed phrase starting at a, or -1. */
function wagingVerb(view: SentenceView, w: Constructions['backedDeed'], a: number): number {
  const p = a - 1;
  let v = -1;
  if (p >= view.first && w.preps.has(view.f[p]!)) {
    // "retook the city in a …": the verb of taking ground before the preposition.
    const gv = view.governingVerb(p);
    if (gv !== -1 && w.verbs.has(view.tokens[gv]!.lemma)) v = gv;
    // ("The YPG is involved in a U.S.-backed offensive": the participle after "be" takes part; its
    // subject is the copula's.)
    else if (p - 2 >= view.first && w.partakingParticiples.has(view.f[p - 1]!) && view.tokens[p - 2]!.lemma === 'be')
      return view.tokens[p - 2]!.pos === 'AUX' || view.tokens[p - 2]!.pos === 'VERB' ? p - 2 : -1;
  } else {
    // "launched a …": the deed is the verb's object.
    const gv = view.governingVerb(a);
    if (gv !== -1 && w.launchVerbs.has(view.tokens[gv]!.lemma) && view.onlyFillerBetween(gv, a)) v = gv;
  }
  return v !== -1 && !view.isPassive(v, 1) ? v : -1;
}

/** The support of backers for the subject that wages the deed phrase at a (the backers excluded from it). */
function emitBacking(
  view: SentenceView,
  emit: Parameters<SentenceEndPattern['run']>[1],
  w: Constructions['backedDeed'],
  backers: ActorMention[],
  a: number,
  word: string,
): void {
  const v = wagingVerb(view, w, a);
  if (v === -1) return;
  const subject = view.subjectOf(v);
  const helped = subject.args.filter((m) => !backers.some((b) => b.actor === m.actor));
  if (helped.length) emit.pairs(backers, helped, w.trigger, word, view.modality(subject.start, v, false));
}

export const backedDeed: SentenceEndPattern = {
  name: 'backed-deed',
  reads: [
    'Y retook X with an X-backed offensive',
    'Y drove Z from A in an X-backed assault',
    'Y launched an X-backed offensive',
    'Y captured A in an offensive backed by X',
  ],
  on: 'sentence end',
  cues: (lex) => lex.syntax.constructions.backedDeed.nouns,
  run(view, emit, lex) {
    const w = lex.syntax.constructions.backedDeed;
    // "a Russian-backed offensive": the compound's actor.
    for (const k of view.compoundTriggers) {
      if (lex.relations.compounds.get(view.f[k + 2]!)?.relation !== 'supports') continue;
      const [a, b] = view.np(k + 2);
      // The phrase is the deed itself: its head a deed of force, no actor after the compound ("a
      // Russian-backed offensive", not "Russian-backed rebels", which the compound pattern reads).
      if (b - 1 <= k + 2 || !w.nouns.has(view.f[b - 1]!)) continue;
      let named = false;
      for (let j = k + 3; j < b && !named; j++) named = view.mentionAt(j) !== undefined;
      if (!named) emitBacking(view, emit, w, [view.mentionAt(k)!], a, view.textOf(k + 1, k + 2));
    }
    // "an offensive backed by U.S.-led air strikes": the passive's agent.
    for (let h = view.first; h + 3 < view.end; h++) {
      if (!w.nouns.has(view.f[h]!) || !w.participles.has(view.f[h + 1]!) || view.f[h + 2] !== 'by' || !view.isNP(h)) continue;
      const [a, b] = view.np(h);
      if (b !== h + 1 || view.argsIn(a, b).args.length) continue;
      const backers = view.passiveAgent(h + 2);
      if (backers.length) emitBacking(view, emit, w, backers, a, view.textOf(h + 1, h + 2));
    }
  },
};
