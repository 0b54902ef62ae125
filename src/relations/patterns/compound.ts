// "U.S.-backed Syrian Democratic Forces", "the Turkish-backed force": the compound's actor stands in
// the participle's relation to the phrase's head (or, without one, to the actor before the phrase).
import type { ActorMention } from '../../types.js';
import type { SentencePattern } from '../pattern.js';

export const compound: SentencePattern = {
  name: 'compound',
  reads: ['US-backed SDF', 'the Free Syrian Army (FSA), the Turkish-backed force', 'the SDF a US-backed group'],
  on: 'sentence',
  run(view, emit, lex) {
    for (const k of view.compoundTriggers) {
      const m = view.mentionAt(k)!;
      const tr = lex.relations.compounds.get(view.f[k + 2]!)!;
      const [a, b] = view.np(k + 2);
      const targets: ActorMention[] = [];
      for (let j = k + 3; j < b; j++) {
        // "Washington-backed Kurdish militias Ankara considers …": a generic head ends the phrase
        // the compound describes (its "that" lost); a name after it is no part of it.
        const head = view.f[j]!;
        if (
          targets.length === 0 &&
          view.acts.tokenMention[j] === -1 &&
          view.tokens[j]!.pos === 'NOUN' &&
          (lex.cues.genericHeads.has(head) || lex.cues.groupNouns.has(head))
        )
          break;
        const t = view.mentionAt(j);
        if (t && view.isArgReadTo(t, k) && !targets.includes(t)) targets.push(t);
      }
      // "A Russian-backed offensive by government forces": an operation (syntax.json objectHeads of
      // the relation) whose doer follows "by" is that doer's.
      if (!targets.length && b + 1 < view.end && view.f[b] === 'by' && view.throughHead(tr, k + 3, b) && view.isNP(b + 1))
        targets.push(...view.groupRight(b + 1).args);
      // "Syrian rebels backed by …" is the passive's; "the fighters, U.S.-backed" names no actor.
      const resolved = targets.length ? targets : (view.appositionInside(a, k) ?? view.appositionBefore(a));
      if (!resolved.length) continue;
      // Read from the participle: "lost ground to Turkish-backed rebels" has a preposition "to"
      // before the compound, no infinitive (which would make the backing planned).
      const flags = view.modality(view.clauseStart(k), k + 2, false);
      emit.pairs(
        [m],
        resolved.filter((t) => t !== m),
        tr,
        view.textOf(k + 1, k + 2),
        flags,
      );
    }
  },
};
