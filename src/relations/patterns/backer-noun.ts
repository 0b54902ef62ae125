// "Assad's backers in Moscow and Tehran", "Russia, Assad's main backer, …", "Iran is Hezbollah's
// chief sponsor", "its backer Iran": a noun naming the one who backs turns the possessor into the
// backed; the backer is named after the noun, in apposition, after "in"/"from"/"including", or is
// the subject of "be". Words: syntax.json backerNoun.
import type { ActorMention } from '../../types.js';
import type { Lexicon } from '../../lexicon/load.js';
import type { Emitter } from '../emit.js';
import type { SentenceEndPattern } from '../pattern.js';
import { firstWords } from '../../lexicon/derived.js';
import type { SentenceView } from '../sentence.js';

/** The backed one: the possessor inside the phrase [a, k) ("Assad's", "its"), or "of X" after it. */
function backedOf(view: SentenceView, a: number, k: number, b: number): { backed: ActorMention[]; end: number } {
  for (let j = a; j < k; j++) {
    const m = view.mentionAt(j);
    if (m?.possessive && view.isArg(m)) return { backed: [m], end: b };
    const possessor = view.pronounPossessor(j);
    if (possessor) return { backed: possessor, end: b };
  }
  if (b + 1 < view.end && view.f[b] === 'of' && view.isNP(b + 1)) {
    const g = view.groupRight(b + 1);
    return { backed: g.args, end: g.end };
  }
  // "Qatar, a Hamas backer, …", "Iran is a key Hezbollah sponsor": a named modifier (not a demonym,
  // which names the backer) of a noun that a determiner opens.
  const m = k - 1 > a ? view.mentionAt(k - 1) : undefined;
  if (m && m.endToken === k && m.firstToken > a && m.via !== 'demonym' && !m.possessive && view.isArg(m) && view.tokens[a]!.pos === 'DET')
    return { backed: [m], end: b };
  return { backed: [], end: b };
}

/**
 * "regime supporters Russia and Iran", "Hamas patron Iran": an actor named as the noun's modifier
 * (not a demonym, which names the backer) is the backed where the backers' names follow the noun.
 */
function modifierBacked(view: SentenceView, emit: Emitter, lex: Lexicon, k: number, last: number): void {
  const m = k - 1 >= view.first ? view.mentionAt(k - 1) : undefined;
  if (!m || m.via === 'demonym' || m.possessive || !view.isArg(m) || m.endToken !== k) return;
  // ("rebel backer Turkey and regime supporters Russia": a back-reference to the state the conjunct
  // before it names for the other side is astray.)
  if (m.via === 'coreference' && m.firstToken - 1 > view.first && (view.f[m.firstToken - 1] === 'and' || view.f[m.firstToken - 1] === ','))
    for (let j = Math.max(view.first, m.firstToken - 5); j < m.firstToken - 1; j++) if (view.mentionAt(j)?.actor === m.actor) return;
  if (last + 1 >= view.end || !view.mentionAt(last + 1) || !view.isNP(last + 1)) return;
  const backers = view.groupRight(last + 1).args.filter((x) => x.actor !== m.actor);
  if (backers.length)
    emit.pairs(
      backers,
      [m],
      lex.syntax.constructions.backerNoun.trigger,
      view.textOf(k, last),
      view.modality(view.clauseStart(k), k, false),
    );
}

export const backerNoun: SentenceEndPattern = {
  name: 'backer-noun',
  reads: [
    "X's backers in Y and Z",
    "Y, X's main backer",
    "Y is X's chief sponsor",
    'its backer Y',
    'the backers of X such as Y',
    "X's backers, Y and Z, …",
    'X and its Y and Z backers',
    'X backer Y',
  ],
  on: 'sentence end',
  cues: (lex) => lex.syntax.constructions.backerNoun.nouns,
  run(view, emit, lex) {
    const w = lex.syntax.constructions.backerNoun;
    for (let k = view.first; k < view.end; k++) {
      if (view.mentionAt(k)) continue;
      // (Two words are joined only where a noun of the pattern starts.)
      const two = k + 1 < view.end && firstWords(w.nouns).has(view.f[k]!) && w.nouns.has(`${view.f[k]} ${view.f[k + 1]}`);
      // (A sentence's first word may be tagged a proper noun for its capital: "Supporters of Hamas, …".)
      const noun = view.tokens[k]!.pos === 'NOUN' || (k === view.first && view.tokens[k]!.pos === 'PROPN');
      if (!two && !(w.nouns.has(view.f[k]!) && noun)) continue;
      const last = two ? k + 1 : k;
      const [a0, b] = view.npAcrossAdverbs(k);
      // "its Russian and Iranian backers": the phrase takes in the demonyms listed before it, and
      // the possessive before them holds it.
      const a = view.withListedDemonyms(a0);
      const { backed, end } = backedOf(view, a, k, b);
      if (!backed.length) {
        modifierBacked(view, emit, lex, k, last);
        continue;
      }
      // The backers: named right after the noun, after a place word, in apposition, or the copula's subject.
      let backers: ActorMention[] = [];
      for (let j = last + 1; j < b; j++) {
        const m = view.mentionAt(j);
        if (m && view.isArg(m) && !backers.includes(m)) backers.push(m);
      }
      // "the Houthis and their Iranian backers", "Assad's Russian backers": a demonym inside the phrase.
      if (!backers.length)
        for (let j = a; j < k; j++) {
          const m = view.mentionAt(j);
          if (m && m.via === 'demonym' && !m.possessive && !backers.includes(m)) backers.push(m);
        }
      let e = Math.max(end, last + 1);
      // "Taiwan's main arms supplier, the United States, approved …": set off by commas on both sides.
      if (!backers.length && e + 1 < view.end && view.f[e] === ',' && view.isNP(e + 1)) {
        const g = view.groupRight(e + 1);
        if (g.end < view.end && view.f[g.end] === ',') backers = g.args;
      }
      if (e < view.end && view.f[e] === ',') e++;
      // ("such" may have been read into the phrase before "as".)
      const place =
        e + 1 < view.end && w.places.has(`${view.f[e]} ${view.f[e + 1]}`)
          ? 2
          : e < view.end && (w.places.has(view.f[e]!) || (view.f[e] === 'as' && view.f[e - 1] === 'such'))
            ? 1
            : 0;
      // ("the main backer of the Houthi rebels in Yemen": after an "of" phrase, "in" says where the
      // backed are.)
      const placeOfBacked = end !== b && view.f[e] === 'in';
      if (!backers.length && place && !placeOfBacked && view.isNP(e + place)) backers = view.groupRight(e + place).args;
      // ("Russia, one of the main backers of Assad, …".)
      const d = view.pastOneOf(a);
      // (Without its comma too, where "one of" opens it: "Russia one of the main backers of Assad".)
      const setOff = d - 2 >= view.first && view.f[d - 1] === ',';
      if (!backers.length && (setOff || (d !== a && d - 1 >= view.first))) backers = view.appositionBefore(d);
      if (!backers.length) {
        const gv = view.governingVerb(a);
        if (gv !== -1 && view.tokens[gv]!.lemma === 'be' && view.onlyFillerBetween(gv, a)) backers = view.subjectOf(gv).args;
      }
      backers = backers.filter((m) => !backed.some((x) => x.actor === m.actor));
      if (backers.length) emit.pairs(backers, backed, w.trigger, view.textOf(k, last), view.modality(view.clauseStart(a), k, false));
    }
  },
};
