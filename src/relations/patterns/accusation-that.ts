// "Kyiv repeated its accusation that Moscow was shelling the plant", "Xelil said …, reiterating
// accusations that Turkey was supporting the group": the speaker of an accusation opposes the actor
// its that-clause accuses (the guidelines: the accusation is the act). Not where a denying verb
// governs the noun ("Iran rejected accusations that …": the accused speaks). Words: syntax.json
// accusationThat; the denying verbs are cues.json negatingVerbs.
import type { SentenceEndPattern } from '../pattern.js';

export const accusationThat: SentenceEndPattern = {
  name: 'accusation-that',
  reads: ['X repeated its accusation that Y <verb>s', 'X reiterated accusations that Y <verb>s'],
  on: 'sentence end',
  cues: (lex) => lex.syntax.constructions.accusationThat.nouns,
  run(view, emit, lex) {
    const w = lex.syntax.constructions.accusationThat;
    for (let k = view.first; k + 2 < view.end; k++) {
      if (view.tokens[k]!.pos !== 'NOUN' || !w.nouns.has(view.f[k]!) || view.f[k + 1] !== 'that' || !view.isNP(k + 2)) continue;
      // The accused: the that-clause's subject, followed by its verb.
      const accused = view.groupRight(k + 2);
      let v = accused.end;
      while (v < view.end && (view.tokens[v]!.pos === 'AUX' || view.tokens[v]!.pos === 'ADV')) v++;
      if (!accused.args.length || v >= view.end || view.tokens[v]!.pos !== 'VERB' || !view.headIsActor(...view.np(k + 2))) continue;
      // The speaker: the noun's possessor ("its accusation") or the subject of the verb governing it.
      const [a] = view.np(k);
      let speakers = view.pronounPossessor(a) ?? [];
      const gv = view.governingVerb(a);
      if (gv !== -1 && lex.cues.negatingVerbs.has(view.tokens[gv]!.lemma)) continue;
      // (Only a verb that voices the accusation: "to investigate allegations that …" makes none.)
      if (!speakers.length && gv !== -1 && w.verbs.has(view.tokens[gv]!.lemma)) speakers = view.subjectOf(gv).args;
      speakers = speakers.filter((m) => !accused.args.some((x) => x.actor === m.actor));
      if (speakers.length) emit.pairs(speakers, accused.args, w.trigger, view.textOf(k, k), view.modality(view.clauseStart(a), k, false));
    }
  },
};
