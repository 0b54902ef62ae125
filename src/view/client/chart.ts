// The timeline chart (issue 19): events per period, stacked by relation or by quad class; for a
// dyad, its net cooperation as a line.
import { edgeDates, type EdgeInfo } from './data.js';
import { el } from './dom.js';
import { relationColor, relationName } from './palette.js';
import { list, num, own, str } from './values.js';

const SVG = 'http://www.w3.org/2000/svg';
const RELATION_ORDER = ['met', 'allied_with', 'supports', 'opposes', 'attacks', 'member_of'];
const QUAD_ORDER = ['verbal_cooperation', 'material_cooperation', 'verbal_conflict', 'material_conflict', 'none'];
const QUAD_COLORS: Record<string, string> = {
  verbal_cooperation: '#91bfdb',
  material_cooperation: '#4575b4',
  verbal_conflict: '#fc8d59',
  material_conflict: '#d73027',
  none: '#aaaaaa',
};

/** What the bars are split by: 'relation' (stacked in the relation palette) or 'quad' (quad classes). */
let chartBy: 'relation' | 'quad' = 'relation';

function groupOf(info: EdgeInfo): string {
  return chartBy === 'quad' ? str(info.quad) || 'none' : str(info.relation);
}
function groupColor(g: string): string {
  return chartBy === 'quad' ? (own(QUAD_COLORS, g) ?? '#aaaaaa') : relationColor(g);
}
function svg(tag: string, attrs: Record<string, string | number>): SVGElement {
  const e = document.createElementNS(SVG, tag);
  Object.keys(attrs).forEach((k) => {
    e.setAttribute(k, String(attrs[k]));
  });
  return e;
}
function svgText(attrs: Record<string, string | number>, text: string): SVGElement {
  const t = svg('text', attrs);
  t.textContent = text;
  return t;
}

interface Period {
  period: string;
  total: number;
  net: number;
  byRelation: Record<string, number>;
}
interface Timeline {
  unit: 'year' | 'month';
  periods: Period[];
}
interface DatedEvents {
  date: string;
  n: number;
  relation: string;
  intensity: number;
}

function datedEvents(infos: EdgeInfo[]): DatedEvents[] {
  const all: DatedEvents[] = [];
  infos.forEach((info) => {
    const dates = edgeDates(info);
    if (!dates) return;
    const counts = list(info.dateCounts);
    // The edge's net intensity spread evenly over its events (the graph keeps no intensity per date).
    const per = num(info.intensity, 0) / Math.max(1, num(info.weight, 1));
    dates.forEach((d, i) => {
      all.push({ date: d, n: num(counts[i], 1), relation: groupOf(info), intensity: per * num(counts[i], 1) });
    });
  });
  return all.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
}

/** Every period from the first date's to the last's (at most about 600). */
function periodsBetween(first: string, last: string, byYear: boolean, key: (d: string) => string): Period[] {
  const periods: Period[] = [];
  let y = Number(first.slice(0, 4));
  let m = Number(first.slice(5, 7));
  const end = key(last);
  for (;;) {
    const k = byYear ? String(y) : y + '-' + (m < 10 ? '0' : '') + m;
    periods.push({ period: k, total: 0, net: 0, byRelation: {} });
    if (k === end || periods.length > 600) break;
    if (byYear) y++;
    else if (++m > 12) {
      m = 1;
      y++;
    }
  }
  return periods;
}

/** Periods (months, or years over a long span) with counts per relation and net intensity. */
function timelineData(infos: EdgeInfo[]): Timeline | null {
  const all = datedEvents(infos);
  if (!all.length) return null;
  const first = all[0]!.date;
  const last = all[all.length - 1]!.date;
  const months = (Number(last.slice(0, 4)) - Number(first.slice(0, 4))) * 12 + Number(last.slice(5, 7)) - Number(first.slice(5, 7)) + 1;
  const byYear = months > 36;
  const key = (d: string): string => (byYear ? d.slice(0, 4) : d.slice(0, 7));
  const periods = periodsBetween(first, last, byYear, key);
  const index: Record<string, number> = {};
  periods.forEach((p, i) => {
    index[p.period] = i;
  });
  all.forEach((e) => {
    const i = index[key(e.date)];
    const p = i === undefined ? undefined : periods[i];
    if (!p) return;
    p.total += e.n;
    p.net += e.intensity;
    p.byRelation[e.relation] = (p.byRelation[e.relation] || 0) + e.n;
  });
  return { unit: byYear ? 'year' : 'month', periods };
}

const W = 320;
const H = 130;
const L = 28;
const T = 8;
const B = 20;

function drawBars(s: SVGElement, data: Timeline, order: string[], right: number, max: number): void {
  const bw = (W - L - right) / data.periods.length;
  data.periods.forEach((p, i) => {
    let y0 = H - B;
    order.concat(Object.keys(p.byRelation).filter((r) => order.indexOf(r) < 0)).forEach((r) => {
      const c = p.byRelation[r];
      if (!c) return;
      const h = (H - T - B) * (c / max);
      const rect = svg('rect', { x: L + i * bw + bw * 0.1, y: y0 - h, width: Math.max(1, bw * 0.8), height: h, fill: groupColor(r) });
      const tip = svg('title', {});
      tip.textContent = p.period + ': ' + c + ' ' + relationName(r);
      rect.appendChild(tip);
      s.appendChild(rect);
      y0 -= h;
    });
  });
  const n = data.periods.length;
  [0, n - 1].forEach((i) => {
    s.appendChild(
      svgText(
        { x: L + i * bw + bw / 2, y: H - 6, 'text-anchor': i ? 'end' : 'start', 'font-size': 9, fill: '#555' },
        data.periods[i]!.period,
      ),
    );
  });
}

function drawNetLine(s: SVGElement, data: Timeline, right: number): void {
  const bw = (W - L - right) / data.periods.length;
  const span = Math.max(...data.periods.map((p) => Math.abs(p.net)).concat([1]));
  const mid = T + (H - T - B) / 2;
  const ny = (v: number): number => mid - ((H - T - B) / 2) * (v / span);
  s.appendChild(svg('line', { x1: L, y1: mid, x2: W - right, y2: mid, stroke: '#bbb', 'stroke-dasharray': '2,2' }));
  const points = data.periods.map((p, i) => (L + i * bw + bw / 2).toFixed(1) + ',' + ny(p.net).toFixed(1)).join(' ');
  s.appendChild(svg('polyline', { fill: 'none', stroke: '#222', 'stroke-width': 1.5, points }));
  s.appendChild(svgText({ x: W - right + 3, y: T + 8, 'font-size': 9, fill: '#222' }, '+' + Math.round(span)));
  s.appendChild(svgText({ x: W - right + 3, y: H - B, 'font-size': 9, fill: '#222' }, '\u2212' + Math.round(span)));
}

function chartLegend(data: Timeline, order: string[], onToggle: () => void): HTMLElement {
  const legend = el('div', null, 'ag-chart-legend');
  order.forEach((r) => {
    if (!data.periods.some((p) => p.byRelation[r])) return;
    const item = el('span', relationName(r));
    item.style.borderLeft = '10px solid ' + groupColor(r);
    legend.appendChild(item);
  });
  const toggle = el('button', chartBy === 'quad' ? 'Stack by relation' : 'Colour by quad class', 'ag-chart-toggle');
  toggle.addEventListener('click', () => {
    chartBy = chartBy === 'quad' ? 'relation' : 'quad';
    onToggle();
  });
  legend.appendChild(toggle);
  return legend;
}

/**
 * A small SVG chart of the events of infos; with net, the net cooperation line. Its toggle
 * switches what the bars are split by, then calls onToggle to redraw the panel.
 */
export function timelineChart(infos: EdgeInfo[], net: boolean, onToggle: () => void): HTMLElement {
  const data = timelineData(infos);
  const box = el('div', null, 'ag-chart');
  if (!data) return box;
  const right = net ? 30 : 6;
  const s = svg('svg', { width: W, height: H, viewBox: '0 0 ' + W + ' ' + H, role: 'img', 'aria-label': 'events per ' + data.unit });
  const max = Math.max(...data.periods.map((p) => p.total).concat([1]));
  s.appendChild(svg('line', { x1: L, y1: H - B, x2: W - right, y2: H - B, stroke: '#888' }));
  s.appendChild(svgText({ x: L - 4, y: T + 8, 'text-anchor': 'end', 'font-size': 9, fill: '#555' }, String(max)));
  s.appendChild(svgText({ x: L - 4, y: H - B, 'text-anchor': 'end', 'font-size': 9, fill: '#555' }, '0'));
  const order = chartBy === 'quad' ? QUAD_ORDER : RELATION_ORDER;
  drawBars(s, data, order, right, max);
  if (net) drawNetLine(s, data, right);
  box.appendChild(el('h3', 'Events per ' + data.unit + (net ? ', and net cooperation (line)' : '')));
  box.appendChild(s);
  box.appendChild(chartLegend(data, order, onToggle));
  return box;
}
