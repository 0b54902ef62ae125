// "Hezbollah, a close ally of Iran, …", "Iran and its Russian ally", "Syria's Iranian allies": a
// phrase that names one actor the ally of another (allied_with). Words: syntax.json allyPhrase.
import type { ActorMention } from '../../types.js';
import type { SentenceEndPattern } from '../pattern.js';
import type { SentenceView } from '../sentence.js';
import type { Emitter } from '../emit.js';
import type { Lexicon } from '../../lexicon/load.js';
import { derivedOnce, firstWords } from '../../lexicon/derived.js';
import { WordClasses } from '../../nlp/word-classes.js';

/**
 * Per word: 1 if the pattern reads it ("allied", a grouping, a client or ally noun, the first word
 * of a named grouping's member list: "which includes", "made up of"); the sentence
 * is read at those words only, found by one array read per token (nlp/word-classes.ts).
 */
const allyWords = derivedOnce((lex: Lexicon): WordClasses => {
  const w = lex.syntax.constructions.allyPhrase;
  const listing = new Set([...w.namedMemberPreps].map((p) => p.split(' ')[0]!));
  return new WordClasses((_text, f) =>
    f === 'allied' || f === 'aligned' || w.groupings.has(f) || w.clients.has(f) || w.nouns.has(f) || listing.has(f) ? 1 : 0,
  );
});

/** Is the phrase at j a speaker's that ends the sentence ("… remain closely aligned[,] a UN report said")? */
function speakerAt(view: SentenceView, j: number): boolean {
  const b = view.np(j)[1];
  return b < view.end && view.syn.tailReportingVerbs.has(view.f[b]!);
}

/**
 * Who holds the ally at k: a possessor in its phrase [a, k) ("Iran's", "its") or "of X" after it
 * (b); `end`, where the phrase with its holder ends.
 */
function holderOf(view: SentenceView, a: number, k: number, b: number): { holder: ActorMention[]; end: number } {
  for (let j = a; j < k; j++) {
    const m = view.mentionAt(j);
    if (m?.possessive && view.isArg(m)) return { holder: [m], end: b };
    // "bombardment by Syrian forces and their Russian ally", "the regime and its allies Russia and
    // Iran": a possessive right after "and" is the conjunct's before it, whatever the pronoun's
    // nearest antecedent (an actor the phrase sits in, "UN investigators said …", is not meant).
    if (j === a && view.tokens[j]!.pos === 'PRON' && view.syn.actorPossessives.has(view.f[j]!)) {
      const left = conjunctBefore(view, j);
      if (left.length) return { holder: left, end: b };
    }
    // "… putting it at odds with its key ally": "its" is what the nearer object "it" stands for.
    const it = view.f[j] === 'its' && view.tokens[j]!.pos === 'PRON' ? objectItBefore(view, j) : -1;
    if (it !== -1) {
      const r = view.resolvePronoun(it, 'singular');
      if (r.length) return { holder: r, end: b };
    }
    const possessor = view.pronounPossessor(j);
    if (possessor) return { holder: possessor, end: b };
  }
  // "the Syrian government and allies including Russia": a bare ally noun right after "and".
  if (a === k && view.tokens[k]!.pos === 'NOUN') {
    const left = conjunctBefore(view, k);
    if (left.length && b < view.end && view.syn.listOpeners.has(view.f[b]!)) return { holder: left, end: b };
  }
  if (b < view.end && view.f[b] === 'of' && view.isNP(b + 1)) {
    const g = view.groupRight(b + 1);
    // "Russia, a key ally of Assad, and Turkey": a comma closes a description set off by one.
    const comma = a - 1 >= view.first && view.f[a - 1] === ',' ? view.f.indexOf(',', b + 1) : -1;
    if (comma !== -1 && comma < g.end) {
      const holder = g.args.filter((m) => m.firstToken < comma);
      return { holder, end: holder.length ? comma : b };
    }
    return { holder: g.args, end: g.end };
  }
  return { holder: [], end: b };
}

/** An object "it" right after a verb, between the possessive at j and any actor before it ("putting it at odds with its ally"), or -1. */
function objectItBefore(view: SentenceView, j: number): number {
  for (let x = j - 1; x > view.first && x >= j - 6; x--) {
    if (view.mentionAt(x)) return -1;
    if (view.f[x] === 'it' && view.tokens[x]!.pos === 'PRON' && view.tokens[x - 1]!.pos === 'VERB') return x;
  }
  return -1;
}

/** The actors of the phrase that "and" joins before token j ("X and its allies"), if any. */
function conjunctBefore(view: SentenceView, j: number): ActorMention[] {
  if (j - 2 < view.first || view.f[j - 1] !== 'and' || !view.isNP(j - 2)) return [];
  const [na, nb] = view.np(j - 2);
  // (Only a phrase that is the actor, not one it describes: "the Syrian army", not "Syrian cities".)
  return nb === j - 1 && view.headIsActor(na, nb) ? view.groupLeft(j - 2).args : [];
}

/** "Ukraine's partners, Germany and France, sent …": actors set off by commas on both sides after e. */
function appositionAfter(view: SentenceView, e: number): ActorMention[] {
  if (e + 1 >= view.end || view.f[e] !== ',' || !view.isNP(e + 1)) return [];
  const g = view.groupRight(e + 1);
  return g.end < view.end && view.f[g.end] === ',' ? g.args : [];
}

/**
 * "the Syrian army and its allies from Hezbollah", "government forces and their allies - who include
 * members of Hezbollah -": the allies named after "from" (a group, not a country, which would be
 * where they come from) or in a relative clause that lists them.
 */
function alliesFromOrWho(view: SentenceView, b: number): ActorMention[] {
  let j = b;
  if (j < view.end && (view.f[j] === ',' || view.f[j] === '-' || view.f[j] === '–' || view.f[j] === '—')) j++;
  if (j + 1 >= view.end) return [];
  const from = view.f[j] === 'from';
  if (from) j++;
  else if ((view.f[j] === 'who' || view.f[j] === 'which') && view.syn.listOpeners.has(view.f[j + 1]!)) j += 2;
  else return [];
  // ("who include members of Hezbollah", "allies from the ranks of": the group the members are of.)
  if (j + 2 < view.end && view.tokens[j]!.pos === 'NOUN' && !view.mentionAt(j) && (view.f[j + 1] === 'of' || view.f[j + 1] === 'from'))
    j += 2;
  if (j >= view.end || !view.isNP(j)) return [];
  const args = view.groupRight(j).args;
  return from ? args.filter((m) => view.acts.actors.get(m.actor)?.type !== 'country') : args;
}

/** Are the tokens of [a, b) only determiners, adjectives and punctuation ("its key ally the United States")? */
function onlyModifiersBetween(view: SentenceView, a: number, b: number): boolean {
  for (let j = a; j < b; j++) {
    const p = view.tokens[j]!.pos;
    // (A title before the name: "its ally President Bashar al-Assad".)
    if (p !== 'DET' && p !== 'ADJ' && p !== 'PUNCT' && p !== 'PROPN' && view.acts.roleTokens[j] !== 1) return false;
  }
  return true;
}

/** Does the phrase at a open a description ("a close ally of …", "Assad's main ally")? */
function opensDescription(view: SentenceView, a: number, holder: ActorMention[]): boolean {
  const f = view.f[a];
  return f === 'both' || f === 'a' || f === 'an' || f === 'the' || view.tokens[a]!.pos === 'ADJ' || holder.some((h) => h.firstToken === a);
}

/**
 * The actors of a coordination after an ally noun up to the first conjunct that has words of its
 * own before the actor ("regime allies Iran and Russia and rebel backer Turkey": Turkey is a backer).
 */
function bareConjuncts(view: SentenceView, args: ActorMention[]): ActorMention[] {
  for (let i = 1; i < args.length; i++) {
    let p = args[i]!.firstToken - 1;
    if (view.f[p] === 'the') p--;
    if (p < view.first || !(view.syn.coordinators.has(view.f[p]!) || view.f[p] === ',')) return args.slice(0, i);
  }
  return args;
}

/** Does [a, k) hold a modifier that puts the tie in the past ("former", "erstwhile")? */
function hasFormerModifier(view: SentenceView, a: number, k: number): boolean {
  for (let j = a; j < k; j++) if (view.syn.formerModifiers.has(view.f[j]!)) return true;
  return false;
}

/** The actors of [a, b) that `keep` accepts, once each. */
function mentionsIn(view: SentenceView, a: number, b: number, keep: (m: ActorMention) => boolean): ActorMention[] {
  const out: ActorMention[] = [];
  for (let j = a; j < b; j++) {
    const m = view.mentionAt(j);
    if (m && keep(m) && !out.includes(m)) out.push(m);
  }
  return out;
}

/** The actors listed after a grouping noun by one of `preps` ("including X and Y", "made up of X, Y"). */
function membersAfter(view: SentenceView, preps: Set<string>, j: number): ActorMention[] {
  for (let n = 3; n >= 1; n--) {
    if (j + n >= view.end || !preps.has(view.f.slice(j, j + n).join(' ')) || !view.isNP(j + n)) continue;
    const g = view.groupRight(j + n);
    if (g.args.length) return g.args;
    // "an alliance of Islamist groups including A, B and C": the kind of members, then the members
    // ("a coalition of groups that included A and B": in a relative clause too).
    const e = view.np(j + n)[1];
    const listed = view.listedAfter(e);
    return listed.length || n !== 1 || view.f[j] !== 'of' ? listed : membersAfter(view, preps, e);
  }
  return [];
}

/** How many words from k read one of `preps` (the longest), or 0. */
function namedMemberWords(view: SentenceView, preps: Set<string>, k: number): number {
  // (Joined only where one could start: most of the pattern's words start none.)
  if (!firstWords(preps).has(view.f[k]!)) return 0;
  for (let n = 3; n >= 1; n--) if (k + n <= view.end && preps.has(view.f.slice(k, k + n).join(' '))) return n;
  return 0;
}

/**
 * "The Army of Conquest, which includes al-Nusra Front, Ahrar al-Sham and Jund al-Aqsa", "the
 * coalition, made up of the US, France and Britain": the members a named grouping is said to have
 * (syntax.json allyPhrase namedMemberPreps after the actor at k - 1, past a comma), if two or more.
 */
function membersOfNamed(view: SentenceView, preps: Set<string>, groupings: Set<string>, k: number): ActorMention[] {
  // (Past a comma, or the copula: "Jaish al-Fatah is made up of …".)
  const c = view.f[k - 1] === ',' || (k - 1 > view.first && view.tokens[k - 1]!.lemma === 'be') ? k - 2 : k - 1;
  const m = c >= view.first ? view.mentionAt(c) : undefined;
  // ("The coalition, made up of …": a grouping noun stands for the name.)
  const grouping = !m && c >= view.first && view.tokens[c]!.pos === 'NOUN' && groupings.has(view.f[c]!);
  if (!grouping && (!m || m.endToken !== c + 1 || !view.isArg(m))) return [];
  for (let n = 3; n >= 1; n--) {
    if (k + n >= view.end || !preps.has(view.f.slice(k, k + n).join(' ')) || !view.isNP(k + n)) continue;
    const members = view.groupRight(k + n).args.filter((x) => x.actor !== m?.actor);
    return members.length > 1 ? members : [];
  }
  return [];
}

/**
 * The readings at the pattern's word at k. (A function of its own: its closures over k and the
 * phrase would otherwise make V8 allocate the loop body's scope at every token of the sentence.)
 */
function readAt(view: SentenceView, emit: Emitter, lex: Lexicon, k: number): void {
  const w = lex.syntax.constructions.allyPhrase;
  // "Syrian troops and allied Hezbollah fighters": the conjuncts are allies.
  if (view.f[k] === 'allied' && k - 2 >= view.first && view.f[k - 1] === 'and' && view.isNP(k - 2)) {
    const right = view.mentionAt(k + 1);
    const left = view.groupLeft(k - 2).args;
    if (right && view.isArg(right) && left.length)
      emit.pairs(left, [right], w.trigger, view.textOf(k, k), view.modality(view.groupLeft(k - 2).start, k, false));
    return;
  }
  // "the Syrian regime or its allied Russian air force", "Iran and its allied Hezbollah fighters":
  // the possessive is the conjunct's before it ("or" too: the alliance is stated, whichever of
  // the two did the deed).
  if (
    view.f[k] === 'allied' &&
    k - 3 >= view.first &&
    view.syn.actorPossessives.has(view.f[k - 1]!) &&
    (view.f[k - 2] === 'and' || view.f[k - 2] === 'or') &&
    view.isNP(k - 3)
  ) {
    const right = view.mentionAt(k + 1);
    const left = view.groupLeft(k - 3);
    if (right && view.isArg(right) && left.args.length && !left.args.some((m) => m.actor === right.actor))
      emit.pairs(left.args, [right], w.trigger, view.textOf(k, k), view.modality(left.start, k, false));
    return;
  }
  // "The Houthis, allied to Iran, seized Sanaa": set off after the actor (or right after its name
  // where a stripped text lost the comma: "The Houthis allied to Iran seized Sanaa").
  const named = view.f[k - 1] !== ',' && k - 1 >= view.first && view.mentionAt(k - 1)?.endToken === k;
  if (
    view.f[k] === 'allied' &&
    k - 2 >= view.first &&
    (view.f[k - 1] === ',' || named) &&
    (view.f[k + 1] === 'with' || view.f[k + 1] === 'to') &&
    view.isNP(k - 2) &&
    view.isNP(k + 2)
  ) {
    const left = view.groupLeft(named ? k - 1 : k - 2);
    const other = view.groupRight(k + 2).args;
    if (left.args.length && other.length)
      emit.pairs(left.args, other, w.trigger, view.textOf(k, k + 1), view.modality(left.start, k, false));
    return;
  }
  // "Hezbollah is allied with Iran", "Hamas is closely aligned with Iran", "The Taliban and al-Qaeda
  // remain closely aligned": after a copula (past adverbs), with the other party or among the
  // members of the subject.
  if (view.f[k] === 'allied' || view.f[k] === 'aligned') {
    let c = k - 1;
    while (c > view.first && view.tokens[c]!.pos === 'ADV') c--;
    if (c >= view.first && w.copulas.has(view.tokens[c]!.lemma)) {
      const subj = view.subjectOf(c);
      if ((view.f[k + 1] === 'with' || view.f[k + 1] === 'to') && view.isNP(k + 2)) {
        const other = view.groupRight(k + 2).args;
        if (subj.args.length && other.length)
          emit.pairs(subj.args, other, w.trigger, view.textOf(k, k + 1), view.modality(subj.start, k, false));
      } else if (subj.args.length > 1 && !(k + 1 < view.end && view.isNP(k + 1) && !speakerAt(view, k + 1)))
        emit.pairwise(subj.args, w.trigger, view.textOf(k, k), view.modality(subj.start, k, false), false);
      return;
    }
    if (view.f[k] === 'aligned') return;
  }
  // "The Army of Conquest, which includes al-Nusra Front and Ahrar al-Sham": its members are allies.
  const listing = namedMemberWords(view, w.namedMemberPreps, k);
  if (listing) {
    const members = membersOfNamed(view, w.namedMemberPreps, w.groupings, k);
    if (members.length) emit.pairwise(members, w.trigger, view.textOf(k, k + listing - 1), view.modality(k, k, false), false);
    return;
  }
  // "an alliance including al-Nusra Front and Ahrar al-Sham": the members listed are allies.
  if (w.groupings.has(view.f[k]!) && view.tokens[k]!.pos === 'NOUN') {
    // ("Talks on an alliance between Hamas and Fatah collapsed": an alliance talked about is none yet.)
    const a = view.np(k)[0];
    if (a - 1 >= view.first && w.topicPreps.has(view.f[a - 1]!)) return;
    const members = membersAfter(view, w.memberPreps, k + 1);
    if (members.length > 1) emit.pairwise(members, w.trigger, view.textOf(k, k), view.modality(a, k, false), false);
    return;
  }
  // "Iran's proxies, including Hezbollah": the holder backs its client ("proxy war" names none).
  const client = w.clients.has(view.f[k]!) && !(k + 1 < view.end && view.tokens[k + 1]!.pos === 'NOUN');
  // (A sentence's first word may be tagged a proper noun for its capital: "Allies of Russia, …".)
  const noun = view.tokens[k]!.pos === 'NOUN' || (k === view.first && view.tokens[k]!.pos === 'PROPN');
  if (!(client || w.nouns.has(view.f[k]!)) || !noun || view.mentionAt(k)) return;
  const [a0, b] = view.npAcrossAdverbs(k);
  // "its Russian and Iranian allies": the phrase takes in the demonyms listed before it.
  const a = view.withListedDemonyms(a0);
  // "a former ally", "its erstwhile partner": a tie in the past.
  if (hasFormerModifier(view, a, k)) return;
  const held = holderOf(view, a, k, b);
  let holder = held.holder;
  // "A close ally of Iran(,) Hezbollah fired …": a description opening the sentence; the actor
  // after its holder (set off by a comma or none, not joined by "and") is the clause's subject.
  let opening: ActorMention[] = [];
  // (The coordination may have stopped at the comma before the clause's subject: the subject then
  // follows it.)
  if (a === view.first && holder.length && held.end + 1 < view.end && view.f[held.end] === ',' && opensDescription(view, a, holder)) {
    const next = view.isNP(held.end + 1) ? view.groupRight(held.end + 1) : undefined;
    let v = next ? next.end : -1;
    while (v !== -1 && v < view.end && view.tokens[v]!.pos === 'ADV') v++;
    if (next?.args.length && v < view.end && (view.tokens[v]!.pos === 'VERB' || view.tokens[v]!.pos === 'AUX')) opening = next.args;
  }
  if (!opening.length && a === view.first && holder.length > 1 && opensDescription(view, a, holder)) {
    const last = holder[holder.length - 1]!;
    const before = view.f[last.firstToken - 1] === 'the' ? last.firstToken - 2 : last.firstToken - 1;
    let v = held.end;
    while (v < view.end && view.tokens[v]!.pos === 'ADV') v++;
    const verb = v < view.end && (view.tokens[v]!.pos === 'VERB' || view.tokens[v]!.pos === 'AUX');
    if (verb && before > k && (view.f[before] === ',' || !view.syn.coordinators.has(view.f[before]!))) {
      opening = [last];
      holder = holder.slice(0, -1);
    }
  }
  // "Russia a Syrian ally" (an apposition that lost its comma): the demonym holds the ally.
  // (Not where a possessive pronoun holds the ally and stands for no actor: "government forces and
  // their Russian and Iranian allies" makes neither the other's ally.)
  const pronounHeld = view.tokens[a]!.pos === 'PRON' && view.syn.actorPossessives.has(view.f[a]!);
  const inside = holder.length || pronounHeld ? undefined : view.appositionInside(a, k);
  if (inside) holder = mentionsIn(view, a, k, (m) => !inside.includes(m) && m.via === 'demonym');
  // "Iran, a key Syrian ally, …", "Key regime ally Iran", "a staunch Assad ally": the actor
  // right before the noun, modifying it, holds the ally.
  // (Not after a possessive pronoun: "their Russian and Iranian allies" are the allies.)
  // ("Turkey and the US are NATO allies", "NATO allies Poland and Lithuania": a body before the noun,
  // not a state's demonym or a state, is an alliance they are in; its members are allied with each
  // other as well as with it.)
  let within = false;
  if (!holder.length && !inside && !pronounHeld) {
    holder = mentionsIn(view, a, k, (m) => m.endToken === k && !m.possessive && (m.via === 'demonym' || view.isArg(m)));
    within = view.allBodies(holder);
  }
  if (!holder.length) return;
  // The ally: named right after ("its ally Russia"), a demonym inside ("its Russian ally"), or
  // the actor the phrase stands in apposition to ("Hezbollah, a close ally of Iran").
  // (Only next to the noun: "its allies support ISIL", tagged one phrase, names no ally.)
  let ally = inside ?? mentionsIn(view, k + 1, b, (m) => view.isArg(m) && onlyModifiersBetween(view, k + 1, m.firstToken));
  // Where the description opens, past "one of" and a gloss, and whether a comma sets it off.
  const d = view.pastOneOf(a);
  const setOff = d - 2 >= view.first && view.f[d - 1] === ',';
  // "his allies Russia and Iran": the coordination after the noun.
  const right = inside ? undefined : view.mentionAt(k + 1);
  if (right && view.isArg(right)) ally = bareConjuncts(view, view.groupRight(k + 1).args);
  if (!ally.length) {
    ally = mentionsIn(view, a, k, (m) => !m.possessive && !holder.includes(m));
    // "Russia and Iran Assads main allies": an apposition that lost its comma after a coordination.
    const only = ally.length === 1 ? ally[0]! : undefined;
    if (only && only.firstToken === a && a - 2 >= view.first && view.f[a - 1] === 'and') {
      const g = view.groupLeft(only.endToken - 1).args.filter((m) => !holder.some((h) => h.actor === m.actor));
      if (g.length > 1) ally = g;
    }
    // "Hezbollah, the regime's Lebanese ally, …": a demonym inside a description set off after a
    // name is that name's nationality; the name is the ally.
    if (setOff && ally.length && ally.every((m) => m.via === 'demonym')) {
      const named = view.appositionBefore(d).filter((m) => m.via !== 'demonym');
      if (named.length) ally = named;
    }
  }
  // "Kyiv's Western allies, including Britain and France", "allies of Russia such as Belarus",
  // "Ukraine's partners, Germany and France, …": listed after the phrase.
  if (!ally.length && !inside) ally = view.listedAfter(held.end);
  if (!ally.length && !inside && held.end === b) ally = alliesFromOrWho(view, b);
  if (!ally.length && !inside) ally = appositionAfter(view, held.end);
  // "Russia, Assad's main ally, …", "Iran and Russia, Assad's allies, …": a description after a
  // comma, opened by an article, an adjective or the holder itself.
  // ("Iran, one of Assad's closest allies, …", and without its comma; "Hezbollah (Party of God), a
  // close ally of Iran": past a gloss.)
  if (!ally.length && (setOff ? d !== a || opensDescription(view, a, holder) : d !== a && d - 1 >= view.first))
    ally = view.appositionBefore(d);
  if (!ally.length) ally = opening;
  // "Hezbollah is Iran's proxy": the copula's subject.
  let from = a;
  if (!ally.length) {
    const gv = view.governingVerb(a);
    if (gv !== -1 && view.tokens[gv]!.lemma === 'be' && view.onlyFillerBetween(gv, a)) {
      const subj = view.subjectOf(gv);
      ally = subj.args;
      from = subj.start;
    }
  }
  ally = ally.filter((m) => !holder.some((h) => h.actor === m.actor));
  if (within && ally.length > 1) emit.pairwise(ally, w.trigger, view.textOf(k, k), view.modality(from, k, false), false);
  if (ally.length) emit.pairs(holder, ally, client ? w.client : w.trigger, view.textOf(k, k), view.modality(from, k, false));
}

export const allyPhrase: SentenceEndPattern = {
  name: 'ally-phrase',
  reads: [
    "X's ally Y",
    'X and its Russian ally',
    'Y, a close ally of X, …',
    "Y, X's main ally, …",
    'Y a Syrian ally (no comma)',
    'A key ally of X(,) Y <verb>s',
    'X and allied Y fighters',
    'X or its allied Y air force',
    "X's allies, including Y and Z",
    "X's partners, Y and Z, …",
    "X's proxies, including Y (X supports Y)",
  ],
  on: 'sentence end',
  cues: (lex) => {
    const w = lex.syntax.constructions.allyPhrase;
    return [...w.nouns, ...w.clients, ...w.groupings, ...[...w.namedMemberPreps].map((p) => p.split(' ')[0]!), 'allied', 'aligned'];
  },
  run(view, emit, lex) {
    const words = allyWords(lex);
    // (Every reading below starts at one of the pattern's words.)
    for (let k = view.first; k < view.end; k++) if (words.at(view.doc, k)) readAt(view, emit, lex, k);
  },
};
