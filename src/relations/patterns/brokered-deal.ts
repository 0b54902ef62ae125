// "a ceasefire brokered by Russia and Turkey" (or "between Russia and Turkey"), "Russia and Turkey brokered a truce", "a US-Russian
// brokered ceasefire", "the Russia-Turkey deal": the brokers act together (allied_with, each pair
// once); "US-Russian talks" are a meeting. Words: syntax.json brokeredDeal.
import type { SentenceEndPattern } from '../pattern.js';

export const brokeredDeal: SentenceEndPattern = {
  name: 'brokered-deal',
  reads: [
    '… brokered by X and Y',
    '… brokered between X and Y',
    'a zone agreed by X, Y and Z',
    'X and Y brokered …',
    'an X-Y brokered ceasefire',
    'the X-Y deal',
    'X-Y talks',
  ],
  on: 'sentence end',
  cues: (lex) => {
    const w = lex.syntax.constructions.brokeredDeal;
    return [...w.verbs, ...w.byVerbs, ...w.deals, ...w.meetings];
  },
  run(view, emit, lex) {
    const w = lex.syntax.constructions.brokeredDeal;
    for (let k = view.first; k < view.end; k++) {
      const t = view.tokens[k]!;
      const byOnly = view.isVerbOf(k, w.byVerbs);
      if (byOnly || view.isVerbOf(k, w.verbs)) {
        // The tagger reads "mediated" as an adjective now and then: right after the actors it is their verb.
        const finite = !byOnly && (t.pos === 'VERB' || (k > view.first && view.mentionAt(k - 1) !== undefined));
        // "agreed in February by …": a time phrase before the agents.
        let by = k + 1;
        while (
          byOnly &&
          by < view.end &&
          by < k + 4 &&
          (lex.cues.timeWords.has(view.f[by]!) || view.tokens[by]!.pos === 'ADP') &&
          view.f[by] !== 'by'
        )
          by++;
        // ("the agreement brokered between the US and Russia": the parties that brokered it together.)
        // (A participle after the deal's noun, not a verb with its subject.)
        const between =
          view.f[k + 1] === 'between' &&
          k + 2 < view.end &&
          view.isNP(k + 2) &&
          k > view.first &&
          view.tokens[k - 1]!.pos === 'NOUN' &&
          !view.mentionAt(k - 1);
        const agents = between
          ? view.groupRight(k + 2).args
          : by < view.end && view.f[by] === 'by' && view.isNP(by + 1)
            ? view.groupRight(by + 1).args
            : finite
              ? view.subjectOf(k).args
              : [];
        // The brokering's own modality: what the clause says of the deal ("agreed to destroy … under a
        // deal brokered by …") is not said of the brokers.
        // "by regime ally Iran and rebel backer Qatar": an actor right before an ally or backer noun
        // describes the broker after it and brokers nothing itself.
        const describing = (m: (typeof agents)[number]) =>
          m.endToken < view.end &&
          (lex.syntax.constructions.allyPhrase.nouns.has(view.f[m.endToken]!) ||
            lex.syntax.constructions.backerNoun.nouns.has(view.f[m.endToken]!));
        const brokers = agents.filter((m) => !describing(m));
        if (brokers.length > 1)
          emit.pairwise(brokers, w.trigger, t.text, view.modality(Math.max(view.clauseStart(k), k - 4), k, false), false);
        continue;
      }
      // Two actors joined by a hyphen, then a deal or a meeting in the same phrase.
      const m1 = view.mentionAt(k);
      if (!m1 || m1.endToken !== k + 1 || k + 2 >= view.end) continue;
      const dash = view.tokens[k + 1]!;
      const m2 = view.mentionAt(k + 2);
      if (dash.text !== '-' || dash.start !== t.end || !m2 || m2 === m1 || view.tokens[k + 2]!.start !== dash.end) continue;
      const [, b] = view.np(k + 2);
      // From the second actor's next word: "US-China talks" may be read as one mention "China talks".
      for (let j = k + 3; j < Math.min(Math.max(b, m2.endToken) + 1, view.end); j++) {
        const deal = w.deals.has(view.f[j]!) || w.verbs.has(view.tokens[j]!.lemma);
        if (!deal && !w.meetings.has(view.f[j]!)) continue;
        emit.pairs([m1], [m2], deal ? w.trigger : w.meeting, view.textOf(k, j), view.modality(view.first, k, false));
        break;
      }
    }
  },
};
