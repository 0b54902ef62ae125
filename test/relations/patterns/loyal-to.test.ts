// Pattern loyal-to: "Y, loyal to X, …", "Y remains loyal to X", "militias loyal to X, such as Y".
import { loyalTo } from '../../../src/relations/patterns/loyal-to.js';
import { patternTester } from '../pattern-tester.js';

patternTester(loyalTo, {
  valid: [
    // Unnamed or demonym-only forces loyal to a leader are the state's own.
    'Forces loyal to Erdogan retook the town.',
    'Syrian troops loyal to Putin retook Palmyra.',
    // Loyal to no actor.
    'Hezbollah remains loyal to its cause.',
  ],
  invalid: [
    { text: 'The Houthis, loyal to Iran, attacked the ship.', events: ['houthis supports iran'] },
    { text: 'Hezbollah remains fiercely loyal to Iran.', events: ['hezbollah supports iran'] },
    { text: 'Militias loyal to Iran, such as Hezbollah, attacked the base.', events: ['hezbollah supports iran'] },
    { text: 'Hamas is no longer loyal to Syria.', events: ['hamas supports syria NEG'] },
  ],
});
