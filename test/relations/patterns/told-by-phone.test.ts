// Pattern told-by-phone: "X told Y in a call …", "X assured Y by phone …".
import { toldByPhone } from '../../../src/relations/patterns/told-by-phone.js';
import { patternTester } from '../pattern-tester.js';

patternTester(toldByPhone, {
  valid: [
    // Telling alone is no meeting: a demand, an audience, a statement.
    'Putin told Turkey to withdraw its troops.',
    'Erdogan told reporters in a call that Russia was wrong.',
    'Lavrov told Israel in a statement that Moscow was concerned.',
    // A verb, not the call: "told Hamas to call off …".
    'Egypt told Hamas to call off the rocket fire.',
    // The call is not the adjunct of the telling.
    'Putin told Erdogan that he had called for calm by phone.',
  ],
  invalid: [
    { text: 'Putin told Erdogan in a phone call that Russia would stay.', events: ['recep-tayyip-erdogan met vladimir-putin'] },
    { text: 'Erdogan assured Putin by phone that Turkey wanted calm.', events: ['recep-tayyip-erdogan met vladimir-putin'] },
    { text: 'Lavrov informed Erdogan in a letter that the talks would resume.', events: ['recep-tayyip-erdogan met sergei-lavrov'] },
    {
      text: 'Putin told Erdogan during a telephone conversation on Friday that Moscow wanted calm.',
      events: ['recep-tayyip-erdogan met vladimir-putin'],
    },
    {
      text: 'Ukraine should leave the talks Lavrov reportedly told Erdogan in a call on Saturday.',
      events: ['recep-tayyip-erdogan met sergei-lavrov'],
    },
    // Negated and hypothetical tellings are flagged.
    { text: 'Putin did not tell Erdogan by phone that Russia would leave.', events: ['recep-tayyip-erdogan met vladimir-putin NEG'] },
    { text: 'Putin could tell Erdogan by phone that Russia would leave.', events: ['recep-tayyip-erdogan met vladimir-putin HYP'] },
  ],
});
