// "The FSA and al-Nusra Front fought together against government forces", "Russia and Syria jointly
// carried out strikes": the actors of one subject who act together cooperate, pairwise (PLOVER
// COOPERATE). A coordinated subject alone is not enough: the adverb says they acted as one. An
// actor joined to the subject by a companion word before a force verb fought beside it ("The FSA,
// together with Ahrar al-Sham, attacked the army"); other verbs are parallel acts ("Russia,
// together with China, vetoed …"), and "along with" mostly means "as well as". Words: syntax.json
// jointAction.
import type { SentenceEndPattern } from '../pattern.js';
import { firstWords } from '../../lexicon/derived.js';
import type { ActorMention } from '../../types.js';
import type { SentenceView } from '../sentence.js';
import { foldKey } from '../../nlp/shadow.js';

type Run = SentenceEndPattern['run'];

/** "X, together with Y, attacked Z": X and Y, one subject of a force verb, fought side by side. */
function companions(...[view, emit, lex]: Parameters<Run>): void {
  const w = lex.syntax.constructions.jointAction;
  const starts = firstWords(w.companions);
  for (let k = view.first + 1; k + 2 < view.end; k++) {
    // (Two words are joined only where one could start: this runs at every token.)
    if (!starts.has(view.f[k]!)) continue;
    const two = `${view.f[k]} ${view.f[k + 1]}`;
    const len = w.companions.has(two) ? 2 : w.companions.has(view.f[k]!) ? 1 : 0;
    if (!len || !view.isNP(k + len)) continue;
    // The subject's own actors end right before it (", together with").
    const c = view.f[k - 1] === ',' ? k - 2 : k - 1;
    if (c < view.first || !view.mentionAt(c)) continue;
    const g = view.groupRight(k + len);
    if (!g.args.length) continue;
    // The verb right after the companion's phrase (past its comma and auxiliaries or adverbs).
    let v = g.end;
    if (view.f[v] === ',') v++;
    while (v < view.end && (view.tokens[v]!.pos === 'AUX' || view.tokens[v]!.pos === 'ADV' || view.tokens[v]!.pos === 'PART')) v++;
    if (v >= view.end || view.tokens[v]!.pos !== 'VERB' || view.isPassive(v, 1)) continue;
    if (!lex.relations.verbs.get(view.tokens[v]!.lemma)?.some((x) => w.companionRelations.has(x.relation))) continue;
    const subj = view.subjectOf(v);
    const firsts = subj.args.filter((m) => !g.args.includes(m));
    if (!firsts.length || !g.args.every((m) => subj.args.includes(m))) continue;
    emit.pairs(firsts, g.args, w.trigger, view.textOf(k, k + len - 1), view.modality(subj.start, v, false));
  }
}

/**
 * "X and Y formed a new alliance", "Rebel groups including A and B formed the Army of Conquest": the
 * actors of one subject who found a grouping (a grouping noun, or a named group, as the object) are
 * allies, pairwise.
 */
function founders(...[view, emit, lex]: Parameters<Run>): void {
  const w = lex.syntax.constructions.jointAction;
  const groupings = lex.syntax.constructions.allyPhrase.groupings;
  for (let k = view.first + 1; k + 1 < view.end; k++) {
    const t = view.tokens[k]!;
    // (A finite verb: "in talks … to form a coalition" is a plan, and its subject uncertain.)
    if (t.pos !== 'VERB' || view.isPassive(k, 1) || view.f[k - 1] === 'to' || view.f[k]!.endsWith('ing')) continue;
    const two = `${t.lemma} ${view.f[k + 1]}`;
    const len = w.formingVerbs.has(two) ? 2 : w.formingVerbs.has(t.lemma) ? 1 : 0;
    if (!len) continue;
    // The object: a grouping noun past determiners and adjectives ("a new joint alliance"), or a
    // named group ("the Army of Conquest").
    let j = k + len;
    while (j < view.end && (view.tokens[j]!.pos === 'DET' || view.tokens[j]!.pos === 'ADJ')) j++;
    const m = j < view.end ? view.mentionAt(j) : undefined;
    const named = m !== undefined && m.firstToken === j && view.isArg(m) && view.acts.actors.get(m.actor)?.type !== 'country';
    const grouping =
      !named && j < view.end && (groupings.has(view.f[j]!) || (j + 1 < view.end && groupings.has(`${view.f[j]} ${view.f[j + 1]}`)));
    if (!named && !grouping) continue;
    const subj = view.subjectOf(k);
    const partners = named ? subj.args.filter((x) => x.actor !== m!.actor) : subj.args;
    if (partners.length < 2) continue;
    emit.pairwise(partners, w.trigger, view.textOf(k, k + len - 1), view.modality(subj.start, k, false), false);
  }
}

/**
 * "A, B and C are part of the Army of Conquest", "A and B, both members of the alliance, …": actors
 * said to belong together to one grouping (a named organization or armed group, or a grouping noun)
 * are allies, pairwise.
 */
function sharedGrouping(...[view, emit, lex]: Parameters<Run>): void {
  const w = lex.syntax.constructions.jointAction;
  const groupings = lex.syntax.constructions.allyPhrase.groupings;
  const firsts = firstWords(w.membersOf);
  for (let k = view.first + 2; k + 2 < view.end; k++) {
    // (The pair of words is joined only where an entry starts.)
    if (!firsts.has(view.f[k]!)) continue;
    const len = w.membersOf.has(`${view.f[k]} ${view.f[k + 1]}`) ? 2 : 0;
    if (!len) continue;
    // The grouping right after, past determiners and adjectives: a named body or a grouping noun.
    let j = k + len;
    while (j < view.end && (view.tokens[j]!.pos === 'DET' || view.tokens[j]!.pos === 'ADJ')) j++;
    if (j >= view.end) continue;
    const m = view.mentionAt(j);
    const named = m && m.firstToken === j && view.isArg(m) ? m : undefined;
    const grouping = named
      ? isGrouping(view, named, groupings)
      : groupings.has(view.f[j]!) || (j + 1 < view.end && groupings.has(`${view.f[j]} ${view.f[j + 1]}`));
    if (!grouping) continue;
    // The members: the copula's subject ("… are (both) part of"), or the group before "both"/"all"
    // and a comma.
    let members: ActorMention[] = [];
    let start = k;
    const c = view.tokens[k - 1]!.pos === 'ADV' || w.sharers.has(view.f[k - 1]!) ? k - 2 : k - 1;
    if (c > view.first && view.tokens[c]!.lemma === 'be' && view.tokens[c]!.pos !== 'VERB') {
      const subj = view.subjectOf(c);
      members = subj.args;
      start = subj.start;
    } else if (w.sharers.has(view.f[k - 1]!) && view.f[k - 2] === ',' && k - 3 >= view.first) {
      const g = view.groupLeft(k - 3);
      members = g.args;
      start = g.start;
    }
    members = members.filter((x) => x.actor !== m?.actor);
    if (members.length < 2) continue;
    emit.pairwise(members, w.trigger, view.textOf(k, k + len - 1), view.modality(start, k, false), false);
  }
}

/**
 * Is the named body m a grouping whose members are allies: an armed group, or an organization named
 * or referred to by a grouping noun ("the Syrian Democratic Forces alliance", NATO as "the alliance")?
 * Not every body with members: "members of the UN Security Council" are no allies.
 */
function isGrouping(view: SentenceView, m: ActorMention, groupings: Set<string>): boolean {
  const actor = view.acts.actors.get(m.actor);
  if (actor?.type === 'armed_group') return true;
  if (actor?.type !== 'organization') return false;
  if (view.lex.gazetteer.byKey(actor.key)?.refs?.some((r) => groupings.has(r))) return true;
  return foldKey(actor.name)
    .split(/[\s-]+/)
    .some((w) => groupings.has(w));
}

export const jointAction: SentenceEndPattern = {
  name: 'joint-action',
  reads: [
    'X and Y fought together against Z',
    'X and Y jointly carried out …',
    'X, together with Y, attacked Z',
    'X and Y formed an alliance',
    'X and Y are part of Z',
    'X and Y, both members of Z, …',
  ],
  on: 'sentence end',
  cues: (lex) => {
    const w = lex.syntax.constructions.jointAction;
    return [...w.adverbs, ...[...w.companions, ...w.formingVerbs, ...w.membersOf].map((c) => c.split(' ')[0]!)];
  },
  run(view, emit, lex) {
    const w = lex.syntax.constructions.jointAction;
    companions(view, emit, lex);
    founders(view, emit, lex);
    sharedGrouping(view, emit, lex);
    for (let k = view.first; k < view.end; k++) {
      if (!w.adverbs.has(view.f[k]!)) continue;
      // The verb right before ("fought together") or right after ("jointly carried out").
      const v =
        k - 1 >= view.first && view.tokens[k - 1]!.pos === 'VERB'
          ? k - 1
          : k + 1 < view.end && view.tokens[k + 1]!.pos === 'VERB'
            ? k + 1
            : -1;
      if (v === -1) continue;
      // "a draft resolution presented jointly by Britain and France": the agents of a passive act together.
      const by = v + 1 === k && k + 2 < view.end && view.f[k + 1] === 'by' && view.isNP(k + 2) ? view.groupRight(k + 2) : undefined;
      if (by && by.args.length > 1) {
        emit.pairwise(by.args, w.trigger, view.textOf(v, k), view.modality(view.clauseStart(v), v, false), false);
        continue;
      }
      const subj = view.subjectOf(v);
      if (subj.args.length < 2) continue;
      emit.pairwise(subj.args, w.trigger, view.textOf(Math.min(k, v), Math.max(k, v)), view.modality(subj.start, v, false), false);
    }
  },
};
