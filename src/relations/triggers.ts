// Trigger matches: a trigger of relations.json found at a token, with what every pattern of its kind
// reads about it: for a verb its voice, subject and modality; for a noun the actors in its phrase,
// its prepositional phrases, its governing verb and modality. Only whether the trigger is there at
// all is decided when the match is made; each of the rest is computed on a pattern's first read and
// kept. Most matches give no event (a pattern rejects them on the trigger's own fields or on one
// argument), and those then never pay for the modality or the phrases nobody reads.
import type { ActorMention } from '../types.js';
import type { Trigger } from '../lexicon/relations.js';
import { SYMMETRIC_RELATIONS } from '../types.js';
import type { SentenceView } from './sentence.js';
import type { Flags, Subject } from './clauses.js';
import { isQuoteMark, R_HYPOTHETICAL } from './classes.js';

/** The verb trigger `tr` at k (see the file comment: the getters compute on first read). */
export class VerbMatch {
  #passive: boolean | undefined;
  #subj: Subject | undefined;
  #flags: Flags | undefined;
  #word: string | undefined;

  constructor(
    readonly view: SentenceView,
    readonly k: number,
    /** Trigger length in words. */
    readonly len: number,
    readonly trigger: Trigger,
  ) {}

  /** The trigger's words as the text writes them. */
  get word(): string {
    return (this.#word ??= this.view.textOf(this.k, Math.min(this.view.end - 1, this.k + this.len - 1)));
  }

  get passive(): boolean {
    return (this.#passive ??= this.view.isPassive(this.k, this.len));
  }

  get subj(): Subject {
    return (this.#subj ??= this.view.subjectOf(this.k));
  }

  get flags(): Flags {
    return (this.#flags ??= this.#verbFlags());
  }

  /** The modality of the verb in its clause, and what the words around it say of the deed. */
  #verbFlags(): Flags {
    const { view, k, subj, trigger: tr } = this;
    let flags = view.modality(Math.max(view.clauseStart(k), subj.start), k, false);
    // "Russia vetoed a UN resolution condemning Syria", "blocked a draft calling for sanctions on
    // Iran": a participle qualifying the object of a negating verb states what was not done.
    const o = subj.start - 1;
    if (
      !flags.negated &&
      view.f[k]!.endsWith('ing') &&
      o >= view.first &&
      o < k - 1 &&
      view.tokens[o]!.pos === 'VERB' &&
      view.lex.cues.negatingVerbs.has(view.tokens[o]!.lemma)
    )
      flags = { ...flags, negated: true };
    // "an offensive to drive Daesh out of Raqqa would begin in weeks": an effort's infinitive is its act
    // under way, unless the effort itself is a possibility.
    if (!flags.hypothetical && k - 2 >= view.first && view.f[k - 1] === 'to' && view.syn.effortHeads.has(view.f[k - 2]!)) {
      for (let j = k + 1; j < view.end && j < k + 16; j++) {
        if (view.isBreak(j) || view.f[j] === ',') break;
        if (view.tokens[j]!.pos === 'AUX' && view.syn.possibilityModals.has(view.f[j]!)) flags = { ...flags, hypothetical: true };
      }
    }
    // "The Iraqi army is trying to flush out IS fighters", "rebels attempted to storm the base": force
    // tried is force used (PLOVER codes the attempt as the act); the deed has the mood of the trying
    // ("plans to try to storm …" stays a plan).
    if (
      flags.hypothetical &&
      tr.relation === 'attacks' &&
      k - 2 > view.first &&
      view.f[k - 1] === 'to' &&
      view.tokens[k - 2]!.pos === 'VERB' &&
      view.syn.effortVerbs.has(view.tokens[k - 2]!.lemma)
    ) {
      const trying = view.modality(Math.max(view.clauseStart(k - 2), subj.start), k - 2, false);
      if (!trying.hypothetical) flags = { ...trying, negated: flags.negated || trying.negated };
    }
    // "Russia allegedly bombed …": the text doubts the deed.
    if (tr.relation === 'attacks' && k - 1 >= view.first && view.syn.hedges.has(view.f[k - 1]!)) flags = { ...flags, hypothetical: true };
    // "If Israel attacks Iran, Tehran will respond": a conditional conjunction right before the
    // subject (past a determiner) makes its clause a condition, not a deed.
    if (!flags.hypothetical) {
      let c = subj.start - 1;
      if (c >= view.first && view.tokens[c]!.pos === 'DET') c--;
      if (c >= view.first && view.tokens[c]!.pos === 'SCONJ' && view.cls[c]! & R_HYPOTHETICAL) flags = { ...flags, hypothetical: true };
    }
    return flags;
  }
}

/** The verb trigger `tr` at k, or undefined when its words or required words are not there. */
export function verbMatch(view: SentenceView, k: number, tr: Trigger, stem: string | undefined): VerbMatch | undefined {
  // (The match may pass a determiner inside the words, "took a swipe at": its length is in tokens.)
  const end = stem
    ? tr.words[0] !== stem
      ? -1
      : tr.words.length > 1
        ? view.matchWords(k + 1, tr.words.slice(1), true)
        : k + 1
    : view.matchWords(k, tr.words, true);
  if (end === -1) return undefined;
  if (tr.requires.size && !(tr.requiresComplement ? view.complementHeadIn(k + 1, tr.requires) : view.requiresWord(k + 1, tr.requires)))
    return undefined;
  // ("delivered a heavy blow to Russian forces": the thing given is named before the one it goes to.)
  if (tr.requiresAny.size && !view.requiresWord(k + 1, tr.requiresAny, tr.targetPreps)) return undefined;
  return new VerbMatch(view, k, end - k, tr);
}

/** Agent, target and "between" group of a noun trigger's prepositional phrases (see `prepositionalPhrases`). */
interface Phrases {
  agent: ActorMention[];
  target: ActorMention[];
  between: ActorMention[];
  betweenUnits: ActorMention[][];
  /** The performing participle that gave the agent ("was carried out by"), or -1. */
  performedAt: number;
}

/**
 * The noun trigger `tr` at k in the phrase [a, b), with its arguments' places (see the file comment:
 * the getters compute on first read).
 */
export class NounMatch {
  readonly symmetric: boolean;
  #modifiers: ActorMention[] | undefined;
  #possessed: boolean | undefined;
  #pp: Phrases | undefined;
  #target: ActorMention[] | undefined;
  #gv: number | undefined;
  #copula: boolean | undefined;
  #flags: Flags | undefined;
  #word: string | undefined;

  constructor(
    readonly view: SentenceView,
    readonly k: number,
    /** Its last word. */
    readonly last: number,
    readonly a: number,
    readonly b: number,
    readonly trigger: Trigger,
  ) {
    this.symmetric = SYMMETRIC_RELATIONS.has(trigger.relation);
  }

  /** The trigger's words as the text writes them. */
  get word(): string {
    return (this.#word ??= this.view.textOf(this.k, this.last));
  }

  /** Possessors and modifiers before the noun ("Russian airstrikes", "Syria's allies"). */
  get modifiers(): ActorMention[] {
    if (this.#modifiers) return this.#modifiers;
    const { view, a, k } = this;
    // (argsIn applies the same rules as everywhere: a demonym beside a named actor only describes it.)
    let modifiers = a < k ? [...view.argsIn(a, k).args] : [];
    // "Saudi-led air strikes on …": the leader of the noun's phrase is its source.
    if (!modifiers.length && a < k) modifiers = view.leadersIn(a, k);
    // "the Israeli strike on Damascus": a bare demonym before the noun names its source too, where no
    // named actor does (elsewhere it only describes).
    // ("its Lebanese ally Hezbollah": after a possessive pronoun the demonym describes the one named.)
    const { last, trigger: tr } = this;
    if (!modifiers.length && a < k && !(tr.appositive && possessivePronounIn(view, a, k))) modifiers = view.demonymsIn(a, k);
    // "Russia's war against Ukraine": a state's war is a topic of the state (cues.json stateTopics, no
    // argument), but where the war has a target the possessor wages it.
    if (!modifiers.length && tr.relation === 'attacks' && k > view.first && view.syn.possessiveMarks.has(view.tokens[k - 1]!.text)) {
      const owner = view.mentionAt(k);
      if (owner && owner.endToken === last + 1 && owner.firstToken < k && view.lex.cues.stateTopics.has(view.f[k]!)) modifiers = [owner];
    }
    // "Russian and Syrian air strikes", "US and British strikes": demonyms or names coordinated before
    // the phrase share its head.
    if (modifiers.length && a - 2 >= view.first) modifiers = [...coordinatedBefore(view, a), ...modifiers];
    return (this.#modifiers = modifiers);
  }

  /** A possessive pronoun before the noun: "their fight against …" has a source even when it is no actor. */
  get possessed(): boolean {
    if (this.#possessed === undefined) {
      this.#possessed = false;
      for (let j = this.a; j < this.k; j++) if (this.view.syn.possessivePronouns.has(this.view.f[j]!)) this.#possessed = true;
    }
    return this.#possessed;
  }

  get #phrases(): Phrases {
    return (this.#pp ??= prepositionalPhrases(this.view, this.trigger, Math.max(this.last + 1, this.b)));
  }

  /** Agent ("by X") in the prepositional phrases after the noun. */
  get agent(): ActorMention[] {
    return this.#phrases.agent;
  }

  /** Target in the prepositional phrases after the noun, else an actor right after it inside the phrase: "its ally Russia". */
  get target(): ActorMention[] {
    if (this.#target) return this.#target;
    const pp = this.#phrases;
    return (this.#target = !pp.target.length && this.trigger.appositive ? appositives(this.view, this.last, this.b) : pp.target);
  }

  /** The actors of "between X and Y" (or of a mutual preposition's group) after the noun. */
  get between(): ActorMention[] {
    return this.#phrases.between;
  }

  get betweenUnits(): ActorMention[][] {
    return this.#phrases.betweenUnits;
  }

  /** The verb governing the phrase, or -1. */
  get gv(): number {
    return (this.#gv ??= this.view.governingVerb(this.a));
  }

  /** Is the governing verb "be" with only filler before the phrase? */
  get copula(): boolean {
    if (this.#copula === undefined) {
      const gv = this.gv;
      this.#copula = gv !== -1 && this.view.tokens[gv]!.lemma === 'be' && this.view.onlyFillerBetween(gv, this.a);
    }
    return this.#copula;
  }

  get flags(): Flags {
    return (this.#flags ??= this.#nounFlags());
  }

  /** The modality of the noun: its clause's, its governing verb's, and what its own phrases say. */
  #nounFlags(): Flags {
    const { view, k, a, b, gv, trigger: tr } = this;
    const from = view.clauseStart(a);
    let flags = view.modality(from, k, tr.speech);
    if (gv !== -1) {
      // "agreed after four days of talks": in an adjunct (a preposition between the verb and the
      // phrase) the noun is no complement of the verb; the verb's own mood ("agreed to …") is not its.
      let adjunct = false;
      for (let j = gv + 1; j < a && !adjunct; j++) adjunct = view.tokens[j]!.pos === 'ADP';
      const vflags = view.modality(Math.max(from, gv - 10), adjunct ? gv : gv + 1, tr.speech);
      flags = { negated: flags.negated || vflags.negated, hypothetical: flags.hypothetical || vflags.hypothetical };
    }
    // "the decision to resume talks with Iran", "plans to hold talks": the governing verb is planned.
    if (gv - 2 >= view.first && view.f[gv - 1] === 'to' && (view.tokens[gv - 2]!.pos === 'NOUN' || view.tokens[gv - 2]!.lemma === 'be'))
      flags = { ...flags, hypothetical: true };
    // "the attack … was not carried out by the Taliban": the performing verb's own mood.
    const performedAt = this.#phrases.performedAt;
    if (performedAt !== -1) {
      const pflags = view.modality(this.last + 1, performedAt, false);
      flags = { negated: flags.negated || pflags.negated, hypothetical: flags.hypothetical || pflags.hypothetical };
    }
    // "the talks between Russia and Turkey were postponed": the noun's own clause says it did not happen.
    if (gv === -1 && cancelledAfter(view, b)) flags = { ...flags, negated: true };
    // "the alleged Israeli strike on …", "an incursion allegedly against ISIL": the text doubts the deed.
    const last = this.last;
    if (tr.relation === 'attacks' && !flags.hypothetical) {
      const to = Math.min(view.end, last + 4);
      for (let j = a; j < to; j++) if (view.syn.hedges.has(view.f[j]!)) flags = { ...flags, hypothetical: true };
    }
    // "Syria and its former ally Turkey", "an erstwhile partner": a tie in the past is none now.
    if (tr.relation === 'allied_with' && !flags.negated)
      for (let j = a; j < this.k; j++) if (view.syn.formerModifiers.has(view.f[j]!)) flags = { ...flags, negated: true };
    // "a Russian invasion of Moldova could come within weeks": the noun is the subject of a modal of
    // possibility after its prepositional phrases.
    if (!flags.hypothetical && possibilityAfter(view, Math.max(last + 1, b))) flags = { ...flags, hypothetical: true };
    // "approval for military strikes on Syria", "the threat of an attack": not done, at most wanted.
    // ("Turkey warned of crimes by the YPG": a speech noun's warning is the accusation itself.)
    if (
      !tr.speech &&
      a - 2 >= view.first &&
      (view.f[a - 1] === 'for' || view.f[a - 1] === 'of') &&
      view.syn.unrealizedHeads.has(view.f[a - 2]!)
    )
      flags = { ...flags, hypothetical: true };
    return flags;
  }
}

/** The noun trigger `tr` at k, or undefined when its words or the word required before it are not there. */
export function nounMatch(view: SentenceView, k: number, a: number, b: number, tr: Trigger): NounMatch | undefined {
  const end = view.matchWords(k, tr.words, false);
  if (end === -1) return undefined;
  const last = end - 1;
  if (last >= view.end) return undefined;
  // "Washington came to the aid of Kyiv": the noun is inside a verb trigger ("come to the aid of"),
  // whose "of" names the one helped, not a helper.
  if (tr.targetFrom === 'subject' && view.f[a] === 'the' && a - 2 >= view.first && view.f[a - 1] === 'to') {
    const verb = view.tokens[a - 2]!;
    const phrase = ` to the ${view.f[k]} of`;
    if (verb.pos === 'VERB' && view.lex.relations.verbs.get(verb.lemma)?.some((t) => t.words.join(' ').endsWith(phrase))) return undefined;
  }
  if (tr.requiresBefore.size) {
    let p = a - 1;
    // ('issued "serious threats"': past the mark that opens a quoted noun.)
    while (p >= view.first && (view.tokens[p]!.pos === 'ADJ' || view.f[p] === 'the' || view.f[p] === 'a' || isQuoteMark(view.f[p]!))) p--;
    // (Two words, "letter of" in "a letter of condolence to X", where one alone says too little.)
    if (
      p < view.first ||
      !(tr.requiresBefore.has(view.f[p]!) || (p > view.first && tr.requiresBefore.has(`${view.f[p - 1]} ${view.f[p]}`)))
    )
      return undefined;
  }
  return new NounMatch(view, k, last, a, b, tr);
}

/** The state demonyms or actors coordinated right before a noun phrase starting at a ("Russian and …"). */
function coordinatedBefore(view: SentenceView, a: number): ActorMention[] {
  const out: ActorMention[] = [];
  let j = a - 1;
  while (j - 1 >= view.first && (view.f[j] === 'and' || view.f[j] === 'or' || view.f[j] === ',')) {
    const m = view.mentionAt(j - 1);
    // (A bare demonym that shares the head's sector, "Russian" in "Russian and Syrian air strikes", still counts.)
    const bare = m !== undefined && m.via === 'demonym' && m.endToken === m.firstToken + 1;
    if (!m || m.endToken !== j || (m.sector && !bare) || m.possessive || !(view.isArg(m) || m.via === 'demonym')) break;
    if (view.acts.actors.get(m.actor)?.type !== 'country' && m.via === 'demonym') break;
    out.unshift(m);
    j = m.firstToken - 1;
  }
  return out;
}

/** Is there a possessive pronoun in [a, k) ("its", "their")? */
function possessivePronounIn(view: SentenceView, a: number, k: number): boolean {
  for (let j = a; j < k; j++) if (view.syn.possessivePronouns.has(view.f[j]!)) return true;
  return false;
}

function appositives(view: SentenceView, last: number, b: number): ActorMention[] {
  const out: ActorMention[] = [];
  for (let j = last + 1; j < b; j++) {
    const m = view.mentionAt(j);
    if (!m) {
      // (Only next to the noun: "its allies support ISIL", read as one phrase, names no ally.)
      const p = view.tokens[j]!.pos;
      // (A title before the name is no break: "its ally President Bashar al-Assad".)
      if (p !== 'DET' && p !== 'ADJ' && p !== 'PUNCT' && p !== 'CCONJ' && p !== 'PROPN' && view.acts.roleTokens[j] !== 1) break;
      continue;
    }
    if (view.isArg(m) && !out.includes(m)) out.push(m);
    j = m.endToken - 1;
  }
  return out;
}

/** Is the token after the noun's prepositional phrases (from j) a modal of possibility ("… could come")? */
function possibilityAfter(view: SentenceView, j: number): boolean {
  for (let n = 0; j < view.end && n < 4; n++) {
    if (view.tokens[j]!.pos === 'ADP' && view.isNP(j + 1)) j = view.np(j + 1)[1];
    else return view.syn.possibilityModals.has(view.f[j]!) && view.tokens[j]!.pos === 'AUX';
  }
  return false;
}

/**
 * Is the first verb after the noun's phrase (from b, within its clause) a cancelling one, the noun
 * its subject? "The talks between Russia and Turkey were postponed."
 */
function cancelledAfter(view: SentenceView, b: number): boolean {
  for (let v = b; v < view.end && v < b + 14; v++) {
    if (view.isBreak(v) || view.f[v] === ',') return false;
    const t = view.tokens[v]!;
    if (t.pos !== 'VERB') continue;
    return view.syn.cancellingVerbs.has(t.lemma) || (v + 1 < view.end && view.syn.cancellingVerbs.has(`${t.lemma} ${view.f[v + 1]}`));
  }
  return false;
}

/** The prepositional phrases after a noun trigger, from token j: its agent, target or "between" group. */
function prepositionalPhrases(view: SentenceView, tr: Trigger, j: number) {
  let agent: ActorMention[] = [];
  let target: ActorMention[] = [];
  let between: ActorMention[] = [];
  let betweenUnits: ActorMention[][] = [];
  let skipped = false;
  /** The performing participle that gave the agent ("was carried out by"), or -1. */
  let performedAt = -1;
  // ('issued "serious threats" to Damascus': past the mark that closes a quoted noun.)
  if (j < view.end && isQuoteMark(view.f[j]!) && j + 1 < view.end && view.tokens[j + 1]!.pos === 'ADP') j++;
  const j0 = j;
  for (let n = 0; j < view.end && n < 8; n++) {
    if (view.isBreak(j)) break;
    const t = view.tokens[j]!;
    if (t.pos === 'VERB' && !(view.tokens[j - 1]?.text === '-')) {
      // "clashes erupted between X and Y", "fighting broke out between …": the noun's own happening.
      // "the attack on the army was carried out by the Taliban": the deed's agent after its participle.
      // Its own verb, not a later noun's ("aggression on Syria and the crimes committed by …"): right
      // after the noun's phrase, or with its "be".
      const own = n === 0 || view.hasBeAux(j);
      if (own && !agent.length && tr.agentPreps.has('by') && view.syn.performVerbs.has(t.lemma)) {
        const x = view.f[j + 1] === 'out' ? j + 2 : j + 1;
        if (view.f[x] === 'by' && view.isNP(x + 1)) {
          const g = view.groupRight(x + 1);
          agent = g.args;
          performedAt = j;
          // "Airstrikes carried out by the United States against the Nusra Front": the target may
          // follow the agent.
          if (agent.length && !target.length && !between.length) {
            j = g.end;
            continue;
          }
        }
        break;
      }
      if (!tr.mutual || !view.syn.happeningVerbs.has(t.lemma)) break;
      j++;
      if (j < view.end && view.syn.happeningParticles.has(view.f[j]!) && view.tokens[j]!.pos !== 'NOUN') j++;
      continue;
    }
    const w = view.f[j]!;
    // "of" belongs to the noun right before it: after a skipped phrase ("a crime in the city of
    // Aleppo with the support of Russian strikes") it is no longer the trigger's.
    // After a place word ("the SDF alliance south of the town", non-actors.json placePrepositions) it is the place's.
    // After "ahead", "because", "instead" it is a compound preposition's ("war crimes ahead of a
    // Security Council meeting").
    if (
      w === 'of' &&
      (skipped ||
        view.lex.nonActors.placePrepositions.has(`${view.f[j - 1]} of`) ||
        view.syn.compoundPrepositionHeads.has(view.f[j - 1]!)) &&
      view.isNP(j + 1)
    ) {
      j = view.np(j + 1)[1];
      continue;
    }
    if ((t.pos === 'ADP' || t.pos === 'SCONJ' || t.pos === 'VERB' || t.pos === 'ADV') && view.isNP(j + 1)) {
      if (tr.mutualPreps.has(w) || (w === 'between' && tr.targetPreps.has('between'))) {
        const g = view.groupRight(j + 1);
        // "the fighting, with Britain, France and the US demanding …": "with" and an -ing verb open
        // an absolute phrase, no party of the noun.
        if (w === 'with' && g.end < view.end && view.tokens[g.end]!.pos === 'VERB' && view.f[g.end]!.endsWith('ing')) break;
        // "clashes between X and Y", "joint flights of X and Y": the group acts together;
        // "clashes with Y": Y is the other party.
        // ("between Nusra as well as the FSA on one hand and ISIL on the other": the group's units
        // are the two sides, phrases.ts groupRight.)
        if (g.args.length > 1 || w === 'between') {
          between = g.args;
          betweenUnits = g.units;
        } else target = g.args;
        break;
      }
      if (tr.agentPreps.has(w) && !agent.length && !(tr.targetPreps.has(w) && !tr.sourceFrom && !tr.targetFrom)) {
        const g = view.groupRight(j + 1);
        agent = g.args;
        j = g.end;
        if (target.length) break;
        continue;
      }
      // "the bombardment of Douma": a target "of" is the noun's own, right after it ("shelling by
      // al-Nusra, the Syrian branch of al-Qaeda" names no target).
      // ("during an operation … on Tuesday the Turkish military said": a day is no target.)
      const timeOpens = view.lex.cues.timeWords.has(view.f[j + 1]!);
      if (tr.targetPreps.has(w) && !target.length && !(w === 'of' && j !== j0) && !timeOpens) {
        const g = view.groupRight(j + 1);
        target = g.args;
        // "tariffs on Chinese goods": a bare demonym owns the object it names.
        let end = g.end;
        if (!target.length) {
          const [pa, pb] = view.np(j + 1);
          if (view.throughHead(tr, pa, pb)) {
            target = view.objectOwners(pa, pb);
            // ("in support of an offensive by Syrian forces": an owner named after the object is
            // no agent of the noun.)
            if (target.length && target.every((x) => x.firstToken >= pb) && pb + 1 < view.end && view.isNP(pb + 1))
              end = view.groupRight(pb + 1).end;
          }
          // "a meeting with Arab ministers, including from Bahrain and Egypt": the members listed.
          if (!target.length) target = view.listedAfter(pb);
        }
        if (!target.length && !g.blocked) break;
        j = end;
        if (agent.length || !tr.agentPreps.size) break;
        continue;
      }
      // Skip a time or place phrase ("on Monday", "in Tehran"); past a deed answered ("retaliation
      // for air strikes on Sanaa", "in response to the attack on …") the later phrases are that deed's.
      const [, pb] = view.np(j + 1);
      if ((w === 'for' || w === 'to') && tr.relation === 'attacks' && view.isAttackNoun(pb - 1)) break;
      j = pb;
      skipped = true;
      continue;
    }
    if (view.isNP(j) && n === 0) {
      j = view.np(j)[1];
      continue;
    }
    j++;
  }
  return { agent, target, between, betweenUnits, performedAt };
}
