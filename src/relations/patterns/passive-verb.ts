// "Erdogan was hosted by Putin", "Iraqi forces aided by US-led airstrikes", "The Syrian army, backed
// by Russian airstrikes, …": the passive's agent is the source; its subject, or the phrase a reduced
// relative qualifies, the target.
import { DONE, NEXT, PASS, type VerbTriggerPattern } from '../pattern.js';

export const passiveVerb: VerbTriggerPattern = {
  name: 'passive-verb',
  reads: ['Y was <verb>ed by X', 'Y, <verb>ed by X', 'Y <verb>ed in X airstrikes', '<Verb>ed by X, Y <verb>s'],
  on: 'verb trigger',
  run(view, emit, _lex, m) {
    if (!m.passive) return PASS;
    const tr = m.trigger;
    const agent = view.passiveAgent(m.k + m.len);
    if (!agent.length) return NEXT;
    const reduced = !view.hasBeAux(m.k);
    const before = m.k - 1 >= view.first && view.tokens[m.k - 1]!.text === ',' ? m.k - 2 : m.k - 1;
    // A reduced relative qualifies the phrase before it: "a hospital funded by MSF" qualifies the
    // hospital, not an actor named earlier in that phrase ("Tags MSF Syria Russia A hospital …").
    const qualified = before >= view.first && view.isNP(before) && view.headIsActor(...view.np(before));
    let targets = reduced ? (qualified ? view.groupLeft(before).args : []) : m.subj.args;
    // "Backed by Iran(,) the Houthis seized Sanaa": a participle opening the sentence qualifies the
    // subject of the clause after its agent (the phrase right before the clause's first verb; the
    // agent list ends before it).
    let agents = agent;
    if (reduced && m.k === view.first && view.f[m.k + m.len] === 'by') {
      let v = m.k + m.len + 1;
      while (v < view.end && v < m.k + 30 && !view.isBreak(v) && view.tokens[v]!.pos !== 'VERB' && view.tokens[v]!.pos !== 'AUX') v++;
      const verb = v < view.end && (view.tokens[v]!.pos === 'VERB' || view.tokens[v]!.pos === 'AUX');
      if (verb && view.isNP(v - 1)) {
        const [sa, sb] = view.np(v - 1);
        // (Not the owner after "of": "the forces of Syria's President Assad" are Syria's, not his.)
        // (Set off by a comma: "Backed by Russia and local militias pro-government forces …" runs on.)
        if (sb === v && sa > m.k + m.len + 1 && view.f[sa - 1] === ',' && view.headIsActor(sa, sb)) {
          targets = view.argsIn(sa, sb).args;
          agents = agent.filter((x) => x.firstToken < sa);
        }
      }
    }
    emit.pairs(agents, targets, tr, m.word, m.flags);
    if (tr.mutual) emit.pairs(targets, agents, tr, m.word, m.flags);
    return DONE;
  },
};
