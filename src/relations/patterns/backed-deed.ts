// "Regime forces drove the rebels from Aleppo with a Russian-backed offensive", "Syrian troops retook
// Palmyra in a Russian-backed offensive", "The army launched an Iranian-backed offensive": a deed of
// force that an actor backs, waged by the clause subject, is the backer's support for the subject
// (PLOVER SUPPORT). The compound pattern finds no actor in such a phrase ("offensive" is no actor),
// so the backing would be lost. The subject wages the deed only where the deed is the object of a
// launching verb, or follows "with" / "in" after a verb of taking ground: "IS lost ground in a
// Russian-backed offensive" and "IS was driven out in …" name its target, not its wager.
// Words: syntax.json backedDeed.
import type { SentenceEndPattern } from '../pattern.js';

export const backedDeed: SentenceEndPattern = {
  name: 'backed-deed',
  reads: ['Y retook X with an X-backed offensive', 'Y drove Z from A in an X-backed assault', 'Y launched an X-backed offensive'],
  on: 'sentence end',
  cues: (lex) => lex.syntax.constructions.backedDeed.nouns,
  run(view, emit, lex) {
    const w = lex.syntax.constructions.backedDeed;
    for (const k of view.compoundTriggers) {
      if (lex.relations.compounds.get(view.f[k + 2]!)?.relation !== 'supports') continue;
      const backer = view.mentionAt(k)!;
      const [a, b] = view.np(k + 2);
      // The phrase is the deed itself: its head a deed of force, no actor after the compound ("a
      // Russian-backed offensive", not "Russian-backed rebels", which the compound pattern reads).
      if (b - 1 <= k + 2 || !w.nouns.has(view.f[b - 1]!)) continue;
      let named = false;
      for (let j = k + 3; j < b && !named; j++) named = view.mentionAt(j) !== undefined;
      if (named) continue;
      // Who wages it: the subject of the verb it is the object of ("launched a …"), or of the verb
      // of taking ground before "with" / "in" ("retook the city in a …").
      let v = -1;
      const p = a - 1;
      if (p >= view.first && w.preps.has(view.f[p]!)) {
        const gv = view.governingVerb(p);
        if (gv !== -1 && w.verbs.has(view.tokens[gv]!.lemma)) v = gv;
      } else {
        const gv = view.governingVerb(a);
        if (gv !== -1 && w.launchVerbs.has(view.tokens[gv]!.lemma) && view.onlyFillerBetween(gv, a)) v = gv;
      }
      if (v === -1 || view.isPassive(v, 1)) continue;
      const subject = view.subjectOf(v);
      const helped = subject.args.filter((m) => m.actor !== backer.actor);
      if (helped.length) emit.pairs([backer], helped, w.trigger, view.textOf(k + 1, k + 2), view.modality(subject.start, v, false));
    }
  },
};
