// The filter controls (relation and actor type boxes, dates, unconnected actors, reset), the
// colouring choice and its legend.
import { byId, clear, el } from './dom.js';
import type { Model } from './data.js';
import type { Filters } from './filters.js';
import { communityColor, relationColor, relationName, typeColor, typeName } from './palette.js';
import { isDate } from './values.js';

/** One checkbox per value seen, all ticked: unticking one hides what has that value. */
function checkboxes(
  containerId: string,
  counts: Map<string, number>,
  set: Set<string>,
  name: (v: string) => string,
  colorOf: (v: string) => string,
  update: () => void,
): void {
  const box = byId(containerId, HTMLElement);
  Array.from(counts.keys())
    .sort()
    .forEach((value) => {
      const label = el('label');
      const input = el('input');
      input.type = 'checkbox';
      input.checked = true;
      input.value = value;
      input.setAttribute('data-filter', containerId);
      input.addEventListener('change', () => {
        if (input.checked) set.add(value);
        else set.delete(value);
        update();
      });
      const swatch = el('span', null, 'ag-swatch');
      swatch.style.background = colorOf(value);
      label.appendChild(input);
      label.appendChild(swatch);
      label.appendChild(document.createTextNode(name(value) + ' (' + counts.get(value) + ')'));
      box.appendChild(label);
    });
}

function legendItem(color: string, text: string): HTMLElement {
  const item = el('span', null, 'ag-legend-item');
  const sw = el('span', null, 'ag-swatch');
  sw.style.background = color;
  item.appendChild(sw);
  item.appendChild(document.createTextNode(text));
  return item;
}

/** The legend of the colouring chosen: actor types, or the ten largest communities. */
export function drawLegend(model: Model, filters: Filters): void {
  const box = byId('ag-legend', HTMLElement);
  clear(box);
  if (filters.state.colorBy === 'type') {
    Array.from(filters.typeCounts.keys())
      .sort()
      .forEach((t) => {
        box.appendChild(legendItem(typeColor(t), typeName(t)));
      });
    return;
  }
  const sizes = new Map<number, number>();
  model.nodeInfo.forEach((a) => {
    if (typeof a.community === 'number') sizes.set(a.community, (sizes.get(a.community) || 0) + 1);
  });
  Array.from(sizes.entries())
    .sort((x, y) => y[1] - x[1] || x[0] - y[0])
    .slice(0, 10)
    .forEach(([community, size]) => {
      box.appendChild(legendItem(communityColor(community), '#' + community + ' (' + size + ')'));
    });
}

/**
 * Wires the controls to the filters; update redraws after a change, recolor after the colouring
 * changed. Returns the unconnected-actors box (search ticks it to show an actor asked for).
 */
export function createControls(model: Model, filters: Filters, update: () => void, recolor: () => void): HTMLInputElement {
  const { state, relationCounts, typeCounts } = filters;
  checkboxes('ag-relations', relationCounts, state.relations, relationName, relationColor, update);
  checkboxes('ag-types', typeCounts, state.types, typeName, typeColor, update);
  const fromBox = byId('ag-from', HTMLInputElement);
  const toBox = byId('ag-to', HTMLInputElement);
  const undatedBox = byId('ag-undated', HTMLInputElement);
  if (model.dateMin && model.dateMax) {
    fromBox.min = toBox.min = model.dateMin;
    fromBox.max = toBox.max = model.dateMax;
    fromBox.placeholder = model.dateMin;
    toBox.placeholder = model.dateMax;
  } else byId('ag-dates', HTMLElement).hidden = true;
  function readDates(): void {
    state.from = isDate(fromBox.value) ? fromBox.value : null;
    state.to = isDate(toBox.value) ? toBox.value : null;
    state.undated = undatedBox.checked;
    update();
  }
  const isolatedBox = byId('ag-isolated', HTMLInputElement);
  let isolatedCount = 0;
  model.graph.forEachNode((key) => {
    if (model.graph.degree(key) === 0) isolatedCount++;
  });
  byId('ag-isolated-count', HTMLElement).textContent = String(isolatedCount);
  isolatedBox.addEventListener('change', () => {
    state.isolated = isolatedBox.checked;
    update();
  });
  fromBox.addEventListener('change', readDates);
  toBox.addEventListener('change', readDates);
  undatedBox.addEventListener('change', readDates);
  byId('ag-reset', HTMLButtonElement).addEventListener('click', () => {
    fromBox.value = '';
    toBox.value = '';
    undatedBox.checked = true;
    isolatedBox.checked = false;
    state.isolated = false;
    document.querySelectorAll<HTMLInputElement>('input[data-filter]').forEach((i) => {
      i.checked = true;
    });
    relationCounts.forEach((_c, r) => {
      state.relations.add(r);
    });
    typeCounts.forEach((_c, t) => {
      state.types.add(t);
    });
    readDates();
  });
  const colorBy = byId('ag-color', HTMLSelectElement);
  colorBy.addEventListener('change', () => {
    state.colorBy = colorBy.value === 'community' ? 'community' : 'type';
    recolor();
  });
  return isolatedBox;
}
