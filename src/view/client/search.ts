// The search box: suggestions as one types, Enter selects the best match.
import { clear, el } from './dom.js';
import type { Filters } from './filters.js';
import type { Model } from './data.js';
import { type Match, matches, type SearchEntry } from './match.js';
import type { Selection } from './select.js';

export interface SearchUI {
  /** Selects the best match of query and returns its key (null when nothing matches). */
  search(query: string): string | null;
}

const SHOWN = 12;

export function createSearch(
  model: Model,
  filters: Filters,
  selection: Selection,
  index: SearchEntry[],
  elements: { box: HTMLInputElement; results: HTMLElement; isolatedBox: HTMLInputElement },
): SearchUI {
  const { box, results, isolatedBox } = elements;
  const { state, visibleNodes } = filters;
  function showResults(found: Match[]): void {
    clear(results);
    found.slice(0, SHOWN).forEach((m) => {
      const li = el('li');
      const b = el('button', m.shown, 'ag-link');
      b.type = 'button';
      if (m.alias && m.alias.toLowerCase() !== m.shown.toLowerCase()) b.appendChild(el('span', ' (' + m.alias + ')', 'ag-alias'));
      b.addEventListener('click', () => {
        clear(results);
        selection.selectNode(m.key);
      });
      li.appendChild(b);
      results.appendChild(li);
    });
    if (found.length > SHOWN) results.appendChild(el('li', found.length - SHOWN + ' more\u2026', 'ag-hint'));
  }
  function search(query: string): string | null {
    const found = matches(index, query);
    clear(results);
    const first = found[0];
    if (!first) {
      results.appendChild(el('li', 'No actor matches \u201c' + query + '\u201d', 'ag-hint'));
      return null;
    }
    // A hidden unconnected actor asked for by name is shown.
    if (!visibleNodes.has(first.key) && model.graph.degree(first.key) === 0 && !state.isolated) {
      isolatedBox.checked = true;
      state.isolated = true;
      filters.computeVisibility();
    }
    selection.selectNode(first.key);
    return first.key;
  }
  box.addEventListener('input', () => showResults(matches(index, box.value)));
  box.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      search(box.value);
    }
    if (e.key === 'Escape') {
      box.value = '';
      clear(results);
    }
  });
  return { search };
}
