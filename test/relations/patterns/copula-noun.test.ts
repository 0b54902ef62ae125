// Pattern copula-noun: "X is a <noun> of Y", "X is Y's <noun>", "X and Y are allies".
import { copulaNoun } from '../../../src/relations/patterns/copula-noun.js';
import { patternTester } from '../pattern-tester.js';

patternTester(copulaNoun, {
  valid: [
    'Iran is an ally.',
    'The talks are a meeting of minds.',
    'Russia stood by its ally Syria.',
    'Armenia and Azerbaijan are neighbours.',
  ],
  invalid: [
    { text: 'Iran is an ally of Syria.', events: ['iran allied_with syria'] },
    { text: "Iran is Syria's ally.", events: ['iran allied_with syria'] },
    {
      text: 'Iran and Russia are the main allies of the Syrian government.',
      events: ['iran allied_with syria', 'russia allied_with syria'],
    },
    { text: 'Japan and South Korea are close allies.', events: ['japan allied_with south-korea'] },
    { text: 'Russia and Iran are allies.', events: ['iran allied_with russia'] },
    { text: 'Armenia and Azerbaijan are not allies.', events: ['armenia allied_with azerbaijan NEG'] },
  ],
});
