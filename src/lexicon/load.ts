// Loads and checks the language data (gazetteers, titles, name lists, relation lexicon) once at
// start-up: the model is data, kept apart from the engine. Errors name the file and the entry.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { createRequire } from 'node:module';
import type { Country } from 'world-countries';
import type { ActorType } from '../types.js';
import { ACTOR_TYPES } from '../types.js';
import { foldKey } from '../nlp/shadow.js';
import { Gazetteer, type GazetteerForm, type KnownActor, slugify } from './gazetteer.js';
import { parseRelationLexicon, type RelationLexicon } from './relations.js';
import { parseCues, type Cues } from './cues.js';
import { parseSyntax, type Syntax } from './syntax.js';

// world-countries is CommonJS data; require() gives its array with its types intact.
const worldCountries = createRequire(import.meta.url)('world-countries') as Country[];

/**
 * Folder of the bundled data files (the same from `src/lexicon` and the compiled `dist/lexicon`).
 *
 * @example readdirSync(DATA_DIR) // ['countries.json', 'cues.json', …]
 */
export const DATA_DIR = fileURLToPath(new URL('../../src/lexicon/data/', import.meta.url));

export interface Titles {
  /** Folded multiword roles ("deputy foreign minister") → the role as written in the data. */
  roles: Map<string, string>;
  /** Longest role in words. */
  maxRoleWords: number;
  honorifics: Set<string>;
  /** Honorifics before a given name, not a surname ('Prince Saud'): titles.json givenNameHonorifics. */
  givenNameHonorifics: Set<string>;
  roleHeads: Set<string>;
  /**
   * Role heads of a state's posting to a body ("Syria's UN ambassador"): the state before the
   * body's name is the employer, not the body.
   */
  postings: Set<string>;
  /** Role heads of an office over a place ("Homs Governor X"): the person serves the place's state. */
  placeOffices: Set<string>;
  /** Role heads after which "for X" names whom the person serves ("a spokesman for Ahrar al-Sham"), not a portfolio. */
  servesFor: Set<string>;
  /** Role heads of a trade, not a state's service: a nationality before them is no employer ("the US journalist X"). */
  privateRoles: Set<string>;
  /** Verbs of a relative clause after a person that name the body they head ("X, who heads Y"). */
  leadingVerbs: Set<string>;
  roleModifiers: Set<string>;
}

export interface NonActors {
  words: Set<string>;
  placeWords: Set<string>;
  /** Words after two states joined by a hyphen that make them a place ("the Lebanon-Syria border"). */
  borderWords: Set<string>;
  placePrepositions: Set<string>;
  places: Set<string>;
  /**
   * Each listed place's country (folded name → ISO3): "Deir Ezzor", "Eastern Ghouta" are in Syria
   * whatever the city gazetteer spells. Places listed as 'unplaced' (contested) are not here.
   */
  placeCountries: Map<string, string>;
  bylineCues: Set<string>;
  /** Buildings and institutions: a run holding one is no person. */
  institutionWords: Set<string>;
  /** Nouns after which "from" + a capital is the government ("criticism from Moscow"). */
  governmentFrom: Set<string>;
  /** Nouns after which "to" + a capital is the government addressed ("a rebuke to Moscow"). */
  governmentTo: Set<string>;
  /** Words after which "at" + a capital is the government aimed at ("lashed out at Yerevan"). */
  governmentAt: Set<string>;
}

/** Everything the extractor knows about the language, loaded from data files. */
export interface Lexicon {
  gazetteer: Gazetteer;
  titles: Titles;
  givenNames: Set<string>;
  nonActors: NonActors;
  relations: RelationLexicon;
  cues: Cues;
  /** The relation stage's grammar words and its demand and received-support constructions. */
  syntax: Syntax;
  /** Pairs of actor keys that must never be merged (`distinct` in an aliases file). */
  distinct: Set<string>;
  /** `genericActors` of the aliases file (see `RecognizeOptions`). */
  genericActors?: boolean;
  /** Hash of all data that shapes extraction, for caches. */
  version: string;
}

/** A user's aliases file (`--aliases file.json`). */
export interface AliasesFile {
  /** Surface form → canonical name of a known or declared actor. */
  aliases?: Record<string, string>;
  /** Extra actors. */
  actors?: Array<{ name: string; type: ActorType; aliases?: string[]; affiliation?: string; role?: string; iso3?: string }>;
  /** Names that must stay separate actors, in pairs. */
  distinct?: Array<[string, string]>;
  /** A country's rebels, opposition, refugees and civilians as generic actors ("Syrian rebels"). */
  genericActors?: boolean;
}

/** Options of `loadLexicon`: the data folder (default `DATA_DIR`) and an aliases file. */
export interface LexiconOptions {
  dataDir?: string;
  /** A parsed aliases file, or its path. */
  aliases?: AliasesFile | string;
}

export const DEFAULTS: Required<Pick<LexiconOptions, 'dataDir'>> = { dataDir: DATA_DIR };

class LexiconError extends Error {
  constructor(file: string, message: string) {
    super(`actorgraph/lexicon: ${file}: ${message}`);
  }
}

function readJSON(file: string): unknown {
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch (e) {
    throw new LexiconError(file, `cannot read (${(e as Error).message})`);
  }
  try {
    return JSON.parse(raw);
  } catch (e) {
    throw new LexiconError(file, `not valid JSON (${(e as Error).message})`);
  }
}

function stringList(file: string, where: string, v: unknown): string[] {
  if (v === undefined) return [];
  // A list may carry its own comment: {"$comment": "...", "values": [...]}.
  if (isObject(v) && Array.isArray(v.values)) v = v.values;
  if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) throw new LexiconError(file, `${where} must be a list of strings`);
  return v as string[];
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

interface CountryOverride {
  name?: string;
  names?: string[];
  demonyms?: string[];
  capitals?: string[];
  bodies?: string[];
}

function loadCountries(gaz: Gazetteer, dir: string, hash: ReturnType<typeof createHash>): void {
  const file = path.join(dir, 'countries.json');
  const raw = readJSON(file);
  hash.update(JSON.stringify(raw));
  if (!isObject(raw)) throw new LexiconError(file, 'must be an object');
  const overrides = (raw.overrides ?? {}) as Record<string, CountryOverride>;
  if (!isObject(overrides)) throw new LexiconError(file, '"overrides" must be an object keyed by ISO3 code');
  const ignoreNames = new Set(stringList(file, 'ignoreNames', raw.ignoreNames).map(foldKey));
  const ignoreCapitals = new Set(stringList(file, 'ignoreCapitals', raw.ignoreCapitals).map(foldKey));
  const ignoreAlt = new Set(stringList(file, 'ignoreAltSpellings', raw.ignoreAltSpellings).map(foldKey));
  const ignoreDemonyms = new Set(stringList(file, 'ignoreDemonyms', raw.ignoreDemonyms).map(foldKey));
  for (const n of stringList(file, 'ambiguousNames', raw.ambiguousNames)) gaz.ambiguous.add(foldKey(n));
  const known = new Set(worldCountries.map((c) => c.cca3));
  for (const code of Object.keys(overrides)) {
    if (!known.has(code)) throw new LexiconError(file, `unknown ISO 3166-1 alpha-3 code "${code}" in overrides`);
    const o = overrides[code]!;
    for (const field of ['names', 'demonyms', 'capitals', 'bodies'] as const) stringList(file, `overrides.${code}.${field}`, o[field]);
    if (o.name !== undefined && typeof o.name !== 'string') throw new LexiconError(file, `overrides.${code}.name must be a string`);
  }
  // Sorted by code so that the first claim on a shared form is deterministic.
  const countries = [...worldCountries].sort((a, b) => (a.cca3 < b.cca3 ? -1 : 1));
  // Override names first: they are the forms news actually uses.
  const entries = countries.map((c) => {
    const o = overrides[c.cca3] ?? {};
    const name = o.name ?? c.name.common;
    countryNames.set(c.cca3, name);
    const actor = gaz.addActor({ key: slugify(name), name, type: 'country', iso3: c.cca3 });
    return { c, o, actor };
  });
  const irregular = parseIrregularDemonyms(file, raw.irregularDemonyms, known);
  for (const { c, o, actor } of entries) {
    gaz.addForm(actor, actor.name, 'name');
    for (const n of o.names ?? []) gaz.addForm(actor, n, 'name');
    for (const n of o.bodies ?? []) gaz.addForm(actor, n, 'body');
    // Listed demonyms win over the ignore lists (which are there for territories sharing a word
    // with their state: "French" of the French Southern Territories): they are claimed first.
    for (const d of [...(o.demonyms ?? []), ...(irregular.adjectives.get(c.cca3) ?? [])]) gaz.addForm(actor, d, 'demonym');
  }
  for (const { c, o, actor } of entries) {
    const add = (s: string, kind: 'name' | 'demonym' | 'capital') => {
      const k = foldKey(s);
      if (kind === 'name' && ignoreNames.has(k)) return;
      if (kind === 'capital' && ignoreCapitals.has(k)) return;
      if (kind === 'demonym' && ignoreDemonyms.has(k)) return;
      gaz.addForm(actor, s, kind);
    };
    add(c.name.common, 'name');
    add(c.name.official, 'name');
    for (const alt of c.altSpellings) {
      // Two-letter codes ("SY", "IN") and non-Latin spellings never stand for a state in English news.
      if (alt.length <= 2 || ignoreAlt.has(foldKey(alt)) || /[^\x00-\u024f]/.test(alt)) continue;
      add(alt, 'name');
    }
    const dem = c.demonyms?.eng;
    if (dem) {
      add(dem.m, 'demonym');
      if (dem.f !== dem.m) add(dem.f, 'demonym');
    }
    for (const cap of o.capitals ?? c.capital ?? []) add(cap, 'capital');
  }
  // Demonyms as nouns ("the Americans", "Afghans"): after every name and adjective, so that a
  // plural never takes a form a state name already holds ("Philippines").
  const demonyms = demonymsByActor(gaz);
  for (const { c, actor } of entries) {
    const nouns = new Set<string>(irregular.nouns.get(c.cca3) ?? []);
    for (const f of demonyms.get(actor.key) ?? []) {
      if (f.caseSensitive || /[.\d]/.test(f.surface)) continue; // "US", "U.S.", "UAE": not nouns.
      if (/(?:ese|ish|ss)$/i.test(f.surface) || irregular.samePlural.has(foldKey(f.surface))) continue;
      nouns.add(`${f.surface}s`);
      if (gaz.ambiguous.has(foldKey(f.surface))) gaz.ambiguous.add(foldKey(`${f.surface}s`));
    }
    for (const n of [...nouns].sort()) gaz.addForm(actor, n, 'people');
  }
}

/** The demonym forms each state holds, in the order they were added. */
function demonymsByActor(gaz: Gazetteer): Map<string, GazetteerForm[]> {
  const out = new Map<string, GazetteerForm[]>();
  for (const list of gaz.forms.values())
    for (const f of list) {
      if (f.kind !== 'demonym') continue;
      const l = out.get(f.actor.key) ?? [];
      l.push(f);
      out.set(f.actor.key, l);
    }
  return out;
}

interface IrregularDemonyms {
  adjectives: Map<string, string[]>;
  nouns: Map<string, string[]>;
  samePlural: Set<string>;
}

/** countries.json `irregularDemonyms`: lists keyed by known ISO3 codes. */
function parseIrregularDemonyms(file: string, v: unknown, known: Set<string>): IrregularDemonyms {
  const out: IrregularDemonyms = { adjectives: new Map(), nouns: new Map(), samePlural: new Set() };
  if (v === undefined) return out;
  if (!isObject(v)) throw new LexiconError(file, 'irregularDemonyms must be an object');
  for (const field of ['adjectives', 'nouns'] as const) {
    const byCode = v[field] ?? {};
    if (!isObject(byCode)) throw new LexiconError(file, `irregularDemonyms.${field} must be an object keyed by ISO3 code`);
    for (const [code, list] of Object.entries(byCode)) {
      if (code.startsWith('$')) continue;
      if (!known.has(code)) throw new LexiconError(file, `unknown ISO 3166-1 alpha-3 code "${code}" in irregularDemonyms.${field}`);
      out[field].set(code, stringList(file, `irregularDemonyms.${field}.${code}`, list));
    }
  }
  for (const w of stringList(file, 'irregularDemonyms.samePlural', v.samePlural)) out.samePlural.add(foldKey(w));
  return out;
}

interface OrgEntry {
  ledBy?: string;
  name: string;
  type: ActorType;
  aliases?: string[];
  media?: boolean;
  country?: string;
  code?: string;
  caseSensitive?: string[];
  refs?: string[];
}

/**
 * CAMEO's international root codes an organization or armed group may carry instead of a state's
 * ISO3 code: intergovernmental and non-governmental organizations, international militarized
 * groups (transnational jihadist networks), multinational corporations, non-governmental movements.
 */
export const CAMEO_INTERNATIONAL_CODES: ReadonlySet<string> = new Set(['IGO', 'NGO', 'IMG', 'MNC', 'NGM']);

/** organizations.json `code`: three upper-case letters, a known state's ISO3 code or an international root code. */
function checkCode(file: string, where: string, code: unknown, iso: ReadonlyMap<string, Country>): string | undefined {
  if (code === undefined) return undefined;
  const codes = [...CAMEO_INTERNATIONAL_CODES].join(', ');
  if (typeof code !== 'string' || !/^[A-Z]{3}$/.test(code))
    throw new LexiconError(
      file,
      `${where}: "code" must be three upper-case letters (a state's ISO 3166-1 alpha-3 code or one of ${codes}), got ${JSON.stringify(code)}`,
    );
  if (!iso.has(code) && !CAMEO_INTERNATIONAL_CODES.has(code))
    throw new LexiconError(file, `${where}: unknown code "${code}": neither a known country's ISO 3166-1 alpha-3 code nor one of ${codes}`);
  return code;
}

/** Canonical name of a state by ISO3 code, as the countries file names it. */
function overridesName(file: string, code: string, iso: Map<string, Country>): string {
  const c = iso.get(code);
  if (!c) throw new LexiconError(file, `unknown country code "${code}"`);
  return countryNames.get(code) ?? c.name.common;
}

const countryNames = new Map<string, string>();

function loadOrganizations(gaz: Gazetteer, dir: string, hash: ReturnType<typeof createHash>): void {
  const file = path.join(dir, 'organizations.json');
  const raw = readJSON(file);
  hash.update(JSON.stringify(raw));
  const list = isObject(raw) ? raw.actors : undefined;
  if (!Array.isArray(list)) throw new LexiconError(file, 'must be {"actors": [...]}');
  const iso = new Map(worldCountries.map((c) => [c.cca3, c]));
  list.forEach((e: OrgEntry, i: number) => {
    const where = `actors[${i}]`;
    if (!isObject(e) || typeof e.name !== 'string' || !e.name.trim()) throw new LexiconError(file, `${where} needs a "name"`);
    if (e.type !== 'organization' && e.type !== 'armed_group')
      throw new LexiconError(file, `${where} (${e.name}): "type" must be organization or armed_group`);
    if (e.country !== undefined && !iso.has(e.country))
      throw new LexiconError(file, `${where} (${e.name}): unknown country code "${e.country}"`);
    const code = checkCode(file, `${where} (${e.name})`, e.code, iso);
    const cs = new Set(stringList(file, `${where}.caseSensitive`, e.caseSensitive));
    const refs = stringList(file, `${where}.refs`, e.refs).map(foldKey);
    if (refs.some((r) => r.includes(' ')))
      throw new LexiconError(file, `${where} (${e.name}): "refs" are single nouns ("alliance", "bloc")`);
    const actor = gaz.addActor({
      key: slugify(e.name),
      name: e.name,
      type: e.type,
      code,
      media: e.media === true || undefined,
      ledBy: e.ledBy ? iso.get(e.ledBy) && slugify(overridesName(file, e.ledBy, iso)) : undefined,
      refs: refs.length ? refs : undefined,
    });
    gaz.addForm(actor, e.name, 'name', cs.has(e.name) || undefined);
    for (const a of stringList(file, `${where}.aliases`, e.aliases)) gaz.addForm(actor, a, 'name', cs.has(a) || undefined);
  });
}

interface PersonEntry {
  name: string;
  aliases?: string[];
  affiliation?: string;
  role?: string;
}

function resolveAffiliation(gaz: Gazetteer, aff: string | undefined): string | undefined {
  if (!aff) return undefined;
  const byIso = [...gaz.actors.values()].find((a) => a.iso3 === aff);
  if (byIso) return byIso.key;
  const form = gaz.lookup(aff);
  return form?.actor.key ?? slugify(aff);
}

/** A bundled person's affiliation must name a known state or organization: no node key out of nowhere. */
function knownAffiliation(gaz: Gazetteer, file: string, where: string, aff: unknown): string | undefined {
  if (aff === undefined) return undefined;
  if (typeof aff !== 'string') throw new LexiconError(file, `${where}.affiliation must be a string`);
  const key = resolveAffiliation(gaz, aff)!;
  const actor = gaz.byKey(key);
  if (!actor || actor.type === 'person')
    throw new LexiconError(file, `${where}: affiliation "${aff}" is no known state (ISO3 code) or organization`);
  return key;
}

function loadPeople(gaz: Gazetteer, dir: string, hash: ReturnType<typeof createHash>): void {
  const file = path.join(dir, 'people.json');
  const raw = readJSON(file);
  hash.update(JSON.stringify(raw));
  const list = isObject(raw) ? raw.people : undefined;
  if (!Array.isArray(list)) throw new LexiconError(file, 'must be {"people": [...]}');
  list.forEach((e: PersonEntry, i: number) => {
    if (!isObject(e) || typeof e.name !== 'string' || !e.name.trim()) throw new LexiconError(file, `people[${i}] needs a "name"`);
    const actor = gaz.addActor({
      key: slugify(e.name),
      name: e.name,
      type: 'person',
      affiliation: knownAffiliation(gaz, file, `people[${i}] (${e.name})`, e.affiliation),
      role: typeof e.role === 'string' ? e.role : undefined,
    });
    gaz.addForm(actor, e.name, 'name', false);
    for (const a of stringList(file, `people[${i}].aliases`, e.aliases)) gaz.addForm(actor, a, 'name', false);
  });
}

function loadTitles(dir: string, hash: ReturnType<typeof createHash>): Titles {
  const file = path.join(dir, 'titles.json');
  const raw = readJSON(file);
  hash.update(JSON.stringify(raw));
  if (!isObject(raw)) throw new LexiconError(file, 'must be an object');
  const roles = new Map<string, string>();
  let maxRoleWords = 1;
  for (const r of stringList(file, 'roles', raw.roles)) {
    const k = foldKey(r);
    if (!roles.has(k)) roles.set(k, r);
    maxRoleWords = Math.max(maxRoleWords, k.split(' ').length);
  }
  const lower = (field: string) => new Set(stringList(file, field, raw[field]).map((s) => foldKey(s).replace(/\.$/, '')));
  return {
    roles,
    maxRoleWords,
    honorifics: lower('honorifics'),
    givenNameHonorifics: lower('givenNameHonorifics'),
    roleHeads: lower('roleHeads'),
    roleModifiers: lower('roleModifiers'),
    postings: lower('postings'),
    servesFor: lower('servesFor'),
    privateRoles: lower('privateRoles'),
    leadingVerbs: lower('leadingVerbs'),
    placeOffices: lower('placeOffices'),
  };
}

function loadGivenNames(dir: string, hash: ReturnType<typeof createHash>): Set<string> {
  const file = path.join(dir, 'given-names.txt');
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch (e) {
    throw new LexiconError(file, `cannot read (${(e as Error).message})`);
  }
  hash.update(raw);
  const names = new Set<string>();
  for (const line of raw.split(/\r?\n/)) {
    const t = line.replace(/#.*/, '').trim();
    if (t) names.add(foldKey(t));
  }
  return names;
}

function loadNonActors(dir: string, hash: ReturnType<typeof createHash>): NonActors {
  const file = path.join(dir, 'non-actors.json');
  const raw = readJSON(file);
  hash.update(JSON.stringify(raw));
  if (!isObject(raw)) throw new LexiconError(file, 'must be an object');
  const set = (field: string) => new Set(stringList(file, field, raw[field]).map(foldKey));
  // places: a list, or lists keyed by their country's ISO3 code ('unplaced' for none).
  const places = new Set<string>();
  const placeCountries = new Map<string, string>();
  const byCountry = isObject(raw.places) && !Array.isArray(raw.places.values) ? raw.places : { unplaced: raw.places };
  for (const [code, list] of Object.entries(byCountry)) {
    if (code.startsWith('$')) continue;
    if (code !== 'unplaced' && !/^[A-Z]{3}$/.test(code)) throw new LexiconError(file, `places: '${code}' is no ISO3 code`);
    for (const name of stringList(file, `places.${code}`, list)) {
      const key = foldKey(name);
      places.add(key);
      if (code !== 'unplaced') placeCountries.set(key, code);
    }
  }
  return {
    words: set('words'),
    placeWords: set('placeWords'),
    borderWords: set('borderWords'),
    placePrepositions: set('placePrepositions'),
    places,
    placeCountries,
    bylineCues: set('bylineCues'),
    institutionWords: set('institutionWords'),
    governmentFrom: set('governmentFrom'),
    governmentTo: set('governmentTo'),
    governmentAt: set('governmentAt'),
  };
}

function loadCues(dir: string, hash: ReturnType<typeof createHash>): Cues {
  const file = path.join(dir, 'cues.json');
  const raw = readJSON(file);
  hash.update(JSON.stringify(raw));
  return parseCues(file, raw);
}

function loadSyntax(dir: string, hash: ReturnType<typeof createHash>): Syntax {
  const file = path.join(dir, 'syntax.json');
  const raw = readJSON(file);
  hash.update(JSON.stringify(raw));
  return parseSyntax(file, raw);
}

function applyAliases(gaz: Gazetteer, file: string, spec: AliasesFile, distinct: Set<string>): void {
  // Checked field by field: the file is a user's.
  if (!isObject(spec)) throw new LexiconError(file, 'must be an object with "aliases", "actors" and/or "distinct"');
  const actors: unknown = spec.actors ?? [];
  if (!Array.isArray(actors)) throw new LexiconError(file, '"actors" must be a list');
  (actors as NonNullable<AliasesFile['actors']>).forEach((a, i) => {
    if (!isObject(a) || typeof a.name !== 'string' || !ACTOR_TYPES.includes(a.type))
      throw new LexiconError(file, `actors[${i}] needs a "name" and a "type" (${ACTOR_TYPES.join(', ')})`);
    const existing = gaz.lookup(a.name);
    const actor =
      existing?.actor ??
      gaz.addActor({
        key: slugify(a.name),
        name: a.name,
        type: a.type,
        iso3: a.iso3,
        affiliation: resolveAffiliation(gaz, a.affiliation),
        role: a.role,
      });
    // A user's forms win over bundled ones: they are put first.
    for (const form of [a.name, ...(a.aliases ?? [])]) prependForm(gaz, actor, form);
  });
  for (const [form, canonical] of Object.entries(spec.aliases ?? {})) {
    if (typeof canonical !== 'string') throw new LexiconError(file, `aliases["${form}"] must be a name`);
    const target = gaz.lookup(canonical)?.actor;
    if (!target) throw new LexiconError(file, `aliases["${form}"]: "${canonical}" is not a known actor; declare it under "actors" first`);
    prependForm(gaz, target, form);
  }
  const distinctPairs: unknown = spec.distinct ?? [];
  if (!Array.isArray(distinctPairs)) throw new LexiconError(file, '"distinct" must be a list of pairs');
  (distinctPairs as unknown[]).forEach((pair, i) => {
    if (!Array.isArray(pair) || pair.length !== 2 || pair.some((p) => typeof p !== 'string'))
      throw new LexiconError(file, `distinct[${i}] must be a pair of names`);
    const [a, b] = (pair as string[]).map((p) => gaz.lookup(p)?.actor.key ?? slugify(p));
    distinct.add(distinctKey(a!, b!));
  });
}

function prependForm(gaz: Gazetteer, actor: KnownActor, surface: string): void {
  const key = foldKey(surface);
  const list = gaz.forms.get(key) ?? [];
  gaz.forms.set(key, [
    { actor, kind: 'name', surface: surface.trim(), caseSensitive: false },
    ...list.filter((f) => f.actor.key !== actor.key),
  ]);
  gaz.maxWords = Math.max(gaz.maxWords, surface.split(/[\s-]+/).length + 2);
}

/** Key of an unordered pair of actor keys. */
export function distinctKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

const cache = new Map<string, Lexicon>();

/**
 * Loads the lexicon from `dataDir` (default: the bundled data), plus a user's aliases file.
 * Loaded once per process and options.
 *
 * @example const lex = loadLexicon(); lex.gazetteer.lookup('Tehran')?.actor.key // 'iran'
 */
export function loadLexicon(options: LexiconOptions = {}): Lexicon {
  const dir = options.dataDir ?? DEFAULTS.dataDir;
  let aliasSpec: AliasesFile | undefined;
  let aliasFile = '<aliases>';
  if (typeof options.aliases === 'string') {
    aliasFile = options.aliases;
    aliasSpec = readJSON(options.aliases) as AliasesFile;
  } else aliasSpec = options.aliases;
  const cacheKey = `${dir}\u0000${aliasSpec ? JSON.stringify(aliasSpec) : ''}`;
  const hit = cache.get(cacheKey);
  if (hit) return hit;

  const hash = createHash('sha256');
  const gazetteer = new Gazetteer();
  // Order matters: organizations and people claim their forms before country alt spellings
  // would, but after the country names and demonyms that news uses.
  loadCountries(gazetteer, dir, hash);
  loadOrganizations(gazetteer, dir, hash);
  loadPeople(gazetteer, dir, hash);
  const distinct = new Set<string>();
  if (aliasSpec) {
    hash.update(JSON.stringify(aliasSpec));
    applyAliases(gazetteer, aliasFile, aliasSpec, distinct);
  }
  const relationsFile = path.join(dir, 'relations.json');
  const relationsRaw = readJSON(relationsFile);
  hash.update(JSON.stringify(relationsRaw));
  const lexicon: Lexicon = {
    gazetteer,
    titles: loadTitles(dir, hash),
    givenNames: loadGivenNames(dir, hash),
    nonActors: loadNonActors(dir, hash),
    relations: parseRelationLexicon(relationsFile, relationsRaw),
    cues: loadCues(dir, hash),
    syntax: loadSyntax(dir, hash),
    distinct,
    version: '',
  };
  if (aliasSpec?.genericActors !== undefined) {
    if (typeof aliasSpec.genericActors !== 'boolean') throw new LexiconError(aliasFile, '"genericActors" must be true or false');
    lexicon.genericActors = aliasSpec.genericActors;
  }
  lexicon.version = hash.digest('hex').slice(0, 16);
  cache.set(cacheKey, lexicon);
  return lexicon;
}

export { LexiconError };
