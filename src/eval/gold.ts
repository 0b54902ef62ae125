// Gold annotations: one JSON file per article, as `../shared/eval/GUIDELINES.md` defines.
// Loading validates the structure strictly (a malformed gold file is an error naming the file)
// and reports suspicious but valid content (a relation endpoint that names no gold actor, an
// article annotated twice, an unknown field) as warnings.

import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { ACTOR_TYPES, RELATION_TYPES, type ActorType, type RelationType } from '../types.js';
import { compareCodePoints, norm, pyStr } from './normalize.js';

export interface GoldActor {
  name: string;
  type: ActorType;
  aliases: string[];
  affiliation?: string;
  role?: string;
  /** Neither required nor penalized. */
  optional: boolean;
}

export interface GoldRelation {
  source: string;
  relation: RelationType;
  target: string;
  optional: boolean;
}

/** One gold file. */
export interface GoldArticle {
  /** The gold file's path (as given to the loader). */
  file: string;
  /** The article id, as Python's `str()` gives it (`"article": 123` → `"123"`). */
  article: string;
  actors: GoldActor[];
  relations: GoldRelation[];
  /** Negated or hypothetical claims: not relations, counted when an extractor takes them. */
  negative: GoldRelation[];
}

/** A gold folder: its files sorted by file name, as score.py reads them. */
export interface GoldSet {
  dir: string;
  articles: GoldArticle[];
  /** Valid but suspicious content, one line each, naming the file. */
  warnings: string[];
}

const ACTOR_FIELDS = new Set(['name', 'type', 'aliases', 'affiliation', 'role', 'optional']);
const RELATION_FIELDS = new Set(['source', 'relation', 'target', 'optional']);
const ARTICLE_FIELDS = new Set(['article', 'actors', 'relations', 'negative']);

function fail(file: string, message: string): never {
  throw new Error(`actorgraph/eval: ${file}: ${message}`);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return `the string ${JSON.stringify(value)}`;
  return typeof value === 'object' ? 'an object' : `${typeof value} ${String(value)}`;
}

function nonEmptyString(file: string, where: string, value: unknown): string {
  if (typeof value !== 'string' || value.trim() === '') {
    fail(file, `${where} must be a non-empty string, not ${describe(value)}`);
  }
  return value;
}

function optionalFlag(file: string, where: string, value: unknown): boolean {
  if (value === undefined) return false;
  if (typeof value !== 'boolean') fail(file, `${where}.optional must be true or false, not ${describe(value)}`);
  return value;
}

function unknownFields(record: Record<string, unknown>, known: Set<string>, file: string, where: string, warnings: string[]): void {
  for (const k of Object.keys(record)) {
    if (!known.has(k)) warnings.push(`${file}: ${where}: unknown field ${JSON.stringify(k)} (ignored)`);
  }
}

function parseRelation(file: string, where: string, value: unknown, warnings: string[]): GoldRelation {
  if (!isRecord(value)) fail(file, `${where} must be an object {source, relation, target}, not ${describe(value)}`);
  const source = nonEmptyString(file, `${where}.source`, value.source);
  const target = nonEmptyString(file, `${where}.target`, value.target);
  const relation = value.relation;
  if (typeof relation !== 'string' || !(RELATION_TYPES as readonly string[]).includes(relation)) {
    fail(file, `${where}.relation must be one of ${RELATION_TYPES.join(', ')}, not ${describe(relation)}`);
  }
  unknownFields(value, RELATION_FIELDS, file, where, warnings);
  return { source, relation: relation as RelationType, target, optional: optionalFlag(file, where, value.optional) };
}

/**
 * Validate one parsed gold file. Throws `actorgraph/eval: FILE: …` when it is malformed;
 * pushes warnings (endpoints naming no gold actor, duplicate names, unknown fields) to `warnings`.
 */
export function parseGold(json: unknown, file: string, warnings: string[] = []): GoldArticle {
  if (!isRecord(json)) fail(file, `must hold one JSON object {article, actors, relations, negative}, not ${describe(json)}`);
  const id = json.article;
  if (!(typeof id === 'string' && id.trim() !== '') && !(typeof id === 'number' && Number.isInteger(id))) {
    fail(file, `"article" must be the article id (a non-empty string), not ${describe(id)}`);
  }
  const article = pyStr(id);
  unknownFields(json, ARTICLE_FIELDS, file, 'top level', warnings);

  if (!Array.isArray(json.actors)) fail(file, `"actors" must be an array, not ${describe(json.actors)}`);
  const actors: GoldActor[] = json.actors.map((a: unknown, i: number): GoldActor => {
    const where = `actors[${i}]`;
    if (!isRecord(a)) fail(file, `${where} must be an object {name, type, …}, not ${describe(a)}`);
    const name = nonEmptyString(file, `${where}.name`, a.name);
    const type = a.type;
    if (typeof type !== 'string' || !(ACTOR_TYPES as readonly string[]).includes(type)) {
      fail(file, `${where} (${name}).type must be one of ${ACTOR_TYPES.join(', ')}, not ${describe(type)}`);
    }
    let aliases: string[] = [];
    if (a.aliases !== undefined) {
      if (!Array.isArray(a.aliases) || a.aliases.some((x: unknown) => typeof x !== 'string')) {
        fail(file, `${where} (${name}).aliases must be an array of strings, not ${describe(a.aliases)}`);
      }
      aliases = a.aliases as string[];
    }
    const actor: GoldActor = { name, type: type as ActorType, aliases, optional: optionalFlag(file, `${where} (${name})`, a.optional) };
    for (const field of ['affiliation', 'role'] as const) {
      const v = a[field];
      if (v === undefined || v === null) continue;
      if (typeof v !== 'string') fail(file, `${where} (${name}).${field} must be a string, not ${describe(v)}`);
      actor[field] = v;
    }
    unknownFields(a, ACTOR_FIELDS, file, `${where} (${name})`, warnings);
    return actor;
  });

  const list = (field: 'relations' | 'negative'): GoldRelation[] => {
    const value = json[field];
    if (value === undefined && field === 'negative') return [];
    if (!Array.isArray(value)) fail(file, `"${field}" must be an array, not ${describe(value)}`);
    return value.map((r: unknown, i: number) => parseRelation(file, `${field}[${i}]`, r, warnings));
  };
  const relations = list('relations');
  const negative = list('negative');

  // Valid but suspicious content.
  const names = new Set<string>();
  const formOwner = new Map<string, string>();
  for (const a of actors) {
    if (names.has(a.name)) warnings.push(`${file}: actor ${JSON.stringify(a.name)} is listed twice`);
    names.add(a.name);
    for (const form of new Set([a.name, ...a.aliases].map(norm))) {
      if (!form) continue;
      const owner = formOwner.get(form);
      if (owner !== undefined && owner !== a.name) {
        warnings.push(
          `${file}: the name form "${form}" belongs to both ${JSON.stringify(owner)} and ${JSON.stringify(a.name)}; ` +
            `a predicted actor with it matches ${JSON.stringify(owner)}, the first`,
        );
      } else formOwner.set(form, a.name);
    }
  }
  for (const [field, rels] of [
    ['relations', relations],
    ['negative', negative],
  ] as const) {
    rels.forEach((r, i) => {
      for (const end of [r.source, r.target]) {
        if (!names.has(end)) {
          warnings.push(
            `${file}: ${field}[${i}] (${r.source} ${r.relation} ${r.target}): ${JSON.stringify(end)} is not the name of a gold actor, ` +
              'so no prediction can match it',
          );
        }
      }
    });
  }
  return { file, article, actors, relations, negative };
}

/**
 * Load a gold folder: every `*.json` file in it, sorted by file name (code point order, as
 * Python's `sorted`). Throws `actorgraph/eval: …` naming the file for unreadable or malformed
 * gold, and when the folder holds no gold file at all (score.py would silently score nothing).
 */
export async function loadGold(dir: string): Promise<GoldSet> {
  let entries: string[];
  try {
    entries = await readdir(dir);
  } catch (err) {
    throw new Error(`actorgraph/eval: gold folder ${dir}: cannot be read (${(err as Error).message})`);
  }
  const files = entries.filter((f) => f.endsWith('.json')).sort(compareCodePoints);
  if (files.length === 0) throw new Error(`actorgraph/eval: gold folder ${dir}: holds no gold file (*.json)`);
  const warnings: string[] = [];
  const articles: GoldArticle[] = [];
  const seen = new Map<string, string>();
  for (const f of files) {
    const file = path.join(dir, f);
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (err) {
      throw new Error(`actorgraph/eval: ${file}: cannot be read (${(err as Error).message})`);
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (err) {
      throw new Error(`actorgraph/eval: ${file}: not valid JSON (${(err as Error).message})`);
    }
    const gold = parseGold(json, file, warnings);
    const other = seen.get(gold.article);
    if (other !== undefined) {
      warnings.push(`${file}: article ${JSON.stringify(gold.article)} is also annotated in ${other}; both are scored`);
    } else seen.set(gold.article, file);
    articles.push(gold);
  }
  return { dir, articles, warnings };
}
