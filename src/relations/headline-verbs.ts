// Headlines in Title Case: wink reads "Houthis Attack Saudi Oil Facilities" as one run of proper
// nouns. The nlp stage re-tags what wink, reading the headline in lower case, calls a verb; words
// it still reads as nouns ("attack", "strike", "backs") are settled here, where the actors and the
// relation lexicon are known: a capitalized word right after an actor whose form is a verb trigger
// of the lexicon (or its -s form) is that verb. The relation stage is the last reader of the parts
// of speech, so the tokens are re-tagged in place before the sentence view reads them. In every
// sentence, verbs the tagger read as nouns where a verb stands (after an actor or a relative
// pronoun: "retook", "neutralized", "fights", "back") are re-tagged the same way.
import type { AnalyzedText, ArticleActors, Sentence } from '../types.js';
import type { Lexicon } from '../lexicon/load.js';
import { isTitleCase } from '../nlp/headline.js';
import { edVerbStem, ingVerbStem, R_ACRONYM, R_PAST, R_RELATIVE, sFormLemma, verbBeforeTimePhrase } from './classes.js';

export function retagTitleCaseVerbs(doc: AnalyzedText, s: Sentence, acts: ArticleActors, lex: Lexicon): void {
  if (!isTitleCase(doc.tokens, s)) return;
  const verbs = lex.relations.verbs;
  for (let k = s.firstToken + 1; k < s.endToken; k++) {
    const t = doc.tokens[k]!;
    if (t.pos === 'VERB' || acts.tokenMention[k] !== -1 || acts.tokenMention[k - 1] === -1) continue;
    const f = acts.folded[k]!;
    const lemma = verbs.has(f) ? f : sFormLemma(f, lex);
    if (lemma === undefined) continue;
    t.pos = 'VERB';
    t.lemma = lemma;
  }
}

/**
 * "IS attacked YPG positions", "US jets struck …": an actor written as an upper-case acronym that the
 * tagger read as a function word ("IS" as "is", "US" as "us") is a name; re-tagged so that no
 * passive or pronoun is read into it.
 */
export function retagAcronymActors(doc: AnalyzedText, s: Sentence, acts: ArticleActors, lex: Lexicon, cls: Uint16Array): void {
  for (const m of acts.bySentence[s.index]!) {
    for (let k = m.firstToken; k < m.endToken; k++) {
      // (Whether the word is written as an acronym is its word class, R_ACRONYM: known per word.)
      if (!(cls[k]! & R_ACRONYM)) continue;
      const t = doc.tokens[k]!;
      if (t.pos === 'PROPN' || t.pos === 'NOUN') continue;
      t.pos = 'PROPN';
      t.lemma = acts.folded[k]!;
      if (k === m.firstToken) participleBeforeAcronym(doc, s, acts, lex, k);
    }
  }
}

/**
 * "the Syrian army fighting IS", "jets targeting IS": reading "IS" as "is", the tagger made the
 * -ing form before it a noun ("army fighting" one phrase); after a noun or an actor it is the
 * participle of a trigger verb, with the acronym its object. Not after a determiner ("the fighting").
 */
function participleBeforeAcronym(doc: AnalyzedText, s: Sentence, acts: ArticleActors, lex: Lexicon, k: number): void {
  const v = k - 1;
  if (v - 1 < s.firstToken) return;
  const t = doc.tokens[v]!;
  const f = acts.folded[v]!;
  if (t.pos !== 'NOUN' || !f.endsWith('ing') || acts.tokenMention[v] !== -1) return;
  const before = doc.tokens[v - 1]!;
  if (!(before.pos === 'NOUN' || before.pos === 'PROPN' || acts.tokenMention[v - 1] !== -1)) return;
  const lemma = ingVerbStem(lex.relations.verbs, f);
  if (lemma === undefined) return;
  t.pos = 'VERB';
  t.lemma = lemma;
}

/**
 * "The Iraqi army retook Mosul from Daesh": an irregular past form right after an actor that wink
 * tags as a noun (relations.json pastForms) is the verb; re-tagged so that the phrase after it is
 * its object, not one noun phrase with it. Not after a possessive ("the PYD's armed wing").
 */
/** Is the phrase at a the subject of a relative clause whose pronoun ("which", "that", "whom") is its object? */
function objectRelativeBefore(acts: ArticleActors, cls: Uint16Array, s: Sentence, a: number): boolean {
  const p = a - 1 >= s.firstToken && acts.folded[a - 1] === 'the' ? a - 2 : a - 1;
  if (p <= s.firstToken || !(cls[p]! & R_RELATIVE)) return false;
  const w = acts.folded[p];
  return w === 'which' || w === 'that' || w === 'whom';
}

export function retagVerbsReadAsNouns(doc: AnalyzedText, s: Sentence, acts: ArticleActors, lex: Lexicon, cls: Uint16Array): void {
  // "Shelling by Israeli forces hit …": a trigger's -ing form opening the sentence before its agent's
  // "by" is the subject's head noun, not a verb.
  const first = doc.tokens[s.firstToken]!;
  if (
    first.pos === 'VERB' &&
    s.firstToken + 1 < s.endToken &&
    acts.folded[s.firstToken + 1] === 'by' &&
    acts.folded[s.firstToken]!.endsWith('ing') &&
    lex.relations.nouns.has(acts.folded[s.firstToken]!)
  ) {
    first.pos = 'NOUN';
    first.lemma = acts.folded[s.firstToken]!;
  }
  for (let k = s.firstToken + 1; k < s.endToken; k++) {
    // "Israel rejected calls by France", "dismissed claims of …": an -s form the tagger read as a
    // verb right after a past verb and before a preposition is that verb's object, a plural noun.
    const v = doc.tokens[k]!;
    // "dismissed Ukraine's claims that rebels shelled the town": "that" after a noun of a claim
    // (syntax.json claimNouns) opens its clause; the tagger may read it as a determiner of the noun
    // after it.
    if (v.pos === 'DET' && acts.folded[k] === 'that' && lex.syntax.claimNouns.has(acts.folded[k - 1]!)) {
      v.pos = 'SCONJ';
      continue;
    }
    // "The US-led alliance started bombing IS targets": a gerund the tagger read as a noun after a
    // verb of starting or going on (syntax.json aspectualVerbs), with its object after it, is the verb.
    // (Here and below the cheap tests of the part of speech come first: this runs at every token.)
    if (
      v.pos === 'NOUN' &&
      doc.tokens[k - 1]!.pos === 'VERB' &&
      acts.folded[k]!.endsWith('ing') &&
      lex.syntax.aspectualVerbs.has(doc.tokens[k - 1]!.lemma) &&
      k + 1 < s.endToken &&
      OBJECT_STARTS.has(doc.tokens[k + 1]!.pos)
    ) {
      const lemma = ingVerbStem(lex.relations.verbs, acts.folded[k]!);
      if (lemma !== undefined) {
        v.pos = 'VERB';
        v.lemma = lemma;
        continue;
      }
    }
    // "The US and its allies support ISIL", "Russian forces shell Kurdish positions": a verb's plain
    // form that the tagger read as a noun after a plural subject's head, before its object, in a
    // clause with no verb yet (a trigger verb or a verb of purpose: "allies use the base to bomb").
    if (
      v.pos === 'NOUN' &&
      doc.tokens[k - 1]!.pos === 'NOUN' &&
      k + 1 < s.endToken &&
      OBJECT_STARTS.has(doc.tokens[k + 1]!.pos) &&
      pluralHead(acts.folded[k - 1]!) &&
      !acts.folded[k]!.endsWith('s') &&
      (lex.relations.verbs.has(acts.folded[k]!) || lex.syntax.purposeVerbs.has(acts.folded[k]!)) &&
      noVerbBefore(doc, s, k - 1, lex.cues.speechVerbs)
    ) {
      v.pos = 'VERB';
      v.lemma = acts.folded[k]!;
      continue;
    }
    // "its opposition to groups such as the Nusra Front": a "to" the tagger read as an infinitive's
    // mark before a noun phrase is a preposition.
    if (v.pos === 'PART' && acts.folded[k] === 'to' && k + 1 < s.endToken && TO_OBJECT_STARTS.has(doc.tokens[k + 1]!.pos)) {
      v.pos = 'ADP';
      continue;
    }
    // "its opposition to rebel groups such as the Nusra Front", "arms to armed groups": after "to",
    // an inflected verb form or a noun-verb homograph (syntax.json modifierHomographs) before a
    // noun is that noun's modifier, and "to" a preposition, not an infinitive's mark.
    if (
      v.pos === 'VERB' &&
      acts.folded[k - 1] === 'to' &&
      doc.tokens[k - 1]!.pos === 'PART' &&
      k + 1 < s.endToken &&
      doc.tokens[k + 1]!.pos === 'NOUN' &&
      ((acts.folded[k]!.endsWith('ed') && v.lemma !== acts.folded[k]) || lex.syntax.modifierHomographs.has(acts.folded[k]!))
    ) {
      v.pos = acts.folded[k]!.endsWith('ed') ? 'ADJ' : 'NOUN';
      v.lemma = acts.folded[k]!;
      doc.tokens[k - 1]!.pos = 'ADP';
      continue;
    }
    // "Trump split the blame between Assad and Obama": the first word of a multiword verb trigger
    // the tagger read as a noun, right after an actor and before a determiner the trigger may pass
    // (syntax.json triggerDeterminers) and the trigger's next word.
    if (
      v.pos === 'NOUN' &&
      k + 2 < s.endToken &&
      acts.tokenMention[k - 1] !== -1 &&
      acts.mentions[acts.tokenMention[k - 1]!]!.endToken === k &&
      lex.syntax.triggerDeterminers.has(acts.folded[k + 1]!) &&
      lex.relations.verbs.get(acts.folded[k]!)?.some((t) => t.words.length > 1 && t.words[1] === acts.folded[k + 2]) === true
    ) {
      v.pos = 'VERB';
      v.lemma = acts.folded[k]!;
      continue;
    }
    // "An offensive by the SDF drove IS out of Manbij", "the offensive on Raqqa": a trigger noun the
    // tagger read as an adjective after a determiner, with no noun after it for it to describe.
    if (
      v.pos === 'ADJ' &&
      doc.tokens[k - 1]!.pos === 'DET' &&
      (k + 1 === s.endToken || NOUN_PHRASE_ENDS.has(doc.tokens[k + 1]!.pos)) &&
      lex.relations.nouns.has(acts.folded[k]!)
    ) {
      v.pos = 'NOUN';
      continue;
    }
    // "Iraqi forces and the PMF jointly retook Tikrit": an irregular past form (relations.json
    // pastForms) the tagger read as a noun after an actor and an -ly adverb is the verb.
    if (
      v.pos === 'NOUN' &&
      doc.tokens[k - 1]!.pos === 'ADV' &&
      k - 2 >= s.firstToken &&
      acts.tokenMention[k - 2] !== -1 &&
      acts.folded[k - 1]!.endsWith('ly') &&
      lex.relations.pastForms.has(acts.folded[k]!)
    ) {
      v.pos = 'VERB';
      v.lemma = lex.relations.pastForms.get(acts.folded[k]!)!;
      continue;
    }
    // "condemned the deadly overnight airstrikes by Russian forces": an -ly adjective the tagger
    // read as an adverb, between a determiner and the rest of its noun phrase.
    if (
      v.pos === 'ADV' &&
      doc.tokens[k - 1]!.pos === 'DET' &&
      k + 1 < s.endToken &&
      (doc.tokens[k + 1]!.pos === 'ADJ' || doc.tokens[k + 1]!.pos === 'NOUN') &&
      acts.folded[k]!.endsWith('ly')
    ) {
      v.pos = 'ADJ';
      continue;
    }
    // "Turkeys downing of a Russian jet", "Irans bankrolling of the Houthis": an -ing form the
    // tagger read as a verb after a possessive that lost its apostrophe, before "of", is a noun.
    if (
      v.pos === 'VERB' &&
      acts.folded[k]!.endsWith('ing') &&
      acts.folded[k + 1] === 'of' &&
      k + 1 < s.endToken &&
      acts.tokenMention[k - 1] !== -1 &&
      acts.mentions[acts.tokenMention[k - 1]!]!.possessive &&
      acts.mentions[acts.tokenMention[k - 1]!]!.endToken === k
    ) {
      v.pos = 'NOUN';
      v.lemma = acts.folded[k]!;
      continue;
    }
    // "the self proclaimed Islamic State", "the so called Nusra Front": a compound adjective that
    // lost its hyphen, before a name, is no verb.
    if (
      v.pos === 'VERB' &&
      (acts.folded[k - 1] === 'self' || acts.folded[k - 1] === 'so') &&
      acts.folded[k]!.endsWith('ed') &&
      k + 1 < s.endToken &&
      (doc.tokens[k + 1]!.pos === 'PROPN' || acts.tokenMention[k + 1] !== -1)
    ) {
      v.pos = 'ADJ';
      doc.tokens[k - 1]!.pos = 'ADJ';
      continue;
    }
    if (v.pos === 'VERB' && k + 1 < s.endToken && doc.tokens[k + 1]!.pos === 'ADP' && doc.tokens[k - 1]!.pos === 'VERB') {
      const f = acts.folded[k]!;
      const p = acts.folded[k - 1]!;
      if (f.endsWith('s') && !f.endsWith('ss') && (p.endsWith('ed') || cls[k - 1]! & R_PAST)) {
        v.pos = 'NOUN';
        continue;
      }
    }
    // "fighting to push IS forces out", "trying to oust the rebels": a verb's plain form after the
    // "to" of an infinitive, read as a noun, before its object (also past a time phrase after the
    // verb: "battling since June 25 to push IS out").
    if (
      v.pos === 'NOUN' &&
      k - 2 >= s.firstToken &&
      acts.folded[k - 1] === 'to' &&
      (doc.tokens[k - 2]!.pos === 'VERB' || verbBeforeTimePhrase(doc.tokens, acts.folded, s.firstToken, k - 2) !== -1) &&
      k + 1 < s.endToken &&
      (acts.tokenMention[k + 1] !== -1 || doc.tokens[k + 1]!.pos === 'DET') &&
      lex.relations.verbs.has(acts.folded[k]!)
    ) {
      v.pos = 'VERB';
      v.lemma = acts.folded[k]!;
      // (The tagger read the "to" as a preposition before the noun.)
      doc.tokens[k - 1]!.pos = 'PART';
      continue;
    }
    // "Turkey has long accused the YPG of …", "Iran has repeatedly denounced …": a regular past of a
    // trigger verb read as a noun after a perfect's "have" and one adverb (which the tagger may read
    // as an adjective) is the participle.
    if (
      v.pos === 'NOUN' &&
      k - 2 >= s.firstToken &&
      doc.tokens[k - 2]!.pos === 'AUX' &&
      doc.tokens[k - 2]!.lemma === 'have' &&
      (doc.tokens[k - 1]!.pos === 'ADV' || doc.tokens[k - 1]!.pos === 'ADJ') &&
      acts.folded[k]!.endsWith('ed')
    ) {
      const lemma = edVerbStem(lex.relations.verbs, acts.folded[k]!);
      if (lemma !== undefined) {
        v.pos = 'VERB';
        v.lemma = lemma;
        doc.tokens[k - 1]!.pos = 'ADV';
        continue;
      }
    }
    const before = acts.tokenMention[k - 1]!;
    // "Turkey, which backs the rebels": a -s form after a relative pronoun is its verb; so is a
    // trigger verb's plain form after a plural antecedent ("Russia and Iran which back the
    // government"), which the tagger may read as an adverb or a noun.
    if (before === -1 && cls[k - 1]! & R_RELATIVE && RELATIVE.has(acts.folded[k - 1]!) && acts.tokenMention[k] === -1) {
      const t = doc.tokens[k]!;
      const f = acts.folded[k]!;
      const plain =
        (t.pos === 'ADV' || t.pos === 'NOUN') &&
        lex.relations.verbs.has(f) &&
        k + 1 < s.endToken &&
        VERB_FOLLOWERS.has(doc.tokens[k + 1]!.pos);
      const lemma = plain ? f : t.pos === 'NOUN' ? sFormLemma(f, lex) : undefined;
      if (lemma !== undefined) {
        t.pos = 'VERB';
        t.lemma = lemma;
      }
      continue;
    }
    if (before === -1) {
      ownForcesPast(doc, s, acts, lex, cls, k);
      continue;
    }
    if (acts.tokenMention[k] !== -1) continue;
    const t = doc.tokens[k]!;
    if (t.pos === 'VERB' || acts.mentions[before]!.possessive) continue;
    const f = acts.folded[k]!;
    let lemma = cls[k]! & R_PAST ? lex.relations.pastForms.get(f) : undefined;
    // (Not after a demonym that only describes: "Iranian targets in Syria" is a phrase.)
    const bm = acts.mentions[before]!;
    // ("strained by US-led coalition strikes on …": an actor that is a preposition's object is no subject.)
    const pb = bm.firstToken - 1;
    const inPhrase = pb >= s.firstToken && doc.tokens[pb]!.pos === 'ADP' && !lex.syntax.prepositionLike.has(acts.folded[pb]!);
    // ("destroyed 40 Islamic State targets": nor is a counted one, a verb's or a preposition's number
    // before it; not a date's, "September 30 2015 Russia launches …".)
    const counted =
      pb - 1 >= s.firstToken && doc.tokens[pb]!.pos === 'NUM' && (doc.tokens[pb - 1]!.pos === 'VERB' || doc.tokens[pb - 1]!.pos === 'ADP');
    const subjectLike = !bm.generic && !bm.modifier && !(bm.via === 'demonym' && !bm.sector) && !inPhrase && !counted;
    // An -s form read as a noun right after its subject is its verb where a verb stands: before a
    // preposition, determiner or name ("Hezbollah fights alongside Syrian troops"); before the main
    // verb or a comma after an object's relative pronoun ("The YPG which the US backs clashed with …",
    // "Kataib Hezbollah, which Iran funds, …"); before a deed or a force its verb takes ("Russia
    // launches airstrikes on Syria", "Turkey deploys troops": a timeline's present).
    if (lemma === undefined && subjectLike && t.pos === 'NOUN' && f.endsWith('s') && k + 1 < s.endToken) {
      const next = doc.tokens[k + 1]!;
      if (
        VERB_FOLLOWERS.has(next.pos) ||
        ((next.pos === 'VERB' || next.pos === 'AUX' || next.text === ',') && objectRelativeBefore(acts, cls, s, bm.firstToken)) ||
        (next.pos === 'NOUN' && (lex.relations.nouns.has(acts.folded[k + 1]!) || lex.cues.groupNouns.has(acts.folded[k + 1]!)))
      )
        lemma = sFormLemma(f, lex);
    }
    // "The YPG controls nearly all of Syria's frontier": any -s form read as a noun right after its
    // subject, before an adverb and then the verb's object (not a verb: "Hamas leaders also said"), is
    // the verb, whatever it is (wink's noun lemma is its base form). Not a head that names people or
    // forces ("leaders", "troops").
    if (
      lemma === undefined &&
      subjectLike &&
      t.pos === 'NOUN' &&
      f.endsWith('s') &&
      !f.endsWith('ss') &&
      k + 2 < s.endToken &&
      doc.tokens[k + 1]!.pos === 'ADV' &&
      ADVERB_OBJECT_STARTS.has(doc.tokens[k + 2]!.pos) &&
      !namesPeople(f, lex)
    ) {
      t.pos = 'VERB';
      continue;
    }
    // "The Turkish military neutralized 15 PKK militants": a regular past the tagger read as a noun
    // or an adjective, where a verb stands (also before a quantity's "of": "tortured scores of …").
    if (
      lemma === undefined &&
      subjectLike &&
      (t.pos === 'NOUN' || t.pos === 'ADJ') &&
      f.endsWith('ed') &&
      k + 1 < s.endToken &&
      (PAST_FOLLOWERS.has(doc.tokens[k + 1]!.pos) ||
        (k + 2 < s.endToken && acts.folded[k + 2] === 'of' && lex.syntax.ofHeads.has(acts.folded[k + 1]!)))
    ) {
      lemma = edVerbStem(lex.relations.verbs, f);
    }
    // "demanded that NATO halt its expansion", "that Iran halt enrichment": the bare form after the
    // subject of a that-clause, read as a noun, with its object after it, is the clause's verb when
    // it is a trigger or a demanded act.
    if (
      lemma === undefined &&
      subjectLike &&
      t.pos === 'NOUN' &&
      k + 1 < s.endToken &&
      THAT_OBJECT_STARTS.has(doc.tokens[k + 1]!.pos) &&
      bm.firstToken > s.firstToken &&
      acts.folded[bm.firstToken - 1] === 'that' &&
      (lex.relations.verbs.has(f) || lex.syntax.constructions.demandFrame.hostileActs.has(f))
    )
      lemma = f;
    // "Russia and Iran back Assad", "Washington and Riyadh support the rebels", "Russian jets bomb the
    // Nusra Front": the bare form after a plural subject, read as an adverb or a noun, with a name
    // or a determiner after it.
    if (
      lemma === undefined &&
      subjectLike &&
      (t.pos === 'NOUN' || t.pos === 'ADV') &&
      k + 1 < s.endToken &&
      OBJECT_STARTS.has(doc.tokens[k + 1]!.pos) &&
      lex.relations.verbs.has(f) &&
      (coordinated(acts, before) || pluralForces(acts, before))
    )
      lemma = f;
    // "The United States fears a Chinese invasion of Taiwan", "Iran wants talks": an -s form of a
    // mood word (cues.json hypotheticalCues) after the subject and before a determiner is the verb,
    // so that it still puts what follows in doubt.
    if (
      lemma === undefined &&
      subjectLike &&
      t.pos === 'NOUN' &&
      f.endsWith('s') &&
      k + 1 < s.endToken &&
      doc.tokens[k + 1]!.pos === 'DET' &&
      lex.cues.hypotheticalCues.has(f)
    )
      lemma = f.slice(0, -1);
    if (lemma === undefined) continue;
    t.pos = 'VERB';
    t.lemma = lemma;
  }
}

/**
 * "The FSA said its fighters shot down a helicopter", "their jets struck …", "Houthi forces shot down
 * a US drone": an irregular past form the tagger read as a noun right after an actor's own forces,
 * named by a possessive pronoun or the actor's name and a plural head of fighters (cues.json
 * sectorHeads, military or rebel, or groupNouns), is their verb.
 */
function ownForcesPast(doc: AnalyzedText, s: Sentence, acts: ArticleActors, lex: Lexicon, cls: Uint16Array, k: number): void {
  const t = doc.tokens[k]!;
  if (t.pos !== 'NOUN' || !(cls[k]! & R_PAST) || k - 2 < s.firstToken || acts.tokenMention[k] !== -1) return;
  const head = acts.folded[k - 1]!;
  const sector = lex.cues.sectorHeads.get(head);
  // ("their forces shot down …", and "Houthi fighters shot down …": an actor's name before the head.)
  const owned = lex.syntax.actorPossessives.has(acts.folded[k - 2]!) || acts.tokenMention[k - 2] !== -1;
  if (!(sector === 'MIL' || sector === 'REB' || lex.cues.groupNouns.has(head)) || !head.endsWith('s') || !owned) return;
  const lemma = lex.relations.pastForms.get(acts.folded[k]!);
  if (lemma === undefined) return;
  t.pos = 'VERB';
  t.lemma = lemma;
}

/** Is mention x a state's or group's forces named by a plural head ("Russian jets", "US airstrikes")? */
function pluralForces(acts: ArticleActors, x: number): boolean {
  const m = acts.mentions[x]!;
  if (!m.sector || m.endToken - m.firstToken < 2) return false;
  const head = acts.folded[m.endToken - 1]!;
  return head.endsWith('s') && !head.endsWith('ss');
}

/** Is mention x the last of a coordination ("Moscow and Tehran")? */
function coordinated(acts: ArticleActors, x: number): boolean {
  const first = acts.mentions[x]!.firstToken;
  return first - 2 >= 0 && acts.folded[first - 1] === 'and' && acts.tokenMention[first - 2] !== -1;
}

const RELATIVE = new Set(['which', 'who', 'that']);
const VERB_FOLLOWERS = new Set(['ADP', 'DET', 'PROPN', 'PRON']);
/** What may open a verb's object after an adverb ("controls nearly all of …"). */
const ADVERB_OBJECT_STARTS = new Set(['DET', 'NUM', 'PRON']);

/** Does the plural noun f name people or forces (a role, a group, a sector: "leaders", "troops")? */
function namesPeople(f: string, lex: Lexicon): boolean {
  const one = f.endsWith('ies') ? `${f.slice(0, -3)}y` : f.slice(0, -1);
  return (
    lex.cues.sectorHeads.has(f) ||
    lex.cues.groupNouns.has(f) ||
    lex.cues.genericHeads.has(f) ||
    lex.titles.roleHeads.has(one) ||
    lex.titles.roleHeads.has(f)
  );
}
const OBJECT_STARTS = new Set(['DET', 'PROPN']);
/** Parts of speech that open a noun phrase after "to", which no infinitive's verb is. */
const TO_OBJECT_STARTS = new Set(['NOUN', 'PROPN', 'DET', 'NUM']);
/** Parts of speech of a word that ends the noun phrase before it (a preposition, a verb, a conjunction, a mark). */
const NOUN_PHRASE_ENDS = new Set(['ADP', 'VERB', 'AUX', 'CCONJ', 'SCONJ', 'PUNCT', 'PART']);

/** A plural noun that can head a subject ("allies", "forces", "rebels"; not "class", "news"). */
function pluralHead(w: string): boolean {
  return w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('news');
}

/** No verb or auxiliary before token k in its clause (which opens after a verb of speech or "that"). */
function noVerbBefore(doc: AnalyzedText, s: Sentence, k: number, speech: ReadonlySet<string>): boolean {
  for (let j = k - 1; j >= s.firstToken; j--) {
    const t = doc.tokens[j]!;
    if (t.text === 'that' || ((t.pos === 'VERB' || t.pos === 'AUX') && speech.has(t.lemma))) return true;
    if (t.pos === 'VERB' || t.pos === 'AUX') return false;
  }
  return true;
}
const THAT_OBJECT_STARTS = new Set(['DET', 'PRON', 'NOUN', 'ADJ']);
const PAST_FOLLOWERS = new Set(['DET', 'PROPN', 'NUM', 'ADP', 'PRON']);
