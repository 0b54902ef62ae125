// Pattern hosted-meeting: "X and Y held talks hosted by Z", "talks hosted by Z between X and Y".
import { hostedMeeting } from '../../../src/relations/patterns/hosted-meeting.js';
import { patternTester } from '../pattern-tester.js';

patternTester(hostedMeeting, {
  valid: [
    // Rejecting or praising a meeting is no part in it.
    'Russia rejected the summit hosted by Turkey.',
    // No host named.
    'Russia and Turkey held talks hosted in Astana.',
    // Set off by commas, with no parties named.
    'The talks, hosted by Oman, did not resume.',
  ],
  invalid: [
    // A part refused or only possible is flagged.
    { text: 'Russia did not attend the talks hosted by Turkey.', events: ['russia met turkey NEG'] },
    { text: 'Iran may join talks hosted by Turkey next month.', events: ['iran met turkey HYP'] },
    { text: 'Iran and Russia resumed talks hosted by Turkey.', events: ['iran met turkey', 'russia met turkey'] },
    { text: 'Putin attended the summit hosted by Erdogan.', events: ['recep-tayyip-erdogan met vladimir-putin'] },
    {
      text: 'Talks hosted by Turkey between Russia and Iran resumed on Monday.',
      events: ['iran met russia', 'iran met turkey', 'russia met turkey'],
    },
    // The hosting participle set off by commas.
    {
      text: 'The talks, hosted by Qatar, between the Taliban and the United States resumed.',
      events: ['qatar met taliban', 'qatar met united-states', 'taliban met united-states'],
    },
    { text: 'Iran and Russia resumed talks, hosted by Turkey, on Monday.', events: ['iran met turkey', 'russia met turkey'] },
  ],
});
