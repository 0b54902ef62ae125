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
import { R_PAST, R_RELATIVE } from './classes.js';

export function retagTitleCaseVerbs(doc: AnalyzedText, s: Sentence, acts: ArticleActors, lex: Lexicon): void {
  if (!isTitleCase(doc.tokens, s)) return;
  const verbs = lex.relations.verbs;
  for (let k = s.firstToken + 1; k < s.endToken; k++) {
    const t = doc.tokens[k]!;
    if (t.pos === 'VERB' || acts.tokenMention[k] !== -1 || acts.tokenMention[k - 1] === -1) continue;
    const f = acts.folded[k]!;
    const lemma = verbs.has(f) ? f : sFormLemma(f, verbs);
    if (lemma === undefined) continue;
    t.pos = 'VERB';
    t.lemma = lemma;
  }
}

const UPPER_FIRST = /^\p{Lu}/u;

/** A lower-case ASCII letter: a word with one is no acronym (checked before upper-casing the word). */
const isLowerAscii = (c: number) => c >= 97 && c <= 122;

/**
 * "IS attacked YPG positions", "US jets struck …": an actor written as an upper-case acronym that the
 * tagger read as a function word ("IS" as "is", "US" as "us") is a name; re-tagged so that no
 * passive or pronoun is read into it.
 */
export function retagAcronymActors(doc: AnalyzedText, s: Sentence, acts: ArticleActors): void {
  for (const m of acts.bySentence[s.index]!) {
    for (let k = m.firstToken; k < m.endToken; k++) {
      const t = doc.tokens[k]!;
      if (t.pos === 'PROPN' || t.pos === 'NOUN' || t.text.length < 2 || isLowerAscii(t.text.charCodeAt(1))) continue;
      if (t.text !== t.text.toUpperCase() || !UPPER_FIRST.test(t.text)) continue;
      t.pos = 'PROPN';
      t.lemma = acts.folded[k]!;
    }
  }
}

/**
 * "The Iraqi army retook Mosul from Daesh": an irregular past form right after an actor that wink
 * tags as a noun (relations.json pastForms) is the verb; re-tagged so that the phrase after it is
 * its object, not one noun phrase with it. Not after a possessive ("the PYD's armed wing").
 */
export function retagVerbsReadAsNouns(doc: AnalyzedText, s: Sentence, acts: ArticleActors, lex: Lexicon, cls: Uint16Array): void {
  for (let k = s.firstToken + 1; k < s.endToken; k++) {
    // "Israel rejected calls by France", "dismissed claims of …": an -s form the tagger read as a
    // verb right after a past verb and before a preposition is that verb's object, a plural noun.
    const v = doc.tokens[k]!;
    if (v.pos === 'VERB' && k + 1 < s.endToken && doc.tokens[k + 1]!.pos === 'ADP' && doc.tokens[k - 1]!.pos === 'VERB') {
      const f = acts.folded[k]!;
      const p = acts.folded[k - 1]!;
      if (f.endsWith('s') && !f.endsWith('ss') && (p.endsWith('ed') || cls[k - 1]! & R_PAST)) {
        v.pos = 'NOUN';
        continue;
      }
    }
    const before = acts.tokenMention[k - 1]!;
    // "Turkey, which backs the rebels": a -s form after a relative pronoun is its verb.
    if (before === -1 && cls[k - 1]! & R_RELATIVE && RELATIVE.has(acts.folded[k - 1]!) && acts.tokenMention[k] === -1) {
      const t = doc.tokens[k]!;
      const f = acts.folded[k]!;
      const lemma = t.pos === 'NOUN' ? sFormLemma(f, lex.relations.verbs) : undefined;
      if (lemma !== undefined) {
        t.pos = 'VERB';
        t.lemma = lemma;
      }
      continue;
    }
    if (before === -1 || acts.tokenMention[k] !== -1) continue;
    const t = doc.tokens[k]!;
    if (t.pos === 'VERB' || acts.mentions[before]!.possessive) continue;
    const f = acts.folded[k]!;
    let lemma = cls[k]! & R_PAST ? lex.relations.pastForms.get(f) : undefined;
    // "Hezbollah fights alongside Syrian troops": a present -s form the tagger read as a noun, where a
    // verb stands (a preposition, determiner or name after it).
    // (Not after a demonym that only describes: "Iranian targets in Syria" is a phrase.)
    const bm = acts.mentions[before]!;
    const subjectLike = !bm.generic && !bm.modifier && !(bm.via === 'demonym' && !bm.sector);
    if (
      lemma === undefined &&
      subjectLike &&
      t.pos === 'NOUN' &&
      f.endsWith('s') &&
      k + 1 < s.endToken &&
      VERB_FOLLOWERS.has(doc.tokens[k + 1]!.pos)
    ) {
      lemma = sFormLemma(f, lex.relations.verbs);
    }
    // "The Turkish military neutralized 15 PKK militants": a regular past the tagger read as a noun
    // or an adjective, where a verb stands.
    if (
      lemma === undefined &&
      subjectLike &&
      (t.pos === 'NOUN' || t.pos === 'ADJ') &&
      f.endsWith('ed') &&
      k + 1 < s.endToken &&
      PAST_FOLLOWERS.has(doc.tokens[k + 1]!.pos)
    ) {
      lemma = [f.slice(0, -1), f.slice(0, -2), f.endsWith('ied') ? `${f.slice(0, -3)}y` : '', f.slice(0, -3)].find(
        (w) => w && lex.relations.verbs.has(w),
      );
    }
    // "Russia and Iran back Assad", "Washington and Riyadh support the rebels": the bare form after
    // a plural subject, read as an adverb or a noun, with a name or a determiner after it.
    if (
      lemma === undefined &&
      subjectLike &&
      (t.pos === 'NOUN' || t.pos === 'ADV') &&
      k + 1 < s.endToken &&
      OBJECT_STARTS.has(doc.tokens[k + 1]!.pos) &&
      lex.relations.verbs.has(f) &&
      coordinated(acts, before)
    )
      lemma = f;
    if (lemma === undefined) continue;
    t.pos = 'VERB';
    t.lemma = lemma;
  }
}

/** The verb lemma of a present -s form ("fights", "pushes"), if it is a trigger verb. */
function sFormLemma(f: string, verbs: ReadonlyMap<string, unknown>): string | undefined {
  if (!f.endsWith('s')) return undefined;
  if (verbs.has(f.slice(0, -1))) return f.slice(0, -1);
  return f.endsWith('es') && verbs.has(f.slice(0, -2)) ? f.slice(0, -2) : undefined;
}

/** Is mention x the last of a coordination ("Moscow and Tehran")? */
function coordinated(acts: ArticleActors, x: number): boolean {
  const first = acts.mentions[x]!.firstToken;
  return first - 2 >= 0 && acts.folded[first - 1] === 'and' && acts.tokenMention[first - 2] !== -1;
}

const RELATIVE = new Set(['which', 'who', 'that']);
const VERB_FOLLOWERS = new Set(['ADP', 'DET', 'PROPN', 'PRON']);
const OBJECT_STARTS = new Set(['DET', 'PROPN']);
const PAST_FOLLOWERS = new Set(['DET', 'PROPN', 'NUM', 'ADP', 'PRON']);
