// `query <graph> actor <name>`: who an actor is (key, type, names, dates, scores) and its
// relations counted by type and direction.
import { RELATION_TYPES, type RelationType } from '../../types.js';
import { type Direction, findActors, relationsOf } from '../../query/index.js';
import { dates, formatTable, memberList } from './format.js';
import type { Question } from './question.js';

export const actor: Question = {
  name: 'actor',
  description: 'who an actor is: key, type, names, dates, scores, and its relations by type',
  example: 'actor "Bashar al-Assad"',
  define: (cmd, q) =>
    cmd.argument('<name...>', 'key, label, alias or ISO3 code (several words are joined)').action(
      q.act(async (nameWords: string[]) => {
        const g = await q.load();
        const name = nameWords.join(' ');
        const key = q.actor(g, name);
        const a = g.getNodeAttributes(key);
        const matches = findActors(g, name);
        const counts: Partial<Record<RelationType, Record<Direction, number>>> = {};
        for (const r of relationsOf(g, key)) {
          const c = (counts[r.relation] ??= { out: 0, in: 0, both: 0 });
          c[r.direction]++;
        }
        if (q.globals().json) {
          q.json({ actor: { key, ...a }, matches, relations: counts });
          return;
        }
        const label = (k: unknown) => (typeof k === 'string' && g.hasNode(k) ? g.getNodeAttribute(k, 'label') : String(k));
        const rows: string[][] = [];
        const row = (k: string, v: unknown) => {
          if (v !== undefined && v !== '' && !(Array.isArray(v) && !v.length)) rows.push([k, String(v)]);
        };
        row('key', key);
        row('type', a.type);
        row('aliases', (a.aliases ?? []).join(', '));
        row('iso3', a.iso3);
        row('code', a.code);
        row('affiliation', a.affiliation !== undefined ? label(a.affiliation) : undefined);
        row('role', a.role);
        row('folded', Array.isArray(a.folded) ? a.folded.join(', ') : undefined);
        row('mentions', `${a.mentions} in ${a.articles} article(s)`);
        row('dates', dates(a.first, a.last));
        row('community', a.community);
        row('pagerank', a.pagerank);
        row('degree', a.degree);
        row('betweenness', a.betweenness);
        const others = matches.filter((m) => m.key !== key);
        if (others.length) row('also matches', memberList(others, 6));
        const lines = [
          `${a.label}`,
          ...formatTable(['', ''], rows)
            .slice(1)
            .map((l) => `  ${l}`),
        ];
        const rel = RELATION_TYPES.filter((r) => counts[r]).map((r) => {
          const c = counts[r]!;
          return [r, String(c.out), String(c.in), String(c.both)];
        });
        if (rel.length) lines.push('', ...formatTable(['RELATION', 'OUT', 'IN', 'UNDIRECTED'], rel, ['left', 'right', 'right', 'right']));
        else lines.push('', 'no relations');
        q.out(lines.join('\n'));
      }),
    ),
};
