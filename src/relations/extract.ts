// The relations stage: turns the sentences of one article, with their actor mentions, into events
// (source, relation, target) backed by the sentence. Triggers come from the relation lexicon; their
// arguments are found over noun-phrase chunks: subjects, objects, prepositional phrases, possessors,
// agents of passives, coordination ("Iran and Russia"), apposition and relative pronouns.
import type { AnalyzedText, RelationEvent, Sector, Sentence, Token } from '../types.js';
import { WordClasses } from '../nlp/word-classes.js';
import { derivedOnce } from '../lexicon/derived.js';
import { Scratch } from '../nlp/scratch.js';
import { runConstructions } from './constructions.js';

/** The noun-phrase memo of the sentence being read (one `SentenceRelations` at a time). */
const npMemoScratch = new Scratch((n) => new Uint8Array(n));
import { SYMMETRIC_RELATIONS } from '../types.js';
import type { Lexicon } from '../lexicon/load.js';
import type { Trigger } from '../lexicon/relations.js';
import type { ActorMention, ArticleActors } from '../actors/recognize.js';

const NP_POS = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN', 'X']);
const POSSESSIVE = new Set(["'s", '’s', "'", '’']);
const DEMAND_VERBS = new Set(['stop', 'cease', 'end', 'halt', 'quit', 'withdraw', 'leave', 'resign', 'step', 'go']);
const DEMANDING_VERBS = new Set(['urge', 'call', 'ask', 'demand', 'press', 'tell', 'warn']);
const DEMAND_TRIGGER: Trigger = {
  kind: 'verb', relation: 'opposes', category: 'DEMAND', quad: 'verbal_conflict', words: ['stop'],
  targetPreps: new Set(), agentPreps: new Set(), direct: false, directNeedsActor: false, mutual: false,
  mutualPreps: new Set(), appositive: false, onlyWithAgent: false, requires: new Set(), requiresAny: new Set(),
  requiresBefore: new Set(), speech: true, throughInfinitive: false,
};
const RECEIVE_VERBS = new Set(['have', 'enjoy', 'win', 'receive', 'gain', 'get', 'secure', 'seek', 'lose', 'obtain', 'request', 'need']);
const PREPOSITION_LIKE = new Set(['as', 'after', 'before', 'since', 'until']);
const POSSESSIVE_PRONOUNS = new Set(['its', 'their', 'his', 'her', 'our', 'my', 'your']);
const SKIP_POS = new Set(['AUX', 'ADV', 'PART']);
const COORD = new Set(['and', 'or', ',', '&', 'as well as', 'along with']);
/** Compound participles after which the actor only describes the noun ("Daesh-linked agency"). */
const DESCRIPTIVE_COMPOUNDS = new Set(['led', 'dominated', 'linked', 'affiliated', 'based', 'allied', 'aligned', 'inspired', 'born', 'run', 'owned', 'majority', 'held', 'controlled', 'occupied', 'besieged', 'populated', 'style', 'era', 'made']);

/** Words that may stand between an actor and the head of its phrase ("Russian fighter jets"). */
const headWordsOf = derivedOnce((lex: Lexicon): Set<string> => {
  const w = new Set<string>();
  const acting = [...lex.cues.sectorHeads].filter(([, sector]) => sector === 'GOV' || sector === 'MIL').map(([k]) => k);
  for (const k of [...acting, ...lex.cues.groupNouns]) for (const x of k.split(' ')) w.add(x);
  for (const x of ['fighter', 'fighting', 'combat', 'war', 'air', 'ground', 'special', 'armed', 'elite', 'regular']) w.add(x);
  return w;
});

interface Flags {
  negated?: boolean;
  hypothetical?: boolean;
}

/** Options of the relation stage. */
export interface RelationOptions {
  /** Keep negated and hypothetical events (flagged) instead of dropping them. */
  keepUncertain?: boolean;
}

export const DEFAULTS: Required<RelationOptions> = { keepUncertain: false };

// ---- word classes (see nlp/word-classes.ts) ----
const R_CLAUSE_BREAK = 1;
const R_RELATIVE = 2;
const R_NEGATION = 4;
const R_MODAL = 8;
const R_HYPOTHETICAL = 16;
const R_NOUN = 32;
const R_PAST = 64;
/** A trigger by its form: a verb, noun, past form or demand verb of the lexicon, or an -ing form of a verb. */
const R_TRIGGER = 128;

/** Lemmas that start a trigger: the lexicon's verbs and nouns, and the demand verbs. */
const triggerLemmas = derivedOnce((lex: Lexicon): Set<string> => new Set([...lex.relations.verbs.keys(), ...lex.relations.nouns.keys(), ...DEMAND_VERBS]));

const relationClasses = derivedOnce((lex: Lexicon): WordClasses => {
  const c = lex.cues;
  const r = lex.relations;
  return new WordClasses((_text, f) => {
    let bits = 0;
    if (c.clauseBreaks.has(f)) bits |= R_CLAUSE_BREAK;
    if (c.relativePronouns.has(f)) bits |= R_RELATIVE;
    if (c.negation.has(f)) bits |= R_NEGATION;
    if (c.modals.has(f)) bits |= R_MODAL;
    if (c.hypotheticalCues.has(f)) bits |= R_HYPOTHETICAL;
    if (r.nouns.has(f)) bits |= R_NOUN;
    if (r.pastForms.has(f)) bits |= R_PAST;
    if (r.verbs.has(f) || r.nouns.has(f) || r.pastForms.has(f) || DEMAND_VERBS.has(f)) bits |= R_TRIGGER;
    else if (f.endsWith('ing')) {
      const base = f.slice(0, -3);
      if (r.verbs.has(base) || r.verbs.has(`${base}e`) || r.verbs.has(base.replace(/(.)\1$/, '$1'))) bits |= R_TRIGGER;
    }
    return bits;
  });
});

class SentenceRelations {
  readonly tokens: Token[];
  readonly f: string[];
  readonly first: number;
  readonly end: number;
  readonly events: Array<{ source: ActorMention; target: ActorMention; trigger: Trigger; word: string; flags: Flags }> = [];
  /** Mentions used as the actor in "X-backed" compounds. */
  private compoundModifiers = new Set<ActorMention>();

  constructor(
    readonly doc: AnalyzedText,
    readonly folded: string[],
    readonly s: Sentence,
    readonly acts: ArticleActors,
    readonly lex: Lexicon,
    readonly prevSubject: ActorMention[] | undefined,
    /** Each token's word classes (R_* bits). */
    readonly cls: Uint16Array,
  ) {
    this.tokens = doc.tokens;
    this.f = folded;
    this.first = s.firstToken;
    this.end = s.endToken;
    this.npMemo = npMemoScratch.take(s.endToken - s.firstToken);
  }

  mentionAt(k: number): ActorMention | undefined {
    const i = this.acts.tokenMention[k];
    return i === -1 ? undefined : this.acts.mentions[i];
  }

  isArg(m: ActorMention): boolean {
    return !m.modifier && !m.generic && !this.compoundModifiers.has(m);
  }

  /** Is token k inside a noun phrase (or an actor mention)? Memoized: it is asked again and again. */
  isNP(k: number): boolean {
    if (k < this.first || k >= this.end) return false;
    const i = k - this.first;
    const known = this.npMemo[i];
    if (known !== 0) return known === 1;
    const v = this.computeIsNP(k);
    this.npMemo[i] = v ? 1 : 2;
    return v;
  }

  private npMemo: Uint8Array;

  computeIsNP(k: number): boolean {
    if (this.acts.tokenMention[k] !== -1 || this.acts.roleTokens[k] === 1) return true;
    const t = this.tokens[k];
    if (NP_POS.has(t.pos)) return !(this.cls[k] & R_CLAUSE_BREAK) || t.pos === 'PROPN';
    if (POSSESSIVE.has(t.text) && k > this.first && this.isNP(k - 1)) return true;
    if (t.pos === 'PRON' && this.lex.cues.pronouns.get(this.f[k]) && (this.f[k] === 'its' || this.f[k] === 'their' || this.f[k] === 'his' || this.f[k] === 'her')) return true;
    // Compounds: "U.S.-backed", "Daesh-held", "pro-government".
    if (t.text === '-' && k > this.first && this.tokens[k - 1].end === t.start && k + 1 < this.end && this.tokens[k + 1].start === t.end) return true;
    if (k > this.first && this.tokens[k - 1].text === '-' && this.tokens[k - 1].end === t.start && (t.pos === 'VERB' || t.pos === 'ADJ')) return true;
    return false;
  }

  /** The noun phrase containing token k: [start, end). */
  np(k: number): [number, number] {
    let a = k;
    while (a - 1 >= this.first && this.isNP(a - 1)) a--;
    let b = k + 1;
    while (b < this.end && this.isNP(b)) b++;
    return [a, b];
  }

  /** Argument mentions in [a, b), with "members of X" extended over "of". */
  argsIn(a: number, b: number): { args: ActorMention[]; end: number; blocked: boolean } {
    const args: ActorMention[] = [];
    const seen = new Set<ActorMention>();
    for (let k = a; k < b; k++) {
      const m = this.mentionAt(k);
      if (m && !seen.has(m)) {
        seen.add(m);
        if (this.isArg(m)) args.push(m);
      }
    }
    // "Syria's Al-Nusra Front": a possessive state before another actor only describes it.
    if (args.length > 1) {
      const kept = args.filter((m, x) => !(m.possessive && x < args.length - 1 && this.acts.actors.get(m.actor)?.type === 'country' && !args.slice(x + 1).every((o) => o.possessive)));
      args.length = 0;
      args.push(...kept);
    }
    if (args.length > 1 && args.some((m) => m.via !== 'demonym')) {
      const named = args.filter((m) => !(m.via === 'demonym' && !m.sector));
      args.length = 0;
      args.push(...named);
    }
    let end = b;
    // "members of the al-Nusra Front", "fighters from the FSA", "the positions of the terrorists".
    if (!args.length && b < this.end && (this.f[b] === 'of' || this.f[b] === 'from') && b > a) {
      const head = this.f[b - 1];
      const head2 = b - 2 >= a ? `${this.f[b - 2]} ${head}` : head;
      if (this.lex.cues.groupNouns.has(head) || this.lex.cues.groupNouns.has(head2)) {
        if (this.isNP(b + 1)) {
          const [c, d] = this.np(b + 1);
          const inner = this.argsIn(c, d);
          return { args: inner.args, end: inner.end, blocked: !inner.args.length };
        }
      }
    }
    // A pronoun standing for an actor.
    if (!args.length) {
      for (let k = a; k < b; k++) {
        const p = this.lex.cues.pronouns.get(this.f[k]);
        if (p && this.tokens[k].pos === 'PRON') {
          const r = this.resolvePronoun(k, p);
          if (r.length) return { args: r, end, blocked: false };
        }
      }
    }
    return { args, end, blocked: !args.length };
  }

  resolvePronoun(k: number, kind: 'singular' | 'plural' | 'person'): ActorMention[] {
    const possessive = this.f[k] === 'its' || this.f[k] === 'their' || this.f[k] === 'his' || this.f[k] === 'her';
    const wantPerson = kind === 'person';
    for (let j = k - 1; j >= this.first; j--) {
      const m = this.mentionAt(j);
      if (!m && kind === 'plural' && this.lex.cues.genericHeads.has(this.f[j]) && this.tokens[j].pos === 'NOUN') return []; // "rebels in their fight"
      if (!m || !this.isArg(m)) continue;
      if (kind === 'plural') {
        const g = this.groupLeft(m.endToken - 1).args;
        const type = this.acts.actors.get(m.actor)?.type;
        if (g.length < 2 && type !== 'armed_group' && type !== 'organization') return [];
        return g;
      }
      const isPerson = this.acts.actors.get(m.actor)?.type === 'person';
      if (isPerson !== wantPerson) continue;
      if (possessive) return [m];
      // A subject pronoun refers to the subject of the sentence so far (below).
      break;
    }
    if (!possessive) {
      for (let j = this.first; j < k; j++) {
        const m = this.mentionAt(j);
        if (!m || !this.isArg(m)) continue;
        if ((this.acts.actors.get(m.actor)?.type === 'person') !== wantPerson) continue;
        const [a] = this.np(m.firstToken);
        const before = a - 1 >= this.first ? this.tokens[a - 1] : undefined;
        if (!before || !(before.pos === 'ADP' || before.pos === 'VERB' || before.pos === 'CCONJ')) return this.groupRight(a).args;
        j = m.endToken - 1;
      }
    }
    if (wantPerson) return [];
    return this.prevSubject ?? [];
  }

  /** Does the phrase [a, b) end in an actor (or its sector or members), rather than in another noun? */
  headIsActor(a: number, b: number): boolean {
    let h = b - 1;
    while (h > a && (this.tokens[h].text === ')' || this.tokens[h].text === '(')) h--;
    // Walk back over sector and member words ("Russian fighter jets", "Daesh fighting positions").
    while (h > a && this.acts.tokenMention[h] === -1 && this.headWords().has(this.f[h])) h--;
    return this.acts.tokenMention[h] !== -1;
  }

  headWords(): Set<string> {
    return headWordsOf(this.lex);
  }

  /** The coordinated actors of the noun phrase ending at token k and those before it ("Iran and Russia"). */
  groupLeft(k: number): { args: ActorMention[]; start: number; blocked: boolean } {
    const [a, b] = this.np(k);
    const first = this.argsIn(a, b);
    let args = first.args;
    let start = a;
    if (!args.length) return { args, start, blocked: true };
    for (;;) {
      let c = start - 1;
      let conj = false;
      while (c >= this.first && (COORD.has(this.f[c]) || this.f[c] === 'both' || this.f[c] === 'well')) {
        conj = true;
        c--;
      }
      if (!conj || c < this.first || !this.isNP(c)) break;
      const [x, y] = this.np(c);
      if (!this.headIsActor(x, y)) break;
      const more = this.argsIn(x, y).args;
      if (!more.length) break;
      args = [...more, ...args];
      start = x;
    }
    return { args, start, blocked: false };
  }

  /** The coordinated actors of the noun phrase starting at token k and those after it. */
  groupRight(k: number): { args: ActorMention[]; end: number; blocked: boolean; units: ActorMention[][] } {
    const [a, b] = this.np(k);
    const first = this.argsIn(a, b);
    let args = first.args;
    let end = first.end;
    if (!args.length) return { args, end, blocked: true, units: [] };
    // Units are the sides of a coordination: "the Syrian and Lebanese forces" is one side (the bare
    // demonym shares the next phrase's head), "and militants of Jeish al-Fatah" another.
    const units: ActorMention[][] = [[...first.args]];
    let dangling = this.bareDemonym(b, first.args);
    for (;;) {
      let c = end;
      let conj = false;
      while (c < this.end && (COORD.has(this.f[c]) || this.f[c] === 'as' || this.f[c] === 'well' || (this.f[c] === 'along' && this.f[c + 1] === 'with') || this.f[c] === 'with' && conj)) {
        conj = true;
        c++;
      }
      if (!conj || c >= this.end || !this.isNP(c)) break;
      const [x, y] = this.np(c);
      if (!this.headIsActor(x, y) && !this.groupHeadAt(y)) break;
      const r = this.argsIn(x, y);
      if (!r.args.length) break;
      args = [...args, ...r.args];
      if (dangling) units[units.length - 1].push(...r.args);
      else units.push([...r.args]);
      dangling = this.bareDemonym(y, r.args);
      end = r.end;
    }
    return { args, end, blocked: false, units };
  }

  /** "the Syrian" in "the Syrian and Lebanese forces": a demonym waiting for the next head noun. */
  bareDemonym(b: number, args: ActorMention[]): boolean {
    return args.length === 1 && args[0].via === 'demonym' && !args[0].sector && args[0].endToken === b;
  }

  isBreak(k: number): boolean {
    const t = this.tokens[k];
    if (t.text === ';' || t.text === ':') return true;
    if (!(this.cls[k] & R_CLAUSE_BREAK)) return false;
    // "as", "after", "since" are prepositions as often as conjunctions: only the conjunction breaks.
    // "has since wrested": after an auxiliary it is an adverb.
    if (PREPOSITION_LIKE.has(this.f[k])) return t.pos === 'SCONJ' && !(k > this.first && this.tokens[k - 1].pos === 'AUX');
    return t.pos === 'SCONJ' || t.pos === 'CCONJ' || t.pos === 'ADV' || t.pos === 'ADP' || t.pos === 'PUNCT';
  }

  /** Start of the clause containing token k. */
  clauseStart(k: number): number {
    for (let j = k - 1; j >= this.first; j--) if (this.isBreak(j) || (this.cls[j] & R_RELATIVE && this.tokens[j].pos !== 'DET')) return j + 1;
    return this.first;
  }

  /** The subject of the verb at token v. */
  subjectOf(v: number): { args: ActorMention[]; start: number } {
    let j = v - 1;
    let coordVP = false;
    let steps = 0;
    while (j >= this.first && steps++ < 40) {
      const t = this.tokens[j];
      if (t.text === ';' || t.text === ':' || t.text === '"' || t.text === '“' || t.text === '”') return { args: [], start: j + 1 };
      if (this.cls[j] & R_RELATIVE && (t.pos === 'PRON' || t.pos === 'DET' || t.pos === 'SCONJ')) {
        // "..., which has played a role": the antecedent before the relative pronoun.
        let c = j - 1;
        if (c >= this.first && this.tokens[c].text === ',') c--;
        if (c >= this.first && this.tokens[c].text === ')') c--;
        if (this.f[j] === 'that' && !(c >= this.first && this.isNP(c) && this.tokens[c].pos !== 'PRON')) return { args: [], start: j + 1 };
        if (c >= this.first && this.isNP(c)) {
          const [na, nb] = this.np(c);
          const g = { args: this.argsIn(na, nb).args, start: na };
          // "Presidents of Iran and Russia, who": the antecedent is the head before "of".
          const coord = this.groupLeft(c);
          if (g.args.length && coord.start - 1 >= this.first && this.f[coord.start - 1] === 'of' && !this.groupHeadBefore(coord.start - 1)) return { args: [], start: j + 1 };
          if (g.args.length) return g;
          // "the Turkish-backed force which": an apposition of the actor before it.
          const [a] = this.np(c);
          const app = this.appositionBefore(a);
          if (app.length) return { args: app, start: a };
        }
        return { args: [], start: j + 1 };
      }
      if (this.isBreak(j)) return { args: [], start: j + 1 };
      const adverbial = PREPOSITION_LIKE.has(this.f[j]) && j - 1 >= this.first && this.tokens[j - 1].pos === 'AUX';
      if (SKIP_POS.has(t.pos) || adverbial || t.text === ',' || t.text === '(' || t.text === ')' || this.lex.cues.modals.has(this.f[j])) {
        j--;
        continue;
      }
      if (t.pos === 'CCONJ') {
        coordVP = true;
        j--;
        continue;
      }
      if (t.pos === 'VERB') {
        // Past a finite verb, the next phrase to the left is its subject; infinitives and
        // participles ("to support", "seeking") are inside the clause.
        const finite = !this.f[j].endsWith('ing') && !(j - 1 >= this.first && this.f[j - 1] === 'to');
        if (finite) coordVP = false;
        j--;
        continue;
      }
      if (this.isNP(j)) {
        const [np0, b] = this.np(j);
        // A coordination ("by Syrian and Russian warplanes") is one phrase for what precedes it.
        const coordStart = this.groupLeft(b - 1).start;
        const a = coordStart < np0 && this.acts.tokenMention[np0] !== -1 ? coordStart : np0;
        const before = a - 1 >= this.first ? this.tokens[a - 1] : undefined;
        // A prepositional phrase ("In recent weeks", "in Tehran") or a verb's object: not the subject.
        if (before && (this.f[a - 1] === 'of' || this.f[a - 1] === 'from') && this.groupHeadBefore(a - 1)) {
          // "Seven militants from the Al-Nusra Front … were killed": the group's actor.
          const g = this.groupLeft(b - 1);
          if (g.args.length) return g;
        }
        if (before && this.f[a - 1] === 'including') {
          j = a - 2;
          continue;
        }
        // "as the United States carries out": "as", "after", "since" open a clause here.
        const conjunction = PREPOSITION_LIKE.has(this.f[a - 1]) && j === b - 1;
        if (before && before.pos === 'ADP' && !conjunction && this.f[a - 1] !== 'of' && !((this.f[a - 1] === 'like' || this.f[a - 1] === 'unlike') && a - 1 === this.first)) {
          j = a - 2;
          continue;
        }
        if (before && this.f[a - 1] === 'of') {
          // "Presidents of Iran and Russia": keep going to the head noun.
          j = a - 2;
          continue;
        }
        if (coordVP && before && !(before.text === ',' || before.pos === 'SCONJ' || this.isBreak(a - 1))) {
          // "Russia deployed warplanes … to support Assad … and have supported …": go on to the
          // phrase that opens the clause.
          j = a - 1;
          continue;
        }
        const g = this.groupLeft(b - 1);
        if (g.args.length) return g;
        // "The SDF an alliance of Kurdish and Arab fighters broke into Raqqa": an apposition.
        const app = this.appositionSubject(a);
        if (app.length) return { args: app, start: a };
        // A generic subject ("the rebels") blocks.
        return { args: [], start: a };
      }
      if (t.pos === 'PRON') {
        const kind = this.lex.cues.pronouns.get(this.f[j]);
        if (kind && !this.lex.cues.relativePronouns.has(this.f[j])) return { args: this.resolvePronoun(j, kind), start: j };
        return { args: [], start: j + 1 };
      }
      if (t.pos === 'ADP' || t.pos === 'SCONJ') return { args: [], start: j + 1 };
      j--;
    }
    return { args: [], start: this.first };
  }

  /** "members of X" continuing after the phrase ending before `y`. */
  groupHeadAt(y: number): boolean {
    return y < this.end && (this.f[y] === 'of' || this.f[y] === 'from') && this.groupHeadBefore(y);
  }

  /** Is the noun before "of" at `of` a group noun ("members of", "fighters of")? */
  groupHeadBefore(of: number): boolean {
    const h = of - 1 >= this.first ? this.f[of - 1] : '';
    return this.lex.cues.groupNouns.has(h);
  }

  /**
   * The actor before a descriptive phrase that starts with a determiner: "The SDF[,] an alliance of
   * Kurdish and Arab fighters", "Hezbollah al-Nujaba[,] a major Iraqi resistance movement".
   */
  appositionSubject(a: number): ActorMention[] {
    let c = a;
    for (let n = 0; c - 1 >= this.first && n < 12; n++) {
      const p = c - 1;
      if (this.f[p] === 'of' || this.f[p] === 'and' || this.f[p] === ',') {
        c = p;
        continue;
      }
      if (!this.isNP(p)) return [];
      const [x, y] = this.np(p);
      // Where a determiner opens the description, the phrase before it is the actor.
      for (let d = x + 1; d < y; d++) {
        if (this.tokens[d].pos === 'DET' && this.acts.tokenMention[d] === -1) {
          const args = this.argsIn(x, d).args;
          if (args.length) return args;
        }
      }
      if (this.tokens[x].pos === 'DET' && this.acts.tokenMention[x] === -1 && x - 1 >= this.first && (this.f[x - 1] === ',' || this.isNP(x - 1))) {
        const q = this.f[x - 1] === ',' ? x - 2 : x - 1;
        if (q >= this.first && this.isNP(q)) {
          const [u, v] = this.np(q);
          const args = this.argsIn(u, v).args;
          if (args.length) return args;
        }
      }
      c = x;
    }
    return [];
  }

  /** "the Free Syrian Army (FSA) the Turkish-backed force": the actor NP right before a descriptive NP. */
  appositionBefore(a: number): ActorMention[] {
    let c = a - 1;
    if (c >= this.first && this.tokens[c].text === ')') {
      while (c >= this.first && this.tokens[c].text !== '(') c--;
      c--;
    }
    if (c >= this.first && this.tokens[c].text === ',') c--;
    if (c < this.first || !this.isNP(c)) return [];
    return this.groupLeft(c).args;
  }

  /** The nearest verb to the left of token k in its clause (the verb governing a noun trigger). */
  governingVerb(k: number): number {
    for (let j = k - 1; j >= this.first; j--) {
      if (this.isBreak(j)) return -1;
      const t = this.tokens[j];
      if (t.pos === 'VERB' && !(j > this.first && this.tokens[j - 1].text === '-' && this.tokens[j - 1].end === t.start)) return j;
      if (t.pos === 'AUX' && (j + 1 >= this.end || this.tokens[j + 1].pos !== 'VERB')) return j;
    }
    return -1;
  }

  /** Flags for a trigger: negated ("did not meet", "denied supporting") or hypothetical ("could meet"). */
  modality(from: number, trigger: number, speech: boolean): Flags {
    const c = this.lex.cues;
    const flags: Flags = {};
    // "must stop backing": the backing is stated; the modal is about stopping it.
    let lo = Math.max(from, trigger - 12);
    for (let j = trigger - 1; j >= lo; j--) if (this.tokens[j].pos === 'VERB' && c.presupposingVerbs.has(this.tokens[j].lemma)) lo = j + 1;
    // "U.N. inspectors to visit Syria", "were to hold talks": planned, not done.
    if (!speech && trigger - 1 >= this.first && this.f[trigger - 1] === 'to' && trigger - 2 >= this.first) {
      const p = this.tokens[trigger - 2];
      if (p.pos === 'NOUN' || p.pos === 'PROPN' || p.lemma === 'be') flags.hypothetical = true;
    }
    for (let j = lo; j < trigger; j++) {
      const w = this.cls[j];
      const pos = this.tokens[j].pos;
      if (w & R_NEGATION || (pos === 'VERB' && c.negatingVerbs.has(this.tokens[j].lemma))) flags.negated = true;
      // "in late May" is no modal, "the peace plan" no plan to act.
      else if (!speech && ((w & R_MODAL && (pos === 'AUX' || pos === 'VERB')) || (w & R_HYPOTHETICAL && pos !== 'NOUN' && pos !== 'PROPN'))) flags.hypothetical = true;
    }
    // "The Taliban denied that they had attacked …": a denial governs the that-clause it opens.
    if (!flags.negated && from - 1 > this.first && this.f[from - 1] === 'that') {
      for (let j = from - 2; j >= this.first && j >= from - 7; j--) {
        if (this.tokens[j].pos === 'VERB' && c.negatingVerbs.has(this.tokens[j].lemma)) flags.negated = true;
        if (this.tokens[j].pos === 'VERB' || this.isBreak(j)) break;
      }
    }
    return flags;
  }

  isPassive(v: number, len: number): boolean {
    const after = v + len;
    if (after < this.end && this.f[after] === 'by') return true;
    for (let j = v - 1; j >= this.first && j >= v - 3; j--) {
      const t = this.tokens[j];
      if (t.lemma === 'be' || t.lemma === 'get') return /(ed|en|wn|ne|t)$/.test(this.f[v]) && this.f[v] !== t.lemma;
      if (t.pos !== 'ADV' && t.pos !== 'PART') break;
    }
    return false;
  }

  hasBeAux(v: number): boolean {
    for (let j = v - 1; j >= this.first && j >= v - 4; j--) {
      const t = this.tokens[j];
      if (t.lemma === 'be' || t.lemma === 'get') return true;
      if (!(t.pos === 'ADV' || t.pos === 'PART' || t.pos === 'CCONJ' || (t.pos === 'VERB' && j < v - 1) || t.pos === 'AUX')) break;
    }
    return false;
  }

  /** Agent of a passive: "by X", "in X's airstrikes", "in the shelling of X". */
  passiveAgent(k: number): ActorMention[] {
    let j = k;
    // "killed or wounded in …": skip coordinated participles and adverbs.
    while (j < this.end && (this.tokens[j].pos === 'ADV' || this.tokens[j].pos === 'PART' || (this.tokens[j].pos === 'CCONJ' && this.tokens[j + 1]?.pos === 'VERB') || (this.tokens[j].pos === 'VERB' && this.tokens[j - 1]?.pos === 'CCONJ'))) j++;
    if (j >= this.end) return [];
    let p = this.f[j];
    if (p !== 'by' && !this.lex.relations.passiveAgentPreps.has(p)) {
      // "blacklisted as a terrorist organization by Washington": the agent further on.
      for (let n = 0, x = j; x < this.end && n < 10; x++, n++) {
        if (this.isBreak(x) || (this.tokens[x].pos === 'VERB' && n > 0)) return [];
        if (this.f[x] === 'by') {
          j = x;
          p = 'by';
          break;
        }
      }
    }
    if (p === 'by') return this.isNP(j + 1) ? this.groupRight(j + 1).args : [];
    if (!this.lex.relations.passiveAgentPreps.has(p) || !this.isNP(j + 1)) return [];
    // The phrase up to its head across coordinated modifiers: "the missile and artillery shelling".
    let [a, b] = this.np(j + 1);
    while (b + 1 < this.end && this.tokens[b].pos === 'CCONJ' && this.isNP(b + 1) && !this.argsIn(a, b).args.length) b = this.np(b + 1)[1];
    // "US-led air strikes Wednesday": a trailing date is no part of the head.
    while (b - 1 > a && this.lex.cues.timeWords.has(this.f[b - 1])) b--;
    // "artillery shelling", "air bombing": a noun the tagger read as a verb.
    if (b < this.end && this.tokens[b].pos === 'VERB' && this.lex.relations.passiveOfAgent.has(this.f[b])) b++;
    const inside = this.argsIn(a, b).args;
    const head = this.f[b - 1];
    const head2 = b - 2 >= a ? `${this.f[b - 2]} ${head}` : head;
    const attackHead = this.lex.relations.passiveOfAgent.has(head) || this.lex.relations.passiveOfAgent.has(head2);
    if (!attackHead) return [];
    if (inside.length) return inside;
    if (b < this.end && (this.f[b] === 'of' || this.f[b] === 'by') && this.isNP(b + 1)) return this.groupRight(b + 1).args;
    // "in a special operation carried out by the Syrian army", "in strikes conducted by the coalition".
    if (b + 1 < this.end && this.tokens[b].pos === 'VERB') {
      let x = b + 1;
      if (this.f[x] === 'out') x++;
      if (x + 1 < this.end && this.f[x] === 'by' && this.isNP(x + 1)) return this.groupRight(x + 1).args;
    }
    return [];
  }

  /** Object of a verb trigger at k (length len): direct object, or after one of the trigger's prepositions. */
  objectOf(k: number, len: number, tr: Trigger): ActorMention[] {
    let j = k + len;
    // "fight alongside X", "side with X": the trigger's own last word introduces the other party.
    if (len > 1 && tr.targetPreps.has(tr.words[tr.words.length - 1]) && this.isNP(j)) return this.groupRight(j).args;
    // "threatened to attack the YPG": the infinitive's object.
    if (tr.throughInfinitive && this.f[j] === 'to' && j + 1 < this.end && this.tokens[j + 1].pos === 'VERB') j += 2;
    while (j < this.end && (this.tokens[j].pos === 'ADV' || this.tokens[j].pos === 'PART' || this.f[j] === 'up' || this.f[j] === 'back')) j++;
    if (j >= this.end) return [];
    if (tr.direct && this.isNP(j) && this.tokens[j].pos !== 'ADP') {
      const g = this.groupRight(j);
      // "vetoed a draft UN Security Council resolution": the actor only describes the object.
      const [oa, ob] = this.np(j);
      // "rejected an Iranian proposal", "shelled Armenian villages": the object's owner.
      if ((tr.directNeedsActor || !g.args.length) && this.throughHead(tr, oa, ob)) {
        const owners = this.objectOwners(oa, ob);
        if (owners.length || tr.directNeedsActor) return owners;
      }
      if (g.args.length && tr.directNeedsActor && !this.headIsActor(oa, ob) && !this.groupHeadAt(ob)) return [];
      if (g.args.length) return g.args;
      if (!tr.targetPreps.size) return [];
      j = g.end;
    }
    for (let n = 0; j < this.end && n < 10; j++, n++) {
      if (this.isBreak(j)) return [];
      const t = this.tokens[j];
      if (t.pos === 'VERB' && n > 0) return [];
      if (tr.targetPreps.has(this.f[j]) && (t.pos === 'ADP' || t.pos === 'SCONJ' || t.pos === 'ADV') && this.isNP(j + 1)) {
        const g = this.groupRight(j + 1);
        if (g.args.length) return g.args;
        const [pa, pb] = this.np(j + 1);
        return this.throughHead(tr, pa, pb) ? this.objectOwners(pa, pb) : [];
      }
    }
    return [];
  }

  /** Is [a, b) an object through which the trigger reaches its owner ("an Iranian proposal")? */
  throughHead(tr: Trigger, a: number, b: number): boolean {
    return b > a && this.lex.relations.constructions.objectHeads.get(tr.relation)?.has(this.f[b - 1]) === true;
  }

  /**
   * The actors owning an object phrase [a, b): named in it ("an Iranian proposal", "France's
   * ambassador") or after it ("calls by Belarus's rulers", "the demands of Saudi Arabia").
   */
  objectOwners(a: number, b: number): ActorMention[] {
    const owners: ActorMention[] = [];
    for (let k = a; k < b; k++) {
      if ((this.f[k] === 'its' || this.f[k] === 'their') && this.tokens[k].pos === 'PRON') {
        for (const m of this.resolvePronoun(k, this.f[k] === 'its' ? 'singular' : 'plural')) if (!owners.includes(m)) owners.push(m);
        continue;
      }
      const m = this.mentionAt(k);
      if (m && (!m.generic || (m.via === 'demonym' && !m.sector)) && !this.compoundModifiers.has(m) && !owners.includes(m)) owners.push(m);
    }
    if (!owners.length && b + 1 < this.end && (this.f[b] === 'by' || this.f[b] === 'of' || this.f[b] === 'from') && this.isNP(b + 1)) return this.groupRight(b + 1).args;
    return owners;
  }

  requiresWord(k: number, words: Set<string>): boolean {
    for (let j = k; j < this.end && j < k + 12; j++) {
      if (this.isBreak(j) && j > k) break;
      if (words.has(this.f[j]) || words.has(this.tokens[j].lemma)) return true;
    }
    return false;
  }

  emit(sources: ActorMention[], targets: ActorMention[], trigger: Trigger, word: string, flags: Flags): void {
    for (const s of sources)
      for (const t of targets) {
        if (s.actor === t.actor) continue;
        // News agencies report; they fight, back or meet no one (they may be criticized).
        if (this.isMedia(s) || (this.isMedia(t) && trigger.relation !== 'opposes')) continue;
        this.events.push({ source: s, target: t, trigger, word, flags });
      }
  }

  isMedia(m: ActorMention): boolean {
    return this.acts.actors.get(m.actor)?.media === true;
  }

  pairwise(group: ActorMention[], trigger: Trigger, word: string, flags: Flags, bothWays: boolean): void {
    for (let x = 0; x < group.length; x++)
      for (let y = x + 1; y < group.length; y++) {
        this.emit([group[x]], [group[y]], trigger, word, flags);
        if (bothWays) this.emit([group[y]], [group[x]], trigger, word, flags);
      }
  }

  /** Pairs across the sides of a coordination, never within one side. */
  pairUnits(units: ActorMention[][], trigger: Trigger, word: string, flags: Flags, bothWays: boolean): void {
    for (let x = 0; x < units.length; x++)
      for (let y = x + 1; y < units.length; y++) {
        this.emit(units[x], units[y], trigger, word, flags);
        if (bothWays) this.emit(units[y], units[x], trigger, word, flags);
      }
  }

  // ---- triggers ----

  /**
   * Finds the sentence's events. With `triggers` false only the compounds are read (what
   * `sentenceSubject` depends on): enough when fewer than two actors could take part.
   */
  run(triggers = true): void {
    this.compoundPass();
    if (!triggers) return;
    for (let k = this.first; k < this.end; k++) {
      const t = this.tokens[k];
      if (this.acts.tokenMention[k] !== -1) continue;
      // Neither its form nor its lemma starts a trigger: nothing below can find one here.
      if (!(this.cls[k] & R_TRIGGER) && (t.lemma === this.f[k] || !triggerLemmas(this.lex).has(t.lemma))) continue;
      // "was arming": a progressive the tagger read as a noun is still the verb; so is a past
      // form right after an actor ("Turkey shot down a Russian warplane").
      const progressive = t.pos === 'NOUN' && this.f[k].endsWith('ing') && k > this.first && this.tokens[k - 1].lemma === 'be';
      const past = t.pos !== 'VERB' && k > this.first && this.acts.tokenMention[k - 1] !== -1 && this.cls[k] & R_PAST ? this.lex.relations.pastForms.get(this.f[k]) : undefined;
      if (t.pos === 'VERB' || progressive) this.verbAt(k);
      else if (past) this.verbAt(k, past);
      else if (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'ADJ' || t.pos === 'VERB') this.nounAt(k);
      if (t.pos === 'VERB' && this.f[k].endsWith('ing')) this.nounAt(k);
    }
    runConstructions(this, (s, t, tr, w, fl) => this.emit(s, t, tr, w, fl), this.lex.relations.constructions);
  }

  matchWords(k: number, words: string[], useLemma: boolean): boolean {
    let j = k;
    for (let w = 0; w < words.length; w++) {
      // Allow a determiner inside multiword verbs ("hold a meeting"): skip it in the text.
      while (w > 0 && j < this.end && (this.f[j] === 'a' || this.f[j] === 'an' || this.f[j] === 'the') && words[w] !== this.f[j]) j++;
      if (j >= this.end) return false;
      // Nouns match their lemma only when tagged as nouns: "according" is no "accord".
      const nounish = this.tokens[j].pos === 'NOUN' || this.tokens[j].pos === 'PROPN';
      const ok = useLemma ? this.tokens[j].lemma === words[w] || this.f[j] === words[w] : this.f[j] === words[w] || (nounish && this.tokens[j].lemma === words[w]);
      if (!ok) return false;
      j++;
    }
    return true;
  }

  /**
   * "Lavrov said Washington must stop backing the YPG", "urged Turkey to end its offensive": a
   * speaker demanding that another actor stop is opposing it (PLOVER DEMAND).
   */
  demandAt(k: number): void {
    if (!DEMAND_VERBS.has(this.tokens[k].lemma)) return;
    if (this.tokens[k].lemma === 'step' && this.f[k + 1] !== 'down' && this.f[k + 1] !== 'aside') return;
    const prev = k - 1 >= this.first ? this.f[k - 1] : '';
    const prev2 = k - 2 >= this.first ? this.f[k - 2] : '';
    if (!(prev === 'must' || prev === 'should' || prev === 'to' || (prev === 'immediately' && (prev2 === 'must' || prev2 === 'to')))) return;
    const subj = this.subjectOf(k);
    if (!subj.args.length) return;
    // The speaker: the subject of a speaking or urging verb before the demanded actor.
    for (let j = subj.start - 1; j >= this.first && j >= subj.start - 4; j--) {
      const t = this.tokens[j];
      if (t.pos === 'VERB' && (this.lex.cues.speechVerbs.has(t.lemma) || DEMANDING_VERBS.has(t.lemma))) {
        const speaker = this.subjectOf(j).args;
        const word = this.doc.text.slice(t.start, this.tokens[k].end);
        this.emit(speaker, subj.args, DEMAND_TRIGGER, word, {});
        return;
      }
      if (t.pos === 'NOUN' || t.pos === 'PROPN') return;
    }
  }

  verbAt(k: number, lemma?: string): void {
    // "Saudi-backed", "PYD-dominated": a compound adjective, handled by compoundPass.
    if (k - 1 > this.first && this.tokens[k - 1].text === '-' && this.tokens[k - 1].end === this.tokens[k].start) return;
    this.demandAt(k);
    let list = this.lex.relations.verbs.get(lemma ?? this.tokens[k].lemma) ?? this.lex.relations.verbs.get(this.f[k]);
    let stem: string | undefined = lemma;
    if (!list && this.f[k].endsWith('ing')) {
      // A progressive tagged as a noun keeps its -ing lemma: "arming" → "arm", "making" → "make".
      const base = this.f[k].slice(0, -3);
      for (const c of [base, `${base}e`, base.replace(/(.)\1$/, '$1')]) {
        list = this.lex.relations.verbs.get(c);
        if (list) {
          stem = c;
          break;
        }
      }
    }
    if (!list) return;
    for (const tr of list) {
      if (stem ? tr.words[0] !== stem || (tr.words.length > 1 && !this.matchWords(k + 1, tr.words.slice(1), true)) : !this.matchWords(k, tr.words, true)) continue;
      if (tr.requires.size && !this.requiresWord(k + 1, tr.requires)) continue;
      if (tr.requiresAny.size && !this.requiresWord(k + 1, tr.requiresAny)) continue;
      const len = tr.words.length;
      const word = this.doc.text.slice(this.tokens[k].start, this.tokens[Math.min(this.end - 1, k + len - 1)].end);
      const passive = this.isPassive(k, len);
      const subj = this.subjectOf(k);
      const flags = this.modality(Math.max(this.clauseStart(k), subj.start), k, false);
      if (passive) {
        const agent = this.passiveAgent(k + len);
        if (!agent.length) continue;
        // "Iraqi forces aided by U.S.-led coalition airstrikes": a reduced relative qualifies the noun
        // phrase right before it, wherever that phrase stands.
        const reduced = !this.hasBeAux(k);
        // "The Syrian army, backed by Russian airstrikes, …": the phrase before the comma.
        const before = k - 1 >= this.first && this.tokens[k - 1].text === ',' ? k - 2 : k - 1;
        const targets = reduced ? (before >= this.first && this.isNP(before) ? this.groupLeft(before).args : []) : subj.args;
        this.emit(agent, targets, tr, word, flags);
        if (tr.mutual) this.emit(targets, agent, tr, word, flags);
        return;
      }
      let objects = this.objectOf(k, len, tr);
      if (!objects.length && tr.requires.size) {
        // "the YPG, which Turkey considers a terrorist group": the object is the relative's antecedent.
        const rel = subj.start - 1;
        if (rel >= this.first && this.lex.cues.relativePronouns.has(this.f[rel])) {
          let c = rel - 1;
          if (c >= this.first && this.tokens[c].text === ',') c--;
          if (c >= this.first && this.isNP(c)) {
            const [na, nb] = this.np(c);
            objects = this.argsIn(na, nb).args;
          }
        }
      }
      if (tr.mutual || SYMMETRIC_RELATIONS.has(tr.relation)) {
        if (objects.length) {
          this.emit(subj.args, objects, tr, word, flags);
          if (tr.mutual) this.emit(objects, subj.args, tr, word, flags);
        } else if (subj.args.length > 1 && (SYMMETRIC_RELATIONS.has(tr.relation) || tr.mutual)) {
          // "Iran and Russia met", "the SDF and Daesh clashed".
          this.pairwise(subj.args, tr, word, flags, tr.mutual);
        }
        return;
      }
      if (subj.args.length && objects.length) {
        this.emit(subj.args, objects, tr, word, flags);
        return;
      }
    }
  }

  nounAt(k: number): void {
    const lemma = this.tokens[k].lemma;
    const list = (this.cls[k] & R_NOUN ? this.lex.relations.nouns.get(this.f[k]) : undefined) ?? (lemma !== this.f[k] ? this.lex.relations.nouns.get(lemma) : undefined);
    if (!list) return;
    const [a, b] = this.np(k);
    for (const tr of list) {
      if (!this.matchWords(k, tr.words, false)) continue;
      const last = k + tr.words.length - 1;
      if (last >= this.end) continue;
      const word = this.doc.text.slice(this.tokens[k].start, this.tokens[last].end);
      if (tr.requiresBefore.size) {
        let p = a - 1;
        while (p >= this.first && (this.tokens[p].pos === 'ADJ' || this.f[p] === 'the' || this.f[p] === 'a')) p--;
        if (p < this.first || !tr.requiresBefore.has(this.f[p])) continue;
      }
      // Possessors and modifiers inside the noun phrase, before the noun ("Russian airstrikes", "Syria's allies").
      // (argsIn applies the same rules as everywhere: a demonym beside a named actor only describes it.)
      const modifiers: ActorMention[] = a < k ? [...this.argsIn(a, k).args] : [];
      // "their fight against …": the possessor is the source, even when it is no actor.
      let possessed = false;
      for (let j = a; j < k; j++) if (POSSESSIVE_PRONOUNS.has(this.f[j])) possessed = true;
      // An actor right after the noun inside the phrase: "its ally Russia".
      const appositive: ActorMention[] = [];
      if (tr.appositive) for (let j = last + 1; j < b; j++) {
        const m = this.mentionAt(j);
        if (m && this.isArg(m) && !appositive.includes(m)) appositive.push(m);
      }
      // Prepositional phrases after the noun.
      let agent: ActorMention[] = [];
      let target: ActorMention[] = [];
      let between: ActorMention[] = [];
      let betweenUnits: ActorMention[][] = [];
      let j = Math.max(last + 1, b);
      for (let n = 0; j < this.end && n < 8; n++) {
        if (this.isBreak(j)) break;
        const t = this.tokens[j];
        if (t.pos === 'VERB' && !(this.tokens[j - 1]?.text === '-')) break;
        const w = this.f[j];
        if ((t.pos === 'ADP' || t.pos === 'SCONJ' || t.pos === 'VERB' || t.pos === 'ADV') && this.isNP(j + 1)) {
          if (tr.mutualPreps.has(w) || (w === 'between' && tr.targetPreps.has('between'))) {
            const g = this.groupRight(j + 1);
            // "clashes between X and Y", "joint flights of X and Y": the group acts together;
            // "clashes with Y": Y is the other party.
            if (g.args.length > 1 || w === 'between') {
              between = g.args;
              betweenUnits = g.units;
            } else target = g.args;
            break;
          }
          if (tr.agentPreps.has(w) && !agent.length && !(tr.targetPreps.has(w) && !tr.sourceFrom && !tr.targetFrom)) {
            const g = this.groupRight(j + 1);
            agent = g.args;
            j = g.end;
            if (target.length) break;
            continue;
          }
          if (tr.targetPreps.has(w) && !target.length) {
            const g = this.groupRight(j + 1);
            target = g.args;
            if (!target.length && !g.blocked) break;
            j = g.end;
            if (agent.length || !tr.agentPreps.size) break;
            continue;
          }
          // Skip a time or place phrase ("on Monday", "in Tehran").
          const [, e] = this.np(j + 1);
          j = e;
          continue;
        }
        if (this.isNP(j) && n === 0) {
          j = this.np(j)[1];
          continue;
        }
        j++;
      }
      if (!target.length && appositive.length) target = appositive;
      const gv = this.governingVerb(a);
      const copula = gv !== -1 && this.tokens[gv].lemma === 'be' && this.onlyFillerBetween(gv, a);
      const clauseSubject = () => (gv !== -1 ? this.subjectOf(gv).args : []);
      const from = this.clauseStart(a);
      let flags = this.modality(from, k, tr.speech);
      if (gv !== -1) {
        const vflags = this.modality(Math.max(from, gv - 10), gv + 1, tr.speech);
        flags = { negated: flags.negated || vflags.negated, hypothetical: flags.hypothetical || vflags.hypothetical };
      }
      const symmetric = SYMMETRIC_RELATIONS.has(tr.relation);
      if (tr.speech) {
        if (gv === -1 || !this.lex.cues.speechVerbs.has(this.tokens[gv].lemma)) {
          const hv = this.headlineVerb(a);
          if (hv === -1) continue;
        }
        const targets = agent.length ? agent : modifiers;
        if (!targets.length) continue;
        const speaker = gv !== -1 ? this.subjectOf(gv).args : this.subjectBeforeNP(a);
        this.emit(speaker, targets, tr, word, flags);
        return;
      }
      // "has the backing of Iran", "won the support of Moscow": the prepositional object gives it.
      if (tr.relation === 'supports' && gv !== -1 && RECEIVE_VERBS.has(this.tokens[gv].lemma) && target.length && !agent.length) {
        const [, nb] = this.np(k);
        if (this.f[nb] === 'of' || this.f[nb] === 'from') {
          this.emit(target, clauseSubject(), tr, word, flags);
          return;
        }
      }
      if (tr.sourceFrom === 'subject') {
        const targets = agent.length ? agent : modifiers.length ? modifiers : target;
        if (!targets.length) continue;
        this.emit(clauseSubject(), targets, tr, word, flags);
        return;
      }
      if (tr.targetFrom === 'subject') {
        if (!agent.length) continue;
        this.emit(agent, clauseSubject(), tr, word, flags);
        return;
      }
      if (between.length > 1) {
        if (betweenUnits.length >= 2) this.pairUnits(betweenUnits, tr, word, flags, tr.mutual);
        else this.pairwise(between, tr, word, flags, tr.mutual);
        return;
      }
      if (tr.onlyWithAgent) continue;
      if (copula) {
        const subj = this.subjectOf(gv).args;
        const other = modifiers.length ? modifiers : target;
        if (subj.length && other.length) {
          this.emit(subj, other, tr, word, flags);
          return;
        }
        continue;
      }
      if (!target.length) {
        if (symmetric && !agent.length) {
          // "Iran and Russia continue their political discussions".
          const subj = clauseSubject();
          if (subj.length > 1) {
            this.pairwise(subj, tr, word, flags, false);
            return;
          }
        }
        continue;
      }
      const sources = agent.length ? agent : modifiers.length ? modifiers : possessed ? [] : clauseSubject();
      this.emit(sources, target, tr, word, flags);
      if (tr.mutual) this.emit(target, sources, tr, word, flags);
      return;
    }
  }

  onlyFillerBetween(v: number, a: number): boolean {
    for (let j = v + 1; j < a; j++) {
      const p = this.tokens[j].pos;
      if (!(p === 'ADV' || p === 'PART' || p === 'DET' || p === 'ADJ' || p === 'NUM' || this.f[j] === 'of' || this.f[j] === 'one')) return false;
    }
    return true;
  }

  /** Headlines such as "Syrian Coalition Urges …": a capitalized verb right after the subject. */
  headlineVerb(a: number): number {
    for (let j = a - 1; j >= this.first; j--) if (this.tokens[j].pos === 'VERB' && this.lex.cues.speechVerbs.has(this.tokens[j].lemma)) return j;
    return -1;
  }

  /** The actor phrase opening the clause before a noun phrase with no verb ("Russian airstrikes against …"). */
  subjectBeforeNP(a: number): ActorMention[] {
    const start = this.clauseStart(a);
    for (let j = start; j < a; j++) {
      if (this.isNP(j)) {
        const [, e] = this.np(j);
        const g = this.groupRight(j);
        if (g.args.length) return g.args;
        j = e;
      }
    }
    return [];
  }

  /** "U.S.-backed Syrian Democratic Forces", "the Turkish-backed force": support from the compound's actor. */
  compoundPass(): void {
    const comps = this.lex.relations.compounds;
    for (let k = this.first; k + 2 < this.end; k++) {
      const m = this.mentionAt(k);
      if (!m || m.endToken !== k + 1) continue;
      if (this.tokens[k + 1].text !== '-' || this.tokens[k + 1].start !== this.tokens[k].end || this.tokens[k + 2].start !== this.tokens[k + 1].end) continue;
      const participle = this.f[k + 2];
      if (DESCRIPTIVE_COMPOUNDS.has(participle)) {
        this.compoundModifiers.add(m);
        continue;
      }
      const tr = comps.get(participle);
      if (!tr) continue;
      this.compoundModifiers.add(m);
      // Coordinated compounds: "Iranian- and Russian-backed".
      const sources = [m];
      const [a, b] = this.np(k + 2);
      const targets: ActorMention[] = [];
      for (let j = k + 3; j < b; j++) {
        const t = this.mentionAt(j);
        if (t && this.isArg(t) && !targets.includes(t)) targets.push(t);
      }
      let resolved = targets;
      if (!resolved.length) resolved = this.appositionBefore(a);
      if (!resolved.length) {
        // "Syrian rebels backed by …" is handled by the verb; here "the fighters, U.S.-backed" is not an actor.
        continue;
      }
      const word = this.doc.text.slice(this.tokens[k + 1].start, this.tokens[k + 2].end);
      const flags = this.modality(this.clauseStart(k), k, false);
      this.emit(sources, resolved.filter((t) => t !== m), tr, word, flags);
    }
  }

  /** The first actor group of the sentence in subject position, for pronouns in the next sentence. */
  sentenceSubject(): ActorMention[] | undefined {
    for (let j = this.first; j < this.end; j++) {
      const m = this.mentionAt(j);
      if (m && this.isArg(m)) {
        const [a] = this.np(m.firstToken);
        if (a - 1 >= this.first && this.tokens[a - 1].pos === 'ADP') return undefined;
        return this.groupRight(a).args;
      }
      if (this.tokens[j].pos === 'VERB') return undefined;
    }
    return undefined;
  }
}

/** Are there at least two different actors among `mentions` and `previous`? */
function twoActorsPossible(mentions: ActorMention[], previous: ActorMention[] | undefined): boolean {
  const one = mentions[0].actor;
  for (const m of mentions) if (m.actor !== one) return true;
  if (previous) for (const m of previous) if (m.actor !== one) return true;
  return false;
}

/** "SYRGOV", "RUSMIL", "IRN": a state endpoint's code as in PETRARCH's actor dictionaries. */
function actorCode(acts: ArticleActors, key: string, sector: Sector | undefined): string | undefined {
  const iso3 = acts.actors.get(key)?.iso3;
  if (!iso3) return undefined;
  return sector === 'GOV' || sector === 'MIL' ? `${iso3}${sector}` : iso3;
}

/**
 * The events of one article. Negated and hypothetical events are dropped unless `keepUncertain`,
 * then kept with their flag. `member_of` events come from the persons' stated roles.
 *
 * @example extractRelations(doc, actors, lex, meta).map((e) => `${e.source} ${e.relation} ${e.target}`)
 */
export function extractRelations(
  doc: AnalyzedText,
  acts: ArticleActors,
  lex: Lexicon,
  meta: { id: string; date?: string },
  options: RelationOptions = {},
): RelationEvent[] {
  const keep = options.keepUncertain ?? DEFAULTS.keepUncertain;
  const folded = acts.folded;
  const cls = relationClasses(lex).of(doc);
  const out: RelationEvent[] = [];
  const seen = new Set<string>();
  let prevSubject: ActorMention[] | undefined;
  for (const s of doc.sentences) {
    if (acts.bySentence[s.index].length === 0) {
      prevSubject = undefined;
      continue;
    }
    const sr = new SentenceRelations(doc, folded, s, acts, lex, prevSubject, cls);
    // Every argument is a mention of this sentence or the previous sentence's subject (through a
    // pronoun), and an event needs two different actors: with fewer, no trigger can give one.
    sr.run(twoActorsPossible(acts.bySentence[s.index], prevSubject));
    prevSubject = sr.sentenceSubject() ?? prevSubject;
    const text = doc.text.slice(s.start, s.end);
    for (const e of sr.events) {
      if (!keep && (e.flags.negated || e.flags.hypothetical)) continue;
      let source = e.source.actor;
      let target = e.target.actor;
      if (SYMMETRIC_RELATIONS.has(e.trigger.relation) && target < source) [source, target] = [target, source];
      // "Russia stood by its ally with President Putin": a person and the state they serve are one side.
      if (acts.actors.get(source)?.affiliation === target || acts.actors.get(target)?.affiliation === source) continue;
      const key = `${source}\u0000${e.trigger.relation}\u0000${target}\u0000${s.index}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const swapped = source !== e.source.actor;
      const sourceSector = (swapped ? e.target.sector : e.source.sector) ?? undefined;
      const targetSector = (swapped ? e.source.sector : e.target.sector) ?? undefined;
      out.push({
        article: meta.id,
        source,
        target,
        relation: e.trigger.relation,
        category: e.trigger.category,
        quad: e.trigger.quad,
        sentence: s.index,
        text,
        start: s.start,
        end: s.end,
        date: meta.date,
        trigger: e.word,
        sourceSector,
        targetSector,
        sourceCode: actorCode(acts, source, sourceSector),
        targetCode: actorCode(acts, target, targetSector),
        negated: e.flags.negated || undefined,
        hypothetical: e.flags.hypothetical || undefined,
      });
    }
  }
  // member_of from stated roles and affiliations.
  for (const d of acts.actors.values()) {
    // A title, role or counterpart stated in the text (roleSentence) says whom the person serves.
    if (d.type !== 'person' || !d.affiliation || d.roleSentence === undefined) continue;
    const sentence = d.roleSentence ?? 0;
    const s = doc.sentences[sentence];
    if (!s) continue;
    out.push({
      article: meta.id,
      source: d.key,
      target: d.affiliation,
      relation: 'member_of',
      category: 'AFFILIATE',
      quad: null,
      sentence,
      text: doc.text.slice(s.start, s.end),
      start: s.start,
      end: s.end,
      date: meta.date,
      trigger: d.role ?? 'counterpart',
    });
  }
  return out;
}
