// Building the page's elements: text goes in through textContent only, never as markup.
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string | number | null, cls?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (text !== undefined && text !== null) e.textContent = String(text);
  if (cls) e.className = cls;
  return e;
}
export function clear(e: Node): void {
  while (e.firstChild) e.removeChild(e.firstChild);
}
/** An element of html.ts's page, of the kind the script expects. */
export function byId<T extends HTMLElement>(id: string, kind: { new (): T; prototype: T }): T {
  const e = document.getElementById(id);
  if (!(e instanceof kind)) throw new Error('actorgraph: the page has no #' + id);
  return e;
}
