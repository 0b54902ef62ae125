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
    const view = this.view;
    return (this.#flags ??= view.modality(Math.max(view.clauseStart(this.k), this.subj.start), this.k, false));
  }
}

/** The verb trigger `tr` at k, or undefined when its words or required words are not there. */
export function verbMatch(view: SentenceView, k: number, tr: Trigger, stem: string | undefined): VerbMatch | undefined {
  if (
    stem
      ? tr.words[0] !== stem || (tr.words.length > 1 && !view.matchWords(k + 1, tr.words.slice(1), true))
      : !view.matchWords(k, tr.words, true)
  )
    return undefined;
  // "the Syrian fighting group", "a fighting force": an -ing form between a modifier and its head
  // noun describes the noun; it is no verb.
  if (
    tr.words.length === 1 &&
    view.f[k]!.endsWith('ing') &&
    k - 1 >= view.first &&
    k + 1 < view.end &&
    view.tokens[k + 1]!.pos === 'NOUN' &&
    (view.tokens[k - 1]!.pos === 'DET' || view.tokens[k - 1]!.pos === 'ADJ' || view.mentionAt(k - 1)?.via === 'demonym') &&
    (view.lex.cues.groupNouns.has(view.f[k + 1]!) || view.syn.describedByParticiple.has(view.f[k + 1]!))
  )
    return undefined;
  if (tr.requires.size && !view.requiresWord(k + 1, tr.requires)) return undefined;
  if (tr.requiresAny.size && !view.requiresWord(k + 1, tr.requiresAny)) return undefined;
  return new VerbMatch(view, k, tr.words.length, tr);
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
    if (!modifiers.length && a < k) modifiers = view.demonymsIn(a, k);
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
    // "approval for military strikes on Syria", "the threat of an attack": not done, at most wanted.
    if (a - 2 >= view.first && (view.f[a - 1] === 'for' || view.f[a - 1] === 'of') && view.syn.unrealizedHeads.has(view.f[a - 2]!))
      flags = { ...flags, hypothetical: true };
    return flags;
  }
}

/** The noun trigger `tr` at k, or undefined when its words or the word required before it are not there. */
export function nounMatch(view: SentenceView, k: number, a: number, b: number, tr: Trigger): NounMatch | undefined {
  if (!view.matchWords(k, tr.words, false)) return undefined;
  const last = k + tr.words.length - 1;
  if (last >= view.end) return undefined;
  if (tr.requiresBefore.size) {
    let p = a - 1;
    while (p >= view.first && (view.tokens[p]!.pos === 'ADJ' || view.f[p] === 'the' || view.f[p] === 'a')) p--;
    if (p < view.first || !tr.requiresBefore.has(view.f[p]!)) return undefined;
  }
  return new NounMatch(view, k, last, a, b, tr);
}

function appositives(view: SentenceView, last: number, b: number): ActorMention[] {
  const out: ActorMention[] = [];
  for (let j = last + 1; j < b; j++) {
    const m = view.mentionAt(j);
    if (m && view.isArg(m) && !out.includes(m)) out.push(m);
  }
  return out;
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
          agent = view.groupRight(x + 1).args;
          performedAt = j;
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
    if (w === 'of' && (skipped || view.lex.nonActors.placePrepositions.has(`${view.f[j - 1]} of`)) && view.isNP(j + 1)) {
      j = view.np(j + 1)[1];
      continue;
    }
    if ((t.pos === 'ADP' || t.pos === 'SCONJ' || t.pos === 'VERB' || t.pos === 'ADV') && view.isNP(j + 1)) {
      if (tr.mutualPreps.has(w) || (w === 'between' && tr.targetPreps.has('between'))) {
        const g = view.groupRight(j + 1);
        // "clashes between X and Y", "joint flights of X and Y": the group acts together;
        // "clashes with Y": Y is the other party.
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
      if (tr.targetPreps.has(w) && !target.length) {
        const g = view.groupRight(j + 1);
        target = g.args;
        // "tariffs on Chinese goods": a bare demonym owns the object it names.
        if (!target.length) {
          const [pa, pb] = view.np(j + 1);
          if (view.throughHead(tr, pa, pb)) target = view.objectOwners(pa, pb);
          // "a meeting with Arab ministers, including from Bahrain and Egypt": the members listed.
          if (!target.length) target = view.listedAfter(pb);
        }
        if (!target.length && !g.blocked) break;
        j = g.end;
        if (agent.length || !tr.agentPreps.size) break;
        continue;
      }
      // Skip a time or place phrase ("on Monday", "in Tehran").
      j = view.np(j + 1)[1];
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
