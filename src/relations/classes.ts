// The relation stage's per-word facts, as bits memoized per word of wink's vocabulary (see
// nlp/word-classes.ts): the sentence view and the trigger scan ask them of every token.
import type { Lexicon } from '../lexicon/load.js';
import type { Token } from '../types.js';
import { WordClasses } from '../nlp/word-classes.js';
import { derivedOnce } from '../lexicon/derived.js';

export const R_CLAUSE_BREAK = 1;
export const R_RELATIVE = 2;
export const R_NEGATION = 4;
export const R_MODAL = 8;
export const R_HYPOTHETICAL = 16;
export const R_NOUN = 32;
export const R_PAST = 64;
/** A trigger by its form: a verb, noun or past form of the lexicon, or an -ing form of a verb. */
export const R_TRIGGER = 128;
/** A word by which a sentence may refer to the last one's subject: a pronoun ("it", "their") or the head of a pair reference ("the two sides"). */
export const R_REFERS = 256;
/** Written as an acronym: two or more characters, all upper case, the first a letter ("IS", "US", "YPG"; headline-verbs.ts). */
export const R_ACRONYM = 512;

/** Is f a double quotation mark, straight or curly? */
export function isQuoteMark(f: string): boolean {
  return f === '"' || f === '“' || f === '”';
}

const UPPER_FIRST = /^\p{Lu}/u;

/** Is `text` written as an acronym (R_ACRONYM)? (A lower-case ASCII second letter says no before the word is upper-cased.) */
function isAcronymForm(text: string): boolean {
  if (text.length < 2) return false;
  const c = text.charCodeAt(1);
  return !(c >= 97 && c <= 122) && text === text.toUpperCase() && UPPER_FIRST.test(text);
}

/**
 * The verb of `verbs` whose -ing form f is ("arming" → "arm", "making" → "make", "hitting" → "hit"),
 * for a progressive the tagger read as a noun, which keeps its form as lemma; else undefined.
 */
export function ingVerbStem(verbs: ReadonlyMap<string, unknown>, f: string): string | undefined {
  if (!f.endsWith('ing')) return undefined;
  const base = f.slice(0, -3);
  for (const c of [base, `${base}e`, base.replace(/(.)\1$/, '$1')]) if (verbs.has(c)) return c;
  return undefined;
}

/** The verb of `verbs` whose regular past `f` is ("accused" → "accuse", "shelled" → "shell", "allied" → "ally"), or undefined. */
export function edVerbStem(verbs: ReadonlyMap<string, unknown>, f: string): string | undefined {
  if (!f.endsWith('ed')) return undefined;
  return [f.slice(0, -1), f.slice(0, -2), f.endsWith('ied') ? `${f.slice(0, -3)}y` : '', f.slice(0, -3)].find((w) => w && verbs.has(w));
}

/** The trigger verb whose -s form `f` is ("backs" → "back", "launches" → "launch", "supplies" → "supply"), or undefined. */
export function sFormLemma(f: string, lex: Lexicon): string | undefined {
  // ("The YPG forces which drove IS from Kobane": a plural head naming an actor's forces, not their
  // deeds as "strikes" does, is the noun, though "force" is a verb too.)
  if (!f.endsWith('s') || (lex.cues.sectorHeads.has(f) && !lex.relations.nouns.has(f))) return undefined;
  const verbs = lex.relations.verbs;
  if (verbs.has(f.slice(0, -1))) return f.slice(0, -1);
  if (f.endsWith('es') && verbs.has(f.slice(0, -2))) return f.slice(0, -2);
  // ("Iran supplies the Houthis with missiles": "-ies" → "-y"; not an ally noun, "allies".)
  const y = f.endsWith('ies') ? `${f.slice(0, -3)}y` : '';
  return y && verbs.has(y) && !lex.syntax.constructions.allyPhrase.nouns.has(f) ? y : undefined;
}

/** Prepositions of a time phrase between a verb and its infinitive of purpose. */
const TIME_PREPS: ReadonlySet<string> = new Set(['for', 'since', 'over', 'during', 'throughout']);

/**
 * The verb before a time phrase that ends at p ("battling for weeks", "fighting since March"), or -1:
 * the phrase of a time preposition right after a verb, of up to four words.
 */
export function verbBeforeTimePhrase(tokens: readonly Token[], folded: readonly string[], first: number, p: number): number {
  for (let j = p; j > first && j >= p - 4; j--) {
    const pos = tokens[j]!.pos;
    if (TIME_PREPS.has(folded[j]!) && j < p) return tokens[j - 1]!.pos === 'VERB' ? j - 1 : -1;
    if (pos !== 'NOUN' && pos !== 'NUM' && pos !== 'PROPN' && pos !== 'DET' && pos !== 'ADJ') return -1;
  }
  return -1;
}

/** Lemmas that start a trigger: the lexicon's verbs and nouns (the verb patterns' own verbs are the registry's: scan.ts). */
export const triggerLemmas = derivedOnce(
  (lex: Lexicon): Set<string> => new Set([...lex.relations.verbs.keys(), ...lex.relations.nouns.keys()]),
);

/** Words that may stand between an actor and the head of its phrase ("Russian fighter jets"). */
export const headWordsOf = derivedOnce((lex: Lexicon): Set<string> => {
  const w = new Set<string>();
  const acting = [...lex.cues.sectorHeads].filter(([, sector]) => sector === 'GOV' || sector === 'MIL').map(([k]) => k);
  for (const k of [...acting, ...lex.cues.groupNouns]) for (const x of k.split(' ')) w.add(x);
  for (const x of lex.syntax.actorHeadWords) w.add(x);
  return w;
});

export const relationClasses = derivedOnce((lex: Lexicon): WordClasses => {
  const c = lex.cues;
  const r = lex.relations;
  const refers = new Set([...c.pronouns.keys(), ...lex.syntax.actorPossessives, ...[...c.pairReferences].map((p) => p.split(' ').pop()!)]);
  return new WordClasses((text, f) => {
    let bits = 0;
    if (isAcronymForm(text)) bits |= R_ACRONYM;
    if (c.clauseBreaks.has(f)) bits |= R_CLAUSE_BREAK;
    if (c.relativePronouns.has(f)) bits |= R_RELATIVE;
    if (c.negation.has(f)) bits |= R_NEGATION;
    if (c.modals.has(f)) bits |= R_MODAL;
    if (c.hypotheticalCues.has(f)) bits |= R_HYPOTHETICAL;
    if (r.nouns.has(f)) bits |= R_NOUN;
    if (r.pastForms.has(f)) bits |= R_PAST;
    if (refers.has(f)) bits |= R_REFERS;
    if (r.verbs.has(f) || r.nouns.has(f) || r.pastForms.has(f) || ingVerbStem(r.verbs, f)) bits |= R_TRIGGER;
    return bits;
  });
});
