// Pattern pitted: "<conflict> pitted X against Y", "<conflict>, which pits X against Y".
import { pitted } from '../../../src/relations/patterns/pitted.js';
import { patternTester } from '../pattern-tester.js';

patternTester(pitted, {
  valid: [
    // An actor sets others against each other: no fighting between them.
    'Moscow pitted Kyiv against its European allies.',
    // Not a conflict noun.
    'The talks pitted Iran against Saudi Arabia.',
    // A modal before the verb: not read.
    'A new war could pit Israel against Hezbollah.',
    // One side names no actor.
    'The fighting pitted rebels against the Syrian army.',
  ],
  invalid: [
    {
      text: 'The war in Yemen pits the Houthis against Saudi Arabia.',
      events: ['houthis attacks saudi-arabia', 'saudi-arabia attacks houthis'],
    },
    {
      text: 'The conflict, which pits Armenia against Azerbaijan, has killed thousands.',
      events: ['armenia attacks azerbaijan', 'azerbaijan attacks armenia'],
    },
    {
      text: 'The conflict in Sudan pits the army against the Rapid Support Forces.',
      events: ['rapid-support-forces attacks sudan', 'sudan attacks rapid-support-forces'],
    },
    // A modifier of the next actor is no side ("the al-Qaida breakaway ISIL").
    {
      text: "The clashes pitted al-Qaida's affiliate the Nusra Front against the al-Qaida breakaway Islamic State.",
      events: ['daesh attacks nusra-front', 'nusra-front attacks daesh'],
    },
    {
      text: 'Clashes in Afghanistan pitted the Taliban against Daesh last week.',
      events: ['daesh attacks taliban', 'taliban attacks daesh'],
    },
  ],
});
