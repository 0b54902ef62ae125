// "Kerry said the Syrian government should have granted inspectors access", "Israel should have let
// aid in, Borrell said": a speaker saying another actor should have done something reproaches it
// (PLOVER DISAPPROVE), whatever the verb. The active only ("Russia should have been invited" faults
// whoever did not invite it); "must have" infers and is not here. Words: syntax.json reproach.
import type { SentenceEndPattern } from '../pattern.js';

export const reproach: SentenceEndPattern = {
  name: 'reproach',
  reads: [
    'X said Y should have …',
    'Y should have …, X said',
    'X said Y ought to have …',
    'X said Y should not have …',
    '"Y should have …. …," X said',
  ],
  on: 'sentence end',
  cues: (lex) => [...lex.syntax.constructions.reproach.modals].map((m) => m.split(' ')[0]!),
  run(view, emit, lex) {
    const w = lex.syntax.constructions.reproach;
    const speaking = (j: number) => {
      const t = view.tokens[j]!;
      return t.pos === 'VERB' && (lex.cues.speechVerbs.has(t.lemma) || w.demandingVerbs.has(t.lemma));
    };
    for (let k = view.first + 2; k + 1 < view.end; k++) {
      // "<modal> have <verb>": the modal right before "have" ("should", "ought to").
      // (A participle the tagger read as an adjective is the verb too: "should have informed Seoul".)
      const p = view.tokens[k + 1]!;
      const participle = p.pos === 'VERB' || (p.pos === 'ADJ' && (view.f[k + 1]!.endsWith('ed') || view.f[k + 1]!.endsWith('en')));
      if (view.f[k] !== 'have' || !participle || view.f[k + 1] === 'been') continue;
      // ("should not have attacked": the deed done is faulted all the same.)
      const m = view.f[k - 1] === 'not' || view.f[k - 1] === "n't" ? k - 2 : k - 1;
      const modal = w.modals.has(view.f[m]!) || (m - 1 >= view.first && w.modals.has(`${view.f[m - 1]} ${view.f[m]}`));
      if (!modal) continue;
      const faulted = view.subjectOf(k + 1);
      if (!faulted.args.length) continue;
      // The speaker: the subject of a speaking verb right before the one faulted ("said (that) Y …"),
      // else the actor right before a closing speaking verb ("… access, John Kerry reportedly told X").
      let speaker = undefined as ReturnType<typeof view.groupLeft>['args'] | undefined;
      for (let j = faulted.start - 1; j >= view.first && j >= faulted.start - 3; j--) {
        if (speaking(j)) {
          speaker = view.subjectOf(j).args;
          break;
        }
        if (view.tokens[j]!.pos === 'NOUN' || view.tokens[j]!.pos === 'PROPN' || view.tokens[j]!.pos === 'VERB') break;
      }
      // ('"Israel should have let aid in. …," Borrell said': where a quotation the sentence opens closes.)
      if (!speaker) {
        const quoted = view.speakerAfterQuote();
        if (quoted.length) speaker = quoted;
      }
      if (!speaker && faulted.start === view.first)
        for (let j = k + 2; j < view.end; j++) {
          if (!speaking(j)) continue;
          let s = j - 1;
          while (s > k && view.tokens[s]!.pos === 'ADV') s--;
          if (s > k + 1 && view.mentionAt(s) && view.isNP(s)) speaker = view.groupLeft(s).args;
          break;
        }
      if (!speaker?.length) continue;
      const faultedOnly = faulted.args.filter((m) => !speaker!.some((x) => x.actor === m.actor));
      if (faultedOnly.length) emit.pairs(speaker, faultedOnly, w.trigger, view.textOf(k - 1, k + 1), {});
    }
  },
};
