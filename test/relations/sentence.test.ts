// The sentence view on sentences written for it: noun-phrase chunks, coordination groups, subjects
// (across relative pronouns and appositions), voice and agents, objects, clauses, modality and
// compound modifiers. The shallow substitute for a parse, checked without any pattern.
import { describe, expect, it } from 'vitest';
import { viewOf } from './pattern-tester.js';

const actors = (ms: Array<{ actor: string }>) => ms.map((m) => m.actor);

describe('sentence view: phrases', () => {
  it('chunks noun phrases around actors and possessives', () => {
    const { view, at } = viewOf("Turkey's support for the Free Syrian Army angered Damascus.");
    expect(view.np(at('support'))).toEqual([at('Turkey'), at('for')]);
    expect(view.isNP(at('for'))).toBe(false);
    expect(actors(view.argsIn(...view.np(at('Army'))).args)).toEqual(['free-syrian-army']);
  });
  it('groups coordinated actors both ways', () => {
    const { view, at } = viewOf('Iran, Russia and Turkey met in Astana.');
    expect(actors(view.groupRight(at('Iran')).args)).toEqual(['iran', 'russia', 'turkey']);
    expect(actors(view.groupLeft(at('Turkey')).args)).toEqual(['iran', 'russia', 'turkey']);
  });
  it('extends "members of X" to X', () => {
    const { view, at } = viewOf('Fighters of the YPG entered the town.');
    expect(actors(view.argsIn(...view.np(at('Fighters'))).args)).toEqual(['ypg']);
  });
  it('resolves a possessive pronoun to the actor before it', () => {
    const { view, at } = viewOf('Russia stood by its ally Syria.');
    expect(actors(view.argsIn(at('its'), at('its') + 1).args)).toEqual(['russia']);
  });
  it('knows the actor of a compound is no argument', () => {
    const { view, at } = viewOf('The US-backed SDF and the Daesh-linked agency.');
    expect(view.compoundTriggers).toEqual([at('US')]);
    expect(actors([...view.compoundModifiers])).toEqual(['united-states', 'daesh']);
    expect(actors(view.argsIn(...view.np(at('SDF'))).args)).toEqual(['syrian-democratic-forces']);
  });
});

describe('sentence view: clauses', () => {
  it('finds the subject of a verb, over auxiliaries and adverbs', () => {
    const { view, at } = viewOf('Iran has also been arming Hezbollah.');
    expect(actors(view.subjectOf(at('arming')).args)).toEqual(['iran']);
  });
  it('takes the antecedent of a relative pronoun as subject', () => {
    const { view, at } = viewOf('Turkey shelled the YPG, which controls the town.');
    expect(actors(view.subjectOf(at('controls')).args)).toEqual(['ypg']);
  });
  it('does not take a prepositional phrase for the subject', () => {
    const { view, at } = viewOf('In Syria the rebels took the town.');
    expect(view.subjectOf(at('took')).args).toEqual([]);
  });
  it('starts a clause after a clause break', () => {
    const { view, at } = viewOf('Putin spoke; Iran supports Hezbollah.');
    expect(view.clauseStart(at('supports'))).toBe(at('Iran'));
    expect(view.isBreak(at(';'))).toBe(true);
  });
  it('finds the verb governing a noun, and none across a break', () => {
    const { view, at } = viewOf('Putin held talks with Erdogan.');
    expect(view.governingVerb(at('talks'))).toBe(at('held'));
  });
  it('flags negation and modality before a trigger', () => {
    const neg = viewOf('Russia did not meet Turkey.');
    expect(neg.view.modality(neg.view.first, neg.at('meet'), false)).toEqual({ negated: true });
    const hyp = viewOf('Russia could meet Turkey.');
    expect(hyp.view.modality(hyp.view.first, hyp.at('meet'), false)).toEqual({ hypothetical: true });
    // Reported speech states; a speech trigger is not made hypothetical by a modal.
    expect(hyp.view.modality(hyp.view.first, hyp.at('meet'), true)).toEqual({});
  });
  it('finds the actor of an apposition before a description', () => {
    const { view, at } = viewOf('The SDF, an alliance of Kurdish and Arab fighters, broke into Raqqa.');
    expect(actors(view.subjectOf(at('broke')).args)).toEqual(['syrian-democratic-forces']);
  });
});

describe('sentence view: verb groups', () => {
  it('tells passive from active', () => {
    const p = viewOf('Erdogan was hosted by Putin.');
    expect(p.view.isPassive(p.at('hosted'), 1)).toBe(true);
    expect(actors(p.view.passiveAgent(p.at('hosted') + 1))).toEqual(['vladimir-putin']);
    const a = viewOf('Putin hosted Erdogan.');
    expect(a.view.isPassive(a.at('hosted'), 1)).toBe(false);
  });
  it('reads a reduced relative (no "be") as such', () => {
    const { view, at } = viewOf('The Syrian army, backed by Russia, took the town.');
    expect(view.isPassive(at('backed'), 1)).toBe(true);
    expect(view.hasBeAux(at('backed'))).toBe(false);
  });
  it('finds an agent inside "in X airstrikes"', () => {
    const { view, at } = viewOf('Hezbollah fighters were killed in Russian airstrikes.');
    expect(actors(view.passiveAgent(at('killed') + 1))).toEqual(['russia']);
  });
  it('finds direct and prepositional objects by the trigger', () => {
    const { view, at } = viewOf('Putin met with Erdogan.');
    const met = view.lex.relations.verbs.get('meet')![0];
    expect(actors(view.objectOf(at('met'), 1, met))).toEqual(['recep-tayyip-erdogan']);
  });
  it('matches multiword triggers over a determiner', () => {
    const { view, at } = viewOf('Putin will hold a meeting with Erdogan.');
    // (The token after the match, past the determiner inside it; -1 for none.)
    expect(view.matchWords(at('hold'), ['hold', 'meeting'], true)).toBe(at('meeting') + 1);
    expect(view.matchWords(at('hold'), ['hold', 'talk'], true)).toBe(-1);
  });
});
