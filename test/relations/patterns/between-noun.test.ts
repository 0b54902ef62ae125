// Pattern between-noun: "<noun> between X and Y".
import { betweenNoun } from '../../../src/relations/patterns/between-noun.js';
import { patternTester } from '../pattern-tester.js';

patternTester(betweenNoun, {
  valid: ['The talks with Russia ended.', 'Iran and Russia met on Monday.'],
  invalid: [
    // A side of unnamed fighters that a list names is the listed actors.
    {
      text: 'Clashes between the Syrian army and rebels, including Hezbollah and the FSA, killed 12.',
      events: ['free-syrian-army attacks syria', 'hezbollah attacks syria', 'syria attacks free-syrian-army', 'syria attacks hezbollah'],
    },
    {
      text: 'Clashes between Israeli troops and a range of militant groups which include Hamas erupted in Gaza.',
      events: ['hamas attacks israel', 'israel attacks hamas'],
    },
    {
      text: 'Clashes between the Afghan army and insurgents including members of the Taliban killed nine.',
      events: ['afghanistan attacks taliban', 'taliban attacks afghanistan'],
    },
    {
      text: 'Clashes between Saudi forces and rebels in Yemen, such as the Houthis, intensified.',
      events: ['houthis attacks saudi-arabia', 'saudi-arabia attacks houthis'],
    },
    // Negated: kept, flagged.
    {
      text: 'There were no clashes between Israeli troops and militant groups including Hamas.',
      events: ['hamas attacks israel NEG', 'israel attacks hamas NEG'],
    },
    {
      text: 'Clashes between the YPG and the Free Syrian Army killed 12.',
      events: ['free-syrian-army attacks ypg', 'ypg attacks free-syrian-army'],
    },
    { text: 'The talks between Iran and Russia ended.', events: ['iran met russia'] },
  ],
});
