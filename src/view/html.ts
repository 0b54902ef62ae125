/**
 * actorgraph/view — the self-contained HTML viewer
 * =================================================
 *
 * `viewerHTML(graph, {articles, title})` returns one HTML document holding everything:
 * graphology and sigma.js (their browser builds, assets.ts), the page script (client/,
 * TypeScript bundled by esbuild into client.generated.ts at build time), the style
 * (style.ts), and the data as JSON in `<script type="application/json">`: the graph
 * in graphology's serialization (json.ts order) and, for the articles its evidence
 * cites, a map `id → {title, url, date, source}`. It opens from `file://` with no
 * network and can be sent by mail.
 *
 * Safety:
 *   - the JSON is inert (not executed) and has `<`, `>`, `&`, U+2028 and U+2029 as
 *     `\uXXXX` escapes, so no text in it can close the element or open a comment;
 *   - the page script puts article text in the page with `textContent` only, and links
 *     only http(s) URLs;
 *   - a Content-Security-Policy allows the three inline scripts by their SHA-256 hash
 *     and nothing else: no other script, no inline event handler (`onerror=`), no
 *     `javascript:` URL, no network request (default-src 'none').
 */
import { createHash } from 'node:crypto';
import type { AbstractGraph, Attributes } from 'graphology-types';
import { serialize } from '../export/json.js';
import { libraries } from './assets.js';
import { CLIENT_JS } from './client.generated.js';
import { CSS } from './style.js';

type AnyGraph = AbstractGraph<Attributes, Attributes, Attributes>;

/** What the viewer shows of an article. */
export interface ViewerArticle {
  id: string;
  title?: string;
  url?: string;
  date?: string;
  source?: string;
}

/** Options of `viewerHTML` (and of the `html` export format): the articles to cite and the page's title. */
export interface ViewerOptions {
  /** The articles (e.g. the lines of `<name>.articles.jsonl`); those cited as evidence are inlined. */
  articles?: Iterable<ViewerArticle>;
  /** The page's title (default: "actorgraph"). */
  title?: string;
}

/** JSON that is safe inside any HTML element's text. */
export function jsonForHTML(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** Text for an HTML text node or a quoted attribute. */
export function escapeHTML(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

function sha256(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** The articles cited by the graph's evidence, as `id → {title, url, date, source}`. */
export function citedArticles(graph: AnyGraph, articles: Iterable<ViewerArticle> | undefined): Record<string, Omit<ViewerArticle, 'id'>> {
  const cited = new Set<string>();
  graph.forEachEdge((_e, a) => {
    if (Array.isArray(a.evidenceArticles)) for (const id of a.evidenceArticles) if (typeof id === 'string') cited.add(id);
  });
  // A Map, not an object: an article id `__proto__` assigned to an object would set its prototype.
  const out = new Map<string, Omit<ViewerArticle, 'id'>>();
  for (const article of articles ?? []) {
    if (!article || typeof article.id !== 'string' || !cited.has(article.id) || out.has(article.id)) continue;
    const meta: Omit<ViewerArticle, 'id'> = {};
    for (const field of ['title', 'url', 'date', 'source'] as const) if (typeof article[field] === 'string') meta[field] = article[field];
    out.set(article.id, meta);
  }
  // Sorted keys: the same input gives the same file (fromEntries defines own properties, `__proto__` too).
  return Object.fromEntries([...out].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/**
 * The viewer, one HTML document (see the module comment).
 *
 * @example writeFileSync('graph.html', viewerHTML(graph, { title: 'corpus' }))
 */
export function viewerHTML(graph: AnyGraph, options: ViewerOptions = {}): string {
  const { graphology, sigma } = libraries();
  const title = options.title ?? 'actorgraph';
  const data = jsonForHTML({ title, graph: serialize(graph), articles: citedArticles(graph, options.articles) });
  const scripts = [graphology.code, sigma.code, CLIENT_JS];
  const csp = [
    "default-src 'none'",
    `script-src ${scripts.map(sha256).join(' ')}`,
    "style-src 'unsafe-inline'",
    'img-src data:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHTML(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta name="generator" content="actorgraph (graphology ${escapeHTML(graphology.version)}, sigma ${escapeHTML(sigma.version)})">
<title>${escapeHTML(title)}</title>
<link rel="icon" href="data:,">
<style>${CSS}</style>
</head>
<body>
<header>
<h1 id="ag-title">${escapeHTML(title)}</h1>
<span id="ag-visible"></span>
<div id="ag-legend"></div>
</header>
<aside>
<label for="ag-search"><strong>Search actors</strong></label>
<input id="ag-search" type="search" placeholder="Name or alias, then Enter" autocomplete="off" spellcheck="false">
<ul id="ag-results"></ul>
<fieldset><legend>Color by</legend>
<select id="ag-color"><option value="type">Actor type</option><option value="community">Community</option></select>
</fieldset>
<fieldset><legend>Relation types</legend><div id="ag-relations"></div></fieldset>
<fieldset><legend>Actor types</legend><div id="ag-types"></div></fieldset>
<fieldset id="ag-dates"><legend>Dates</legend>
<label>From&nbsp;<input id="ag-from" type="date"></label>
<label>To&nbsp;<input id="ag-to" type="date"></label>
<label><input id="ag-undated" type="checkbox" checked>&nbsp;Keep undated</label>
</fieldset>
<fieldset><legend>Unconnected actors</legend>
<label><input id="ag-isolated" type="checkbox"><span>&nbsp;Show actors without relations (<span id="ag-isolated-count">0</span>)</span></label>
</fieldset>
<button id="ag-reset" type="button">Reset filters</button>
</aside>
<main id="ag-graph"></main>
<aside id="ag-panel"></aside>
<script type="application/json" id="actorgraph-data">${data}</script>
<script>${graphology.code}</script>
<script>${sigma.code}</script>
<script>${CLIENT_JS}</script>
</body>
</html>
`;
}
