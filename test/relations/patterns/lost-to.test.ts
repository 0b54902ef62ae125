// Pattern lost-to: "X lost <place> to Y", "X lost control of <place> to Y": Y attacks X.
import { lostTo } from '../../../src/relations/patterns/lost-to.js';
import { patternTester } from '../pattern-tester.js';

patternTester(lostTo, {
  valid: [
    // No ground: a vote, a match, a figure of speech.
    'Russia lost the vote to the United States.',
    'Iran lost 2-1 to Japan.',
    'Hamas lost ground to Hezbollah in the polls.',
    'The Taliban lost control to the army.',
    // No armed side: an election.
    'Syria lost the Golan Heights to Israel.',
    // No actor after "to".
    'Daesh lost Manbij to the rebels.',
  ],
  invalid: [
    // Negated or possible: flagged.
    { text: 'The Houthis did not lose Hodeidah to the Syrian army.', events: ['syria attacks houthis NEG'] },
    { text: 'The Taliban could lose Kandahar to Afghan forces.', events: ['afghanistan attacks taliban HYP'] },
    { text: 'Daesh lost Palmyra to the Syrian army in March.', events: ['syria attacks daesh'] },
    { text: 'The Syrian army lost the air base to Hezbollah.', events: ['hezbollah attacks syria'] },
    { text: 'Hamas lost control of the crossing to Israeli forces.', events: ['israel attacks hamas'] },
    { text: 'The Taliban lost the town of Musa Qala to Afghan troops.', events: ['afghanistan attacks taliban'] },
    { text: 'Daesh and the Taliban lost parts of the province to YPG fighters.', events: ['ypg attacks daesh', 'ypg attacks taliban'] },
  ],
});
