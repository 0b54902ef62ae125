// Parses and checks cues.json: the word lists that tell the extractor about sectors, generic
// groups, organization names, speech, negation and modality.
import type { ActorType, Sector } from '../types.js';
import { foldKey } from '../nlp/shadow.js';

/** What a pronoun stands for (cues.json pronouns). */
export type PronounKind = 'singular' | 'plural' | 'person' | 'speaker';

export interface Cues {
  /** Head noun (folded, possibly multiword) → sector, for "<demonym> <head>". */
  sectorHeads: Map<string, Sector>;
  /** Bare nouns that refer back to the last state in that sector. */
  corefSectors: Map<string, Sector>;
  /** Nouns after a leader's name that stand for the leader's state. */
  leaderHeads: Map<string, Sector>;
  groupNouns: Set<string>;
  /** Words that name some members of a group just mentioned ("including", "among them"), folded. */
  memberListIntroducers: string[][];
  notNames: Set<string>;
  /** Adjectives of closeness or standing before an actor phrase ("Key regime ally Iran"): no name at a sentence's start. */
  describers: Set<string>;
  genericHeads: Set<string>;
  orgHeads: Set<string>;
  armedHeads: Set<string>;
  armedPrefixes: Set<string>;
  nameParticles: Set<string>;
  speechVerbs: Set<string>;
  negation: Set<string>;
  negatingVerbs: Set<string>;
  presupposingVerbs: Set<string>;
  modals: Set<string>;
  hypotheticalCues: Set<string>;
  clauseBreaks: Set<string>;
  relativePronouns: Set<string>;
  /** Subjects that stand for the two actors of the last sentence's subject ("the two sides"). */
  pairReferences: Set<string>;
  /** Pronoun → what it stands for: an actor before it, a person, or (first person, "we") the speaker whose words hold it. */
  pronouns: Map<string, PronounKind>;
  timeWords: Set<string>;
  /** Sector heads that name the state's territory or affairs ("Syrian territory"), not its people. */
  stateTopics: Set<string>;
  /** Words that make "<demonym> X <head>" an ethnic or insurgent group ("Syrian Kurdish forces"). */
  ethnicModifiers: Set<string>;
  /** A noun that refers back to the one actor of these types named just before ("the group"). */
  genericReferences: Map<string, Set<ActorType>>;
  /** "the militants": plurals referring back to the one armed group of these codes named just before (see cues.json). */
  jihadistReferences: { words: Set<string>; codes: Set<string> };
  /**
   * Heads that, before "in <country>" with no owner of their own, are that country's ("security
   * forces in Guinea", "the authorities in Ethiopia"): folded head → sector.
   */
  stateInHeads: Map<string, Sector>;
  /** Name label and type of the generic actor of a sector that is not the state (genericActors). */
  sectorActors: Map<Sector, { label: string; type: ActorType }>;
  /** Longest multiword head in words. */
  maxHeadWords: number;
}

const SECTORS: Sector[] = ['GOV', 'MIL', 'REB', 'OPP', 'MED', 'CVL', 'REF'];
/** The sectors that are a country's people or its opponents, never its state. */
export const NOT_STATE_SECTORS: ReadonlySet<Sector> = new Set<Sector>(['REB', 'OPP', 'CVL', 'REF']);

function fail(file: string, msg: string): never {
  throw new Error(`actorgraph/lexicon: ${file}: ${msg}`);
}

function list(file: string, where: string, v: unknown): string[] {
  if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) fail(file, `${where} must be a list of strings`);
  return (v as string[]).map(foldKey);
}

/** `v[key]` when `v` is an object, else undefined (the `?.` of untyped JSON). */
function field(v: unknown, key: string): unknown {
  return typeof v === 'object' && v !== null ? (v as Record<string, unknown>)[key] : undefined;
}

function sectorMap(file: string, where: string, v: unknown, into: Map<string, Sector>): number {
  if (typeof v !== 'object' || v === null) fail(file, `${where} must be an object keyed by sector`);
  let max = 1;
  for (const [k, words] of Object.entries(v as Record<string, unknown>)) {
    if (k.startsWith('$')) continue;
    if (!SECTORS.includes(k as Sector)) fail(file, `${where}: unknown sector "${k}" (${SECTORS.join(', ')})`);
    for (const w of list(file, `${where}.${k}`, words)) {
      if (!into.has(w)) into.set(w, k as Sector);
      max = Math.max(max, w.split(' ').length);
    }
  }
  return max;
}

/** Checks and indexes the parsed cues.json. */
export function parseCues(file: string, raw: unknown): Cues {
  if (typeof raw !== 'object' || raw === null) fail(file, 'must be an object');
  const r = raw as Record<string, unknown>;
  const sectorHeads = new Map<string, Sector>();
  const corefSectors = new Map<string, Sector>();
  const leaderHeads = new Map<string, Sector>();
  let max = sectorMap(file, 'sectors', r.sectors, sectorHeads);
  max = Math.max(max, sectorMap(file, 'corefSectors', r.corefSectors, corefSectors));
  max = Math.max(max, sectorMap(file, 'leaderHeads', r.leaderHeads, leaderHeads));
  const stateInHeads = new Map<string, Sector>();
  max = Math.max(max, sectorMap(file, 'stateInHeads', r.stateInHeads ?? {}, stateInHeads));
  for (const s of stateInHeads.values())
    if (NOT_STATE_SECTORS.has(s)) fail(file, `stateInHeads: "${s}" is not a sector of the state (GOV or MIL)`);
  const pronouns = new Map<string, PronounKind>();
  for (const [k, v] of Object.entries((r.pronouns ?? {}) as Record<string, string>)) {
    if (v !== 'singular' && v !== 'plural' && v !== 'person' && v !== 'speaker')
      fail(file, `pronouns.${k} must be singular, plural, person or speaker`);
    pronouns.set(k, v);
  }
  const set = (where: string, v: unknown) => new Set(list(file, where, v));
  // Topics keep the sector they always had (CVL: named, not acting); they are listed apart so that
  // the recognizer can tell "Syrian territory" (the state named) from "Syrian civilians" (not it).
  const stateTopics = set('stateTopics.words', field(r.stateTopics, 'words') ?? []);
  for (const w of stateTopics) {
    if (!sectorHeads.has(w)) sectorHeads.set(w, 'CVL');
    max = Math.max(max, w.split(' ').length);
  }
  const genericReferences = new Map<string, Set<ActorType>>();
  for (const [type, words] of Object.entries((r.genericReferences ?? {}) as Record<string, unknown>)) {
    if (type.startsWith('$')) continue;
    if (type !== 'organization' && type !== 'armed_group') fail(file, `genericReferences: "${type}" is not organization or armed_group`);
    for (const w of list(file, `genericReferences.${type}`, words)) {
      const set = genericReferences.get(w) ?? new Set<ActorType>();
      set.add(type);
      genericReferences.set(w, set);
    }
  }
  const sectorActors = new Map<Sector, { label: string; type: ActorType }>();
  for (const [k, v] of Object.entries((r.sectorActors ?? {}) as Record<string, unknown>)) {
    if (k.startsWith('$')) continue;
    if (!NOT_STATE_SECTORS.has(k as Sector)) fail(file, `sectorActors: "${k}" is not one of ${[...NOT_STATE_SECTORS].join(', ')}`);
    const label = field(v, 'label');
    const type = field(v, 'type');
    if (typeof label !== 'string' || (type !== 'organization' && type !== 'armed_group'))
      fail(file, `sectorActors.${k} needs a "label" and a "type" (organization or armed_group)`);
    sectorActors.set(k as Sector, { label, type });
  }
  return {
    sectorHeads,
    corefSectors,
    leaderHeads,
    stateInHeads,
    groupNouns: set('groupNouns.words', field(r.groupNouns, 'words')),
    memberListIntroducers: [...set('groupNouns.listIntroducers', field(r.groupNouns, 'listIntroducers'))].map((w) => w.split(' ')),
    notNames: set('notNames', r.notNames ?? []),
    describers: set('describers.words', field(r.describers, 'words') ?? []),
    genericHeads: set('genericHeads.words', field(r.genericHeads, 'words')),
    orgHeads: set('orgHeads.organization', field(r.orgHeads, 'organization')),
    armedHeads: set('orgHeads.armed_group', field(r.orgHeads, 'armed_group')),
    armedPrefixes: set('orgHeads.armedPrefixes', field(r.orgHeads, 'armedPrefixes')),
    nameParticles: set('nameParticles', r.nameParticles),
    speechVerbs: set('speechVerbs', r.speechVerbs),
    negation: set('negation', r.negation),
    negatingVerbs: set('negatingVerbs', r.negatingVerbs),
    presupposingVerbs: set('presupposingVerbs', r.presupposingVerbs ?? []),
    modals: set('modals', r.modals),
    hypotheticalCues: set('hypotheticalCues', r.hypotheticalCues),
    clauseBreaks: set('clauseBreaks', r.clauseBreaks),
    relativePronouns: set('relativePronouns', r.relativePronouns),
    pairReferences: set('pairReferences.words', field(r.pairReferences, 'words') ?? []),
    pronouns,
    timeWords: set('timeWords', r.timeWords),
    stateTopics,
    ethnicModifiers: set('ethnicModifiers.words', field(r.ethnicModifiers, 'words') ?? []),
    sectorActors,
    genericReferences,
    jihadistReferences: {
      words: set('jihadistReferences.words', field(r.jihadistReferences, 'words') ?? []),
      // (organizations.json writes codes in upper case; `list` folds them to lower case.)
      codes: new Set(list(file, 'jihadistReferences.codes', field(r.jihadistReferences, 'codes') ?? []).map((c) => c.toUpperCase())),
    },
    maxHeadWords: max,
  };
}
