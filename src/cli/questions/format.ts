// The formatting the questions of `actorgraph query` share: aligned tables, date spans, member
// lists, and the tables of relations and of groups that more than one question prints.
import type { ActorRef, Direction, Relation } from '../../query/index.js';
import type { QuestionContext } from './question.js';

type Align = 'left' | 'right';

/** Code-point width (close enough for labels in Latin scripts). */
function width(s: string): number {
  return [...s].length;
}

/** Aligned columns, two spaces apart, a header row first; no trailing spaces. */
export function formatTable(headers: string[], rows: string[][], align: Align[] = []): string[] {
  const widths = headers.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i] ?? ''))));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => {
        // Every row has the header's columns, so each cell has its width.
        const pad = ' '.repeat(widths[i]! - width(c));
        return align[i] === 'right' ? pad + c : i === cells.length - 1 ? c : c + pad;
      })
      .join('  ')
      .trimEnd();
  return [line(headers), ...rows.map(line)];
}

const ARROW: Record<Direction, string> = { out: '→', in: '←', both: '—' };

export function dates(first?: string, last?: string): string {
  if (!first && !last) return '';
  if (first === last || !last) return first ?? '';
  return `${first ?? '…'} – ${last}`;
}

function truncate(s: string, max: number): string {
  return width(s) <= max ? s : `${[...s].slice(0, max - 1).join('')}…`;
}

export function memberList(members: ActorRef[], max: number): string {
  const shown = members.slice(0, max).map((m) => m.label);
  return members.length > max ? `${shown.join(', ')}, … (+${members.length - max})` : shown.join(', ');
}

/** The relations of an actor as a table, with the evidence under each row when asked. */
export function relationTable(label: string, relations: Relation[], evidence: boolean, header = true): string {
  if (!relations.length) return `${label}: no relations match.`;
  const rows = relations.map((r) => [
    r.relation,
    ARROW[r.direction],
    r.other.label,
    r.other.type,
    String(r.weight),
    dates(r.first, r.last),
    r.category,
  ]);
  const [head, ...lines] = formatTable(['RELATION', 'DIR', 'OTHER', 'TYPE', 'WEIGHT', 'DATES', 'CATEGORY'], rows, [
    'left',
    'left',
    'left',
    'left',
    'right',
    'left',
    'left',
  ]);
  const outLines = header ? [`${label}: ${relations.length} relation(s)`, head] : [head];
  lines.forEach((line, i) => {
    outLines.push(line);
    // One line per relation: lines[i] is relations[i].
    if (evidence)
      for (const ev of relations[i]!.evidence)
        outLines.push(`    ${ev.date ? `${ev.date} ` : ''}[${ev.article}] ${truncate(ev.text, 300)}`);
  });
  return outLines.join('\n');
}

/** Communities or components: the groups of at least `minSize` actors, as JSON or a table. */
export function showGroups(
  q: QuestionContext,
  what: string,
  all: Array<{ id: number; size: number; members: ActorRef[] }>,
  minSize: number,
  members: number,
): void {
  const list = all.filter((c) => c.size >= minSize);
  if (q.globals().json) {
    q.json(list);
    return;
  }
  const rest = all.length - list.length;
  q.out(
    [
      `${all.length} ${what}${rest ? `, ${list.length} of at least ${minSize} actors (${rest} smaller not shown)` : ''}`,
      ...formatTable(
        ['ID', 'SIZE', 'MEMBERS'],
        list.map((c) => [String(c.id), String(c.size), memberList(c.members, members)]),
        ['right', 'right', 'left'],
      ),
    ].join('\n'),
  );
}
