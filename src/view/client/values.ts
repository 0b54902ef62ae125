// Reading the page's JSON defensively: every value may be missing or of another type.
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function str(v: unknown): string {
  return typeof v === 'string' ? v : v === undefined || v === null ? '' : String(v);
}
export function num(v: unknown, fallback: number): number {
  return typeof v === 'number' && Number.isFinite(v) ? v : fallback;
}
export function isDate(v: unknown): v is string {
  return typeof v === 'string' && DATE.test(v);
}
export function list(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}
/**
 * The value of an own key (a key like `constructor` is not one: it is inherited). An own property
 * is one with its own descriptor: `Object.hasOwn` is ES2022, and the page script is ES2020.
 */
export function own<T>(table: Readonly<Record<string, T>>, key: unknown): T | undefined {
  const k = String(key);
  return Object.getOwnPropertyDescriptor(table, k) !== undefined ? table[k] : undefined;
}
/** http(s) URLs only: the page links nothing else (no javascript:, no data:). */
export function safeUrl(u: unknown): string | null {
  if (typeof u !== 'string') return null;
  try {
    const x = new URL(u);
    return x.protocol === 'http:' || x.protocol === 'https:' ? x.href : null;
  } catch {
    return null;
  }
}
// graphology keeps adjacency in plain objects: a key every object has (constructor, __proto__)
// breaks clicks or pollutes Object.prototype, so such keys are renamed as graph/keys.ts does.
const RESERVED = new Set(Object.getOwnPropertyNames(Object.prototype).concat(['__proto__', 'prototype']));
export function safeKey(k: string): string {
  return RESERVED.has(k) ? k + '-actor' : k;
}
