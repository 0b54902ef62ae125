// Pattern accusation-that: "X repeated its accusation that Y <verb>s".
import { accusationThat } from '../../../src/relations/patterns/accusation-that.js';
import { patternTester } from '../pattern-tester.js';

patternTester(accusationThat, {
  valid: [
    // A denied accusation: the accused speaks, no one is accused by it.
    'Iran rejected accusations that Russia armed the Houthis.',
    'Pakistan denied charges that Kabul sheltered the Taliban.',
    // The that-clause names no actor as its subject, or the noun is no accusation.
    'Kyiv repeated its accusation that the plant was shelled.',
    'Seoul repeated its warning that Pyongyang could test a missile.',
  ],
  invalid: [
    { text: 'Kyiv repeated its accusation that Moscow was shelling the plant.', events: ['ukraine opposes russia'] },
    { text: 'Seoul renewed its charges that Pyongyang had hacked its banks.', events: ['south-korea opposes north-korea'] },
    { text: 'Armenia leveled allegations that Azerbaijan used drones against civilians.', events: ['armenia opposes azerbaijan'] },
    { text: 'Israel may repeat its accusation that Hamas used human shields.', events: ['israel opposes hamas HYP'] },
  ],
});
