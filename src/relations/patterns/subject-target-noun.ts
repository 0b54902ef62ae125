// Triggers with targetFrom "subject": "The SDF entered the town with support from the coalition":
// the noun's agent or of/from object is the source, the clause subject the target. Where the
// phrase right before the preposition names actors ("Syrian Army units with a cover from the Air
// Force"), the support is theirs: they are the target, whatever the clause's verb. Fire received
// between armed actors is gunfire ("the army came under fire from IS": syntax.json armedFire).
import { DONE, NEXT, PASS, type NounTriggerPattern } from '../pattern.js';
import type { SentenceView } from '../sentence.js';
import type { ActorMention } from '../../types.js';
import type { NounMatch } from '../triggers.js';
import { R_PAST } from '../classes.js';

/** The actors of the phrase that ends right before the preposition opening the noun's phrase at a. */
function phraseBefore(view: SentenceView, a: number): ActorMention[] {
  const p = a - 1;
  if (p - 1 < view.first || view.tokens[p]!.pos !== 'ADP' || !view.isNP(p - 1)) return [];
  const [na, nb] = view.np(p - 1);
  if (nb !== p) return [];
  const args = view.argsIn(na, nb).args;
  // "defeats … in northern Syria with the help of X": a country's bare name after a preposition is
  // a place, no one helped; "an offensive against members of IS under the cover of X": a named
  // group there is the object of what is helped. ("across the country Syrian Army units with a
  // cover": forces named by their state still are helped.)
  if (na - 1 >= view.first && view.tokens[na - 1]!.pos === 'ADP') return args.filter((m) => m.sector);
  return args;
}

/**
 * "Iraqi forces, with the help of US airstrikes, retook Ramadi", "Assad's forces, with Russian air
 * support, recaptured Palmyra": the phrase set off by commas between the sentence's opening subject
 * (or one after an opening phrase's comma) and its verb. The giver is the noun's agent or modifier
 * inside the commas; the verb right after the closing comma. Undefined when the noun is not so placed.
 */
function setOffSubject(view: SentenceView, m: NounMatch): { subject: ActorMention[]; agent: ActorMention[] } | undefined {
  const p = m.a - 1;
  if (p - 2 < view.first || view.tokens[p]!.pos !== 'ADP' || view.f[p - 1] !== ',' || !view.isNP(p - 2)) return undefined;
  const [na, nb] = view.np(p - 2);
  if (nb !== p - 1 || (na !== view.first && view.f[na - 1] !== ',')) return undefined;
  const subject = view.argsIn(na, nb).args;
  if (!subject.length) return undefined;
  let close = m.k + 1;
  while (close < view.end && view.f[close] !== ',') close++;
  let v = close + 1;
  while (v < view.end && (view.tokens[v]!.pos === 'AUX' || view.tokens[v]!.pos === 'ADV')) v++;
  // (A past form after the comma is often tagged a noun: "…, retook Ramadi".)
  if (
    v >= view.end ||
    !(view.tokens[v]!.pos === 'VERB' || view.cls[v]! & R_PAST || (view.tokens[v]!.pos === 'NOUN' && view.f[v]!.endsWith('ed')))
  )
    return undefined;
  const own = m.agent.length ? m.agent : m.possessed ? [] : m.modifiers;
  return { subject, agent: own.filter((x) => x.endToken <= close && !subject.includes(x)) };
}

/** Is m armed: a state's military ("the Syrian army", "Russian forces") or an armed group? */
function armed(view: SentenceView, m: ActorMention): boolean {
  return m.sector === 'MIL' || view.acts.actors.get(m.actor)?.type === 'armed_group';
}

export const subjectTargetNoun: NounTriggerPattern = {
  name: 'subject-target-noun',
  reads: [
    'Y acts with <noun> from X',
    'Y acts with the <noun> of X',
    'Y acts with X <noun>',
    'Y with <noun> from X',
    'Y received <noun> from X',
  ],
  on: 'noun trigger',
  run(view, emit, lex, m) {
    const tr = m.trigger;
    if (tr.speech || tr.sourceFrom === 'subject' || tr.targetFrom !== 'subject') return PASS;
    // "fighting with US support", "under Russian protection": the giver named before the noun.
    // (Only after "with"/"under": "received UN aid" is the received-support pattern's; and only for
    // the clause subject: "attacking ISIS with U.S.-led air support" gives ISIS nothing.)
    const set = setOffSubject(view, m);
    if (set) {
      if (set.agent.length) emit.pairs(set.agent, set.subject, tr, m.word, m.flags);
      return set.agent.length ? DONE : NEXT;
    }
    const before = phraseBefore(view, m.a);
    // ("Malian troops with French air support pushed into Kidal": the giver named before the noun
    // after the helped subject, too; not after a verb's object, "attacking ISIS with US air support".)
    const agent = m.agent.length
      ? m.agent
      : m.possessed || !tr.requiresBefore.size || (before.length && m.gv !== -1)
        ? []
        : m.modifiers.filter((x) => !before.some((y) => y.actor === x.actor));
    if (!agent.length) return NEXT;
    // "received aid from Iran": as a verb's object, help (syntax.json receiving.relations) is received
    // only with a receiving verb ("Israel seized aid from Hamas" is none; "drew condemnation from" is).
    const r = view.syn.receiving;
    if (!before.length && m.gv !== -1 && r.relations.has(tr.relation) && !r.verbs.has(view.tokens[m.gv]!.lemma)) {
      let adjunct = false;
      for (let j = m.gv + 1; j < m.a && !adjunct; j++) adjunct = view.tokens[j]!.pos === 'ADP';
      if (!adjunct) return NEXT;
    }
    // "Turkish troops shelled Kobani, under siege by Daesh": an "under" phrase set off after the
    // verb's object describes that object, not the subject.
    const p = m.a - 1;
    // (Only "under …": "…, with US air support" after the object is still the subject's help. A
    // siege or fire the object is under describes it without the comma too, as a stripped text has
    // it: "shelled Kobani under siege by Daesh".)
    const o = view.f[p - 1] === ',' ? p - 2 : tr.relation === 'attacks' ? p - 1 : -1;
    if (!before.length && m.gv !== -1 && o > m.gv && view.f[p] === 'under' && view.isNP(o)) {
      const [oa, ob] = view.np(o);
      const described = view.argsIn(oa, ob).args;
      if (!described.length) return NEXT;
      emit.pairs(agent, described, tr, m.word, m.flags);
      return DONE;
    }
    let targets = before.length ? before : view.subjectArgs(m.gv);
    // "The Israeli raid sparked condemnation from Jordan", "Venezuela's National Assembly approved
    // …, prompting protests from Guyana": a subject that names no actor stands for its owner.
    // (Only where the noun's own verb is one that draws it, "drew"/"sparked …", and the subject's
    // head names no actor.)
    if (!targets.length && m.gv !== -1 && tr.requiresBefore.has(view.f[m.gv]!)) {
      const subj = view.subjectOf(m.gv);
      if (subj.start < m.gv && view.isNP(subj.start)) {
        const [sa, sb] = view.np(subj.start);
        if (!view.mentionAt(sb - 1)) targets = view.objectOwners(sa, sb);
      }
    }
    // "The Syrian army came under fire from IS fighters": between armed actors, gunfire, not criticism.
    const fire = lex.syntax.constructions.armedFire;
    const gunfire =
      tr.relation === 'opposes' &&
      fire.nouns.has(view.f[m.k]!) &&
      targets.length > 0 &&
      [...agent, ...targets].every((x) => armed(view, x));
    emit.pairs(agent, targets, gunfire ? fire.trigger : tr, m.word, m.flags);
    return DONE;
  },
};
