// Pattern reliance: "Y relies on X funding", "Y is dependent on X support", "Y depends on X".
import { reliance } from '../../../src/relations/patterns/reliance.js';
import { patternTester } from '../pattern-tester.js';

patternTester(reliance, {
  valid: [
    // Relied on is no helper.
    'The Syrian economy relies on oil exports.',
    'Hamas depends on the tunnels.',
    // Relying on someone is not said.
    'Iran sent funding to Hezbollah.',
  ],
  invalid: [
    { text: 'Hezbollah relies on Iranian funding.', events: ['iran supports hezbollah'] },
    { text: 'Syria is heavily dependent on Russian support.', events: ['russia supports syria'] },
    { text: 'The Houthis depend on Iran for their missiles.', events: ['iran supports houthis'] },
  ],
});
