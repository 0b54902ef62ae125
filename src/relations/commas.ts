// Commas that a stripped text lost, put back before the relation stage reads it. Some news sources
// reach a corpus with every comma and apostrophe removed (all of FA-KES does: "Russia a key ally of
// Assad and Turkey which backs the rebels brokered the deal"); the relation patterns read commas to
// find where an apposition, a list, a fronted phrase or a trailing "X said" begins, and miss these
// constructions in such text. Only a text with no comma at all is restored, and only at the boundaries
// that the actors found and the parts of speech make plain; a restored comma is a token of no width
// (its offsets are those of the token after it), so that evidence and offsets stay the text's own.
import type { ActorMention, AnalyzedText, ArticleActors, Sentence, Token } from '../types.js';
import type { Lexicon } from '../lexicon/load.js';
import { Scratch } from '../nlp/scratch.js';
import { sFormLemma } from './classes.js';

const isVerb = (t: Token) => t.pos === 'VERB' || t.pos === 'AUX';
/** Words that open an apposition after a name ("Turkey a NATO ally", "Russia the regimes main backer"). */
const APPOSITION_OPENERS = new Set(['a', 'an', 'the']);
/** Parts of speech of a word after which a phrase is no speaker of its own but that word's object or part. */
const BINDING_POS = new Set(['ADP', 'DET', 'CCONJ', 'SCONJ', 'PART', 'AUX', 'VERB', 'ADJ', 'PRON']);

/** Where one sentence lost its commas: the token indices before which a comma goes. */
function commaPoints(doc: AnalyzedText, acts: ArticleActors, lex: Lexicon, s: Sentence): number[] {
  const t = doc.tokens;
  const f = doc.folded;
  const syn = lex.syntax;
  const first = s.firstToken;
  const end = s.endToken;
  const ms = acts.bySentence[s.index] ?? [];
  // (A sentence naming no actor gives no relation, with its commas or without; one naming one may
  // still give the subject a pronoun in the next refers to.)
  if (ms.length === 0) return [];
  const at = new Set<number>();
  // The first verb of the sentence: a name before it is the subject's (or a fronted phrase's).
  let firstVerb = end;
  for (let k = first; k < end; k++)
    if (isVerb(t[k]!) && acts.tokenMention[k] === -1) {
      firstVerb = k;
      break;
    }
  const mentionAt = (k: number): ActorMention | undefined => {
    const x = k >= first && k < end ? acts.tokenMention[k]! : -1;
    return x === -1 ? undefined : acts.mentions[x];
  };
  const typeOf = (m: ActorMention) => acts.actors.get(m.actor)?.type;
  const c = lex.syntax.constructions;
  const tieNoun = (w: string) => syn.descriptorHeads.has(w) || c.allyPhrase.nouns.has(w) || c.backerNoun.nouns.has(w);
  // A name that stands alone as a phrase: not a possessive ("Syrias al Qaeda offshoot"), not a
  // describer of what follows ("Russian President Putin", "Syrian troops", "his French Russian and
  // Turkish counterparts"), not a people or a group described ("the Lebanese group Hezbollah").
  const standsAlone = (m: ActorMention) =>
    !m.possessive && !m.modifier && !m.generic && !(m.via === 'demonym' && m.endToken - m.firstToken === 1);
  // A word that names what follows it ("the group Hezbollah", "Foreign Minister Sergei Lavrov").
  const namesNext = (k: number) => acts.roleTokens[k] === 1 || syn.namingHeads.has(f[k]!) || syn.describedByParticiple.has(f[k]!);
  // A capitalized word that is no name: a headline's or a photo credit's ("Mikhail Alayeddin Syrian
  // Army Reportedly Engaged …").
  const capitalAt = (k: number) => k >= first && k < end && /^[A-Z]/.test(t[k]!.text);
  const titleCaseAt = (k: number) => k < end && acts.tokenMention[k] === -1 && capitalAt(k);
  // A demonym describing a common noun is no name of a run of names ("the regimes Lebanese ally").
  const demonymAt = (k: number) => mentionAt(k)?.via === 'demonym' && !capitalAt(mentionAt(k)!.endToken);
  // Where a description opened at j ends: before a verb that is no participle describing it, a
  // relative pronoun, or "and" with another name; `end` at the sentence's end; -1 where none is near.
  const descriptionEnd = (j: number): number => {
    // (Past "including", "and" goes on the list: "an alliance of groups including A B and C".)
    let listing = false;
    for (let k = j + 1; k < end && k - j <= 12; k++) {
      if (syn.listOpeners.has(f[k]!)) listing = true;
      const tk = t[k]!;
      // (Not a participle describing the noun before it, "a coalition battling IS", "an alliance
      // backed by the US", nor an infinitive.)
      if (isVerb(tk) && acts.tokenMention[k] === -1)
        return f[k]!.endsWith('ing') || (f[k]!.endsWith('ed') && f[k + 1] === 'by') || f[k - 1] === 'to' ? -1 : k;
      if (f[k] === 'which' || f[k] === 'who') return k;
      if (tk.text === '.' && k === end - 1) return end;
      if (tk.text === '.' || tk.text === '"' || tk.text === '(') return -1;
      // ("… and fighters from the Free Syrian Army": members named by their actor.)
      const next = k + 1 + (f[k + 1] === 'the' ? 1 : 0);
      if (
        !listing &&
        (f[k] === 'and' || f[k] === 'or') &&
        (mentionAt(next) || (lex.cues.groupNouns.has(f[next]!) && mentionAt(next + 2 + (f[next + 2] === 'the' ? 1 : 0))))
      )
        return k;
    }
    return -1;
  };

  for (let x = 0; x < ms.length; x++) {
    const a = ms[x]!;
    if (!standsAlone(a)) continue;
    // (A person's apposition is a role, the actors stage's to read: "Sergei Lavrov the Russian
    // foreign minister".)
    const person = typeOf(a) === 'person';
    const j = a.endToken;
    if (j >= end - 1 || namesNext(j - 1)) continue;
    // (1) Two names side by side, or with "the" between: a list ("the United States Britain and
    // Canada"), an apposition ("Hezbollah the regimes Lebanese ally") or the end of a fronted phrase
    // ("In a call with Erdogan Putin said", "Backed by Russia and Iran the Syrian army").
    const b = ms[x + 1];
    if (b && b.actor !== a.actor && (b.firstToken === j || (b.firstToken === j + 1 && f[j] === 'the' && !person))) {
      // (Not a name that describes the next word, "US Army"; not a person before a body opening the
      // sentence, a byline or a photo credit more often than a list; not in a headline's
      // capitalized words.)
      const afterB = b.endToken < end ? t[b.endToken]! : undefined;
      // (Not a trigger verb's -s form the tagger read as a noun, before a name or a determiner:
      // "Alongside Russia Iran backs Assad".)
      const sVerb =
        afterB !== undefined &&
        b.endToken + 1 < end &&
        sFormLemma(f[b.endToken]!, lex) !== undefined &&
        (mentionAt(b.endToken + 1) !== undefined || t[b.endToken + 1]!.pos === 'DET');
      const describes =
        afterB && afterB.pos === 'NOUN' && !sVerb && b.firstToken === j && !b.possessive && b.via !== 'demonym' && !mentionAt(b.endToken);
      const credit = person && typeOf(b) !== 'person' && a.firstToken === first;
      // (Only a pair, or a pair before "and": a longer run of capitalized words, names or not, is
      // a list the other readings take as it is, or a headline.)
      const run = (capitalAt(b.endToken) && !demonymAt(b.endToken)) || (a.firstToken - 1 > first && capitalAt(a.firstToken - 1));
      if (!describes && !credit && !run) {
        // An apposition ("Nusra al-Qaedas affiliate in Syria and fighters from …") closes too, or
        // is left as it is.
        const close = b.possessive ? descriptionEnd(b.endToken) : -1;
        if (!b.possessive || close !== -1) {
          at.add(j);
          if (close !== -1 && close < end) at.add(close);
        }
      }
    }
    // (2) A name then "a/an/the" and a described noun, where the name opens the sentence or follows
    // a preposition, not a verb ("gave Iran a warning") or "and": an apposition, closed before the
    // verb or before "and" and the next name.
    // (After "in", "at" a place's: "banned in Afghanistan the education of girls".)
    // (Or follows the "and" that closed such an apposition: "by Qatar a supporter of the rebels and
    // Iran a key regime ally".)
    const opener =
      a.firstToken === first ||
      syn.appositionPreps.has(f[a.firstToken - 1]!) ||
      (f[a.firstToken - 1] === 'and' && at.has(a.firstToken - 1));
    // ("Hezbollah (Party of God) a close ally of Iran": past a gloss in brackets after the name.)
    let g = j;
    if (f[g] === '(') {
      let close = g + 1;
      while (close < end && close - g <= 6 && f[close] !== ')') close++;
      if (close < end && f[close] === ')' && close - g <= 6) g = close + 1;
    }
    if (!person && opener && g < end && APPOSITION_OPENERS.has(f[g]!)) {
      const j = g;
      let noun = -1;
      for (let k = j + 1; k < end && k - j <= 4 && noun === -1; k++) {
        if (isVerb(t[k]!) && acts.tokenMention[k] === -1) break;
        if (t[k]!.pos === 'NOUN' || (t[k]!.pos === 'PROPN' && acts.tokenMention[k] === -1 && k > j + 1)) noun = k;
      }
      // (After "the", only a description of a tie: "Russia the main backer of Assad".)
      if (noun !== -1 && f[j] === 'the' && !tieNoun(f[noun]!)) noun = -1;
      // (Not a name after "the": "Russia the United States" is case (1).)
      const named = f[j] === 'the' && mentionAt(j + 1) && !mentionAt(j + 1)!.modifier;
      if (noun !== -1 && !named) {
        at.add(j);
        const close = descriptionEnd(j);
        if (close !== -1 && close < end && close - j > 2) at.add(close);
      }
    }
  }

  // (3) A speaker at the end ("… into the sea Seoul said.", "… 11 SDF fighters the Observatory
  // said Monday"): the speaker's phrase after a clause of its own.
  const tail = syn.tailReportingVerbs;
  for (let v = end - 1; v > first + 2 && end - v <= 8; v--) {
    if (!tail.has(f[v]!) || !isVerb(t[v]!)) continue;
    // After the verb, only a short tail without a verb: "on Sunday", "in a statement", "told AFP".
    let clean = true;
    for (let k = v + 1; k < end && clean; k++) if (isVerb(t[k]!)) clean = false;
    if (!clean) break;
    // The speaker: a name (with "the"), a pronoun, or a determiner's phrase of up to four words.
    let n = v - 1;
    const m = mentionAt(n);
    if (m && m.endToken === v) n = m.firstToken - (f[m.firstToken - 1] === 'the' ? 1 : 0);
    else if (t[n]!.pos === 'PRON') {
      /* "he said" */
    } else {
      while (
        n > first &&
        v - n < 4 &&
        (t[n]!.pos === 'NOUN' || t[n]!.pos === 'ADJ' || t[n]!.pos === 'PROPN') &&
        acts.tokenMention[n] === -1
      )
        n--;
      if (t[n]!.pos !== 'DET') break;
    }
    // … after a clause with a verb of its own, ending on a word that closes a phrase.
    const before = t[n - 1];
    // (A title right before a named speaker is the speaker's: "activist Abu Malek told AFP".)
    const titled = (t[n]!.pos === 'PROPN' || mentionAt(n) !== undefined) && namesNext(n - 1);
    if (n - 1 > first && before && !BINDING_POS.has(before.pos) && before.pos !== 'PUNCT' && firstVerb < n - 1 && !titled) at.add(n);
    break;
  }

  // (4) A fronted phrase ("In a statement Russia condemned Ukraine", "On Sunday Malian troops …"):
  // the first name after a noun, before the first verb, in a sentence that opens with a preposition,
  // where the verb follows the name closely (the name is the clause's subject).
  if (t[first]!.pos === 'ADP' || (t[first]!.pos === 'VERB' && f[first]!.endsWith('ed') && f[first + 1] === 'by')) {
    for (const m of ms) {
      if (m.firstToken >= firstVerb) break;
      const n = m.firstToken - (f[m.firstToken - 1] === 'the' ? 1 : 0);
      const before = t[n - 1];
      if (n - 1 <= first || !before) continue;
      if (before.pos === 'NOUN' || before.pos === 'PROPN' || before.pos === 'NUM') {
        if (acts.tokenMention[n - 1] === -1 && !namesNext(n - 1) && firstVerb - m.endToken <= 3 && !titleCaseAt(m.endToken)) at.add(n);
        break;
      }
    }
  }

  // (5) An -ing form that opens a clause of its own after a complete clause ("… in Gaza blaming
  // Israel", "… denied involvement accusing Israel of …"); not one that describes the noun before
  // it ("a draft resolution demanding …", "Islamic State fighters killing 25 soldiers").
  for (let k = firstVerb + 2; k < end; k++) {
    if (t[k]!.pos !== 'VERB') continue;
    const p = t[k - 1]!;
    // (Support and force only after a time or a place: "entered the conflict last year backing the
    // regime", not "a plan targeting Hezbollah".)
    const adjunct = syn.adjunctParticiples.has(f[k]!);
    if (adjunct ? !(lex.cues.timeWords.has(f[k - 1]!) || p.pos === 'PROPN' || p.pos === 'NUM') : !syn.clauseParticiples.has(f[k]!))
      continue;
    const named = acts.tokenMention[k - 1] !== -1 || acts.tokenMention[k - 2] !== -1;
    const described = syn.participleDescribedNouns.has(f[k - 1]!) || lex.cues.groupNouns.has(f[k - 1]!);
    if ((p.pos === 'NOUN' || p.pos === 'PROPN' || p.pos === 'NUM') && !named && !described) at.add(k);
  }

  // (6) "with" and named actors doing something, after a clause ("The Council met on Sunday with
  // Britain France and the United States demanding …"): a clause of its own, not the verb's partner.
  for (let k = firstVerb + 1; k < end - 2; k++) {
    if (f[k] !== 'with' || !mentionAt(k + 1 + (f[k + 1] === 'the' ? 1 : 0))) continue;
    const p = t[k - 1]!;
    if (isVerb(p) || p.pos === 'ADP' || p.pos === 'DET') continue;
    let v = k + 1;
    while (v < end && v - k <= 12 && (acts.tokenMention[v] !== -1 || f[v] === 'and' || f[v] === 'the')) v++;
    if (v < end && v - k > 1 && t[v]!.pos === 'VERB' && f[v]!.endsWith('ing')) {
      at.add(k);
      for (let q = k + 2; q < v; q++)
        if (acts.tokenMention[q] !== -1 && acts.tokenMention[q - 1] !== -1 && acts.tokenMention[q] !== acts.tokenMention[q - 1]) at.add(q);
    }
  }

  for (const m of ms) {
    if (!standsAlone(m) || typeOf(m) === 'person') continue;
    const a = m.firstToken;
    // (7) A description's head and then a name after "the" ("A US-backed alliance of Kurds and Arabs
    // the Syrian Democratic Forces took Manbij", "Syrias al Qaeda offshoot the Nusra Front blew …"):
    // the name in apposition, closed before the verb after it.
    if (a - 2 > first && f[a - 1] === 'the' && (t[a - 2]!.pos === 'NOUN' || t[a - 2]!.pos === 'PROPN') && acts.tokenMention[a - 2] === -1) {
      // The description's head, past what it is of ("an alliance of Kurds and Arabs").
      // (Not an ally's or partner's name, "its key ally the United States", which the ally
      // phrase reads as it is.)
      const isHead = (w: string) => syn.derivedBodyHeads.has(w) || syn.describedByParticiple.has(w) || syn.namingHeads.has(w);
      let h = a - 2;
      while (h > first && a - h < 8 && !isHead(f[h]!) && acts.tokenMention[h] === -1) {
        const p = t[h]!.pos;
        if (!(p === 'NOUN' || p === 'PROPN' || p === 'ADJ' || f[h] === 'of' || f[h] === 'and')) break;
        h--;
      }
      if (isHead(f[h]!) && t[h]!.pos === 'NOUN') {
        const close = descriptionEnd(m.endToken - 1);
        if (close !== -1 && close < end && isVerb(t[close]!)) {
          at.add(a - 1);
          if (close < end) at.add(close);
        }
      }
    }
    // (8) "including" or "such as" right after a name that a preposition governs ("Militias loyal to
    // Iran such as Kataib Hezbollah fired …"): the list is the phrase's, not the name's, and it
    // ends before the verb.
    const k = m.endToken;
    const opener = syn.listOpeners.has(f[k]!) ? 1 : f[k] === 'such' && f[k + 1] === 'as' ? 2 : 0;
    if (opener && a - 1 > first && syn.listHoldingPreps.has(f[a - 1]!) && mentionAt(k + opener + (f[k + opener] === 'the' ? 1 : 0))) {
      const close = descriptionEnd(k + opener - 1);
      if (close !== -1 && (close === end || isVerb(t[close]!))) {
        at.add(k);
        if (close < end) at.add(close);
      }
    }
  }

  // (9) A relative clause after the subject's name ("The US-led coalition which includes Britain
  // France and Jordan has carried out …", "Russia which backs Assad struck …"): set off up to the
  // main clause's verb.
  // (One relative clause only: "Russia and Iran which back Assad and Turkey which supports the
  // rebels agreed …" has no one reading.)
  let relatives = 0;
  for (let k = first; k < end; k++) if (f[k] === 'which' || f[k] === 'who') relatives++;
  for (const m of relatives === 1 ? ms : []) {
    const j = m.endToken;
    if (m.firstToken >= firstVerb || !standsAlone(m) || (f[j] !== 'which' && f[j] !== 'who')) continue;
    let v = j + 1;
    while (v < end && v - j <= 6 && !isVerb(t[v]!)) v++;
    // (Its verb's auxiliaries and adverbs: "which has long opposed Russia".)
    while (v + 1 < end && isVerb(t[v]!)) {
      let n = v + 1;
      while (n < end && n - v <= 2 && t[n]!.pos === 'ADV') n++;
      if (n < end && (t[n]!.pos === 'AUX' || t[n]!.pos === 'VERB')) v = n;
      else break;
    }
    if (v >= end || !isVerb(t[v]!)) continue;
    for (let k = v + 1; k < end && k - j <= 16; k++) {
      const tk = t[k]!;
      // (Nor past the end of its clause: "that", a clause break, another relative pronoun.)
      if (tk.text === '.' || tk.text === '"' || f[k] === 'that' || lex.cues.clauseBreaks.has(f[k]!) || f[k] === 'which' || f[k] === 'who')
        break;
      if (!isVerb(tk) || acts.tokenMention[k] !== -1) continue;
      // (Not a verb of the clause: after "to", "and", an auxiliary; a participle.)
      if (f[k - 1] === 'to' || f[k - 1] === 'and' || f[k - 1] === 'or' || isVerb(t[k - 1]!) || f[k]!.endsWith('ing')) break;
      at.add(j);
      at.add(k);
      break;
    }
  }

  // (10) A person named right after a place phrase's capitalized words ("Daesh field commanders natives
  // of the North Caucasus Abu Omar al-Shishani and …"), or after the "of" phrase of a plural noun that
  // describes persons ("Hamas leaders veterans of the first intifada Ismail Haniyeh and …"): the
  // phrase ends there.
  const described = (k: number) => {
    const p = t[k]!.pos;
    return acts.tokenMention[k] === -1 && (p === 'NOUN' || p === 'PROPN' || p === 'ADJ' || p === 'NUM' || p === 'DET');
  };
  for (const m of ms) {
    const a = m.firstToken;
    if (typeOf(m) !== 'person' || !standsAlone(m) || acts.tokenMention[a - 1] !== -1 || namesNext(a - 1)) continue;
    if (capitalAt(a - 1)) {
      let q = a - 1;
      while (q - 1 > first && capitalAt(q - 1) && acts.tokenMention[q - 1] === -1 && !namesNext(q - 1)) q--;
      if (f[q - 1] === 'the') q--;
      if (q - 1 > first && syn.placeRunPreps.has(f[q - 1]!)) at.add(a);
    } else if (t[a - 1]!.pos === 'NOUN') {
      let q = a - 1;
      while (q - 1 > first && a - q < 6 && described(q - 1) && f[q - 1] !== 'of') q--;
      const head = q - 2;
      if (f[q - 1] === 'of' && head > first && t[head]!.pos === 'NOUN' && f[head]!.endsWith('s') && !namesNext(head)) at.add(a);
    }
  }

  return [...at].filter((k) => k > first && k < end && t[k - 1]!.text !== ',' && t[k]!.text !== ',').sort((x, y) => x - y);
}

const newIndexScratch = new Scratch((n) => new Int32Array(n));
const wordIdScratch = new Scratch((n) => new Int32Array(n));
const tokenMentionScratch = new Scratch((n) => new Int32Array(n));
const roleTokenScratch = new Scratch((n) => new Uint8Array(n));
const beforeScratch = new Scratch((n) => new Int32Array(n));

/**
 * `doc` and `acts` with the commas a stripped text lost put back: a new token list (the tokens are
 * the same objects, the restored commas new ones) and the same mentions, their token ranges moved
 * to it until `undo()` moves them back (`acts.bySentence` holds the mentions of `acts.mentions`).
 * Copying an article's mentions cost more than reading its commas.
 */
export function restoreCommas(
  doc: AnalyzedText,
  acts: ArticleActors,
  lex: Lexicon,
): { doc: AnalyzedText; acts: ArticleActors; restored: number; undo: () => void } {
  const points: number[] = [];
  for (const s of doc.sentences) for (const k of commaPoints(doc, acts, lex, s)) points.push(k);
  if (!points.length) return { doc, acts, restored: 0, undo: () => {} };
  const n = doc.tokens.length;
  const size = n + points.length;
  // (The typed arrays are this thread's scratch: the restored text lives only until `undo()`, before
  // the next article's restoration.)
  // newIndex[i]: where token i goes (after the commas inserted before it and before it).
  const newIndex = newIndexScratch.take(n + 1);
  const tokens: Token[] = new Array<Token>(size);
  const folded: string[] = new Array<string>(size);
  const wordIds = doc.wordIds ? wordIdScratch.take(size) : undefined;
  const tokenMention = tokenMentionScratch.take(size, -1);
  const roleTokens = roleTokenScratch.take(size);
  let p = 0;
  let o = 0;
  for (let i = 0; i < n; i++) {
    while (p < points.length && points[p] === i) {
      const next = doc.tokens[i]!;
      if (wordIds) wordIds[o] = -1;
      tokens[o] = { text: ',', start: next.start, end: next.start, pos: 'PUNCT', lemma: ',' };
      folded[o++] = ',';
      p++;
    }
    newIndex[i] = o;
    if (wordIds) wordIds[o] = doc.wordIds![i]!;
    roleTokens[o] = acts.roleTokens[i]!;
    tokenMention[o] = acts.tokenMention[i]!;
    tokens[o] = doc.tokens[i]!;
    folded[o++] = doc.folded[i]!;
  }
  newIndex[n] = o;
  // A range [a, e) moves to [newIndex[a], newIndex[e - 1] + 1): the commas restored before a are
  // outside it, those inside it are in.
  const sentences = doc.sentences.map((s) => ({
    ...s,
    firstToken: newIndex[s.firstToken]!,
    endToken: s.endToken > s.firstToken ? newIndex[s.endToken - 1]! + 1 : newIndex[s.firstToken]!,
  }));
  const ms = acts.mentions;
  const before = beforeScratch.take(ms.length * 2);
  for (let x = 0; x < ms.length; x++) {
    const m = ms[x]!;
    before[2 * x] = m.firstToken;
    before[2 * x + 1] = m.endToken;
    const e = m.endToken > m.firstToken ? newIndex[m.endToken - 1]! + 1 : newIndex[m.firstToken]!;
    m.firstToken = newIndex[m.firstToken]!;
    m.endToken = e;
  }
  const undo = () => {
    for (let x = 0; x < ms.length; x++) {
      ms[x]!.firstToken = before[2 * x]!;
      ms[x]!.endToken = before[2 * x + 1]!;
    }
  };
  const restoredDoc: AnalyzedText = { text: doc.text, tokens, sentences, folded };
  if (wordIds) restoredDoc.wordIds = wordIds;
  return {
    doc: restoredDoc,
    acts: { actors: acts.actors, mentions: ms, bySentence: acts.bySentence, tokenMention, roleTokens, folded },
    restored: points.length,
    undo,
  };
}
