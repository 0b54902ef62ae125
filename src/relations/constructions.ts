// Constructions read over a sentence view that no single trigger word carries: demands made of
// another actor ("urged Israel to halt", "demanded that the US cancel", "called on Japan to stop"),
// alliances stated by apposition or possession ("Hezbollah, a close ally of Iran", "its Russian
// ally"), and deals brokered together ("a ceasefire brokered by Russia and Turkey", "a US-Russian
// brokered truce").
import type { ActorMention } from '../actors/recognize.js';
import type { Trigger } from '../lexicon/relations.js';

/** What these constructions read of a sentence (the sentence view's methods). */
export interface ConstructionView {
  readonly tokens: Array<{ text: string; pos: string; lemma: string; start: number; end: number }>;
  readonly f: string[];
  readonly first: number;
  readonly end: number;
  readonly doc: { text: string };
  mentionAt(k: number): ActorMention | undefined;
  isArg(m: ActorMention): boolean;
  isNP(k: number): boolean;
  np(k: number): [number, number];
  groupRight(k: number): { args: ActorMention[]; end: number };
  subjectOf(v: number): { args: ActorMention[]; start: number };
  resolvePronoun(k: number, kind: 'singular' | 'plural' | 'person'): ActorMention[];
  modality(from: number, trigger: number, speech: boolean): { negated?: boolean; hypothetical?: boolean };
  isBreak(k: number): boolean;
}

export type Emit = (sources: ActorMention[], targets: ActorMention[], trigger: Trigger, word: string, flags: { negated?: boolean; hypothetical?: boolean }) => void;

/** The words these constructions read (relations.json "constructions"). */
export interface ConstructionWords {
  demand: { speakers: Set<string>; appeals: Set<string>; hostileActs: Set<string>; particles: Map<string, Set<string>>; openers: Set<string>; nouns: Set<string> };
  /** Object heads through which a relation reaches the object's owner, by relation. */
  objectHeads: Map<string, Set<string>>;
  veto: { verbs: Set<string>; measures: Set<string>; against: Set<string> };
  conditionalThreat: { verbs: Set<string>; conditions: Set<string> };
  ally: { nouns: Set<string> };
  broker: { verbs: Set<string>; deals: Set<string>; meetings: Set<string> };
}

function trigger(relation: Trigger['relation'], category: string, quad: Trigger['quad'], word: string): Trigger {
  return {
    kind: 'verb', relation, category, quad, words: [word], targetPreps: new Set(), agentPreps: new Set(), direct: false,
    directNeedsActor: false, mutual: false, mutualPreps: new Set(), appositive: false, onlyWithAgent: false,
    requires: new Set(), requiresAny: new Set(), requiresBefore: new Set(), speech: false, throughInfinitive: false,
  };
}

const DEMAND = trigger('opposes', 'DEMAND', 'verbal_conflict', 'demand');
const ALLY = trigger('allied_with', 'COOPERATE', 'material_cooperation', 'ally');
const BROKER = trigger('allied_with', 'COOPERATE', 'material_cooperation', 'broker');
const THREAT = trigger('opposes', 'THREATEN', 'verbal_conflict', 'threaten');
const VETO = trigger('supports', 'SUPPORT', 'verbal_cooperation', 'veto');
const MEET = trigger('met', 'CONSULT', 'verbal_cooperation', 'talks');

function span(v: ConstructionView, a: number, b: number): string {
  return v.doc.text.slice(v.tokens[a].start, v.tokens[Math.min(b, v.end - 1)].end);
}

/**
 * "X demanded that Y withdraw", "X urged / called on / asked / pressed Y to stop …": the speaker
 * opposes the actor of whom it demands (PLOVER DEMAND). A demand verb ("demand", "insist") is
 * hostile whatever is demanded; an appeal ("urge", "call on", "ask") only when what it asks is to
 * stop, withdraw, release, step down… ("urged the EU to support" is an appeal, not opposition).
 */
export function demandFrames(v: ConstructionView, emit: Emit, w: ConstructionWords['demand']): void {
  for (let k = v.first; k < v.end; k++) {
    const t = v.tokens[k];
    if ((t.pos !== 'VERB' && t.pos !== 'NOUN') || v.mentionAt(k)) continue;
    const lemma = t.lemma;
    const noun = t.pos === 'NOUN' && w.nouns.has(v.f[k]);
    const demanding = w.speakers.has(lemma) || (noun && (v.f[k] === 'demand' || v.f[k] === 'demands'));
    if (!demanding && !noun && !w.appeals.has(lemma)) continue;
    let j = k + 1;
    if (j < v.end && w.openers.has(v.f[j])) j++;
    const that = j < v.end && v.f[j] === 'that';
    if (that) j++;
    if (j >= v.end || !v.isNP(j)) continue;
    const group = v.groupRight(j);
    if (!group.args.length) continue;
    // The demanded act: "to <verb>" after the actor, or "(should|must) <verb>" in a that-clause.
    let d = group.end;
    while (d < v.end && (v.tokens[d].pos === 'ADV' || (that && (v.tokens[d].pos === 'AUX' || v.f[d] === 'to')) || (!that && v.f[d] === 'to'))) d++;
    if (d >= v.end || v.tokens[d].pos !== 'VERB') continue;
    if (!that && v.f[d - 1] !== 'to' && v.f[d - 2] !== 'to') continue;
    const act = v.tokens[d].lemma;
    if (!demanding) {
      if (!w.hostileActs.has(act)) continue;
      const particles = w.particles.get(act);
      if (particles && !(d + 1 < v.end && particles.has(v.f[d + 1]))) continue;
    }
    // A demand noun's speaker: its possessor ("its demand", "Russia's calls") or the clause subject.
    const subj = noun ? possessorOf(v, k) ?? v.subjectOf(k) : v.subjectOf(k);
    if (!subj.args.length) continue;
    emit(subj.args, group.args, DEMAND, span(v, k, k), v.modality(subj.start, k, false));
  }
}

/** The possessor of the noun at k inside its phrase ("its demand", "Russia's call"), if any. */
function possessorOf(v: ConstructionView, k: number): { args: ActorMention[]; start: number } | undefined {
  const [a] = v.np(k);
  for (let j = k - 1; j >= a; j--) {
    const m = v.mentionAt(j);
    if (m?.possessive && v.isArg(m)) return { args: [m], start: a };
    if ((v.f[j] === 'its' || v.f[j] === 'their') && v.tokens[j].pos === 'PRON') return { args: v.resolvePronoun(j, v.f[j] === 'its' ? 'singular' : 'plural'), start: a };
  }
  return undefined;
}

/**
 * "Russia threatened to stop the talks if the United States deployed missiles", "warned it would
 * respond unless Turkey withdrew": a threat conditional on another actor's act opposes that actor.
 */
export function conditionalThreats(v: ConstructionView, emit: Emit, w: ConstructionWords['conditionalThreat']): void {
  for (let k = v.first; k < v.end; k++) {
    const t = v.tokens[k];
    if (t.pos !== 'VERB' || !w.verbs.has(t.lemma)) continue;
    for (let j = k + 1; j < v.end && j < k + 30; j++) {
      if (v.f[j] === ';' || v.f[j] === ':' || (v.tokens[j].pos === 'VERB' && w.verbs.has(v.tokens[j].lemma))) break;
      if (!w.conditions.has(v.f[j]) || !v.isNP(j + 1)) continue;
      const group = v.groupRight(j + 1);
      // The actor must be the condition's subject: a verb follows it ("if Hamas ran", "unless Turkey withdraws").
      let e = group.end;
      while (e < v.end && (v.tokens[e].pos === 'AUX' || v.tokens[e].pos === 'ADV' || v.tokens[e].pos === 'PART' || v.f[e] === ',')) e++;
      if (!group.args.length || e >= v.end || v.tokens[e].pos !== 'VERB') break;
      const subj = v.subjectOf(k);
      emit(subj.args, group.args, THREAT, t.text, v.modality(subj.start, k, true));
      break;
    }
  }
}

/**
 * "Hezbollah, a close ally of Iran, …", "Iran and its Russian ally", "Syria's Iranian allies":
 * the phrase names one actor as the ally of another.
 */
export function allyPhrases(v: ConstructionView, emit: Emit, w: ConstructionWords['ally']): void {
  for (let k = v.first; k < v.end; k++) {
    if (!w.nouns.has(v.f[k]) || v.tokens[k].pos !== 'NOUN' || v.mentionAt(k)) continue;
    const [a, b] = v.np(k);
    // Who holds the ally: a possessor in the phrase ("Iran's", "its") or "of X" after it.
    let holder: ActorMention[] = [];
    const inner: ActorMention[] = [];
    for (let j = a; j < k; j++) {
      const m = v.mentionAt(j);
      if (m) {
        if (m.possessive && v.isArg(m)) holder = [m];
        else if (!inner.includes(m) && !m.possessive) inner.push(m);
        j = m.endToken - 1;
        continue;
      }
      if (v.f[j] === 'its' || v.f[j] === 'their') holder = v.resolvePronoun(j, v.f[j] === 'its' ? 'singular' : 'plural');
    }
    if (!holder.length && b < v.end && v.f[b] === 'of' && v.isNP(b + 1)) holder = v.groupRight(b + 1).args;
    if (!holder.length) continue;
    // Who the ally is: an actor named right after ("its ally Russia"), a demonym inside ("its
    // Russian ally"), or the actor this phrase is in apposition to ("Hezbollah, a close ally of Iran").
    let ally: ActorMention[] = [];
    for (let j = k + 1; j < b; j++) {
      const m = v.mentionAt(j);
      if (m && v.isArg(m) && !ally.includes(m)) ally.push(m);
    }
    if (!ally.length) ally = inner.filter((m) => !holder.includes(m));
    if (!ally.length && a - 2 >= v.first && v.f[a - 1] === ',' && (v.f[a] === 'a' || v.f[a] === 'an' || v.f[a] === 'the' || v.tokens[a].pos === 'ADJ')) {
      const before = v.np(a - 2);
      for (let j = before[0]; j < before[1]; j++) {
        const m = v.mentionAt(j);
        if (m && v.isArg(m) && !ally.includes(m)) ally.push(m);
      }
    }
    if (!ally.length) continue;
    emit(holder, ally.filter((m) => !holder.some((h) => h.actor === m.actor)), ALLY, span(v, k, k), v.modality(a, k, false));
  }
}

/**
 * "a ceasefire brokered by Russia and Turkey", "Russia and Turkey brokered a truce", "a
 * US-Russian brokered ceasefire", "the Russia-Turkey deal": the brokers act together (allied_with,
 * pairwise); "US-Russian talks" are a meeting.
 */
export function brokeredDeals(v: ConstructionView, emit: Emit, w: ConstructionWords['broker']): void {
  const pairwise = (group: ActorMention[], tr: Trigger, word: string, flags: { negated?: boolean; hypothetical?: boolean }) => {
    for (let x = 0; x < group.length; x++) for (let y = x + 1; y < group.length; y++) emit([group[x]], [group[y]], tr, word, flags);
  };
  for (let k = v.first; k < v.end; k++) {
    const t = v.tokens[k];
    if (w.verbs.has(t.lemma) && (t.pos === 'VERB' || t.pos === 'ADJ')) {
      let group: ActorMention[] = [];
      if (k + 1 < v.end && v.f[k + 1] === 'by' && v.isNP(k + 2)) group = v.groupRight(k + 2).args;
      else if (t.pos === 'VERB') group = v.subjectOf(k).args;
      if (group.length > 1) pairwise(group, BROKER, t.text, v.modality(v.first, k, false));
      continue;
    }
    // "US-Russian brokered ceasefire", "the Russia-Turkey deal": two actors joined by a hyphen.
    const m1 = v.mentionAt(k);
    if (!m1 || m1.endToken !== k + 1 || k + 2 >= v.end) continue;
    const dash = v.tokens[k + 1];
    if (dash.text !== '-' || dash.start !== v.tokens[k].end) continue;
    const m2 = v.mentionAt(k + 2);
    if (!m2 || m2 === m1 || v.tokens[k + 2].start !== dash.end) continue;
    const [, b] = v.np(k + 2);
    for (let j = m2.endToken; j < Math.min(b + 1, v.end); j++) {
      const word = v.f[j];
      const deal = w.deals.has(word) || w.verbs.has(v.tokens[j].lemma);
      if (deal || w.meetings.has(word)) {
        emit([m1], [m2], deal ? BROKER : MEET, span(v, k, j), v.modality(v.first, k, false));
        break;
      }
    }
  }
}

/**
 * "China vetoed a UN resolution against North Korea", "Russia blocked sanctions on Syria":
 * blocking a measure aimed at an actor supports that actor (guidelines: supports).
 */
export function vetoes(v: ConstructionView, emit: Emit, w: ConstructionWords['veto']): void {
  for (let k = v.first; k < v.end; k++) {
    const t = v.tokens[k];
    if (t.pos !== 'VERB' || !w.verbs.has(t.lemma)) continue;
    let j = k + 1;
    while (j < v.end && (v.tokens[j].pos === 'ADV' || v.tokens[j].pos === 'PART')) j++;
    if (j >= v.end || !v.isNP(j)) continue;
    const [, b] = v.np(j);
    let h = b - 1;
    while (h > j && !w.measures.has(v.f[h])) h--;
    if (!w.measures.has(v.f[h])) continue;
    // The measure's aim: "against X", "condemning X", or "sanctions on X".
    let targets: ActorMention[] = [];
    for (let x = h + 1; x < Math.min(v.end, h + 4) && !targets.length; x++) {
      if (v.isBreak(x) && v.f[x] !== 'on' && v.f[x] !== 'against' && !w.against.has(v.f[x])) break;
      if (w.against.has(v.f[x]) && v.isNP(x + 1)) targets = v.groupRight(x + 1).args;
    }
    if (!targets.length) continue;
    const subj = v.subjectOf(k);
    emit(subj.args, targets, VETO, t.text, v.modality(subj.start, k, false));
  }
}

/** The constructions in order. */
export function runConstructions(v: ConstructionView, emit: Emit, w: ConstructionWords): void {
  demandFrames(v, emit, w.demand);
  vetoes(v, emit, w.veto);
  conditionalThreats(v, emit, w.conditionalThreat);
  allyPhrases(v, emit, w.ally);
  brokeredDeals(v, emit, w.broker);
}
