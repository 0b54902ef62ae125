/**
 * actorgraph/graph — keys that are safe in plain objects
 * =======================================================
 *
 * graphology keeps each node's adjacency in plain objects (`out[target]`), so a node keyed
 * `constructor` reads `Object`'s constructor as its neighbour and the query functions crash,
 * and a node keyed `__proto__` with an edge to it writes onto `Object.prototype` itself
 * (`Object.prototype.previous` = an edge), which breaks every graph in the process afterwards.
 *
 * Keys are therefore made safe where they are born (`slugify`) and where graphs come in
 * (`loadGraph`, `parseGraph`, the viewer): a key equal to any `Object.prototype` property name,
 * `__proto__` or `prototype` is renamed `<key>-actor` (then `-actor-2`, … if that is taken).
 */

/** Every name a plain object answers without owning it, plus `prototype` (the list). */
export const UNSAFE_KEYS: ReadonlySet<string> = new Set([...Object.getOwnPropertyNames(Object.prototype), '__proto__', 'prototype']);

/** Whether `key` would collide with an inherited property of a plain object. */
export function isUnsafeKey(key: string): boolean {
  return UNSAFE_KEYS.has(key);
}

/** The suffix a reserved key gets: stays inside the slug alphabet, so a slug stays a slug. */
export const SAFE_SUFFIX = '-actor';

/** `key` itself when safe, else `<key>-actor`. */
export function safeKey(key: string): string {
  return isUnsafeKey(key) ? key + SAFE_SUFFIX : key;
}

/**
 * Renames the unsafe keys of a set of keys: a function from old key to new (identity for safe
 * ones), and the renamings done. A renamed key never collides with a key already there.
 */
export function keyRenamer(keys: Iterable<string>): { rename: (key: string) => string; renamed: Array<[string, string]> } {
  const taken = new Set<string>();
  const unsafe: string[] = [];
  for (const k of keys) {
    taken.add(k);
    if (isUnsafeKey(k)) unsafe.push(k);
  }
  const map = new Map<string, string>();
  const renamed: Array<[string, string]> = [];
  for (const k of unsafe) {
    if (map.has(k)) continue;
    let candidate = k + SAFE_SUFFIX;
    for (let n = 2; taken.has(candidate); n++) candidate = `${k}${SAFE_SUFFIX}-${n}`;
    taken.add(candidate);
    map.set(k, candidate);
    renamed.push([k, candidate]);
  }
  return { rename: (key) => map.get(key) ?? key, renamed };
}

interface SerializedLike {
  nodes?: unknown;
  edges?: unknown;
  [k: string]: unknown;
}

/**
 * A graphology serialization with its node and edge keys (and edge ends) made safe, and a message
 * per renaming; the input is not changed. Entries that are not objects are left for `import` to
 * refuse.
 */
export function safeSerialized<T extends SerializedLike>(data: T): { data: T; notices: string[] } {
  const nodes = Array.isArray(data.nodes) ? (data.nodes as unknown[]) : [];
  const edges = Array.isArray(data.edges) ? (data.edges as unknown[]) : [];
  const keyOf = (v: unknown, field: string): string | undefined => {
    if (!v || typeof v !== 'object') return undefined;
    const k = (v as Record<string, unknown>)[field];
    return k === undefined || k === null ? undefined : String(k);
  };
  const nodeKeys = nodes.map((n) => keyOf(n, 'key')).filter((k): k is string => k !== undefined);
  const edgeEnds = edges.flatMap((e) => [keyOf(e, 'source'), keyOf(e, 'target')]).filter((k): k is string => k !== undefined);
  const edgeKeys = edges.map((e) => keyOf(e, 'key')).filter((k): k is string => k !== undefined);
  if (![...nodeKeys, ...edgeEnds, ...edgeKeys].some(isUnsafeKey)) return { data, notices: [] };
  const nodeRenamer = keyRenamer([...nodeKeys, ...edgeEnds]);
  const edgeRenamer = keyRenamer(edgeKeys);
  const notices = [
    ...nodeRenamer.renamed.map(
      ([a, b]) => `node key ${JSON.stringify(a)} is a reserved name (a property of every JavaScript object); renamed ${JSON.stringify(b)}`,
    ),
    ...edgeRenamer.renamed.map(
      ([a, b]) => `edge key ${JSON.stringify(a)} is a reserved name (a property of every JavaScript object); renamed ${JSON.stringify(b)}`,
    ),
  ];
  const fix = (v: unknown, fields: Array<[string, (k: string) => string]>): unknown => {
    if (!v || typeof v !== 'object') return v;
    const copy: Record<string, unknown> = { ...(v as Record<string, unknown>) };
    for (const [field, rename] of fields) {
      const k = keyOf(v, field);
      if (k !== undefined && isUnsafeKey(k)) copy[field] = rename(k);
    }
    return copy;
  };
  const out = {
    ...data,
    nodes: nodes.map((n) => fix(n, [['key', nodeRenamer.rename]])),
    edges: edges.map((e) =>
      fix(e, [
        ['key', edgeRenamer.rename],
        ['source', nodeRenamer.rename],
        ['target', nodeRenamer.rename],
      ]),
    ),
  };
  return { data: out as T, notices };
}
