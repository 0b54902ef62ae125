// Pattern between-noun: "<noun> between X and Y".
import { betweenNoun } from '../../../src/relations/patterns/between-noun.js';
import { patternTester } from '../pattern-tester.js';

patternTester(betweenNoun, {
  valid: ['The talks with Russia ended.', 'Iran and Russia met on Monday.'],
  invalid: [
    {
      text: 'Clashes between the YPG and the Free Syrian Army killed 12.',
      events: ['free-syrian-army attacks ypg', 'ypg attacks free-syrian-army'],
    },
    { text: 'The talks between Iran and Russia ended.', events: ['iran met russia'] },
  ],
});
