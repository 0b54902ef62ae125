// Names and colours of actor types, relations and communities (the relation colours are
// graph/style.ts's RELATION_COLORS, which Gephi gets too; test/export/gephi.test.ts checks they agree).
import { own, str } from './values.js';

const TYPE_COLORS: Record<string, string> = { country: '#0072b2', person: '#e69f00', organization: '#009e73', armed_group: '#d55e00' };
const TYPE_NAMES: Record<string, string> = {
  country: 'Country',
  person: 'Person',
  organization: 'Organization',
  armed_group: 'Armed group',
};
const RELATION_COLORS: Record<string, string> = {
  met: '#8da0cb',
  allied_with: '#1b9e77',
  supports: '#66a61e',
  opposes: '#e6ab02',
  attacks: '#d62728',
  member_of: '#7570b3',
};
const COMMUNITY_COLORS = [
  '#4e79a7',
  '#f28e2b',
  '#e15759',
  '#76b7b2',
  '#59a14f',
  '#edc948',
  '#b07aa1',
  '#ff9da7',
  '#9c755f',
  '#bab0ac',
  '#1f77b4',
  '#ff7f0e',
  '#2ca02c',
  '#d62728',
  '#9467bd',
  '#8c564b',
  '#e377c2',
  '#17becf',
  '#bcbd22',
  '#7f7f7f',
];
const UNKNOWN = '#999999';
/** What is not in focus. */
export const FADED = '#e2e2e2';

export function typeName(t: unknown): string {
  return own(TYPE_NAMES, t) ?? (str(t) || 'unknown');
}
export function typeColor(t: unknown): string {
  return own(TYPE_COLORS, t) ?? UNKNOWN;
}
export function relationColor(r: unknown): string {
  return own(RELATION_COLORS, r) ?? UNKNOWN;
}
export function relationName(r: unknown): string {
  return str(r).replace(/_/g, ' ');
}
/** The 20 first communities in fixed colours, the rest spread round the hue circle. */
export function communityColor(c: unknown): string {
  if (typeof c !== 'number' || !Number.isFinite(c)) return UNKNOWN;
  const i = Math.abs(Math.floor(c));
  if (i < COMMUNITY_COLORS.length) return COMMUNITY_COLORS[i]!;
  return 'hsl(' + ((i * 137.508) % 360).toFixed(1) + ', 55%, 50%)';
}
