// Pattern reproach: "X said Y should have …", "Y should have …, X said".
import { reproach } from '../../../src/relations/patterns/reproach.js';
import { patternTester } from '../pattern-tester.js';

patternTester(reproach, {
  valid: [
    // A duty stated for the future is a demand (the demand pattern's), not a reproach.
    'Lavrov said Ukraine should allow the inspectors in.',
    // The passive faults whoever did not act; "must have" infers.
    'Lavrov said Russia should have been invited to the talks.',
    'Erdogan said Russia must have known about the plan.',
    // No speaker.
    'Israel should have allowed aid into Gaza.',
    'Israel should have allowed aid into Gaza, the report said.',
  ],
  invalid: [
    { text: 'Erdogan said Israel should have allowed aid into Gaza.', events: ['recep-tayyip-erdogan opposes israel'] },
    { text: 'Israel should have allowed aid into Gaza, Erdogan said.', events: ['recep-tayyip-erdogan opposes israel'] },
    { text: 'Putin said that Ukraine ought to have accepted the offer.', events: ['vladimir-putin opposes ukraine'] },
    { text: 'Erdogan said Armenia should not have attacked Azerbaijan.', events: ['recep-tayyip-erdogan opposes armenia'] },
    {
      text: 'North Korea should have informed Seoul before the launch Lavrov reportedly told Erdogan.',
      events: ['sergei-lavrov opposes north-korea'],
    },
    // The speaker named where a quotation the sentence opens closes.
    {
      text: '"Israel should have allowed aid into Gaza. People are starving," Erdogan said.',
      events: ['recep-tayyip-erdogan opposes israel'],
    },
  ],
});
