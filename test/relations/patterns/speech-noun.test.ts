// Pattern speech-noun: "X warned of <noun> by Y": the speaker is the source.
import { speechNoun } from '../../../src/relations/patterns/speech-noun.js';
import { patternTester } from '../pattern-tester.js';

patternTester(speechNoun, {
  valid: [
    'Turkey condemned crimes by the YPG.',
    'Turkey warned of crimes in Aleppo.',
    "Turkey's support for the FSA grew.",
    // A quotation with no speaker after it, or the noun outside the quotation.
    '"The crimes by the YPG went on."',
    'The crimes by the YPG were documented. "We will respond" Turkey said.',
  ],
  invalid: [
    { text: 'Turkey warned of crimes by the YPG.', events: ['turkey opposes ypg'] },
    { text: 'Turkey reported crimes by the YPG.', events: ['turkey opposes ypg'] },
    { text: 'Turkey said the crimes by the YPG went on.', events: ['turkey opposes ypg'] },
    // The speaker named after the quotation, before or after the speech verb.
    { text: '"These crimes by the YPG are a consequence of weakness" Turkey told a briefing.', events: ['turkey opposes ypg'] },
    { text: '"The crimes by Hamas must stop" said Israel.', events: ['israel opposes hamas'] },
  ],
});
