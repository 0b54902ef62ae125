/**
 * actorgraph/view — the viewer's page script and style
 * =====================================================
 *
 * Plain browser JavaScript (ES2020, no modules), kept as text: it is inlined in the
 * HTML file next to sigma.js and graphology, and runs on `file://` without network.
 * It reads the graph from `<script type="application/json" id="actorgraph-data">`.
 *
 * Safety: everything that comes from the articles (labels, aliases, roles, evidence
 * sentences, titles, URLs) reaches the page through `textContent`, `value` or a
 * checked `href` (http and https only), never through `innerHTML`; labels are drawn
 * on the canvas by sigma. The page's Content-Security-Policy (html.ts) allows only the
 * three inline scripts by hash, so even markup that got in could not run.
 *
 * Readability (issue 17): the camera is fitted to the actors shown (a custom bounding box,
 * so that no node is drawn off the canvas, whatever the stored layout's outliers); actors
 * without any relation — more than half of a news corpus, on rings around the network —
 * are hidden until "Show unconnected actors" is ticked; labels are left to sigma's label
 * grid (only the node in focus forces its label), so they do not pile up; and search
 * suggests as one types, tolerating typos ("Hutis" finds Houthis) as `query` does.
 *
 * Written as a String.raw literal: no backticks and no dollar-brace in here.
 */

export const CLIENT_JS = String.raw`(function () {
  'use strict';
  var DATA = JSON.parse(document.getElementById('actorgraph-data').textContent);
  var TYPE_COLORS = { country: '#0072b2', person: '#e69f00', organization: '#009e73', armed_group: '#d55e00' };
  var TYPE_NAMES = { country: 'Country', person: 'Person', organization: 'Organization', armed_group: 'Armed group' };
  var RELATION_COLORS = { met: '#8da0cb', allied_with: '#1b9e77', supports: '#66a61e', opposes: '#e6ab02', attacks: '#d62728', member_of: '#7570b3' };
  var COMMUNITY_COLORS = ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1', '#ff9da7', '#9c755f', '#bab0ac', '#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b', '#e377c2', '#17becf', '#bcbd22', '#7f7f7f'];
  var FADED = '#e2e2e2';
  var DATE = /^\d{4}-\d{2}-\d{2}$/;

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (cls) e.className = cls;
    return e;
  }
  function clear(e) { while (e.firstChild) e.removeChild(e.firstChild); }
  function str(v) { return typeof v === 'string' ? v : v === undefined || v === null ? '' : String(v); }
  // graphology keeps adjacency in plain objects: a key every object has (constructor, __proto__)
  // breaks clicks or pollutes Object.prototype, so such keys are renamed as graph/keys.ts does.
  var RESERVED = new Set(Object.getOwnPropertyNames(Object.prototype).concat(['__proto__', 'prototype']));
  function safeKey(k) { return RESERVED.has(k) ? k + '-actor' : k; }
  function num(v, d) { return typeof v === 'number' && isFinite(v) ? v : d; }
  function isDate(v) { return typeof v === 'string' && DATE.test(v); }
  function list(v) { return Array.isArray(v) ? v : []; }
  function safeUrl(u) {
    if (typeof u !== 'string') return null;
    try {
      var x = new URL(u);
      return x.protocol === 'http:' || x.protocol === 'https:' ? x.href : null;
    } catch (e) {
      return null;
    }
  }
  function typeName(t) { return Object.prototype.hasOwnProperty.call(TYPE_NAMES, t) ? TYPE_NAMES[t] : str(t) || 'unknown'; }
  function typeColor(t) { return Object.prototype.hasOwnProperty.call(TYPE_COLORS, t) ? TYPE_COLORS[t] : '#999999'; }
  function relationColor(r) { return Object.prototype.hasOwnProperty.call(RELATION_COLORS, r) ? RELATION_COLORS[r] : '#999999'; }
  function communityColor(c) {
    if (typeof c !== 'number' || !isFinite(c)) return '#999999';
    var i = Math.abs(Math.floor(c));
    if (i < COMMUNITY_COLORS.length) return COMMUNITY_COLORS[i];
    return 'hsl(' + ((i * 137.508) % 360).toFixed(1) + ', 55%, 50%)';
  }
  function relationName(r) { return str(r).replace(/_/g, ' '); }

  // ---- the graph ----
  var graph = new graphology.MultiGraph({ type: 'mixed', allowSelfLoops: true });
  var nodeInfo = new Map();
  var edgeInfo = new Map();
  var nodes = list(DATA.graph && DATA.graph.nodes);
  var edges = list(DATA.graph && DATA.graph.edges);
  var articles = DATA.articles && typeof DATA.articles === 'object' ? DATA.articles : {};
  var maxPagerank = 0;
  nodes.forEach(function (n) { maxPagerank = Math.max(maxPagerank, num(n.attributes && n.attributes.pagerank, 0)); });
  nodes.forEach(function (n, i) {
    var a = n.attributes || {};
    var key = safeKey(str(n.key));
    var size = num(a.size, maxPagerank > 0 ? 4 + 26 * Math.sqrt(num(a.pagerank, 0) / maxPagerank) : 6);
    var angle = (2 * Math.PI * i) / Math.max(1, nodes.length);
    nodeInfo.set(key, a);
    graph.addNode(key, {
      x: num(a.x, 100 * Math.cos(angle)),
      y: num(a.y, 100 * Math.sin(angle)),
      size: Math.max(2, size * 0.6),
      label: str(a.label) || key,
      typeColor: typeof a.color === 'string' && /^#[0-9a-fA-F]{6}$/.test(a.color) ? a.color : typeColor(a.type),
      communityColor: communityColor(a.community),
    });
  });
  edges.forEach(function (e) {
    var a = e.attributes || {};
    var key = safeKey(str(e.key));
    var source = safeKey(str(e.source));
    var target = safeKey(str(e.target));
    if (!graph.hasNode(source) || !graph.hasNode(target) || graph.hasEdge(key)) return;
    var relation = str(a.relation) || key.split(':')[0];
    var info = Object.assign({}, a, { key: key, source: source, target: target, relation: relation, undirected: !!e.undirected });
    edgeInfo.set(key, info);
    var attrs = {
      size: Math.min(6, 0.6 + Math.log2(1 + num(a.weight, 1))),
      color: relationColor(relation),
      type: e.undirected ? 'line' : 'arrow',
      label: relationName(relation),
    };
    if (e.undirected) graph.addUndirectedEdgeWithKey(key, source, target, attrs);
    else graph.addDirectedEdgeWithKey(key, source, target, attrs);
  });

  // ---- dates ----
  function edgeDates(info) {
    var dates = list(info.dates).filter(isDate);
    return dates.length ? dates : null;
  }
  var dateMin = null;
  var dateMax = null;
  function seeDate(d) {
    if (!isDate(d)) return;
    if (dateMin === null || d < dateMin) dateMin = d;
    if (dateMax === null || d > dateMax) dateMax = d;
  }
  nodeInfo.forEach(function (a) { seeDate(a.first); seeDate(a.last); });
  edgeInfo.forEach(function (a) { seeDate(a.first); seeDate(a.last); (edgeDates(a) || []).forEach(seeDate); });

  // ---- state and filters ----
  var state = {
    colorBy: 'type',
    selectedNode: null,
    selectedEdge: null,
    hoveredNode: null,
    relations: new Set(),
    types: new Set(),
    from: null,
    to: null,
    undated: true,
    // Actors without any relation: hidden unless asked for.
    isolated: false,
  };
  var relationCounts = new Map();
  edgeInfo.forEach(function (a) { relationCounts.set(a.relation, (relationCounts.get(a.relation) || 0) + 1); });
  var typeCounts = new Map();
  nodeInfo.forEach(function (a) { var t = str(a.type) || 'unknown'; typeCounts.set(t, (typeCounts.get(t) || 0) + 1); });
  relationCounts.forEach(function (_c, r) { state.relations.add(r); });
  typeCounts.forEach(function (_c, t) { state.types.add(t); });

  function overlaps(first, last) {
    var lo = isDate(first) ? first : isDate(last) ? last : null;
    var hi = isDate(last) ? last : lo;
    if (lo === null) return state.undated;
    if (state.from && hi < state.from) return false;
    if (state.to && lo > state.to) return false;
    return true;
  }
  var visibleNodes = new Set();
  var visibleEdges = new Set();
  function computeVisibility() {
    visibleNodes.clear();
    visibleEdges.clear();
    var ranged = !!(state.from || state.to);
    nodeInfo.forEach(function (a, key) {
      if (!state.types.has(str(a.type) || 'unknown')) return;
      if (ranged && !overlaps(a.first, a.last)) return;
      if (!state.isolated && graph.degree(key) === 0) return;
      visibleNodes.add(key);
    });
    edgeInfo.forEach(function (a, key) {
      if (!state.relations.has(a.relation)) return;
      if (!visibleNodes.has(a.source) || !visibleNodes.has(a.target)) return;
      if (ranged) {
        var dates = edgeDates(a);
        if (dates) {
          if (!dates.some(function (d) { return (!state.from || d >= state.from) && (!state.to || d <= state.to); })) return;
        } else if (!overlaps(a.first, a.last)) return;
      }
      visibleEdges.add(key);
    });
    var count = document.getElementById('ag-visible');
    count.textContent = visibleNodes.size + ' of ' + nodeInfo.size + ' actors, ' + visibleEdges.size + ' of ' + edgeInfo.size + ' relations shown';
  }

  // ---- rendering ----
  var container = document.getElementById('ag-graph');
  // Labels: sigma's grid picks at most one per cell, the biggest node's; a label can still run
  // into the next cell's, so each label is drawn only where it meets no label drawn before it in
  // this frame (a forced one, the node in focus, always is). Boxes in viewport pixels.
  var labelBoxes = null;
  function drawLabel(context, data, settings) {
    if (!data.label) return;
    if (labelBoxes === null) labelBoxes = discs();
    var size = settings.labelSize;
    context.font = settings.labelWeight + ' ' + size + 'px ' + settings.labelFont;
    var box = { x: data.x + data.size + 3, y: data.y - size * 0.75, w: context.measureText(data.label).width, h: size * 1.2, label: data.label };
    var hit = labelBoxes.some(function (b) { return box.x < b.x + b.w && b.x < box.x + box.w && box.y < b.y + b.h && b.y < box.y + box.h; });
    if (hit && !data.forceLabel) return;
    labelBoxes.push(box);
    context.fillStyle = '#000';
    context.fillText(data.label, box.x, data.y + size / 3);
  }
  var renderer = new Sigma(graph, container, {
    renderEdgeLabels: false,
    enableEdgeEvents: true,
    // Small cells offer many candidates; drawLabel keeps those that meet nothing drawn.
    labelDensity: 1,
    labelGridCellSize: 60,
    labelRenderedSizeThreshold: 6,
    // Room for the largest node's radius on every side of the fitted box.
    stagePadding: 40,
    labelFont: 'system-ui, sans-serif',
    labelSize: 12,
    zIndex: true,
    minCameraRatio: 0.02,
    maxCameraRatio: 8,
    defaultEdgeType: 'line',
    defaultDrawNodeLabel: drawLabel,
    nodeReducer: function (node, d) {
      var r = Object.assign({}, d);
      r.color = state.colorBy === 'community' ? d.communityColor : d.typeColor;
      if (!visibleNodes.has(node)) {
        r.hidden = true;
        return r;
      }
      var focus = state.selectedNode || state.hoveredNode;
      if (state.selectedEdge) {
        var e = edgeInfo.get(state.selectedEdge);
        if (node === e.source || node === e.target) {
          r.highlighted = true;
          r.forceLabel = true;
          r.zIndex = 2;
        } else {
          r.color = FADED;
          r.label = '';
          r.zIndex = 0;
        }
      } else if (focus) {
        if (node === focus) {
          r.highlighted = true;
          r.forceLabel = true;
          r.zIndex = 2;
        } else if (graph.areNeighbors(node, focus)) {
          // Not forced: sigma's label grid keeps the neighbours' labels from overlapping.
          r.zIndex = 1;
        } else {
          r.color = FADED;
          r.label = '';
          r.zIndex = 0;
        }
      }
      return r;
    },
    edgeReducer: function (edge, d) {
      var r = Object.assign({}, d);
      if (!visibleEdges.has(edge)) {
        r.hidden = true;
        return r;
      }
      var focus = state.selectedNode || state.hoveredNode;
      if (state.selectedEdge) {
        if (edge === state.selectedEdge) {
          r.size = Math.max(3, d.size * 1.6);
          r.zIndex = 2;
        } else {
          r.color = FADED;
          r.zIndex = 0;
        }
      } else if (focus) {
        var info = edgeInfo.get(edge);
        if (info.source !== focus && info.target !== focus) r.hidden = true;
        else r.zIndex = 1;
      }
      return r;
    },
  });

  // Each frame starts with the discs of the nodes shown (a label is not drawn over a node either),
  // taken at its first label, once sigma has placed the nodes for the frame.
  renderer.on('beforeRender', function () { labelBoxes = null; });
  function discs() {
    var boxes = [];
    visibleNodes.forEach(function (key) {
      var d = renderer.getNodeDisplayData(key);
      if (!d || d.hidden) return;
      var p = renderer.framedGraphToViewport(d);
      var r = renderer.scaleSize(d.size);
      boxes.push({ x: p.x - r, y: p.y - r, w: 2 * r, h: 2 * r, node: key });
    });
    return boxes;
  }

  // ---- camera ----
  // The framing box is that of the actors shown: sigma then maps it into the canvas (less the
  // stage padding) and the camera's home state shows every one of them.
  function fitCamera(animate) {
    var xs = [];
    var ys = [];
    visibleNodes.forEach(function (key) {
      xs.push(graph.getNodeAttribute(key, 'x'));
      ys.push(graph.getNodeAttribute(key, 'y'));
    });
    if (!xs.length) return;
    var x0 = Math.min.apply(null, xs);
    var x1 = Math.max.apply(null, xs);
    var y0 = Math.min.apply(null, ys);
    var y1 = Math.max.apply(null, ys);
    // A box of one point (or one line) gets some size around it.
    var pad = Math.max(x1 - x0, y1 - y0, 1) * 0.05;
    if (x1 - x0 < pad) { x0 -= pad; x1 += pad; }
    if (y1 - y0 < pad) { y0 -= pad; y1 += pad; }
    // Labels are drawn to the right of their node: room for those of the rightmost nodes.
    x1 += (x1 - x0) * 0.12;
    renderer.setCustomBBox({ x: [x0, x1], y: [y0, y1] });
    var home = { x: 0.5, y: 0.5, ratio: 1, angle: 0 };
    if (animate) renderer.getCamera().animate(home, { duration: 300 });
    else renderer.getCamera().setState(home);
  }

  // ---- panel ----
  var panel = document.getElementById('ag-panel');
  function row(dl, name, value) {
    if (value === undefined || value === null || value === '') return;
    dl.appendChild(el('dt', name));
    var dd = el('dd');
    if (value instanceof Node) dd.appendChild(value);
    else dd.textContent = String(value);
    dl.appendChild(dd);
  }
  function nodeButton(key) {
    var a = nodeInfo.get(key);
    if (!a) return document.createTextNode(key);
    var b = el('button', str(a.label) || key, 'ag-link');
    b.type = 'button';
    b.addEventListener('click', function () { selectNode(key); });
    return b;
  }
  function span(first, last) {
    if (!isDate(first) && !isDate(last)) return 'no date';
    if (first === last || !isDate(last)) return first;
    if (!isDate(first)) return last;
    return first + ' \u2013 ' + last;
  }

  // ---- timeline chart (issue 19): events per period, stacked by relation; a dyad's net cooperation ----
  var SVG = 'http://www.w3.org/2000/svg';
  var RELATION_ORDER = ['met', 'allied_with', 'supports', 'opposes', 'attacks', 'member_of'];
  var QUAD_ORDER = ['verbal_cooperation', 'material_cooperation', 'verbal_conflict', 'material_conflict', 'none'];
  var QUAD_COLORS = { verbal_cooperation: '#91bfdb', material_cooperation: '#4575b4', verbal_conflict: '#fc8d59', material_conflict: '#d73027', none: '#aaaaaa' };
  /** What the bars are split by: 'relation' (stacked in the relation palette) or 'quad' (quad classes). */
  var chartBy = 'relation';
  function groupOf(info) { return chartBy === 'quad' ? str(info.quad) || 'none' : str(info.relation); }
  function groupColor(g) { return chartBy === 'quad' ? (Object.prototype.hasOwnProperty.call(QUAD_COLORS, g) ? QUAD_COLORS[g] : '#aaaaaa') : relationColor(g); }
  function svg(tag, attrs) {
    var e = document.createElementNS(SVG, tag);
    Object.keys(attrs).forEach(function (k) { e.setAttribute(k, String(attrs[k])); });
    return e;
  }
  /** Periods (months, or years over a long span) with counts per relation and net intensity. */
  function timelineData(infos) {
    var all = [];
    infos.forEach(function (info) {
      var dates = edgeDates(info);
      if (!dates) return;
      var counts = list(info.dateCounts);
      // The edge's net intensity spread evenly over its events (the graph keeps no intensity per date).
      var per = num(info.intensity, 0) / Math.max(1, num(info.weight, 1));
      dates.forEach(function (d, i) { all.push({ date: d, n: num(counts[i], 1), relation: groupOf(info), intensity: per * num(counts[i], 1) }); });
    });
    if (!all.length) return null;
    all.sort(function (x, y) { return x.date < y.date ? -1 : x.date > y.date ? 1 : 0; });
    var first = all[0].date;
    var last = all[all.length - 1].date;
    var months = (Number(last.slice(0, 4)) - Number(first.slice(0, 4))) * 12 + Number(last.slice(5, 7)) - Number(first.slice(5, 7)) + 1;
    var byYear = months > 36;
    var key = function (d) { return byYear ? d.slice(0, 4) : d.slice(0, 7); };
    var periods = [];
    var y = Number(first.slice(0, 4));
    var m = Number(first.slice(5, 7));
    var end = key(last);
    for (;;) {
      var k = byYear ? String(y) : y + '-' + (m < 10 ? '0' : '') + m;
      periods.push({ period: k, total: 0, net: 0, byRelation: {} });
      if (k === end || periods.length > 600) break;
      if (byYear) y++;
      else if (++m > 12) { m = 1; y++; }
    }
    var index = {};
    periods.forEach(function (p, i) { index[p.period] = i; });
    all.forEach(function (e) {
      var p = periods[index[key(e.date)]];
      if (!p) return;
      p.total += e.n;
      p.net += e.intensity;
      p.byRelation[e.relation] = (p.byRelation[e.relation] || 0) + e.n;
    });
    return { unit: byYear ? 'year' : 'month', periods: periods };
  }
  /** A small SVG chart of the events of infos; with net, the net cooperation line. */
  function timelineChart(infos, net) {
    var data = timelineData(infos);
    var box = el('div', null, 'ag-chart');
    if (!data) return box;
    var W = 320, H = 130, L = 28, R = net ? 30 : 6, T = 8, B = 20;
    var s = svg('svg', { width: W, height: H, viewBox: '0 0 ' + W + ' ' + H, role: 'img', 'aria-label': 'events per ' + data.unit });
    var max = Math.max.apply(null, data.periods.map(function (p) { return p.total; }).concat([1]));
    var n = data.periods.length;
    var bw = (W - L - R) / n;
    var yOf = function (v) { return T + (H - T - B) * (1 - v / max); };
    s.appendChild(svg('line', { x1: L, y1: H - B, x2: W - R, y2: H - B, stroke: '#888' }));
    var t = svg('text', { x: L - 4, y: T + 8, 'text-anchor': 'end', 'font-size': 9, fill: '#555' }); t.textContent = String(max); s.appendChild(t);
    t = svg('text', { x: L - 4, y: H - B, 'text-anchor': 'end', 'font-size': 9, fill: '#555' }); t.textContent = '0'; s.appendChild(t);
    var ORDER = chartBy === 'quad' ? QUAD_ORDER : RELATION_ORDER;
    data.periods.forEach(function (p, i) {
      var y0 = H - B;
      ORDER.concat(Object.keys(p.byRelation).filter(function (r) { return ORDER.indexOf(r) < 0; })).forEach(function (r) {
        var c = p.byRelation[r];
        if (!c) return;
        var h = (H - T - B) * (c / max);
        var rect = svg('rect', { x: L + i * bw + bw * 0.1, y: y0 - h, width: Math.max(1, bw * 0.8), height: h, fill: groupColor(r) });
        var tip = svg('title', {}); tip.textContent = p.period + ': ' + c + ' ' + relationName(r); rect.appendChild(tip);
        s.appendChild(rect);
        y0 -= h;
      });
    });
    [0, n - 1].forEach(function (i) {
      var lab = svg('text', { x: L + i * bw + bw / 2, y: H - 6, 'text-anchor': i ? 'end' : 'start', 'font-size': 9, fill: '#555' });
      lab.textContent = data.periods[i].period;
      s.appendChild(lab);
    });
    if (net) {
      var span = Math.max.apply(null, data.periods.map(function (p) { return Math.abs(p.net); }).concat([1]));
      var mid = T + (H - T - B) / 2;
      var ny = function (v) { return mid - ((H - T - B) / 2) * (v / span); };
      s.appendChild(svg('line', { x1: L, y1: mid, x2: W - R, y2: mid, stroke: '#bbb', 'stroke-dasharray': '2,2' }));
      s.appendChild(svg('polyline', { fill: 'none', stroke: '#222', 'stroke-width': 1.5, points: data.periods.map(function (p, i) { return (L + i * bw + bw / 2).toFixed(1) + ',' + ny(p.net).toFixed(1); }).join(' ') }));
      var a1 = svg('text', { x: W - R + 3, y: T + 8, 'font-size': 9, fill: '#222' }); a1.textContent = '+' + Math.round(span); s.appendChild(a1);
      var a2 = svg('text', { x: W - R + 3, y: H - B, 'font-size': 9, fill: '#222' }); a2.textContent = '\u2212' + Math.round(span); s.appendChild(a2);
    }
    box.appendChild(el('h3', 'Events per ' + data.unit + (net ? ', and net cooperation (line)' : '')));
    box.appendChild(s);
    var legend = el('div', null, 'ag-chart-legend');
    ORDER.forEach(function (r) {
      if (!data.periods.some(function (p) { return p.byRelation[r]; })) return;
      var item = el('span', relationName(r));
      item.style.borderLeft = '10px solid ' + groupColor(r);
      legend.appendChild(item);
    });
    var toggle = el('button', chartBy === 'quad' ? 'Stack by relation' : 'Colour by quad class', 'ag-chart-toggle');
    toggle.addEventListener('click', function () {
      chartBy = chartBy === 'quad' ? 'relation' : 'quad';
      if (state.selectedEdge) showEdge(state.selectedEdge);
      else if (state.selectedNode) showNode(state.selectedNode);
    });
    legend.appendChild(toggle);
    box.appendChild(legend);
    return box;
  }
  function showNode(key) {
    var a = nodeInfo.get(key);
    clear(panel);
    panel.appendChild(el('h2', str(a.label) || key));
    var dl = el('dl');
    row(dl, 'Type', typeName(a.type));
    row(dl, 'Role', str(a.role));
    if (a.affiliation) row(dl, 'Affiliation', nodeButton(str(a.affiliation)));
    var aliases = list(a.aliases).map(str).filter(Boolean);
    row(dl, 'Also called', aliases.join('; '));
    row(dl, 'Mentions', num(a.mentions, 0) + ' in ' + num(a.articles, 0) + ' article' + (num(a.articles, 0) === 1 ? '' : 's'));
    row(dl, 'Mentioned', span(a.first, a.last));
    if (typeof a.community === 'number') row(dl, 'Community', a.community);
    if (typeof a.pagerank === 'number') row(dl, 'PageRank', a.pagerank.toFixed(4));
    row(dl, 'Key', key);
    panel.appendChild(dl);
    var rels = [];
    graph.forEachEdge(key, function (edge) { rels.push(edgeInfo.get(edge)); });
    panel.appendChild(timelineChart(rels, false));
    rels.sort(function (x, y) { return num(y.weight, 0) - num(x.weight, 0) || (x.key < y.key ? -1 : 1); });
    panel.appendChild(el('h3', 'Relations (' + rels.length + ')'));
    var ul = el('ul', null, 'ag-relations');
    rels.forEach(function (info) {
      var li = el('li');
      if (!visibleEdges.has(info.key)) li.className = 'ag-filtered';
      var other = info.source === key ? info.target : info.source;
      var otherLabel = str((nodeInfo.get(other) || {}).label) || other;
      var arrow = info.undirected ? '\u2194' : info.source === key ? '\u2192' : '\u2190';
      var b = el('button', relationName(info.relation) + ' ' + arrow + ' ' + otherLabel + ' (' + num(info.weight, 1) + ')', 'ag-link');
      b.type = 'button';
      b.style.borderLeft = '4px solid ' + relationColor(info.relation);
      b.addEventListener('click', function () { selectEdge(info.key); });
      li.appendChild(b);
      ul.appendChild(li);
    });
    panel.appendChild(ul);
  }
  function showEdge(key) {
    var info = edgeInfo.get(key);
    clear(panel);
    var h = el('h2');
    h.appendChild(nodeButton(info.source));
    h.appendChild(el('span', ' ' + relationName(info.relation) + (info.undirected ? ' ' : ' \u2192 '), 'ag-relation'));
    h.appendChild(nodeButton(info.target));
    panel.appendChild(h);
    var dl = el('dl');
    row(dl, 'Relation', relationName(info.relation) + (info.undirected ? ' (symmetric)' : ''));
    row(dl, 'Category', str(info.category));
    row(dl, 'Events', num(info.weight, 1));
    var dates = edgeDates(info);
    if (dates) {
      var counts = list(info.dateCounts);
      row(dl, 'Dates', dates.map(function (d, i) { return typeof counts[i] === 'number' && counts[i] > 1 ? d + ' (' + counts[i] + ')' : d; }).join(', '));
    } else row(dl, 'Dates', span(info.first, info.last));
    if (typeof info.intensity === 'number') row(dl, 'Net intensity', info.intensity + ' (' + str(info.quad).replace(/_/g, ' ') + ')');
    panel.appendChild(dl);
    // The dyad: every relation between the two actors, either way.
    var dyad = [];
    graph.forEachEdge(info.source, info.target, function (edge) { dyad.push(edgeInfo.get(edge)); });
    graph.forEachEdge(info.target, info.source, function (edge) { if (dyad.indexOf(edgeInfo.get(edge)) < 0) dyad.push(edgeInfo.get(edge)); });
    panel.appendChild(timelineChart(dyad.length ? dyad : [info], true));
    var evidence = list(info.evidence);
    var sources = list(info.evidenceArticles);
    panel.appendChild(el('h3', 'Evidence (' + evidence.length + (num(info.weight, 0) > evidence.length ? ' of ' + num(info.weight, 0) : '') + ')'));
    var ol = el('ol', null, 'ag-evidence');
    evidence.forEach(function (sentence, i) {
      var li = el('li');
      li.appendChild(el('blockquote', str(sentence)));
      var id = str(sources[i]);
      var art = id && Object.prototype.hasOwnProperty.call(articles, id) ? articles[id] : null;
      var cite = el('p', null, 'ag-source');
      var title = art && str(art.title) ? str(art.title) : id ? 'article ' + id : 'unknown article';
      var url = art ? safeUrl(art.url) : null;
      if (url) {
        var a = el('a', title);
        a.href = url;
        a.target = '_blank';
        a.rel = 'noopener noreferrer';
        cite.appendChild(a);
      } else cite.appendChild(el('cite', title));
      var extra = [];
      if (art && str(art.source)) extra.push(str(art.source));
      if (art && isDate(art.date)) extra.push(art.date);
      if (extra.length) cite.appendChild(document.createTextNode(' \u00b7 ' + extra.join(' \u00b7 ')));
      li.appendChild(cite);
      ol.appendChild(li);
    });
    panel.appendChild(ol);
  }
  function showOverview() {
    clear(panel);
    panel.appendChild(el('h2', 'Overview'));
    var dl = el('dl');
    row(dl, 'Actors', nodeInfo.size);
    row(dl, 'Relations', edgeInfo.size);
    row(dl, 'Dates', dateMin ? span(dateMin, dateMax) : 'none');
    panel.appendChild(dl);
    panel.appendChild(el('p', 'Search for an actor, or click a node or an edge to see its relations and the sentences they come from.', 'ag-hint'));
  }

  // ---- selection ----
  function focusCamera(keys) {
    var xs = [];
    var ys = [];
    keys.forEach(function (k) {
      var d = renderer.getNodeDisplayData(k);
      if (d) { xs.push(d.x); ys.push(d.y); }
    });
    if (!xs.length) return;
    var x = (Math.min.apply(null, xs) + Math.max.apply(null, xs)) / 2;
    var y = (Math.min.apply(null, ys) + Math.max.apply(null, ys)) / 2;
    var spread = Math.max(Math.max.apply(null, xs) - Math.min.apply(null, xs), Math.max.apply(null, ys) - Math.min.apply(null, ys));
    renderer.getCamera().animate({ x: x, y: y, ratio: Math.min(1.2, Math.max(0.08, spread * 1.3)) }, { duration: 400 });
  }
  function selectNode(key) {
    if (!nodeInfo.has(key)) return;
    state.selectedNode = key;
    state.selectedEdge = null;
    showNode(key);
    renderer.refresh();
    var around = [key];
    graph.forEachNeighbor(key, function (n) { if (visibleNodes.has(n)) around.push(n); });
    focusCamera(around);
    document.body.setAttribute('data-selected', 'node');
  }
  function selectEdge(key) {
    if (!edgeInfo.has(key)) return;
    var info = edgeInfo.get(key);
    state.selectedEdge = key;
    state.selectedNode = null;
    showEdge(key);
    renderer.refresh();
    focusCamera([info.source, info.target]);
    document.body.setAttribute('data-selected', 'edge');
  }
  function clearSelection() {
    state.selectedNode = null;
    state.selectedEdge = null;
    showOverview();
    renderer.refresh();
    document.body.removeAttribute('data-selected');
  }
  renderer.on('clickNode', function (e) { selectNode(e.node); });
  renderer.on('clickEdge', function (e) { selectEdge(e.edge); });
  // Thin edges are hard to hit: a click on the stage within a few pixels of a drawn edge selects it.
  function edgeNear(point, tolerance) {
    var best = null;
    var bestDistance = tolerance;
    var cache = new Map();
    function at(node) {
      if (!cache.has(node)) {
        var d = renderer.getNodeDisplayData(node);
        cache.set(node, d ? renderer.framedGraphToViewport(d) : null);
      }
      return cache.get(node);
    }
    visibleEdges.forEach(function (key) {
      if (state.selectedNode) {
        var info = edgeInfo.get(key);
        if (info.source !== state.selectedNode && info.target !== state.selectedNode) return;
      }
      var a = at(graph.source(key));
      var b = at(graph.target(key));
      if (!a || !b) return;
      var dx = b.x - a.x;
      var dy = b.y - a.y;
      var len2 = dx * dx + dy * dy;
      var t = len2 ? Math.max(0, Math.min(1, ((point.x - a.x) * dx + (point.y - a.y) * dy) / len2)) : 0;
      var distance = Math.hypot(point.x - (a.x + t * dx), point.y - (a.y + t * dy));
      if (distance < bestDistance) {
        bestDistance = distance;
        best = key;
      }
    });
    return best;
  }
  renderer.on('clickStage', function (e) {
    var edge = edgeNear({ x: e.event.x, y: e.event.y }, 5);
    if (edge) selectEdge(edge);
    else clearSelection();
  });
  renderer.on('enterNode', function (e) { state.hoveredNode = e.node; container.style.cursor = 'pointer'; renderer.refresh({ skipIndexation: true }); });
  renderer.on('leaveNode', function () { state.hoveredNode = null; container.style.cursor = ''; renderer.refresh({ skipIndexation: true }); });
  renderer.on('enterEdge', function () { container.style.cursor = 'pointer'; });
  renderer.on('leaveEdge', function () { container.style.cursor = ''; });

  // ---- search ----
  var searchIndex = [];
  nodeInfo.forEach(function (a, key) {
    var label = str(a.label) || key;
    searchIndex.push({ key: key, text: label.toLowerCase(), shown: label, alias: null, weight: num(a.pagerank, 0) });
    list(a.aliases).forEach(function (al) {
      al = str(al);
      if (al) searchIndex.push({ key: key, text: al.toLowerCase(), shown: label, alias: al, weight: num(a.pagerank, 0) });
    });
  });
  // Case and accents folded, as query's names are ("Erdogan" finds Erdoğan).
  function fold(s) { return str(s).normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase(); }
  searchIndex.forEach(function (entry) { entry.text = fold(entry.text); });
  /** Edit distance, stopping once it exceeds max (then max + 1). */
  function distance(a, b, max) {
    if (Math.abs(a.length - b.length) > max) return max + 1;
    var prev = [];
    for (var j = 0; j <= b.length; j++) prev.push(j);
    for (var i = 1; i <= a.length; i++) {
      var cur = [i];
      var low = i;
      for (var k = 1; k <= b.length; k++) {
        var v = Math.min(prev[k] + 1, cur[k - 1] + 1, prev[k - 1] + (a.charAt(i - 1) === b.charAt(k - 1) ? 0 : 1));
        cur.push(v);
        if (v < low) low = v;
      }
      if (low > max) return max + 1;
      prev = cur;
    }
    return prev[b.length];
  }
  // Near names as query's suggest finds them: edit distance at most 0.4 of the longer name's length
  // (of the whole name, one of its words, or, while one types, a word's start), nearest first
  // ("Hutis" → Houthis, 2 of 7); a different first letter ranks after (typos rarely start a word).
  var MAX_DISTANCE = 0.4;
  function relative(text, q) {
    var longer = Math.max(text.length, q.length);
    var d = distance(text, q, Math.floor(MAX_DISTANCE * longer));
    return d / longer;
  }
  function fuzzyRank(text, q) {
    if (q.length < 4) return -1;
    var best = relative(text, q);
    var first = text.charAt(0) === q.charAt(0);
    text.split(/[\s\-]+/).forEach(function (w) {
      if (w.length < 3) return;
      var r = Math.min(relative(w, q), relative(w.slice(0, q.length + 1), q));
      if (r < best || (r === best && w.charAt(0) === q.charAt(0))) {
        best = r;
        first = w.charAt(0) === q.charAt(0);
      }
    });
    return best <= MAX_DISTANCE ? 4 + best + (first ? 0 : 0.5) : -1;
  }
  function matches(query) {
    var q = fold(query.trim());
    if (!q) return [];
    var best = new Map();
    searchIndex.forEach(function (entry) {
      var rank = entry.text === q ? 0 : entry.text.indexOf(q) === 0 ? 1 : entry.text.split(/[\s\-]+/).some(function (w) { return w.indexOf(q) === 0; }) ? 2 : entry.text.indexOf(q) >= 0 ? 3 : fuzzyRank(entry.text, q);
      if (rank < 0) return;
      if (!entry.alias) rank -= 0.5;
      var prev = best.get(entry.key);
      if (!prev || rank < prev.rank) best.set(entry.key, { key: entry.key, rank: rank, shown: entry.shown, alias: entry.alias, weight: entry.weight });
    });
    return Array.from(best.values()).sort(function (x, y) { return x.rank - y.rank || y.weight - x.weight || (x.shown < y.shown ? -1 : 1); });
  }
  var searchBox = document.getElementById('ag-search');
  var results = document.getElementById('ag-results');
  function showResults(found) {
    clear(results);
    found.slice(0, 12).forEach(function (m) {
      var li = el('li');
      var b = el('button', m.shown, 'ag-link');
      b.type = 'button';
      if (m.alias && m.alias.toLowerCase() !== m.shown.toLowerCase()) b.appendChild(el('span', ' (' + m.alias + ')', 'ag-alias'));
      b.addEventListener('click', function () { clear(results); selectNode(m.key); });
      li.appendChild(b);
      results.appendChild(li);
    });
    if (found.length > 12) results.appendChild(el('li', (found.length - 12) + ' more\u2026', 'ag-hint'));
  }
  function search(query) {
    var found = matches(query);
    clear(results);
    if (found.length) {
      // A hidden unconnected actor asked for by name is shown.
      if (!visibleNodes.has(found[0].key) && graph.degree(found[0].key) === 0 && !state.isolated) {
        isolatedBox.checked = true;
        state.isolated = true;
        computeVisibility();
      }
      selectNode(found[0].key);
    }
    else results.appendChild(el('li', 'No actor matches \u201c' + query + '\u201d', 'ag-hint'));
    return found.length ? found[0].key : null;
  }
  searchBox.addEventListener('input', function () { showResults(matches(searchBox.value)); });
  searchBox.addEventListener('keydown', function (e) {
    if (e.key === 'Enter') { e.preventDefault(); search(searchBox.value); }
    if (e.key === 'Escape') { searchBox.value = ''; clear(results); }
  });

  // ---- controls ----
  function checkboxes(containerId, counts, set, name, colorOf) {
    var box = document.getElementById(containerId);
    Array.from(counts.keys()).sort().forEach(function (value) {
      var label = el('label');
      var input = el('input');
      input.type = 'checkbox';
      input.checked = true;
      input.value = value;
      input.setAttribute('data-filter', containerId);
      input.addEventListener('change', function () {
        if (input.checked) set.add(value);
        else set.delete(value);
        update();
      });
      var swatch = el('span', null, 'ag-swatch');
      swatch.style.background = colorOf(value);
      label.appendChild(input);
      label.appendChild(swatch);
      label.appendChild(document.createTextNode(name(value) + ' (' + counts.get(value) + ')'));
      box.appendChild(label);
    });
  }
  checkboxes('ag-relations', relationCounts, state.relations, relationName, relationColor);
  checkboxes('ag-types', typeCounts, state.types, typeName, typeColor);
  var fromBox = document.getElementById('ag-from');
  var toBox = document.getElementById('ag-to');
  var undatedBox = document.getElementById('ag-undated');
  if (dateMin) {
    fromBox.min = toBox.min = dateMin;
    fromBox.max = toBox.max = dateMax;
    fromBox.placeholder = dateMin;
    toBox.placeholder = dateMax;
  } else document.getElementById('ag-dates').hidden = true;
  function readDates() {
    state.from = isDate(fromBox.value) ? fromBox.value : null;
    state.to = isDate(toBox.value) ? toBox.value : null;
    state.undated = undatedBox.checked;
    update();
  }
  var isolatedBox = document.getElementById('ag-isolated');
  var isolatedCount = 0;
  graph.forEachNode(function (key) { if (graph.degree(key) === 0) isolatedCount++; });
  document.getElementById('ag-isolated-count').textContent = String(isolatedCount);
  isolatedBox.addEventListener('change', function () {
    state.isolated = isolatedBox.checked;
    update();
  });
  fromBox.addEventListener('change', readDates);
  toBox.addEventListener('change', readDates);
  undatedBox.addEventListener('change', readDates);
  document.getElementById('ag-reset').addEventListener('click', function () {
    fromBox.value = '';
    toBox.value = '';
    undatedBox.checked = true;
    isolatedBox.checked = false;
    state.isolated = false;
    document.querySelectorAll('input[data-filter]').forEach(function (i) { i.checked = true; });
    relationCounts.forEach(function (_c, r) { state.relations.add(r); });
    typeCounts.forEach(function (_c, t) { state.types.add(t); });
    readDates();
  });
  var colorBy = document.getElementById('ag-color');
  colorBy.addEventListener('change', function () {
    state.colorBy = colorBy.value === 'community' ? 'community' : 'type';
    legend();
    renderer.refresh({ skipIndexation: true });
  });
  function legend() {
    var box = document.getElementById('ag-legend');
    clear(box);
    if (state.colorBy === 'type') {
      Array.from(typeCounts.keys()).sort().forEach(function (t) {
        var item = el('span', null, 'ag-legend-item');
        var sw = el('span', null, 'ag-swatch');
        sw.style.background = typeColor(t);
        item.appendChild(sw);
        item.appendChild(document.createTextNode(typeName(t)));
        box.appendChild(item);
      });
    } else {
      var sizes = new Map();
      nodeInfo.forEach(function (a) { if (typeof a.community === 'number') sizes.set(a.community, (sizes.get(a.community) || 0) + 1); });
      Array.from(sizes.entries()).sort(function (x, y) { return y[1] - x[1] || x[0] - y[0]; }).slice(0, 10).forEach(function (entry) {
        var item = el('span', null, 'ag-legend-item');
        var sw = el('span', null, 'ag-swatch');
        sw.style.background = communityColor(entry[0]);
        item.appendChild(sw);
        item.appendChild(document.createTextNode('#' + entry[0] + ' (' + entry[1] + ')'));
        box.appendChild(item);
      });
    }
  }
  function update() {
    computeVisibility();
    if (state.selectedNode) showNode(state.selectedNode);
    else if (state.selectedEdge) showEdge(state.selectedEdge);
    else fitCamera(true);
    renderer.refresh();
  }

  document.getElementById('ag-title').textContent = str(DATA.title) || 'actorgraph';
  document.title = str(DATA.title) || 'actorgraph';
  computeVisibility();
  fitCamera(false);
  legend();
  showOverview();
  renderer.refresh();

  // For scripts and tests: the renderer, the graph and the actions a user can take.
  window.actorgraph = {
    renderer: renderer,
    graph: graph,
    state: state,
    search: search,
    selectNode: selectNode,
    selectEdge: selectEdge,
    clearSelection: clearSelection,
    fitCamera: fitCamera,
    /** The node labels drawn in the last frame, as boxes in CSS pixels of the graph container. */
    labelBoxes: function () { return (labelBoxes || []).filter(function (b) { return b.label !== undefined; }); },
    matches: matches,
    /** Where a node is drawn, in CSS pixels from the graph container's top left. */
    nodePosition: function (key) {
      var d = renderer.getNodeDisplayData(key);
      return d ? renderer.framedGraphToViewport(d) : null;
    },
  };
  document.body.setAttribute('data-ready', 'true');
})();
`;

export const CSS = `
*{box-sizing:border-box}
html,body{margin:0;height:100%;font:14px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#222;background:#fff}
body{display:grid;grid-template-columns:280px 1fr 360px;grid-template-rows:auto 1fr;height:100vh}
header{grid-column:1/4;display:flex;align-items:center;gap:16px;padding:6px 12px;border-bottom:1px solid #ddd;background:#fafafa}
header h1{font-size:16px;margin:0;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
#ag-visible{color:#666;font-size:12px}
#ag-legend{margin-left:auto;display:flex;flex-wrap:wrap;gap:10px;font-size:12px}
.ag-legend-item{display:inline-flex;align-items:center;gap:4px}
.ag-swatch{display:inline-block;width:10px;height:10px;border-radius:50%;margin:0 4px}
aside{overflow:auto;padding:10px 12px;border-right:1px solid #ddd}
#ag-panel{overflow:auto;padding:10px 14px;border-left:1px solid #ddd;border-right:0}
#ag-graph{position:relative;min-width:0;min-height:0;background:#fff}
fieldset{border:1px solid #e3e3e3;border-radius:4px;margin:0 0 10px;padding:6px 8px}
legend{font-weight:600;font-size:12px;color:#555}
fieldset label{display:flex;align-items:center;font-size:13px;margin:2px 0}
input[type=search],input[type=date],select{width:100%;padding:4px 6px;font:inherit}
#ag-results{list-style:none;margin:4px 0 10px;padding:0;max-height:240px;overflow:auto}
.ag-link{background:none;border:0;padding:2px 4px;margin:0;font:inherit;color:#0645ad;cursor:pointer;text-align:left}
.ag-link:hover{text-decoration:underline}
.ag-alias{color:#666}
.ag-hint{color:#777;font-size:12px}
#ag-panel h2{font-size:17px;margin:4px 0 8px;word-break:break-word}
#ag-panel h3{font-size:14px;margin:14px 0 6px}
.ag-chart svg{display:block;max-width:100%}
.ag-chart-legend{font-size:11px;color:#444}
.ag-chart-legend span{display:inline-block;margin:2px 8px 0 0;padding-left:4px}
.ag-chart-toggle{font-size:11px;margin-left:4px}
#ag-panel dl{display:grid;grid-template-columns:auto 1fr;gap:2px 10px;margin:0}
#ag-panel dt{color:#666}
#ag-panel dd{margin:0;word-break:break-word}
.ag-relations{list-style:none;padding:0;margin:0}
.ag-relations li.ag-filtered{opacity:.5}
.ag-relations .ag-link{border-left:4px solid #ccc;padding-left:6px;margin:1px 0}
.ag-evidence{padding-left:20px}
.ag-evidence blockquote{margin:0 0 2px;padding:4px 8px;background:#f6f6f6;border-left:3px solid #ccc;white-space:pre-wrap;word-break:break-word}
.ag-source{margin:0 0 10px;font-size:12px;color:#555;word-break:break-word}
.ag-relation{color:#555;font-weight:400}
button#ag-reset{font:inherit;padding:3px 8px}
`;
