// Pattern accusation-that: "X repeated its accusation that Y <verb>s".
import { accusationThat } from '../../../src/relations/patterns/accusation-that.js';
import { patternTester } from '../pattern-tester.js';

patternTester(accusationThat, {
  valid: [
    // A judgement that blames no one, or with no one voicing or owning it.
    'The UN assessment that Yemen faces famine alarmed donors.',
    'Experts doubt the conclusion that Hamas was behind the blast.',
    'Seoul rejected the assessment that Pyongyang was responsible for the clash.',
    // A denied accusation: the accused speaks, no one is accused by it.
    'Iran rejected accusations that Russia armed the Houthis.',
    'Pakistan denied charges that Kabul sheltered the Taliban.',
    // The that-clause names no actor as its subject, or the noun is no accusation.
    'Kyiv repeated its accusation that the plant was shelled.',
    'Seoul repeated its warning that Pyongyang could test a missile.',
  ],
  invalid: [
    // A judgement that blames: its owner and the one sharing it accuse.
    {
      text: 'Britain shares the US assessment that the Syrian government was responsible for the attack.',
      events: ['united-kingdom opposes syria', 'united-states opposes syria'],
    },
    {
      text: 'France shares the assessment that it is highly likely that Russia was behind the strike on Kyiv.',
      events: ['france opposes russia'],
    },
    { text: "The Israeli army's findings that Hezbollah was behind the attack were published.", events: ['israel opposes hezbollah'] },
    { text: 'Mali repeated its accusation that Algeria was responsible for the drone incident.', events: ['mali opposes algeria'] },
    { text: 'Kyiv repeated its accusation that Moscow was shelling the plant.', events: ['ukraine opposes russia'] },
    { text: 'Seoul renewed its charges that Pyongyang had hacked its banks.', events: ['south-korea opposes north-korea'] },
    { text: 'Armenia leveled allegations that Azerbaijan used drones against civilians.', events: ['armenia opposes azerbaijan'] },
    { text: 'Israel may repeat its accusation that Hamas used human shields.', events: ['israel opposes hamas HYP'] },
  ],
});
