// The side panel: an overview, an actor (its facts, timeline and relations) or a relation (its
// facts, the dyad's timeline and the evidence sentences with their articles).
import { timelineChart } from './chart.js';
import { type Attrs, edgeDates, type EdgeInfo, type Model } from './data.js';
import { clear, el } from './dom.js';
import type { Filters } from './filters.js';
import { relationColor, relationName, typeName } from './palette.js';
import { isDate, list, num, own, safeUrl, str } from './values.js';

/** What a click in the panel does. */
export interface PanelActions {
  selectNode(key: string): void;
  selectEdge(key: string): void;
}

export interface Panel {
  showNode(key: string): void;
  showEdge(key: string): void;
  showOverview(): void;
}

function row(dl: HTMLElement, name: string, value: string | number | Node | null | undefined): void {
  if (value === undefined || value === null || value === '') return;
  dl.appendChild(el('dt', name));
  const dd = el('dd');
  if (value instanceof Node) dd.appendChild(value);
  else dd.textContent = String(value);
  dl.appendChild(dd);
}

/** `first – last`, one date when they are the same or one is missing. */
function span(first: unknown, last: unknown): string {
  if (!isDate(first)) return isDate(last) ? last : 'no date';
  if (!isDate(last) || first === last) return first;
  return first + ' \u2013 ' + last;
}

/** The article an evidence sentence comes from: a link when its URL is http(s). */
function citation(articles: Record<string, Attrs>, id: string): HTMLElement {
  const art = id ? (own(articles, id) ?? null) : null;
  const cite = el('p', null, 'ag-source');
  const title = art && str(art.title) ? str(art.title) : id ? 'article ' + id : 'unknown article';
  const url = art ? safeUrl(art.url) : null;
  if (url) {
    const a = el('a', title);
    a.href = url;
    a.target = '_blank';
    a.rel = 'noopener noreferrer';
    cite.appendChild(a);
  } else cite.appendChild(el('cite', title));
  const extra: string[] = [];
  if (art && str(art.source)) extra.push(str(art.source));
  if (art && isDate(art.date)) extra.push(art.date);
  if (extra.length) cite.appendChild(document.createTextNode(' \u00b7 ' + extra.join(' \u00b7 ')));
  return cite;
}

export function createPanel(model: Model, filters: Filters, panel: HTMLElement, actions: PanelActions): Panel {
  const { graph, nodeInfo, edgeInfo, articles } = model;
  const { state, visibleEdges } = filters;

  function nodeButton(key: string): Node {
    const a = nodeInfo.get(key);
    if (!a) return document.createTextNode(key);
    const b = el('button', str(a.label) || key, 'ag-link');
    b.type = 'button';
    b.addEventListener('click', () => actions.selectNode(key));
    return b;
  }
  /** The chart's toggle redraws what is shown. */
  function redraw(): void {
    if (state.selectedEdge) showEdge(state.selectedEdge);
    else if (state.selectedNode) showNode(state.selectedNode);
  }
  function relationButton(info: EdgeInfo, key: string): HTMLElement {
    const li = el('li');
    if (!visibleEdges.has(info.key)) li.className = 'ag-filtered';
    const other = info.source === key ? info.target : info.source;
    const otherLabel = str((nodeInfo.get(other) || {}).label) || other;
    const arrow = info.undirected ? '\u2194' : info.source === key ? '\u2192' : '\u2190';
    const b = el('button', relationName(info.relation) + ' ' + arrow + ' ' + otherLabel + ' (' + num(info.weight, 1) + ')', 'ag-link');
    b.type = 'button';
    b.style.borderLeft = '4px solid ' + relationColor(info.relation);
    b.addEventListener('click', () => actions.selectEdge(info.key));
    li.appendChild(b);
    return li;
  }
  function showNode(key: string): void {
    const a = nodeInfo.get(key)!;
    clear(panel);
    panel.appendChild(el('h2', str(a.label) || key));
    const dl = el('dl');
    row(dl, 'Type', typeName(a.type));
    row(dl, 'Role', str(a.role));
    if (a.affiliation) row(dl, 'Affiliation', nodeButton(str(a.affiliation)));
    const aliases = list(a.aliases).map(str).filter(Boolean);
    row(dl, 'Also called', aliases.join('; '));
    row(dl, 'Mentions', num(a.mentions, 0) + ' in ' + num(a.articles, 0) + ' article' + (num(a.articles, 0) === 1 ? '' : 's'));
    row(dl, 'Mentioned', span(a.first, a.last));
    if (typeof a.community === 'number') row(dl, 'Community', a.community);
    if (typeof a.pagerank === 'number') row(dl, 'PageRank', a.pagerank.toFixed(4));
    row(dl, 'Key', key);
    panel.appendChild(dl);
    const rels: EdgeInfo[] = [];
    graph.forEachEdge(key, (edge) => {
      rels.push(edgeInfo.get(edge)!);
    });
    panel.appendChild(timelineChart(rels, false, redraw));
    rels.sort((x, y) => num(y.weight, 0) - num(x.weight, 0) || (x.key < y.key ? -1 : 1));
    panel.appendChild(el('h3', 'Relations (' + rels.length + ')'));
    const ul = el('ul', null, 'ag-relations');
    rels.forEach((info) => {
      ul.appendChild(relationButton(info, key));
    });
    panel.appendChild(ul);
  }
  /** Every relation between the two actors, either way. */
  function dyadOf(info: EdgeInfo): EdgeInfo[] {
    const dyad: EdgeInfo[] = [];
    graph.forEachEdge(info.source, info.target, (edge) => {
      dyad.push(edgeInfo.get(edge)!);
    });
    graph.forEachEdge(info.target, info.source, (edge) => {
      const other = edgeInfo.get(edge)!;
      if (dyad.indexOf(other) < 0) dyad.push(other);
    });
    return dyad;
  }
  function showEdge(key: string): void {
    const info = edgeInfo.get(key)!;
    clear(panel);
    const h = el('h2');
    h.appendChild(nodeButton(info.source));
    h.appendChild(el('span', ' ' + relationName(info.relation) + (info.undirected ? ' ' : ' \u2192 '), 'ag-relation'));
    h.appendChild(nodeButton(info.target));
    panel.appendChild(h);
    const dl = el('dl');
    row(dl, 'Relation', relationName(info.relation) + (info.undirected ? ' (symmetric)' : ''));
    row(dl, 'Category', str(info.category));
    row(dl, 'Events', num(info.weight, 1));
    const dates = edgeDates(info);
    if (dates) {
      const counts = list(info.dateCounts);
      row(
        dl,
        'Dates',
        dates
          .map((d, i) => {
            const c = counts[i];
            return typeof c === 'number' && c > 1 ? d + ' (' + c + ')' : d;
          })
          .join(', '),
      );
    } else row(dl, 'Dates', span(info.first, info.last));
    if (typeof info.intensity === 'number') row(dl, 'Net intensity', info.intensity + ' (' + str(info.quad).replace(/_/g, ' ') + ')');
    panel.appendChild(dl);
    const dyad = dyadOf(info);
    panel.appendChild(timelineChart(dyad.length ? dyad : [info], true, redraw));
    const evidence = list(info.evidence);
    const sources = list(info.evidenceArticles);
    panel.appendChild(
      el('h3', 'Evidence (' + evidence.length + (num(info.weight, 0) > evidence.length ? ' of ' + num(info.weight, 0) : '') + ')'),
    );
    const ol = el('ol', null, 'ag-evidence');
    evidence.forEach((sentence, i) => {
      const li = el('li');
      li.appendChild(el('blockquote', str(sentence)));
      li.appendChild(citation(articles, str(sources[i])));
      ol.appendChild(li);
    });
    panel.appendChild(ol);
  }
  function showOverview(): void {
    clear(panel);
    panel.appendChild(el('h2', 'Overview'));
    const dl = el('dl');
    row(dl, 'Actors', nodeInfo.size);
    row(dl, 'Relations', edgeInfo.size);
    row(dl, 'Dates', model.dateMin ? span(model.dateMin, model.dateMax) : 'none');
    panel.appendChild(dl);
    panel.appendChild(
      el('p', 'Search for an actor, or click a node or an edge to see its relations and the sentences they come from.', 'ag-hint'),
    );
  }
  return { showNode, showEdge, showOverview };
}
