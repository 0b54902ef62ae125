// "China warned that it would retaliate against Japan", "Iran vowed to strike Israel", "Russia said it
// would hit Ukraine's grid": a speaker announcing its own use of force threatens the one it would
// strike (PLOVER THREATEN: threaten with military force). The force itself stays hypothetical (it
// was read as such by the verb patterns); only the speaker's threat is a fact. Words: syntax.json
// consequenceThreat.intents.
import type { SentenceEndPattern } from '../pattern.js';
import type { SentenceView } from '../sentence.js';

/**
 * The verb the intent verb at v announces as the speaker's own act: its infinitive ("vowed to
 * strike") or the verb of a that-clause whose subject is a pronoun with a modal ("warned (that) it
 * would retaliate"); else -1. Another subject ("said Israel would attack") is someone else's act.
 */
function announcedAct(view: SentenceView, v: number, modals: ReadonlySet<string>): number {
  let j = v + 1;
  if (j < view.end && view.f[j] === 'that') j++;
  if (j + 1 < view.end && view.f[j] === 'to' && view.tokens[j + 1]!.pos === 'VERB') return j + 1;
  if (j >= view.end || view.tokens[j]!.pos !== 'PRON' || !view.lex.cues.pronouns.has(view.f[j]!)) return -1;
  j++;
  if (j >= view.end || !(modals.has(view.f[j]!) || view.f[j] === 'could')) return -1;
  j++;
  while (j < view.end && view.tokens[j]!.pos === 'ADV') j++;
  return j < view.end && view.tokens[j]!.pos === 'VERB' ? j : -1;
}

export const forceIntent: SentenceEndPattern = {
  name: 'force-intent',
  reads: ['X warned that it would attack Y', 'X vowed to strike Y', 'X said it would retaliate against Y'],
  on: 'sentence end',
  cues: (lex) => lex.syntax.constructions.consequenceThreat.intents,
  run(view, emit, lex) {
    const w = lex.syntax.constructions.consequenceThreat;
    // The hypothetical uses of force the sentence's verbs read (copied: emitting adds). Not its
    // nouns: "said they could avert military intervention" announces no strike.
    const force = emit.events.filter(
      (c) => c.trigger.relation === 'attacks' && c.trigger.kind === 'verb' && c.flags.hypothetical && !c.flags.negated,
    );
    if (!force.length) return;
    for (let v = view.first; v < view.end; v++) {
      const t = view.tokens[v]!;
      if (t.pos !== 'VERB' || !w.intents.has(t.lemma)) continue;
      const act = announcedAct(view, v, w.modals);
      if (act < 0) continue;
      const speaker = view.subjectOf(v);
      if (!speaker.args.length) continue;
      const negated = view.modality(speaker.start, v, true).negated;
      for (const c of force) {
        // The announced act is the force's trigger, and the force the speaker's own.
        if (c.word.split(' ')[0] !== view.tokens[act]!.text || !speaker.args.some((s) => s.actor === c.source.actor)) continue;
        emit.pairs([c.source], [c.target], w.trigger, t.text, { negated });
      }
    }
  },
};
