// Pattern fighting-toll: "<fighting> killed X fighters and Y soldiers", "<fighting> claimed the lives of X and Y".
import { fightingToll } from '../../../src/relations/patterns/fighting-toll.js';
import { patternTester } from '../pattern-tester.js';

patternTester(fightingToll, {
  valid: [
    // A toll of one side names no enemy.
    'The fighting left 20 Syrian soldiers dead.',
    'Clashes killed 20 Syrian soldiers in Hama and Idlib.',
    // Sides marked as one: allies fell together.
    'The fighting killed 20 Syrian soldiers and allied Hezbollah fighters.',
    // An actor's deed, not a fight: other patterns read it.
    'Israeli strikes killed 12 Hezbollah fighters and 9 Hamas militants.',
    // "claimed" without a toll.
    'The clashes claimed by the Taliban and Afghan soldiers were denied.',
    // "left" without a result word (the bundled lexicon's cases are in theatres.test.ts).
    'The fighting left Houthi fighters and Saudi soldiers exhausted.',
  ],
  invalid: [
    {
      text: 'Fighting in Aleppo killed 20 Syrian soldiers and 15 Nusra Front militants.',
      events: ['nusra-front attacks syria', 'syria attacks nusra-front'],
    },
    {
      text: 'Clashes near Bakhmut killed dozens of Russian and Ukrainian soldiers.',
      events: ['russia attacks ukraine', 'ukraine attacks russia'],
    },
    {
      text: 'The clashes, which killed 14 Taliban fighters and three Afghan soldiers, lasted all night.',
      events: ['afghanistan attacks taliban', 'taliban attacks afghanistan'],
    },
  ],
});
