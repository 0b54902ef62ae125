// Parses and checks the relation lexicon (relations.json): which words signal which relation,
// and how their arguments are found. Indexed by first word so that matching is one map lookup.
import type { QuadClass, RelationType } from '../types.js';
import { RELATION_TYPES } from '../types.js';
import { foldKey } from '../nlp/shadow.js';

export type TriggerKind = 'verb' | 'noun' | 'compound';

export interface Trigger {
  kind: TriggerKind;
  relation: RelationType;
  category: string;
  quad: QuadClass | null;
  /** The words (verb lemmas or folded noun forms). */
  words: string[];
  targetPreps: Set<string>;
  /**
   * Prepositions whose phrase names the target only through a thing it owns (syntax.json
   * objectHeads): "blew himself up near a Jaish al-Islam position", not "in Syria".
   */
  ownedPreps: Set<string>;
  agentPreps: Set<string>;
  direct: boolean;
  directNeedsActor: boolean;
  mutual: boolean;
  mutualPreps: Set<string>;
  appositive: boolean;
  sourceFrom?: 'subject';
  targetFrom?: 'subject';
  onlyWithAgent: boolean;
  /**
   * "Israel's bombardment of Hamas positions": the source is the noun's own possessor, modifier or
   * agent, never the clause's subject ("demanded an end to the shelling of Kurdish towns").
   */
  ownSource: boolean;
  requires: Set<string>;
  /** `requires` names the head of the object's complement ("considers the YPG a key partner"), not any later word. */
  requiresComplement: boolean;
  requiresAny: Set<string>;
  requiresBefore: Set<string>;
  speech: boolean;
  /** "threatened to attack the YPG": the object of the infinitive is the target. */
  throughInfinitive: boolean;
  /** "advanced on Tripoli": a capital after a movement is the place, not its government. */
  capitalIsPlace: boolean;
  /** "gave Ukraine 5 million euros of aid": an actor named first in the object, the thing after it, is the party. */
  ditransitive: boolean;
  /** "expelled the ambassador" (a sanction), not "expelled IS from Zuhur": an armed target is the next trigger's (a fight). */
  unarmedTargets: boolean;
}

export interface RelationLexicon {
  /** Verb triggers by their first lemma. */
  verbs: Map<string, Trigger[]>;
  /** Noun triggers by their first folded word (form or lemma). */
  nouns: Map<string, Trigger[]>;
  /** Compound participles ("backed" in "U.S.-backed"). */
  compounds: Map<string, Trigger>;
  passiveAgentPreps: Set<string>;
  passiveOfAgent: Set<string>;
  /** Irregular past forms → verb lemma, for verbs tagged as nouns. */
  pastForms: Map<string, string>;
}

/** PLOVER categories and their quad class. */
export const PLOVER_QUAD: Record<string, QuadClass | null> = {
  CONSULT: 'verbal_cooperation',
  AGREE: 'verbal_cooperation',
  SUPPORT: 'verbal_cooperation',
  COOPERATE: 'material_cooperation',
  AID: 'material_cooperation',
  RETREAT: 'material_cooperation',
  DISAPPROVE: 'verbal_conflict',
  REJECT: 'verbal_conflict',
  THREATEN: 'verbal_conflict',
  PROTEST: 'verbal_conflict',
  DEMAND: 'verbal_conflict',
  SANCTION: 'material_conflict',
  COERCE: 'material_conflict',
  ASSAULT: 'material_conflict',
  FIGHT: 'material_conflict',
  MOBILIZE: 'material_conflict',
  AFFILIATE: null,
};

/**
 * A trigger with every field, in one order, whatever object its fields come from (a base spread
 * with its words, a construction's own literal). The relation stage reads a trigger's fields at
 * every match, and V8 reads a field fast only where it meets few object shapes: triggers made in
 * those several ways, some without the optional fields, met it in a dozen.
 */
export function newTrigger(t: Trigger): Trigger {
  return {
    kind: t.kind,
    relation: t.relation,
    category: t.category,
    quad: t.quad,
    words: t.words,
    targetPreps: t.targetPreps,
    ownedPreps: t.ownedPreps,
    agentPreps: t.agentPreps,
    direct: t.direct,
    directNeedsActor: t.directNeedsActor,
    mutual: t.mutual,
    mutualPreps: t.mutualPreps,
    appositive: t.appositive,
    sourceFrom: t.sourceFrom,
    targetFrom: t.targetFrom,
    onlyWithAgent: t.onlyWithAgent,
    ownSource: t.ownSource,
    requires: t.requires,
    requiresComplement: t.requiresComplement,
    requiresAny: t.requiresAny,
    requiresBefore: t.requiresBefore,
    speech: t.speech,
    throughInfinitive: t.throughInfinitive,
    capitalIsPlace: t.capitalIsPlace,
    ditransitive: t.ditransitive,
    unarmedTargets: t.unarmedTargets,
  };
}

function fail(file: string, msg: string): never {
  throw new Error(`actorgraph/lexicon: ${file}: ${msg}`);
}

function words(file: string, where: string, v: unknown): string[] {
  if (v === undefined) return [];
  if (!Array.isArray(v) || v.some((x) => typeof x !== 'string' || !x.trim())) fail(file, `${where} must be a list of non-empty strings`);
  return (v as string[]).map((s) => foldKey(s));
}

/** Checks and indexes the parsed relations.json. */
export function parseRelationLexicon(file: string, raw: unknown): RelationLexicon {
  if (typeof raw !== 'object' || raw === null || !Array.isArray((raw as { triggers?: unknown }).triggers))
    fail(file, 'must be {"triggers": [...]}');
  const lex: RelationLexicon = {
    verbs: new Map(),
    nouns: new Map(),
    compounds: new Map(),
    passiveAgentPreps: new Set(),
    passiveOfAgent: new Set(),
    pastForms: new Map(),
  };
  const entries = (raw as { triggers: Array<Record<string, unknown>> }).triggers;
  entries.forEach((e, i) => {
    const where = `triggers[${i}]`;
    const relation = e.relation as RelationType;
    if (!RELATION_TYPES.includes(relation) || relation === 'member_of')
      fail(file, `${where}: "relation" must be one of ${RELATION_TYPES.filter((r) => r !== 'member_of').join(', ')}`);
    const category = e.category;
    if (typeof category !== 'string' || !(category in PLOVER_QUAD))
      fail(file, `${where}: "category" must be a PLOVER category (${Object.keys(PLOVER_QUAD).join(', ')})`);
    const base = {
      relation,
      category,
      quad: PLOVER_QUAD[category] as QuadClass | null,
      targetPreps: new Set(words(file, `${where}.targetPreps`, e.targetPreps)),
      ownedPreps: new Set(words(file, `${where}.ownedPreps`, e.ownedPreps)),
      agentPreps: new Set(words(file, `${where}.agentPreps`, e.agentPreps ?? ['by'])),
      direct: e.direct === true,
      directNeedsActor: e.directNeedsActor === true,
      mutual: e.mutual === true,
      mutualPreps: new Set(words(file, `${where}.mutualPreps`, e.mutualPreps)),
      appositive: e.appositive === true,
      sourceFrom: e.sourceFrom === 'subject' ? ('subject' as const) : undefined,
      targetFrom: e.targetFrom === 'subject' ? ('subject' as const) : undefined,
      onlyWithAgent: e.onlyWithAgent === true,
      ownSource: e.ownSource === true,
      requires: new Set(words(file, `${where}.requires`, e.requires)),
      requiresComplement: e.requiresComplement === true,
      requiresAny: new Set(words(file, `${where}.requiresAny`, e.requiresAny)),
      requiresBefore: new Set(words(file, `${where}.requiresBefore`, e.requiresBefore)),
      speech: e.speech === true,
      throughInfinitive: e.throughInfinitive === true,
      capitalIsPlace: e.capitalIsPlace === true,
      ditransitive: e.ditransitive === true,
      unarmedTargets: e.unarmedTargets === true,
    };
    for (const v of words(file, `${where}.verbs`, e.verbs)) {
      const t = newTrigger({ ...base, kind: 'verb', words: v.split(' ') });
      push(lex.verbs, t.words[0]!, t);
    }
    for (const n of words(file, `${where}.nouns`, e.nouns)) {
      const t = newTrigger({ ...base, kind: 'noun', words: n.split(' ') });
      push(lex.nouns, t.words[0]!, t);
    }
    for (const c of words(file, `${where}.compounds`, e.compounds)) {
      lex.compounds.set(c, newTrigger({ ...base, kind: 'compound', words: [c] }));
    }
    if (!e.verbs && !e.nouns && !e.compounds) fail(file, `${where}: needs "verbs", "nouns" or "compounds"`);
  });
  const pa = (raw as { passiveAgents?: { preps?: unknown; ofAgent?: unknown } }).passiveAgents ?? {};
  for (const p of words(file, 'passiveAgents.preps', pa.preps)) lex.passiveAgentPreps.add(p);
  for (const p of words(file, 'passiveAgents.ofAgent', pa.ofAgent)) lex.passiveOfAgent.add(p);
  const past = (raw as { pastForms?: Record<string, unknown> }).pastForms ?? {};
  for (const [form, lemma] of Object.entries(past)) {
    if (form.startsWith('$')) continue;
    if (typeof lemma !== 'string') fail(file, `pastForms.${form} must be a verb lemma`);
    lex.pastForms.set(foldKey(form), foldKey(lemma));
  }
  // Longest triggers first, so that "phone call" wins over "call".
  for (const list of [...lex.verbs.values(), ...lex.nouns.values()]) list.sort((a, b) => b.words.length - a.words.length);
  return lex;
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const l = m.get(k);
  if (l) l.push(v);
  else m.set(k, [v]);
}
