// Pattern speech-noun: "X warned of <noun> by Y": the speaker is the source.
import { speechNoun } from '../../../src/relations/patterns/speech-noun.js';
import { patternTester } from '../pattern-tester.js';

patternTester(speechNoun, {
  valid: ['Turkey condemned crimes by the YPG.', 'Turkey warned of crimes in Aleppo.', "Turkey's support for the FSA grew."],
  invalid: [
    { text: 'Turkey warned of crimes by the YPG.', events: ['turkey opposes ypg'] },
    { text: 'Turkey reported crimes by the YPG.', events: ['turkey opposes ypg'] },
    { text: 'Turkey said the crimes by the YPG went on.', events: ['turkey opposes ypg'] },
  ],
});
