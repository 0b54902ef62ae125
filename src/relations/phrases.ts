// The sentence view, first layer: noun-phrase chunks and the actors they hold. Which tokens make a
// noun phrase (memoized per sentence), the argument mentions of a phrase, coordination groups
// ("Iran and Russia"), pronouns standing for actors, and the compound modifiers ("US-backed").
import type { ActorMention, AnalyzedText, ArticleActors, Sentence, Token } from '../types.js';
import type { Lexicon } from '../lexicon/load.js';
import type { Syntax } from '../lexicon/syntax.js';
import type { PronounKind } from '../lexicon/cues.js';
import { Scratch } from '../nlp/scratch.js';
import { headWordsOf, R_CLAUSE_BREAK, R_RELATIVE } from './classes.js';
import { firstWords } from '../lexicon/derived.js';

/** A past participle's form ("formed", "chosen"). */
const PARTICIPLE = /^[a-z]{2,}(?:ed|en)$/;

/** The noun-phrase memo of the sentence being read (one view is read at a time). */
const npMemoScratch = new Scratch((n) => new Uint8Array(n));
const NO_MEMO = new Uint8Array(0);
/** The phrase memo of `np` for the sentence being read: per token its phrase's start + 1 and end (0: not asked yet). */
const phraseMemoScratch = new Scratch((n) => new Int32Array(n));
const NO_PHRASES = new Int32Array(0);
/** The compound positions of most sentences (never pushed to). */
const NO_POSITIONS: number[] = [];

/**
 * Keeps the items `keep` accepts, in place (argsIn runs on every phrase a pattern reads: no new
 * array). `keep` sees the list as it was: compaction only writes below the index it reads.
 */
function keepWhere(args: ActorMention[], keep: (m: ActorMention, x: number) => boolean): void {
  let n = 0;
  for (let x = 0; x < args.length; x++) if (keep(args[x]!, x)) args[n++] = args[x]!;
  args.length = n;
}
/** The form of a passive participle ("hosted", "taken", "shown", "done", "hit"). */
export const PASSIVE_FORM = /(ed|en|wn|ne|t)$/;

export interface Args {
  args: ActorMention[];
  end: number;
  blocked: boolean;
}

export interface Group {
  args: ActorMention[];
  end: number;
  blocked: boolean;
  /** The sides of the coordination: "the Syrian and Lebanese forces" is one side. */
  units: ActorMention[][];
}

export class PhraseView {
  readonly tokens: Token[];
  readonly f: string[];
  readonly syn: Syntax;
  // The sentence being read, set by `read` (patterns only read these). One view serves all the
  // sentences of an article: a new one per sentence cost about as much as scanning the sentence.
  s!: Sentence;
  first = 0;
  end = 0;
  /** The previous sentence's subject, for pronouns. */
  prevSubject: ActorMention[] | undefined = undefined;
  /** Mentions used as the actor of a compound ("US-backed", "Daesh-linked"): no arguments. */
  readonly compoundModifiers = new Set<ActorMention>();
  /** The tokens k of compounds "<actor>-<trigger participle>" (k ends the actor), in order. */
  compoundTriggers: number[] = NO_POSITIONS;
  private readonly headWords: Set<string>;
  private npMemo = NO_MEMO;
  private phraseMemo = NO_PHRASES;
  /**
   * Where a noun phrase must end though no punctuation ends it (news copied without commas), in
   * order: a closing speaker ("… 22 children the UN agency said"), the subject after a fronted
   * participle's agent ("Backed by Russian jets the Syrian army …").
   */
  private splits: number[] = NO_POSITIONS;

  constructor(
    readonly doc: AnalyzedText,
    readonly acts: ArticleActors,
    readonly lex: Lexicon,
    /** Each token's word classes (R_* bits of classes.ts). */
    readonly cls: Uint16Array,
  ) {
    this.tokens = doc.tokens;
    this.f = acts.folded;
    this.syn = lex.syntax;
    this.headWords = headWordsOf(lex);
  }

  /** Starts reading sentence `s` (forgetting the one before). */
  read(s: Sentence, prevSubject: ActorMention[] | undefined): this {
    this.s = s;
    this.first = s.firstToken;
    this.end = s.endToken;
    this.prevSubject = prevSubject;
    this.npMemo = npMemoScratch.take(s.endToken - s.firstToken);
    this.phraseMemo = NO_PHRASES;
    this.splits = NO_POSITIONS;
    const fronted = this.frontedAgentEnd();
    const tail = this.speakerTail();
    if (fronted !== -1 || tail !== -1) this.splits = [fronted, tail].filter((x) => x !== -1);
    // (Phrases are remembered once the splits are known: np reads them.)
    this.phraseMemo = phraseMemoScratch.take(2 * (s.endToken - s.firstToken));
    if (this.compoundModifiers.size) this.compoundModifiers.clear();
    this.compoundTriggers = NO_POSITIONS;
    this.findCompounds();
    return this;
  }

  /** Compounds are found first: their actor is no argument anywhere in the sentence. */
  private findCompounds(): void {
    // (At the last token of each of the sentence's mentions: a pass over every token cost more.)
    for (const x of this.acts.bySentence[this.s.index]!) {
      const k = x.endToken - 1;
      const m = this.mentionAt(k);
      if (k + 2 >= this.end || m !== x) continue;
      if (
        this.tokens[k + 1]!.text !== '-' ||
        this.tokens[k + 1]!.start !== this.tokens[k]!.end ||
        this.tokens[k + 2]!.start !== this.tokens[k + 1]!.end
      )
        continue;
      const participle = this.f[k + 2]!;
      // ("a US-formed militant group", "a Kremlin-chosen governor": any other participle describes
      // too, unless it names the doer of a deed: "a Daesh-orchestrated car bombing".)
      if (
        this.syn.descriptiveCompounds.has(participle) ||
        (PARTICIPLE.test(participle) &&
          !this.lex.relations.compounds.has(participle) &&
          !this.lex.relations.nouns.has(this.f[this.np(k + 2)[1] - 1]!))
      )
        this.compoundModifiers.add(m);
      else if (this.lex.relations.compounds.has(participle)) {
        this.compoundModifiers.add(m);
        if (this.compoundTriggers === NO_POSITIONS) this.compoundTriggers = [];
        this.compoundTriggers.push(k);
      }
    }
  }

  /** Is token k the second part of a hyphenated compound ("so-called", "Saudi-backed"): a word of an adjective, no verb of the clause? */
  inCompound(k: number): boolean {
    return k > this.first && this.tokens[k - 1]!.text === '-' && this.tokens[k - 1]!.end === this.tokens[k]!.start;
  }

  /** Is token k a hyphen inside a word, joined on both sides ("U.S.-backed", "the Lebanon-Syria border")? */
  isJoinedHyphen(k: number): boolean {
    const t = this.tokens[k]!;
    return (
      t.text === '-' && k > this.first && this.tokens[k - 1]!.end === t.start && k + 1 < this.end && this.tokens[k + 1]!.start === t.end
    );
  }

  /**
   * Is m an armed actor: an armed group, or a state's or group's forces ("the Syrian army", "Pakistani
   * troops"; not "Russian military attaches", whose head is another noun)?
   */
  isArmed(m: ActorMention): boolean {
    if (this.acts.actors.get(m.actor)?.type === 'armed_group') return true;
    if (m.sector !== 'MIL' && m.sector !== 'REB') return false;
    const next = m.endToken < this.end ? this.tokens[m.endToken]!.pos : 'PUNCT';
    return next !== 'NOUN' && next !== 'PROPN';
  }

  mentionAt(k: number): ActorMention | undefined {
    const i = this.acts.tokenMention[k];
    // Past the document's last token there is no mention, as there is none at -1.
    return i === undefined || i === -1 ? undefined : this.acts.mentions[i];
  }

  isArg(m: ActorMention): boolean {
    return !m.modifier && !m.generic && !this.compoundModifiers.has(m);
  }

  /**
   * Is `m` an argument for a reader who has reached token k? Compounds after k are not known yet
   * ("US-backed Kurdish-led forces": both actors are read as the first compound's targets).
   */
  isArgReadTo(m: ActorMention, k: number): boolean {
    return !m.modifier && !m.generic && !(this.compoundModifiers.has(m) && m.endToken - 1 <= k);
  }

  isActorPossessive(k: number): boolean {
    return this.syn.actorPossessives.has(this.f[k]!);
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

  private computeIsNP(k: number): boolean {
    if (this.acts.tokenMention[k] !== -1 || this.acts.roleTokens[k] === 1) return true;
    const t = this.tokens[k]!;
    // "intercepted 20 Russian drones overnight": a time word the tagger read as an adjective closes no
    // phrase ("the overnight strikes" keeps it before its noun).
    if (t.pos === 'ADJ' && this.syn.timeHeads.has(this.f[k]!) && !(k + 1 < this.end && this.syn.nounPhrasePos.has(this.tokens[k + 1]!.pos)))
      return false;
    if (this.syn.nounPhrasePos.has(t.pos)) return !(this.cls[k]! & R_CLAUSE_BREAK) || t.pos === 'PROPN';
    // "Hezbollah's main financial and military backer", "political and military support": adjectives
    // coordinated before their noun are one phrase with it.
    if (
      t.pos === 'CCONJ' &&
      (this.f[k] === 'and' || this.f[k] === 'or') &&
      k - 1 >= this.first &&
      k + 2 < this.end &&
      this.tokens[k - 1]!.pos === 'ADJ' &&
      this.tokens[k + 1]!.pos === 'ADJ' &&
      (this.tokens[k + 2]!.pos === 'NOUN' || this.tokens[k + 2]!.pos === 'ADJ') &&
      this.acts.tokenMention[k - 1] === -1 &&
      this.acts.tokenMention[k + 1] === -1
    )
      return true;
    if (this.syn.possessiveMarks.has(t.text) && k > this.first && this.isNP(k - 1)) return true;
    if (t.pos === 'PRON' && this.lex.cues.pronouns.get(this.f[k]!) && this.isActorPossessive(k)) return true;
    // Compounds: "U.S.-backed", "Daesh-held", "pro-government".
    if (this.isJoinedHyphen(k)) return true;
    if (this.inCompound(k) && (t.pos === 'VERB' || t.pos === 'ADJ')) return true;
    // "the so-called Islamic State", "a well-known commander": an adverb opening a compound adjective.
    if (
      t.pos === 'ADV' &&
      k + 2 < this.end &&
      this.tokens[k + 1]!.text === '-' &&
      this.tokens[k + 1]!.start === t.end &&
      this.tokens[k + 2]!.start === this.tokens[k + 1]!.end
    )
      return true;
    return false;
  }

  /** The noun phrase containing token k: [start, end). */
  np(k: number): [number, number] {
    // Asked again and again of the same tokens by the patterns: remembered per token of the sentence.
    const i = k - this.first;
    const inside = i >= 0 && 2 * i < this.phraseMemo.length;
    if (inside && this.phraseMemo[2 * i] !== 0) return [this.phraseMemo[2 * i]! - 1, this.phraseMemo[2 * i + 1]!];
    const [a, b] = this.findNP(k);
    if (inside) {
      this.phraseMemo[2 * i] = a + 1;
      this.phraseMemo[2 * i + 1] = b;
    }
    return [a, b];
  }

  private findNP(k: number): [number, number] {
    let from = this.first;
    let to = this.end;
    for (const x of this.splits) {
      if (x <= k) from = x;
      else if (x < to) to = x;
    }
    let a = k;
    while (a - 1 >= from && this.isNP(a - 1)) a--;
    let b = k + 1;
    while (b < to && this.isNP(b)) b++;
    return [a, b];
  }

  /**
   * "… killed 22 children the UN agency UNICEF said Wednesday", "… injured seven Homs Governor
   * Talal Barazi said": news copied without punctuation runs a closing speaker into the phrase
   * before it, which then reads as a verb's object. Where the sentence ends with a reporting verb
   * (syntax.json tailReportingVerbs) and its speaker's phrase opens inside a longer run of nouns (at
   * a determiner, or after a number or a time word), the speaker's first token; else -1.
   */
  /**
   * "Backed by Russian airstrikes the forces of President Assad retook …": a sentence that opens with
   * a participle and its "by" agent, whose comma was lost; the first token of the clause's subject (at
   * a determiner inside the run of nouns after "by"), or -1.
   */
  private frontedAgentEnd(): number {
    let k = this.first;
    while (k < this.end && this.tokens[k]!.pos === 'ADV') k++;
    if (k + 3 >= this.end || this.tokens[k]!.pos !== 'VERB' || !PASSIVE_FORM.test(this.f[k]!) || this.f[k + 1] !== 'by') return -1;
    if (!this.isNP(k + 2)) return -1;
    for (let j = k + 3; j < this.end && this.isNP(j); j++) {
      if (this.tokens[j]!.pos === 'DET' && this.f[j] !== 'all') return j;
      // ("Backed by Russia's support Assad's government regained …": a name right after a common noun.)
      const x = this.acts.tokenMention[j]!;
      if (x !== -1 && this.acts.mentions[x]!.firstToken === j && this.tokens[j - 1]!.pos === 'NOUN' && this.acts.tokenMention[j - 1] === -1)
        return j;
    }
    return -1;
  }

  private speakerTail(): number {
    let v = this.end - 1;
    for (let n = 0; v > this.first && n < 6; n++) {
      const t = this.tokens[v]!;
      if (t.pos !== 'PUNCT' && t.pos !== 'NUM' && t.pos !== 'ADV' && !this.lex.cues.timeWords.has(this.f[v]!)) break;
      v--;
    }
    if (v - 2 <= this.first || !this.syn.tailReportingVerbs.has(this.f[v]!) || this.tokens[v]!.pos !== 'VERB') return -1;
    if (!this.isNP(v - 1)) return -1;
    let s = -1;
    for (let j = v - 1; j - 1 >= this.first && this.isNP(j - 1); j--) {
      const before = this.tokens[j - 1]!;
      if (this.tokens[j]!.pos === 'DET' || before.pos === 'NUM' || this.lex.cues.timeWords.has(this.f[j - 1]!)) {
        s = j;
        break;
      }
      // ("… its attacks on Ukrainian cities Blinken said": a person's name right after a common noun.)
      const m = this.acts.tokenMention[j]!;
      if (
        m !== -1 &&
        this.acts.mentions[m]!.firstToken === j &&
        before.pos === 'NOUN' &&
        this.acts.tokenMention[j - 1] === -1 &&
        this.acts.actors.get(this.acts.mentions[m]!.actor)?.type === 'person'
      ) {
        s = j;
        break;
      }
    }
    if (s === -1) return -1;
    for (let j = s; j < v; j++) if (this.acts.tokenMention[j] !== -1 || this.acts.roleTokens[j] === 1) return s;
    return -1;
  }

  /** Argument mentions in [a, b), with "members of X" extended over "of". */
  argsIn(a: number, b: number): Args {
    const args: ActorMention[] = [];
    // Each argument once: a mention runs over several tokens, and one met before is in `args`
    // already if it is an argument at all.
    let last: ActorMention | undefined;
    for (let k = a; k < b; k++) {
      const m = this.mentionAt(k);
      if (!m || m === last) continue;
      last = m;
      if (this.isArg(m) && !args.includes(m)) args.push(m);
    }
    if (args.length) this.pruneArgs(args, b);
    // "members of the al-Nusra Front", "fighters from the FSA", "the positions of the terrorists".
    if (!args.length && b < this.end && this.syn.groupPreps.has(this.f[b]!) && b > a) {
      const head = this.f[b - 1]!;
      const head2 = b - 2 >= a ? `${this.f[b - 2]} ${head}` : head;
      if ((this.isGroupHead(b - 1) || this.lex.cues.groupNouns.has(head2) || this.syn.ofHeads.has(head2)) && this.isNP(b + 1)) {
        const [c, d] = this.np(b + 1);
        const inner = this.argsIn(c, d);
        return { args: inner.args, end: inner.end, blocked: !inner.args.length };
      }
    }
    // "fighters loyal to the Houthis", "forces loyal to the GNA": members loyal to an actor are its own.
    if (!args.length) {
      const to = this.loyalGroupTo(a, b);
      if (to !== -1) {
        const [c, d] = this.np(to + 1);
        const inner = this.argsIn(c, d);
        return { args: inner.args, end: inner.end, blocked: !inner.args.length };
      }
    }
    // A pronoun standing for an actor.
    if (!args.length) {
      for (let k = a; k < b; k++) {
        const p = this.lex.cues.pronouns.get(this.f[k]!);
        if (p && this.tokens[k]!.pos === 'PRON') {
          const r = this.resolvePronoun(k, p);
          if (r.length) return { args: r, end: b, blocked: false };
        }
      }
    }
    return { args, end: b, blocked: !args.length };
  }

  /**
   * Drops from the argument mentions of a phrase ending before b, in place, those that only describe
   * another actor or a place. (A method of its own: its closures would make V8 allocate argsIn's
   * scope at every call, and most phrases name no actor.)
   */
  private pruneArgs(args: ActorMention[], b: number): void {
    if (args.length > 1) {
      // "Syria's Al-Nusra Front", "the PYD's armed wing YPG": a possessive actor before another
      // actor only describes it.
      keepWhere(args, (m, x) => !(m.possessive && x < args.length - 1 && !args.slice(x + 1).every((o) => o.possessive)));
    }
    // "the advance on Syria's Raqqa": a state's possessive before a name that is no actor (a place)
    // only says where it is.
    if (args.length) keepWhere(args, (m) => !this.possessiveBeforePlace(m, b));
    if (args.length > 1) {
      // "AFP 2018 Ayham al-Mohammad Syrian Army Kills …": a person's name run straight into a body
      // or a state's forces (a photo credit before a headline) names no one acting with them.
      // "a former al Qaeda affiliate the Islamic State", "the Nusra Front al-Qaedas Syria affiliate":
      // an actor before a descriptor noun only describes the other actor of the phrase; "the Assad
      // regimes UN representative Bashar Jaafari" (its apostrophe lost): one before a person's title
      // only describes the person.
      keepWhere(args, (m, x) => {
        const next = args[x + 1];
        if (next && this.creditBefore(m, next)) return false;
        if (m.endToken < b && this.syn.descriptorHeads.has(this.f[m.endToken]!)) return false;
        return !(next && this.titleRunsTo(m.endToken, next));
      });
    }
    // "accused Russia Bashar Assads chief military backer": a possessive right after another actor
    // (an apposition that lost its comma) owns the apposition's common head; it is no argument.
    if (args.length > 1) {
      const last = args[args.length - 1]!;
      if (
        last.possessive &&
        args[args.length - 2]!.endToken === last.firstToken &&
        last.endToken < b &&
        this.acts.tokenMention[b - 1] === -1
      )
        args.pop();
    }
    // "fighting between the al Qaeda offshoot and the military": an actor before a descriptor noun
    // that heads the phrase names another actor, the one it describes, unnamed here.
    if (args.length === 1 && args[0]!.endToken === b - 1 && this.syn.derivedBodyHeads.has(this.f[b - 1]!)) args.length = 0;
    if (args.length > 1 && args.some((m) => m.via !== 'demonym')) keepWhere(args, (m) => !(m.via === 'demonym' && !m.sector));
  }

  /**
   * The speaker whose quoted words hold the first-person pronoun at k ('"We condemn …," the ministry
   * said'): read where clauses are (ClauseView); none at this level.
   */
  protected quoteSpeaker(_k: number): ActorMention[] {
    return [];
  }

  /** Is m a state's possessive (its apostrophe maybe lost: "Syrias Raqqa") before a name that is no actor, in [.., b)? */
  private possessiveBeforePlace(m: ActorMention, b: number): boolean {
    const actor = this.acts.actors.get(m.actor);
    if (actor?.type !== 'country') return false;
    // ("Syrias Raqqa": the apostrophe lost, the surface has an "s" its name has not.)
    const lost = m.via !== 'demonym' && /[a-z]s$/.test(m.surface) && !/s$/i.test(actor.name);
    if (!m.possessive && !lost) return false;
    const n = m.endToken < b && this.syn.possessiveMarks.has(this.tokens[m.endToken]!.text) ? m.endToken + 1 : m.endToken;
    return n < b && this.tokens[n]!.pos === 'PROPN' && this.acts.tokenMention[n] === -1 && this.acts.roleTokens[n] !== 1;
  }

  /** Is person m run straight into a body or a state's forces `next` (a photo credit: "Ayham al-Mohammad Syrian Army")? */
  private creditBefore(m: ActorMention, next: ActorMention): boolean {
    return (
      next.firstToken === m.endToken &&
      !m.possessive &&
      next.sector !== undefined &&
      this.acts.actors.get(m.actor)?.type === 'person' &&
      this.acts.actors.get(next.actor)?.type !== 'person'
    );
  }

  /** Is the next mention `p` a person whose title runs from token j to it ("… UN representative Bashar Jaafari")? */
  private titleRunsTo(j: number, p: ActorMention): boolean {
    if (this.acts.actors.get(p.actor)?.type !== 'person' || j >= p.firstToken) return false;
    for (let k = j; k < p.firstToken; k++) if (this.acts.roleTokens[k] !== 1 && this.acts.tokenMention[k] === -1) return false;
    return true;
  }

  resolvePronoun(k: number, kind: PronounKind, skip?: ReadonlySet<string>): ActorMention[] {
    if (kind === 'speaker') return this.quoteSpeaker(k);
    const possessive = this.isActorPossessive(k);
    const wantPerson = kind === 'person';
    // "bombardment by Syrian forces and their Russian ally", "Iran and its proxies": a possessive
    // right after "and" is the conjunct's, wherever that conjunct stands.
    // (Past a parenthesis: "the Nusra Front (al-Qaeda's Syrian branch) and its allies" are the Front's.)
    let c = k - 2;
    if (possessive && c > this.first && this.f[c] === ')') {
      let o = c - 1;
      while (o > this.first && o > c - 12 && this.f[o] !== '(') o--;
      if (this.f[o] === '(') c = o - 1;
    }
    if (possessive && c >= this.first && this.f[k - 1] === 'and') {
      const conj = this.isNP(c) ? this.groupLeft(c).args : [];
      if (conj.length && conj.every((m) => (this.acts.actors.get(m.actor)?.type === 'person') === wantPerson)) return conj;
      // "fighting government forces and their Russian and Iranian allies": forces that name no actor
      // hold the allies; nobody named before them does. (The tagger may read "forces" as a verb.)
      if (
        !conj.length &&
        this.acts.tokenMention[c] === -1 &&
        (this.headWords.has(this.f[c]!) || this.lex.cues.genericHeads.has(this.f[c]!))
      )
        return [];
    }
    for (let j = k - 1; j >= this.first; j--) {
      const m = this.mentionAt(j);
      // "… putting it at odds with its key ally": "its" is what the nearer object "it" stands for,
      // not the actor before it; which one that is, only a pattern that reads the clause can say.
      if (!m && possessive && kind === 'singular' && this.f[j] === 'it' && j > this.first && this.tokens[j - 1]!.pos === 'VERB') return [];
      if (!m && kind === 'plural' && this.lex.cues.genericHeads.has(this.f[j]!) && this.tokens[j]!.pos === 'NOUN') return []; // "rebels in their fight"
      if (!m || !this.isArg(m) || skip?.has(m.actor)) continue;
      if (kind === 'plural') {
        // "… at the time of the coalition strikes they intervened": an actor inside a prepositional
        // phrase is not what "they" picks up; the one before it may be.
        const [pa] = this.np(m.firstToken);
        if (pa - 1 >= this.first && this.tokens[pa - 1]!.pos === 'ADP') {
          j = pa;
          continue;
        }
        const g = this.groupLeft(m.endToken - 1).args;
        const type = this.acts.actors.get(m.actor)?.type;
        // (A state's army, forces or troops are a group too: "the Syrian army withdrew as they faced …".)
        const collective = type === 'country' && g.length === 1 && this.syn.collectiveHeads.has(this.f[m.endToken - 1]!);
        if (g.length < 2 && type !== 'armed_group' && type !== 'organization' && !collective) return [];
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
    // "Assad spoke on Monday. He has been backed by Russia": "he" is the last sentence's subject
    // when that was one person (and nobody else of the sentence could be meant).
    // ("his group" is the group's, not the person's.)
    if (wantPerson) {
      const prev = this.prevSubject;
      return !possessive && prev?.length === 1 && this.acts.actors.get(prev[0]!.actor)?.type === 'person' ? prev : [];
    }
    // ("it", "its" are no person's.)
    const prev = this.prevSubject ?? [];
    return kind === 'singular' && prev.some((m) => this.acts.actors.get(m.actor)?.type === 'person') ? [] : prev;
  }

  /** Does the phrase [a, b) end in an actor (or its sector or members), rather than in another noun? */
  headIsActor(a: number, b: number): boolean {
    let h = b - 1;
    while (h > a && (this.tokens[h]!.text === ')' || this.tokens[h]!.text === '(')) h--;
    // "brokered by the US and Russia last week": a time phrase read into the actor's phrase.
    if (h > a && this.acts.tokenMention[h] === -1 && this.lex.cues.timeWords.has(this.f[h]!)) {
      let t = h;
      while (t > a && this.acts.tokenMention[t] === -1 && (this.lex.cues.timeWords.has(this.f[t]!) || this.f[t] === 'this')) t--;
      if (this.acts.tokenMention[t] !== -1) h = t;
    }
    // Walk back over sector and member words ("Russian fighter jets", "Daesh fighting positions").
    while (h > a && this.acts.tokenMention[h] === -1 && this.headWords.has(this.f[h]!)) h--;
    // ("trained Hezbollah's fighters": members after their actor's possessive mark.)
    if (h < b - 1 && h - 1 >= a && this.syn.possessiveMarks.has(this.tokens[h]!.text) && this.acts.tokenMention[h - 1] !== -1) h--;
    return this.acts.tokenMention[h] !== -1;
  }

  /**
   * Does [a, b) name a party: an actor at its head, or an office or envoy of the actor before it
   * ("the Iranian foreign minister", "his Turkish counterpart", "Russian officials")? A thing of the
   * actor ("US support", "Iranian weapons") names none.
   */
  headIsParty(a: number, b: number): boolean {
    if (this.headIsActor(a, b)) return true;
    const h = b - 1;
    return h > a && this.tokens[h]!.pos === 'NOUN' && this.lex.titles.roleHeads.has(this.tokens[h]!.lemma);
  }

  /**
   * The "(" of brackets closing at j that only restate or gloss the phrase before them: up to
   * six words, no verb and no other actor inside ("(SNC)", "(Party of God)", '("Free men of the
   * Levant")'), an actor right before; else -1.
   */
  glossOpening(j: number): number {
    let o = j - 1;
    while (o >= this.first && o >= j - 7 && this.f[o] !== '(' && this.f[o] !== ')') o--;
    if (o - 1 < this.first || this.f[o] !== '(' || o + 1 === j) return -1;
    const before = this.mentionAt(o - 1);
    if (!before) return -1;
    for (let k = o + 1; k < j; k++) {
      const m = this.mentionAt(k);
      if ((m && m.actor !== before.actor) || this.tokens[k]!.pos === 'VERB' || this.tokens[k]!.pos === 'AUX') return -1;
    }
    return o;
  }

  /** The coordinated actors of the noun phrase ending at token k and those before it ("Iran and Russia"). */
  groupLeft(k: number): { args: ActorMention[]; start: number; blocked: boolean } {
    const [a, b] = this.np(k);
    let args = this.argsIn(a, b).args;
    let start = a;
    if (!args.length) {
      // "an ISIL commander and 34 of his comrades": unnamed people after "and" stand with the named
      // conjunct before them.
      let q = a;
      // (Past "34 of", "dozens of" before the people counted.)
      if (q - 2 >= this.first && this.f[q - 1] === 'of' && (this.tokens[q - 2]!.pos === 'NUM' || this.syn.ofHeads.has(this.f[q - 2]!)))
        q = this.quantityStart(q - 2);
      // (Members counted, "34 fighters", or people named by no actor, "others"; not a force of its
      // own: "Iran and local militia forces".)
      const head = this.f[b - 1]!;
      const counted = q < a || this.tokens[a]!.pos === 'NUM';
      const people = this.syn.unnamedPeople.has(head) || (counted && this.lex.cues.groupNouns.has(head));
      if (q - 2 >= this.first && this.f[q - 1] === 'and' && people && this.isNP(q - 2)) {
        const g = this.groupLeft(q - 2);
        if (g.args.length) return g;
      }
      // "the Fateh al-Sham Front and allied rebel groups were fighting …": an unnamed group of the
      // named conjunct's kind adds nobody to the side.
      const kin = this.kindredGroupStart(a, b);
      if (kin - 2 >= this.first && this.f[kin - 1] === 'and' && this.isNP(kin - 2)) {
        const g = this.groupLeft(kin - 2);
        if (g.args.length) return g;
      }
      return { args, start, blocked: true };
    }
    for (;;) {
      let c = start - 1;
      let conj = false;
      while (c >= this.first && (this.syn.coordinators.has(this.f[c]!) || this.f[c] === 'both' || this.f[c] === 'well')) {
        conj = true;
        c--;
      }
      if (conj) c = this.pastRestatedAcronym(c);
      if (!conj || c < this.first || !this.isNP(c)) break;
      let [x, y] = this.np(c);
      // "Russia a Syrian ally and China": an apposition that lost its comma stands for its actor.
      let more = this.headIsActor(x, y) ? this.argsIn(x, y).args : (this.appositionInside(x, y) ?? []);
      // "Russia, a Syrian ally, and China": a description set off by commas stands for the actor
      // before it.
      if (!more.length && this.f[y] === ',' && this.describedBefore(x, y) !== -1) {
        [x, y] = this.np(this.describedBefore(x, y));
        more = this.argsIn(x, y).args;
      }
      if (!more.length) break;
      args = [...more, ...args];
      start = x;
    }
    return { args, start, blocked: false };
  }

  /**
   * The last token of the actor's phrase that the description [x, y) describes, set off by commas
   * (", a Syrian ally,"), or -1: the description opens with an article, a possessive or an adjective,
   * names no actor at its head and has no verb.
   */
  private describedBefore(x: number, y: number): number {
    const open = this.tokens[x]!;
    if (!(open.pos === 'DET' || open.pos === 'ADJ' || (open.pos === 'PRON' && this.syn.actorPossessives.has(this.f[x]!)))) return -1;
    if (x - 2 < this.first || this.f[x - 1] !== ',' || this.mentionAt(x)) return -1;
    for (let j = x; j < y; j++) if (this.tokens[j]!.pos === 'VERB' || this.tokens[j]!.pos === 'AUX') return -1;
    const e = x - 2;
    if (!this.isNP(e)) return -1;
    const [a, b] = this.np(e);
    return b === x - 1 && this.headIsActor(a, b) ? e : -1;
  }

  /** The coordinated actors of the noun phrase starting at token k and those after it. */
  groupRight(k: number): Group {
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
      // "the Islamic State (IS) and the Nusra Front": past the acronym restating the actor before it.
      let c = this.f[end] === '(' && this.pastRestatedAcronym(end + 2) === end - 1 ? end + 3 : end;
      // "Russia, a key ally of Assad, and Turkey": past a description set off by commas.
      c = this.pastSetOffDescription(c);
      let conj = false;
      let commaOnly = true;
      while (
        c < this.end &&
        (this.syn.coordinators.has(this.f[c]!) ||
          this.f[c] === 'as' ||
          this.f[c] === 'well' ||
          (this.f[c] === 'along' && this.f[c + 1] === 'with') ||
          (this.f[c] === 'with' && conj) ||
          // ("IS and also the YPG", "not only IS but also the YPG"; not "but not the YPG".)
          (this.f[c] === 'also' && conj) ||
          (this.f[c] === 'but' && this.f[c + 1] === 'also'))
      ) {
        conj = true;
        if (this.f[c] !== ',') commaOnly = false;
        c++;
      }
      if (!conj || c >= this.end || !this.isNP(c)) break;
      const [x, y0] = this.np(c);
      // ("by Russia and Turkey which backs the rebels": a relative pronoun the tagger read as a
      // determiner ends the conjunct.)
      let y = y0;
      for (let r = x + 1; r < y0; r++)
        if (this.cls[r]! & R_RELATIVE && (this.f[r] === 'which' || this.f[r] === 'who') && this.mentionAt(r - 1)) {
          y = r;
          break;
        }
      if (!this.headIsActor(x, y) && !this.groupHeadAt(y)) break;
      const r = this.argsIn(x, y);
      if (!r.args.length) break;
      // "fought alongside Israel, Iran claimed": after a bare comma, the speaker of a new clause.
      if (commaOnly && r.end < this.end && this.tokens[r.end]!.pos === 'VERB' && this.lex.cues.speechVerbs.has(this.tokens[r.end]!.lemma))
        break;
      // "During a visit to Moscow, Assad thanked Putin": after a bare comma that closes a phrase a
      // preposition opened, the subject of the clause (a finite verb after it).
      if (
        commaOnly &&
        a - 1 >= this.first &&
        this.tokens[a - 1]!.pos === 'ADP' &&
        r.end < this.end &&
        this.tokens[r.end]!.pos === 'VERB' &&
        !this.f[r.end]!.endsWith('ing')
      )
        break;
      // "Israel struck Hamas and Hezbollah fired rockets": in the object of a finite verb, a conjunct
      // that a finite verb of relation or speech follows is the subject of a new clause. (Not a
      // participle: "Hamas and Hezbollah backed by Iran"; nor after a preposition, where the group
      // may sit in the subject: "a ceasefire brokered by Russia and the US took effect".)
      // (Not in a relative clause, whose subject's verb follows: "a coalition that included the Nusra
      // Front and Ahrar al-Sham fired …".)
      if (this.finiteVerbAt(a - 1) && !(a - 2 >= this.first && this.cls[a - 2]! & R_RELATIVE) && this.opensClause(r.end)) break;
      args = [...args, ...r.args];
      if (dangling) units[units.length - 1]!.push(...r.args);
      else units.push([...r.args]);
      dangling = this.bareDemonym(y, r.args);
      end = r.end;
    }
    // "between al-Nusra as well as the FSA on one hand and IS on the other": the actors read so far
    // are one side, the group after the marker the other.
    // (Past an acronym in parentheses: "the Free Syrian Army (FSA) on one hand".)
    let at = end;
    if (this.f[at] === '(' && at + 2 < this.end && this.f[at + 2] === ')') at += 3;
    const other = at < this.end && this.f[at] === 'on' ? this.sideMarkerEnd(at) : -1;
    if (other !== -1) {
      let c = other;
      while (c < this.end && (this.f[c] === 'and' || this.f[c] === ',')) c++;
      if (c > other && c < this.end && this.isNP(c)) {
        const g = this.groupRight(c);
        if (g.args.length) return { args: [...args, ...g.args], end: g.end, blocked: false, units: [args, g.args] };
      }
    }
    return { args, end, blocked: false, units };
  }

  /** Is the token at k an active verb form that is finite (not an -ing form or an infinitive)? */
  private finiteVerbAt(k: number): boolean {
    if (k < this.first || this.tokens[k]!.pos !== 'VERB' || this.f[k]!.endsWith('ing')) return false;
    return !(k - 1 >= this.first && this.f[k - 1] === 'to');
  }

  /** Does a finite verb of relation or speech (or an auxiliary) at k open a clause of the phrase before it? */
  private opensClause(k: number): boolean {
    if (k >= this.end) return false;
    const t = this.tokens[k]!;
    if (t.pos === 'AUX') return !this.f[k]!.endsWith('ing') && this.f[k] !== 'be' && this.f[k] !== 'been';
    if (t.pos !== 'VERB' || this.f[k]!.endsWith('ing') || (k + 1 < this.end && this.f[k + 1] === 'by')) return false;
    return this.lex.relations.verbs.has(t.lemma) || this.lex.cues.speechVerbs.has(t.lemma);
  }

  /**
   * The last token before "(ACRONYM)" when the ")" is at c and the acronym names the same actor as
   * the phrase before it ("the Islamic State (IS)", "the Free Syrian Army (FSA)"), else c.
   */
  protected pastRestatedAcronym(c: number): number {
    if (this.f[c] !== ')' || c - 3 < this.first || this.f[c - 2] !== '(') return c;
    const inner = this.mentionAt(c - 1);
    const before = this.mentionAt(c - 3);
    return inner && before && inner.actor === before.actor ? c - 3 : c;
  }

  /** The token after a side marker ("on one hand", syntax.json sideMarkers) that starts at k, or -1. */
  private sideMarkerEnd(k: number): number {
    for (const words of this.syn.sideMarkers) {
      let n = 0;
      while (n < words.length && k + n < this.end && this.f[k + n] === words[n]) n++;
      if (n === words.length) return k + n;
    }
    return -1;
  }

  /** "the Syrian" in "the Syrian and Lebanese forces": a demonym waiting for the next head noun. */
  /**
   * The comma that closes a description set off by commas at c (", a key ally of Assad," / ", his
   * Russian counterpart,") when a coordinator and another phrase follow it; else c. The description
   * opens with an article, a possessive or an adjective, and has no verb: a clause (", which backs
   * the rebels,") or a list of names is no description.
   */
  private pastSetOffDescription(c: number): number {
    if (this.f[c] !== ',' || c + 1 >= this.end) return c;
    const open = this.tokens[c + 1]!;
    // (Or a name's possessive: ", al-Qaeda's affiliate in Syria,".)
    const holder = this.mentionAt(c + 1);
    if (
      holder
        ? !holder.possessive
        : !(open.pos === 'DET' || open.pos === 'ADJ' || (open.pos === 'PRON' && this.syn.actorPossessives.has(this.f[c + 1]!)))
    )
      return c;
    for (let j = c + 2; j < this.end && j <= c + 12; j++) {
      const t = this.tokens[j]!;
      if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'SCONJ' || this.syn.coordinators.has(this.f[j]!)) {
        if (this.f[j] !== ',') return c;
        return j + 1 < this.end && (this.f[j + 1] === 'and' || this.f[j + 1] === 'or') ? j : c;
      }
    }
    return c;
  }

  private bareDemonym(b: number, args: ActorMention[]): boolean {
    const m = args[0];
    // (A lone demonym after "the" is read as the state's side, "the Syrian" as "the Syrians": still
    // waiting for the head when a coordinator follows.)
    const lone = m !== undefined && m.endToken === m.firstToken + 1 && (this.f[b] === 'and' || this.f[b] === ',');
    return args.length === 1 && m!.via === 'demonym' && (!m!.sector || lone) && m!.endToken === b;
  }

  /**
   * "the SDF a US-backed group", "Russia a Syrian ally": an apposition that lost its comma (news
   * copied without punctuation) reads as one phrase [a, b); the actor right before the description's
   * determiner is the one described.
   */
  appositionInside(a: number, b: number): ActorMention[] | undefined {
    for (let d = b - 1; d > a; d--) {
      if (this.tokens[d]!.pos !== 'DET' || this.mentionAt(d)) continue;
      const m = this.mentionAt(d - 1);
      return m && this.isArg(m) ? [m] : undefined;
    }
    return undefined;
  }

  /** The number after a quantity prefix at k ("more than 20", "at least 40"), else k. */
  afterQuantity(k: number): number {
    // (Joined only where a prefix starts: most phrases have none.)
    if (!firstWords(this.syn.quantityPrefixes).has(this.f[k] ?? '')) return k;
    let words = this.f[k] ?? '';
    for (let n = 1; n <= 3 && k + n < this.end; n++) {
      if (this.syn.quantityPrefixes.has(words)) return this.tokens[k + n]!.pos === 'NUM' ? k + n : k;
      words = `${words} ${this.f[k + n]}`;
    }
    return k;
  }

  /** The start of a quantity prefix before the number at a ("over 50", "at least 40"), else a. */
  quantityStart(a: number): number {
    if (this.tokens[a]?.pos !== 'NUM') return a;
    let words = '';
    for (let n = 1; n <= 3 && a - n >= this.first; n++) {
      words = words ? `${this.f[a - n]} ${words}` : this.f[a - n]!;
      if (this.syn.quantityPrefixes.has(words)) return a - n;
    }
    return a;
  }

  /** The actors a possessive pronoun at k stands for ("its ally", "their backers"); undefined if k is none. */
  pronounPossessor(k: number): ActorMention[] | undefined {
    const f = this.f[k]!;
    if (this.tokens[k]!.pos !== 'PRON' || !this.syn.actorPossessives.has(f)) return undefined;
    return this.resolvePronoun(k, f === 'their' ? 'plural' : f === 'his' || f === 'her' ? 'person' : 'singular');
  }

  /** The bare demonyms of state actors in [a, b) ("the Israeli strike"), once each. */
  demonymsIn(a: number, b: number): ActorMention[] {
    const out: ActorMention[] = [];
    for (let k = a; k < b; k++) {
      const m = this.mentionAt(k);
      if (m && m.generic && m.via === 'demonym' && !m.sector && !this.compoundModifiers.has(m) && !out.includes(m)) out.push(m);
    }
    return out;
  }

  /** The actors of "X-led" compounds in [a, b): "Saudi-led air strikes", "US-led coalition raids". */
  leadersIn(a: number, b: number): ActorMention[] {
    const out: ActorMention[] = [];
    for (let k = a; k + 2 < b; k++) {
      const m = this.mentionAt(k);
      if (!m || m.endToken !== k + 1 || out.includes(m)) continue;
      const dash = this.tokens[k + 1]!;
      if (
        dash.text === '-' &&
        dash.start === this.tokens[k]!.end &&
        this.tokens[k + 2]!.start === dash.end &&
        this.syn.leadingCompounds.has(this.f[k + 2]!)
      )
        out.push(m);
    }
    return out;
  }

  /**
   * The "to" of "<group noun> loyal to X" for the phrase [a, b) ("fighters loyal to the Houthis"; the
   * adjective inside the phrase or right after it), or -1.
   */
  loyalGroupTo(a: number, b: number): number {
    const adjectives = this.syn.constructions.loyalTo.adjectives;
    let adj = b - 1;
    if (!adjectives.has(this.f[adj]!)) adj = b;
    if (adj >= this.end || !adjectives.has(this.f[adj]!) || adj - 1 < a) return -1;
    const to = adj + 1;
    return to + 1 < this.end && this.f[to] === 'to' && this.lex.cues.groupNouns.has(this.f[adj - 1]!) && this.isNP(to + 1) ? to : -1;
  }

  /** "members of X" continuing after the phrase ending before `y`. */
  groupHeadAt(y: number): boolean {
    return y < this.end && this.syn.groupPreps.has(this.f[y]!) && this.groupHeadBefore(y);
  }

  /** Is the noun before "of" at `of` a group noun ("members of", "fighters of")? */
  groupHeadBefore(of: number): boolean {
    const h = of - 1 >= this.first ? this.f[of - 1]! : '';
    return this.lex.cues.groupNouns.has(h);
  }

  /**
   * The first token of the unnamed group [a, b) when it opens with a kindred word ("other groups",
   * "allied rebel groups", "several other factions"; syntax.json kindredGroups) and ends in a group
   * head; else -1. (The tagger may leave a verb-tagged "allied" before the phrase.)
   */
  kindredGroupStart(a: number, b: number): number {
    const head = this.f[b - 1]!;
    if (!(this.lex.cues.groupNouns.has(head) || this.syn.unnamedGroupHeads.has(head) || this.syn.describedByParticiple.has(head)))
      return -1;
    const kin = this.syn.kindredGroups;
    for (const s of [a - 1, a]) {
      if (s < this.first || s >= b - 1) continue;
      if (s < a && this.tokens[s]!.pos !== 'VERB') continue;
      if (kin.has(this.f[s]!)) return s;
      if (s + 1 < b - 1 && kin.has(`${this.f[s]} ${this.f[s + 1]}`)) return s;
    }
    return -1;
  }

  /** Does token h stand for the actor after its "of": a group noun, a quantity, an office or a number? */
  isGroupHead(h: number): boolean {
    return this.lex.cues.groupNouns.has(this.f[h]!) || this.syn.ofHeads.has(this.f[h]!) || this.tokens[h]!.pos === 'NUM';
  }
}
