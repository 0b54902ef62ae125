// Pattern gratitude: "X thanked Y for its support", "X credited Y with saving …".
import { gratitude } from '../../../src/relations/patterns/gratitude.js';
import { patternTester } from '../pattern-tester.js';

patternTester(gratitude, {
  valid: [
    // Thanks for something that is no support.
    'Erdogan thanked Putin for the meeting.',
    'Lavrov thanked Turkey for its hospitality.',
    // No actor thanked.
    'Ukraine thanked the volunteers for their support.',
  ],
  invalid: [
    { text: 'Ukraine thanked Germany for its support.', events: ['germany supports ukraine'] },
    { text: 'Syria credited Russia with saving the government.', events: ['russia supports syria'] },
    { text: 'Armenia praised France for its solidarity.', events: ['france supports armenia'] },
  ],
});
