// "Human Rights Watch said Syrian government forces were responsible for a poison gas attack", "The
// United States has said the deaths were caused by sarin dropped by Syrian aircraft", "Seoul said
// Pyongyang violated the armistice", "Amnesty said Israeli forces used white phosphorus": a speaker
// who lays a deed on another actor accuses it (the guidelines: the accusation is the act; PLOVER
// DISAPPROVE); a denial lays none ("Moscow denied Syrian forces were responsible"). Words: syntax.json
// attribution; the speech verbs are cues.json's.
import type { ActorMention } from '../../types.js';
import type { SentenceEndPattern } from '../pattern.js';
import type { SentenceView } from '../sentence.js';
import { ingVerbStem, isQuoteMark } from '../classes.js';
import { derivedOnce, firstWords } from '../../lexicon/derived.js';
import { WordClasses } from '../../nlp/word-classes.js';
import type { Lexicon } from '../../lexicon/load.js';
import type { Constructions } from '../../lexicon/constructions.js';

/**
 * Per word: 1 if a blame may be read at it as a word that is no verb (a verdict, the first word of a
 * "responsible" entry, a label, a deed's -ing form); memoized per word of wink's vocabulary (nlp/word-classes.ts).
 */
const blameWords = derivedOnce((lex: Lexicon): WordClasses => {
  const w = lex.syntax.constructions.attribution;
  const firsts = firstWords(w.responsible);
  // (Also a label of terror, and a deed's -ing form the tagger may read as a noun or an adjective.)
  const deedIng = (f: string) => f.endsWith('ing') && (w.deeds.has(f.slice(0, -3)) || w.deeds.has(`${f.slice(0, -3)}e`));
  return new WordClasses((_text, f) => (w.verdicts.has(f) || firsts.has(f) || w.labels.has(f) || deedIng(f) ? 1 : 0));
});

/** The verbs (lemmas) a blame may be read at: verdict verbs, deed verbs and agent verbs. */
const blameVerbs = derivedOnce((lex: Lexicon): Set<string> => {
  const w = lex.syntax.constructions.attribution;
  return new Set([...w.verdictVerbs, ...w.deeds.keys(), ...w.agentVerbs]);
});

/** The actors the sentence blames: "<Y> were responsible for", "<deed> caused by Y", with where it is said. */
function blamed(
  view: SentenceView,
  w: Constructions['attribution'],
  negation: Set<string>,
  modals: Set<string>,
): { who: ActorMention[]; at: number } | undefined {
  const firsts = firstWords(w.responsible);
  const words = blameWords(view.lex);
  const verbs = blameVerbs(view.lex);
  for (let k = view.first; k < view.end; k++) {
    const t = view.tokens[k]!;
    // (Every reading below starts at one of these words or verbs: one array read, or one lookup for
    // a verb, passes over the others.)
    if (t.pos === 'VERB' ? !verbs.has(t.lemma) : !words.at(view.doc, k)) continue;
    const f = view.f[k]!;
    // "Turkey's actions were a violation of …", "the US sanctions are illegal": a deed condemned, its owner blamed.
    if (w.verdicts.has(f) && t.pos !== 'VERB') {
      const who = verdictOwners(view, k, negation, modals);
      if (who.length) return { who, at: k };
    }
    // "China called Japan's move a provocation", "Moscow described the US decision as illegal".
    if (t.pos === 'VERB' && w.verdictVerbs.has(t.lemma)) {
      const who = verdictObjectOwners(view, k, w.verdicts, negation, modals);
      if (who.length) return { who, at: k };
    }
    // Two-word entries ("to blame") are joined only where one could start.
    if (t.pos !== 'VERB' && firsts.has(f) && (w.responsible.has(f) || (k + 1 < view.end && w.responsible.has(`${f} ${view.f[k + 1]}`)))) {
      // "<Y> were (likely) responsible for": the subject of the copula before it; "<Y> bore (full)
      // responsibility for": of the bearing verb.
      const noun = f === 'responsibility';
      let v = k - 1;
      let denied = false;
      // ("bears "primary responsibility" for", "were behind the "deliberate attacks"": quotation marks
      // that set off the speaker's words are no words of the clause.)
      while (
        v >= view.first &&
        (view.tokens[v]!.pos === 'ADV' ||
          view.tokens[v]!.pos === 'PART' ||
          (noun && view.tokens[v]!.pos === 'ADJ') ||
          isQuoteMark(view.f[v]!))
      ) {
        // "Russia was not behind the attack" clears Russia: no accusation.
        if (negation.has(view.f[v]!)) denied = true;
        v--;
      }
      if (
        !denied &&
        v >= view.first &&
        (noun ? view.tokens[v]!.pos === 'VERB' && w.bearing.has(view.tokens[v]!.lemma) : view.tokens[v]!.lemma === 'be')
      ) {
        const subject = view.subjectOf(v);
        // ("Russia does not hold responsibility for …", "may bear responsibility": not laid.)
        if (subject.args.length && (!noun || stated(view, subject.start, v, negation, modals))) return { who: subject.args, at: k };
      }
      // "Iran says Israel behind attack on nuclear site": a headline's clause without its copula, the
      // actor right after the verb of speech.
      const m = !noun && !denied && v >= view.first ? view.mentionAt(v) : undefined;
      if (m && m.endToken === v + 1 && view.isArg(m)) {
        const s = m.firstToken - 1;
        if (s >= view.first && view.tokens[s]!.pos === 'VERB' && view.lex.cues.speechVerbs.has(view.tokens[s]!.lemma))
          return { who: [m], at: k };
      }
    }
    // "the YPG is a terrorist organization", "the rebels are terrorists": a label of terror on the
    // subject of "be" (not "is not a terrorist group").
    if (w.labels.has(f) && t.pos !== 'VERB') {
      let v = k - 1;
      let denied = false;
      while (
        v >= view.first &&
        (view.tokens[v]!.pos === 'DET' ||
          view.tokens[v]!.pos === 'ADV' ||
          view.tokens[v]!.pos === 'PART' ||
          view.tokens[v]!.pos === 'ADJ' ||
          isQuoteMark(view.f[v]!))
      ) {
        if (negation.has(view.f[v]!)) denied = true;
        v--;
      }
      if (!denied && v >= view.first && view.tokens[v]!.lemma === 'be') {
        const subject = view.subjectOf(v);
        if (subject.args.length && stated(view, subject.start, v, negation, modals)) return { who: subject.args, at: k };
      }
    }
    // "<Y> (have) used chlorine gas", "<Y> committed war crimes", "<Y> violated the truce": a deed
    // that is itself a wrong, stated of its subject (not "may have used", "did not violate").
    // ("was arming terrorists", "was destabilizing the region": a progressive the tagger read as a noun
    // or an adjective is the verb.)
    const progressiveForm = t.pos !== 'VERB' && f.endsWith('ing') && k - 1 >= view.first && view.tokens[k - 1]!.lemma === 'be';
    const objects =
      t.pos === 'VERB'
        ? w.deeds.get(t.lemma)
        : progressiveForm
          ? (w.deeds.get(t.lemma) ?? w.deeds.get(f.slice(0, -3)) ?? w.deeds.get(`${f.slice(0, -3)}e`))
          : undefined;
    // (An -ing form only in a progressive: "Russian forces have been using cluster munitions".)
    const progressive = objects && (!view.f[k]!.endsWith('ing') || (k - 1 >= view.first && view.tokens[k - 1]!.lemma === 'be'));
    if (objects && progressive && deedObject(view, k, objects, w.deedInfinitives.has(t.lemma))) {
      const subject = view.subjectOf(k);
      if (subject.args.length && stated(view, subject.start, k, negation, modals)) return { who: subject.args, at: k };
    }
    if (t.pos === 'VERB' && w.agentVerbs.has(t.lemma)) {
      let j = k + 1;
      if (j < view.end && view.f[j] === 'out') j++;
      // ("the statement carried by SANA": carried, not carried out.)
      else if (w.withParticle.has(t.lemma)) continue;
      if (j + 1 < view.end && view.f[j] === 'by' && view.isNP(j + 1)) {
        const who = view.groupRight(j + 1).args;
        if (who.length) return { who, at: k };
      }
    }
  }
  return undefined;
}

/** Is k an accusing speech verb ("charged"; "alleged", tagged an adjective, right after its speaker)? */
function accusingAt(view: SentenceView, accusing: ReadonlySet<string>, k: number): boolean {
  const t = view.tokens[k]!;
  if (t.pos === 'VERB') return accusing.has(t.lemma);
  return t.pos === 'ADJ' && view.f[k]!.endsWith('ed') && accusing.has(view.f[k]!.slice(0, -1)) && view.mentionAt(k - 1) !== undefined;
}

/**
 * "Sudan charged that Eritrea was arming rebels": after an accusing speech verb at k, the first verb
 * of the reported clause, where it is force or arming (relations.json), laid on its subject.
 */
function allegedDeed(view: SentenceView, lex: Lexicon, k: number): { who: ActorMention[]; at: number } | undefined {
  let j = k + 1;
  if (j < view.end && view.f[j] === 'that') j++;
  for (let v = j; v < view.end && v < j + 12; v++) {
    const t = view.tokens[v]!;
    // ("was arming rebels": a progressive the tagger read as a noun is the verb.)
    const f = view.f[v]!;
    const progressive = t.pos !== 'VERB' && f.endsWith('ing') && v - 1 >= j && view.tokens[v - 1]!.lemma === 'be';
    if (t.pos !== 'VERB' && !progressive) continue;
    const verbs = lex.relations.verbs;
    const triggers = verbs.get(progressive ? (ingVerbStem(verbs, f) ?? '') : t.lemma);
    const deed = triggers?.some((x) => x.relation === 'attacks' || (x.relation === 'supports' && x.category === 'AID'));
    if (!deed) return undefined;
    const subject = view.subjectOf(v);
    if (!subject.args.length || subject.start < j || !stated(view, subject.start, v, lex.cues.negation, lex.cues.modals)) return undefined;
    return { who: subject.args, at: v };
  }
  return undefined;
}

/** Does a word of objects (any, if empty) follow the deed verb at k in its clause ("used lethal chlorine gas")? */
function deedObject(view: SentenceView, k: number, objects: Set<string>, infinitive: boolean): boolean {
  let from = k + 1;
  // "failed to protect civilians", "failed to take necessary precautions": the infinitive's verb or
  // object, for the verbs whose deed is in their infinitive (not "used to commit").
  if (from + 1 < view.end && view.f[from] === 'to' && view.tokens[from + 1]!.pos === 'VERB') {
    if (!infinitive) return false;
    if (objects.has(view.tokens[from + 1]!.lemma)) return true;
    from += 2;
  } else if (from >= view.end || view.tokens[from]!.pos === 'ADP' || view.f[from] === 'by') return false;
  if (!objects.size) return true;
  for (let j = from; j < view.end && j <= from + 4; j++) {
    if (objects.has(view.f[j]!)) return true;
    if (view.tokens[j]!.pos === 'VERB' || view.tokens[j]!.pos === 'ADP' || view.f[j] === ',') return false;
  }
  return false;
}

/** Is the deed between its subject's start and the verb at k stated as done: no negation, modal or "whether"? */
function stated(view: SentenceView, from: number, k: number, negation: Set<string>, modals: Set<string>): boolean {
  for (let j = from; j < k; j++) {
    const f = view.f[j]!;
    if (negation.has(f) || modals.has(f) || f === 'whether' || f === 'if') return false;
  }
  // ("asked whether Syria used …", "it is unclear if …": the clause opener just before the subject.)
  const before = from - 1 >= view.first ? view.f[from - 1]! : '';
  return before !== 'whether' && before !== 'if';
}

/** Before a verdict at p+1: past "(a|an) (ADJ) act of" and the like (syntax.json verdictKinds), the token before them; else p. */
function pastVerdictKind(view: SentenceView, p: number): number {
  if (p - 1 > view.first && view.f[p] === 'of' && view.syn.constructions.attribution.verdictKinds.has(view.f[p - 1]!)) {
    let q = p - 2;
    while (q > view.first && (view.tokens[q]!.pos === 'ADJ' || view.tokens[q]!.pos === 'ADV' || view.tokens[q]!.pos === 'DET')) q--;
    return q;
  }
  return p;
}

/**
 * The owners of the deed a verdict verb at k condemns: "<verb> <Y's deed | the deed by Y> (as) (a|an)
 * (ADJ) <verdict>"; none where the verb is negated or modal, or the deed names no owner ("called the
 * sanctions illegal") or is an actor itself, or is someone's through "of" ("described the killing of
 * Soleimani as a crime" names the victim).
 */
function verdictObjectOwners(
  view: SentenceView,
  k: number,
  verdicts: Set<string>,
  negation: Set<string>,
  modals: Set<string>,
): ActorMention[] {
  for (
    let v = k - 1;
    v >= view.first && (view.tokens[v]!.pos === 'AUX' || view.tokens[v]!.pos === 'ADV' || view.tokens[v]!.pos === 'PART');
    v--
  )
    if (negation.has(view.f[v]!) || modals.has(view.f[v]!)) return [];
  // The verdict, in the verb's clause (the chunker may join it to the deed's phrase).
  let e = -1;
  for (let j = k + 2; j < view.end && j <= k + 12 && e === -1; j++) {
    // (A compound's participle is no verb of a clause: "termed the Saudi-led blockade a violation".)
    if (view.isBreak(j) || (view.tokens[j]!.pos === 'VERB' && !view.isNP(j))) return [];
    if (verdicts.has(view.f[j]!)) e = j;
  }
  if (e === -1) return [];
  // Right before it: "(as) (a|an) (ADJ)"; before that, the deed's last word.
  let p = e - 1;
  while (p > k && (view.tokens[p]!.pos === 'DET' || view.tokens[p]!.pos === 'ADJ' || view.tokens[p]!.pos === 'ADV')) {
    if (negation.has(view.f[p]!)) return [];
    p--;
  }
  // ("as an act of aggression", "a clear case of provocation": the verdict's kind before it.)
  p = pastVerdictKind(view, p);
  if (view.f[p] === 'as') p--;
  if (p <= k || (view.tokens[p]!.pos !== 'NOUN' && view.tokens[p]!.pos !== 'PROPN')) return [];
  // The deed's owners: its possessor, demonym or "by" agent, never past another preposition ("the
  // killing of Soleimani", "the US sanctions against Iran" name the victim).
  let cut = k + 1;
  while (cut <= p && (view.tokens[cut]!.pos !== 'ADP' || view.f[cut] === 'by')) cut++;
  const owners = view.objectOwners(k + 1, cut).slice();
  for (let j = k + 1; j < cut; j++) {
    const m = view.mentionAt(j);
    if (m && view.isArg(m) && !owners.some((o) => o.actor === m.actor)) owners.push(m);
  }
  return owners;
}

/**
 * The owners of the deed a verdict word at k condemns: "<Y's deed> (is|was|were) (not) (a|an|in)
 * (ADJ) <verdict>"; none where it is negated or the subject names no owner ("the strikes were illegal").
 */
function verdictOwners(view: SentenceView, k: number, negation: Set<string>, modals: Set<string>): ActorMention[] {
  let v = pastVerdictKind(view, k - 1);
  while (
    v >= view.first &&
    (view.tokens[v]!.pos === 'DET' || view.tokens[v]!.pos === 'ADJ' || view.tokens[v]!.pos === 'ADV' || view.f[v] === 'in')
  ) {
    if (negation.has(view.f[v]!)) return [];
    v--;
  }
  if (v < view.first || view.tokens[v]!.lemma !== 'be') return [];
  let s = v - 1;
  while (s >= view.first && (view.tokens[s]!.pos === 'ADV' || view.tokens[s]!.pos === 'AUX')) {
    // ("might be illegal", "would be a violation": not said to be so.)
    if (negation.has(view.f[s]!) || modals.has(view.f[s]!)) return [];
    s--;
  }
  if (s < view.first || !view.isNP(s)) return [];
  let [a, b] = view.np(s);
  if (b !== s + 1) return [];
  // "Russia's annexation of Crimea was illegal", "US arms sales to Taiwan are a violation": the
  // deed before its prepositional phrase.
  if (a - 2 >= view.first && view.tokens[a - 1]!.pos === 'ADP' && view.isNP(a - 2)) {
    const [pa, pb] = view.np(a - 2);
    if (pb === a - 1 && (!view.headIsActor(pa, pb) || view.isAttackNoun(pb - 1))) [a, b] = [pa, pb];
  }
  // (The deed, not an actor itself: "Russia was a violator" names no deed; "Turkey's strikes", read as
  // Turkey's forces, are its deed.)
  if (view.headIsActor(a, b) && !view.isAttackNoun(b - 1)) return [];
  return view.objectOwners(a, b);
}

export const attribution: SentenceEndPattern = {
  name: 'attribution',
  reads: [
    'X said Y was responsible for …',
    'X said … was caused by Y',
    '… carried out by Y, X said',
    "X said Y's <deed> was a violation of …",
    'X said Y used chemical weapons / committed war crimes / violated the ceasefire',
    'X said Y is a terrorist organization',
    '"Y committed war crimes. …," X said',
    'X found Y was responsible for …',
    "X called Y's move a provocation",
    'X described the decision by Y as illegal',
  ],
  on: 'sentence end',
  cues: (lex) => {
    const w = lex.syntax.constructions.attribution;
    return [...w.responsible, ...w.agentVerbs, ...w.verdicts, ...w.deeds.keys(), ...w.labels, ...w.accusingSpeech];
  },
  run(view, emit, lex) {
    const w = lex.syntax.constructions.attribution;
    const speaking = (k: number): boolean => {
      const t = view.tokens[k]!;
      // ("the so-called Nusra Front": no one calls anything.)
      return (
        ((t.pos === 'VERB' && (lex.cues.speechVerbs.has(t.lemma) || w.findingVerbs.has(t.lemma) || w.verdictVerbs.has(t.lemma))) ||
          accusingAt(view, w.accusingSpeech, k)) &&
        !view.inCompound(k)
      );
    };
    // Only a speaker's verb below gives the event: a sentence with none (but denials) is not read
    // for a blame, the costlier search.
    // ("Kyiv dismissed the Russian referendums as a sham": a denying verb that puts a verdict on a deed
    // speaks too.)
    const denies = (k: number): boolean => lex.cues.negatingVerbs.has(view.tokens[k]!.lemma) && !w.verdictVerbs.has(view.tokens[k]!.lemma);
    let speaker = false;
    for (let k = view.first; k < view.end && !speaker; k++) speaker = speaking(k) && !denies(k);
    if (!speaker) {
      // The first sentences of a quotation whose speaker is named where it closes.
      const quoted = view.speakerAfterQuote();
      if (!quoted.length) return;
      const blame = blamed(view, w, lex.cues.negation, lex.cues.modals);
      const speakers = blame ? quoted.filter((m) => !blame.who.some((b) => b.actor === m.actor)) : [];
      if (blame && speakers.length) emit.pairs(speakers, blame.who, w.trigger, view.textOf(blame.at, blame.at), {});
      return;
    }
    let blame = blamed(view, w, lex.cues.negation, lex.cues.modals);
    for (let k = view.first; !blame && k < view.end; k++) if (accusingAt(view, w.accusingSpeech, k)) blame = allegedDeed(view, lex, k);
    if (!blame) return;
    // "Moscow denied Syrian forces were behind it": the verb that governs the blame (the nearest
    // speaking verb before it) is a denial, which clears and accuses no one; "Russia denies
    // involvement and suggests a U.S. drone was responsible": the blame is the suggestion's.
    for (let k = blame.at - 1; k >= view.first; k--)
      if (speaking(k)) {
        if (lex.cues.negatingVerbs.has(view.tokens[k]!.lemma)) return;
        break;
      }
    // The speaker: the subject of a speech verb of the sentence, before or after the blame.
    for (let k = view.first; k < view.end; k++) {
      const t = view.tokens[k]!;
      if (!speaking(k) || (lex.cues.negatingVerbs.has(t.lemma) && k !== blame.at)) continue;
      const speaker = view.subjectOf(k);
      const speakers = speaker.args.filter((m) => !blame.who.some((b) => b.actor === m.actor));
      if (!speakers.length) continue;
      emit.pairs(speakers, blame.who, w.trigger, t.text, view.modality(speaker.start, k, true));
      return;
    }
  },
};
