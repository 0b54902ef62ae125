// "X demanded that Y withdraw", "X urged / called on / asked Y to stop …", "its demand that Israel
// ease …": the speaker opposes the actor of whom it demands (PLOVER DEMAND). A demand verb is
// hostile whatever is demanded; an appeal only when what it asks is to stop, withdraw, release, step
// down… ("urged the EU to support" is an appeal, not opposition). Words: syntax.json demandFrame.
import type { ActorMention } from '../../types.js';
import type { SentenceEndPattern } from '../pattern.js';
import type { SentenceView } from '../sentence.js';
import type { Emitter } from '../emit.js';
import type { DemandFrameWords } from '../../lexicon/constructions.js';

/** The possessor of the noun at k inside its phrase ("its demand", "Russia's call"), if any. */
function possessorOf(view: SentenceView, k: number): { args: ActorMention[]; start: number } | undefined {
  const [a] = view.np(k);
  for (let j = k - 1; j >= a; j--) {
    const m = view.mentionAt(j);
    if (m?.possessive && view.isArg(m)) return { args: [m], start: a };
    const possessor = view.pronounPossessor(j);
    if (possessor) return { args: possessor, start: a };
  }
  return undefined;
}

/** "<appeal> Y to <supportive act> Z" from the end e of Y's phrase: supports(speaker, Z). */
function supportive(view: SentenceView, emit: Emitter, w: DemandFrameWords, k: number, e: number): boolean {
  let d = e;
  while (d < view.end && (view.tokens[d]!.pos === 'ADV' || view.f[d] === 'to')) d++;
  if (
    d === e ||
    d + 1 >= view.end ||
    view.f[d - 1] !== 'to' ||
    view.tokens[d]!.pos !== 'VERB' ||
    !w.supportiveActs.has(view.tokens[d]!.lemma) ||
    !view.isNP(d + 1)
  )
    return false;
  const backed = view.groupRight(d + 1).args;
  const speaker = view.subjectOf(k);
  if (backed.length && speaker.args.length)
    emit.pairs(speaker.args, backed, w.supportiveTrigger, view.textOf(k, d), view.modality(speaker.start, k, false));
  return true;
}

export const demandFrame: SentenceEndPattern = {
  name: 'demand-frame',
  reads: [
    'X demanded that Y <act>',
    'X urged Y to stop …',
    'X called on Y to withdraw …',
    "X's demand that Y <act>",
    'X demanded an apology from Y',
    'X urged Y to support Z (X supports Z)',
  ],
  on: 'sentence end',
  cues: (lex) => {
    const w = lex.syntax.constructions.demandFrame;
    return [...w.speakers, ...w.appeals, ...w.nouns];
  },
  run(view, emit, lex) {
    const w = lex.syntax.constructions.demandFrame;
    for (let k = view.first; k < view.end; k++) {
      const t = view.tokens[k]!;
      if ((t.pos !== 'VERB' && t.pos !== 'NOUN') || view.mentionAt(k)) continue;
      const noun = t.pos === 'NOUN' && w.nouns.has(view.f[k]!);
      const demanding = (t.pos === 'VERB' && w.speakers.has(t.lemma)) || (noun && w.speakers.has(t.lemma));
      if (!demanding && !noun && !(t.pos === 'VERB' && w.appeals.has(t.lemma))) continue;
      let j = k + 1;
      // "reiterated its demand today that …": a time word between.
      while (j < view.end && j <= k + 2 && (view.tokens[j]!.pos === 'ADV' || lex.cues.timeWords.has(view.f[j]!))) j++;
      if (j < view.end && w.openers.has(view.f[j]!)) j++;
      const that = j < view.end && view.f[j] === 'that';
      if (that) j++;
      if (j >= view.end || !view.isNP(j)) continue;
      // "demanded Russia's withdrawal", "called for the resignation of Netanyahu": the act's owner is asked.
      const [na, nb] = view.np(j);
      if (!noun && !that && (demanding || view.f[j - 1] === 'for') && w.actNouns.has(view.f[nb - 1]!)) {
        const owners = view.objectOwners(na, nb);
        const subj = view.subjectOf(k);
        if (owners.length && subj.args.length)
          emit.pairs(subj.args, owners, w.trigger, view.textOf(k, k), view.modality(subj.start, k, false));
        continue;
      }
      const group = view.groupRight(j);
      // "urged the EU (the world) to support the PLO": the speaker backs what it asks others to back.
      if (!demanding && !that && supportive(view, emit, w, k, view.np(j)[1])) continue;
      if (!group.args.length) {
        // "demanded an apology from Turkey", "an admission by Moscow": of whom a demand verb asks.
        if (!demanding || noun || that) continue;
        const [, b] = view.np(j);
        const asked =
          b + 1 < view.end && (view.f[b] === 'from' || view.f[b] === 'by' || view.f[b] === 'of') && view.isNP(b + 1)
            ? view.groupRight(b + 1).args
            : [];
        const subj = view.subjectOf(k);
        if (asked.length && subj.args.length)
          emit.pairs(subj.args, asked, w.trigger, view.textOf(k, k), view.modality(subj.start, k, false));
        continue;
      }
      // The demanded act: "to <verb>" after the actor, or "(should|must) <verb>" in a that-clause.
      let d = group.end;
      while (d < view.end && (view.tokens[d]!.pos === 'ADV' || view.f[d] === 'to' || (that && view.tokens[d]!.pos === 'AUX'))) d++;
      if (d >= view.end || view.tokens[d]!.pos !== 'VERB') continue;
      if (!that && !view.f.slice(group.end, d).includes('to')) continue;
      const act = view.tokens[d]!.lemma;
      if (!demanding) {
        if (!w.hostileActs.has(act)) continue;
        const particles = w.particles.get(act);
        if (particles && !(d + 1 < view.end && particles.has(view.f[d + 1]!))) continue;
      }
      // A demand noun's speaker: its possessor ("its demand") or the clause subject.
      const subj = (noun ? possessorOf(view, k) : undefined) ?? view.subjectOf(k);
      if (!subj.args.length) continue;
      // "Netanyahu ordered the Israeli army to halt": an order to one's own state is no demand on it.
      const own = new Set(subj.args.map((m) => view.acts.actors.get(m.actor)?.affiliation));
      const asked = group.args.filter((m) => !own.has(m.actor));
      if (asked.length) emit.pairs(subj.args, asked, w.trigger, view.textOf(k, k), view.modality(subj.start, k, false));
    }
  },
};
