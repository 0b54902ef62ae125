// Pattern copula-noun: "X is a <noun> of Y", "X is Y's <noun>".
import { copulaNoun } from '../../../src/relations/patterns/copula-noun.js';
import { patternTester } from '../pattern-tester.js';

patternTester(copulaNoun, {
  valid: ['Iran is an ally.', 'The talks are a meeting of minds.', 'Russia stood by its ally Syria.'],
  invalid: [
    { text: 'Iran is an ally of Syria.', events: ['iran allied_with syria'] },
    { text: "Iran is Syria's ally.", events: ['iran allied_with syria'] },
    {
      text: 'Iran and Russia are the main allies of the Syrian government.',
      events: ['iran allied_with syria', 'russia allied_with syria'],
    },
  ],
});
