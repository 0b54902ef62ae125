// "X demanded that Y withdraw", "X urged / called on / asked Y to stop …", "its demand that Israel
// ease …": the speaker opposes the actor of whom it demands (PLOVER DEMAND). A demand verb is
// hostile whatever is demanded; an appeal only when what it asks is to stop, withdraw, release, step
// down… ("urged the EU to support" is an appeal, not opposition). Words: syntax.json demandFrame.
import type { ActorMention } from '../../types.js';
import type { SentenceEndPattern } from '../pattern.js';
import type { SentenceView } from '../sentence.js';
import type { Emitter } from '../emit.js';
import type { Lexicon } from '../../lexicon/load.js';
import type { DemandFrameWords } from '../../lexicon/constructions.js';

/**
 * "… the Assad regime to be held accountable", "… Assad to be punished": a passive infinitive of a
 * demand verb at d (with its particle where it needs one) is done to the one named before it.
 */
function passiveDemandAt(view: SentenceView, lex: Lexicon, d: number): boolean {
  if (d + 2 >= view.end || view.f[d] !== 'to' || view.tokens[d + 1]!.lemma !== 'be' || view.tokens[d + 2]!.pos !== 'VERB') return false;
  const lemma = view.tokens[d + 2]!.lemma;
  if (!lex.syntax.demand.doneTo.has(lemma)) return false;
  const particles = lex.syntax.demand.particles.get(lemma);
  return !particles || (d + 3 < view.end && particles.has(view.f[d + 3]!));
}

/** Quote marks around a single word ('"demanding"'). */
const SCARE_QUOTES = new Set(['"', "'"]);

/**
 * The subject of the demand verb at k; for a participle in scare quotes after a noun ('released a
 * statement "demanding" that …'), the subject of the verb that governs the noun.
 */
function subjectAt(view: SentenceView, k: number): { args: ActorMention[]; start: number } {
  const subj = view.subjectOf(k);
  if (subj.args.length || k - 2 < view.first || !SCARE_QUOTES.has(view.f[k - 1]!) || !view.isNP(k - 2)) return subj;
  const gv = view.governingVerb(view.np(k - 2)[0]);
  return gv === -1 ? subj : view.subjectOf(gv);
}

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

/**
 * The owners of the deed named after a stop noun ending at e ("an end to Russian airstrikes", "the
 * cessation of the coalition's raids"): its demonym, possessor or "by" agent; none through an "of"
 * phrase ("an end to the siege of Madaya" names the besieged) or where the deed is no hostile one.
 */
function stoppedOwners(view: SentenceView, w: DemandFrameWords, e: number, inquiry = false): ActorMention[] {
  const prep = inquiry ? view.f[e] === 'into' || view.f[e] === 'of' : view.f[e] === 'to' || view.f[e] === 'of';
  if (e + 1 >= view.end || !prep || !view.isNP(e + 1)) return [];
  const [a, b] = view.np(e + 1);
  if (!w.stoppedDeeds.has(view.f[b - 1]!)) return [];
  if (b < view.end && (view.f[b] === 'of' || view.f[b] === 'from')) return [];
  return view.objectOwners(a, b);
}

/**
 * The actors a hostile measure asked for at j is aimed at: "sanctions against Syria", "military
 * strikes on Syria", "punitive measures against Iranian firms" (the aim's owner), past one phrase
 * of approval ("congressional approval for strikes on Syria"); none where the measure names no aim.
 */
function measureTargets(view: SentenceView, w: DemandFrameWords, j: number): ActorMention[] {
  let [a, b] = view.np(j);
  if (w.measureHops.has(view.f[b - 1]!) && b + 1 < view.end && view.f[b] === 'for' && view.isNP(b + 1)) [a, b] = view.np(b + 1);
  if (!w.measures.has(view.f[b - 1]!) || a >= b || b + 1 >= view.end) return [];
  if (view.f[b] !== 'against' && view.f[b] !== 'on' && view.f[b] !== 'upon') return [];
  if (!view.isNP(b + 1)) return [];
  const aim = view.groupRight(b + 1);
  if (aim.args.length) return aim.args;
  const [ta, tb] = view.np(b + 1);
  return tb < view.end && (view.f[tb] === 'of' || view.f[tb] === 'from') ? [] : view.objectOwners(ta, tb);
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
    "X wants / seeks Y's ouster",
    'X urged Y to support Z (X supports Z)',
    'X called for an end to Y(-ian) airstrikes',
    'X called for sanctions against Y',
    'X pushed for approval for strikes on Y',
  ],
  on: 'sentence end',
  cues: (lex) => {
    const w = lex.syntax.constructions.demandFrame;
    return [...w.speakers, ...w.appeals, ...w.nouns, ...w.actSeekers];
  },
  run(view, emit, lex) {
    const w = lex.syntax.constructions.demandFrame;
    for (let k = view.first; k < view.end; k++) {
      const t = view.tokens[k]!;
      if ((t.pos !== 'VERB' && t.pos !== 'NOUN') || view.mentionAt(k)) continue;
      const noun = t.pos === 'NOUN' && w.nouns.has(view.f[k]!);
      const demanding = (t.pos === 'VERB' && w.speakers.has(t.lemma)) || (noun && w.speakers.has(t.lemma));
      const seeking = t.pos === 'VERB' && w.measureVerbs.has(t.lemma);
      // ("The opposition wants Assad's ouster": only with an act noun, below.)
      const wanting = t.pos === 'VERB' && w.actSeekers.has(t.lemma);
      if (!demanding && !noun && !seeking && !wanting && !(t.pos === 'VERB' && w.appeals.has(t.lemma))) continue;
      let j = k + 1;
      // 'a statement "demanding" that …': a verb in scare quotes.
      if (j < view.end && k - 1 >= view.first && SCARE_QUOTES.has(view.f[j]!) && view.f[k - 1] === view.f[j]) j++;
      // "reiterated its demand today that …": a time word between.
      while (j < view.end && j <= k + 2 && (view.tokens[j]!.pos === 'ADV' || lex.cues.timeWords.has(view.f[j]!))) j++;
      if (j < view.end && w.openers.has(view.f[j]!)) j++;
      const that = j < view.end && view.f[j] === 'that';
      if (that) j++;
      // "called for holding the Assad regime accountable", "for bringing Assad to justice": the
      // demanded act as a gerund; its object is asked.
      if (!that && !noun && j + 1 < view.end && view.f[j - 1] === 'for' && view.tokens[j]!.pos === 'VERB' && view.f[j]!.endsWith('ing')) {
        const lemma = view.tokens[j]!.lemma;
        if (lex.syntax.demand.doneTo.has(lemma) && view.isNP(j + 1)) {
          const obj = view.groupRight(j + 1);
          const particles = lex.syntax.demand.particles.get(lemma);
          const subj = subjectAt(view, k);
          const asked = obj.args.filter((m) => !subj.args.some((x) => x.actor === m.actor));
          // (The particle may be read into the object's phrase: "holding Hamas accountable".)
          const last = obj.args.length ? obj.args[obj.args.length - 1]!.endToken : obj.end;
          let particle = !particles;
          for (let x = last; !particle && x <= obj.end && x < view.end; x++) particle = particles!.has(view.f[x]!);
          if (asked.length && subj.args.length && particle)
            emit.pairs(subj.args, asked, w.trigger, view.textOf(k, j), view.modality(subj.start, k, false));
        }
        continue;
      }
      if (j >= view.end || !view.isNP(j)) continue;
      // "demanded Russia's withdrawal", "called for the resignation of Netanyahu": the act's owner is asked.
      const [na, nb] = view.np(j);
      if (!noun && !that && (demanding || wanting || w.openers.has(view.f[j - 1]!)) && w.actNouns.has(view.f[nb - 1]!)) {
        const owners = view.objectOwners(na, nb);
        const subj = subjectAt(view, k);
        if (owners.length && subj.args.length)
          emit.pairs(subj.args, owners, w.trigger, view.textOf(k, k), view.modality(subj.start, k, false));
        continue;
      }
      if (wanting && !w.appeals.has(t.lemma) && !seeking) continue;
      // "called for an end to Russian airstrikes", "demanded a halt to Israel's settlement activity":
      // stopping a deed is asked of its owner, whatever the verb (an appeal to stop is hostile).
      // ("called for an investigation into Russian airstrikes": an inquiry into a deed is asked too.)
      const inquiry = w.inquiryNouns.has(view.f[nb - 1]!);
      if (!noun && !that && (w.stopNouns.has(view.f[nb - 1]!) || inquiry)) {
        const owners = stoppedOwners(view, w, nb, inquiry);
        const subj = subjectAt(view, k);
        if (owners.length && subj.args.length)
          emit.pairs(subj.args, owners, w.trigger, view.textOf(k, nb - 1), view.modality(subj.start, k, false));
        continue;
      }
      // "called for sanctions against Syria", "pushed for congressional approval for strikes on
      // Syria": asking for a hostile measure against an actor opposes it (the asking is the act).
      if (!noun && !that) {
        const aimed = measureTargets(view, w, j);
        if (aimed.length) {
          const subj = subjectAt(view, k);
          const asked = subj.args.length ? aimed.filter((m) => !subj.args.some((s) => s.actor === m.actor)) : [];
          if (asked.length) emit.pairs(subj.args, asked, w.trigger, view.textOf(k, k), view.modality(subj.start, k, false));
          continue;
        }
      }
      if (seeking) continue;
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
        const subj = subjectAt(view, k);
        if (asked.length && subj.args.length)
          emit.pairs(subj.args, asked, w.trigger, view.textOf(k, k), view.modality(subj.start, k, false));
        continue;
      }
      // The demanded act: "to <verb>" after the actor, or "(should|must) <verb>" in a that-clause.
      let d = group.end;
      // "demanded that the Syrian regime and its allies stop …": a last conjunct that names no actor
      // leaves the named ones asked.
      if (d + 1 < view.end && view.f[d] === 'and' && view.isNP(d + 1)) {
        const [ca, cb] = view.np(d + 1);
        let named = false;
        for (let x = ca; x < cb && !named; x++) named = view.mentionAt(x) !== undefined;
        if (!named && cb < view.end && view.tokens[cb]!.pos !== 'ADP') d = cb;
      }
      // ("demanded that Assad step down": the tagger read the subjunctive as a noun of the actor's phrase.)
      if (that && d - 1 > j && view.tokens[d - 1]!.pos === 'NOUN' && !view.mentionAt(d - 1) && w.hostileActs.has(view.f[d - 1]!)) d--;
      const passive = passiveDemandAt(view, lex, d);
      if (passive) d += 2;
      while (d < view.end && (view.tokens[d]!.pos === 'ADV' || view.f[d] === 'to' || (that && view.tokens[d]!.pos === 'AUX'))) d++;
      // ("demanded that Assad step down": a subjunctive the tagger read as a noun, one of the acts.)
      const nounAct = that && d < view.end && view.tokens[d]!.pos === 'NOUN' && w.hostileActs.has(view.f[d]!);
      if (d >= view.end || (view.tokens[d]!.pos !== 'VERB' && !nounAct)) continue;
      // ("demanded Russia rein in its ally": a demand verb's bare subjunctive, its "that" dropped.)
      const bare = demanding && !noun && d === group.end && view.f[d] === view.tokens[d]!.lemma;
      if (!that && !bare && !view.f.slice(group.end, d).includes('to')) continue;
      const act = nounAct ? view.f[d]! : view.tokens[d]!.lemma;
      // "urged Iraq to punish the militias": an act done to its object opposes no one asked to do it.
      if (!passive && lex.syntax.demand.doneTo.has(act) && d + 1 < view.end && view.isNP(d + 1)) continue;
      if (!demanding && !passive) {
        if (!w.hostileActs.has(act)) continue;
        const particles = w.particles.get(act);
        if (particles && !(d + 1 < view.end && particles.has(view.f[d + 1]!))) continue;
      }
      // A demand noun's speaker: its possessor ("its demand") or the clause subject.
      const subj = (noun ? possessorOf(view, k) : undefined) ?? subjectAt(view, k);
      if (!subj.args.length) continue;
      // "Netanyahu ordered the Israeli army to halt": an order to one's own state is no demand on it.
      const own = new Set(subj.args.map((m) => view.acts.actors.get(m.actor)?.affiliation));
      const asked = group.args.filter((m) => !own.has(m.actor));
      if (asked.length) emit.pairs(subj.args, asked, w.trigger, view.textOf(k, k), view.modality(subj.start, k, false));
    }
  },
};
