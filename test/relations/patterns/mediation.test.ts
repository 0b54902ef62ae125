// Pattern mediation: "X mediated between Y and Z", "X launched a mediation effort between Y and Z".
import { mediation } from '../../../src/relations/patterns/mediation.js';
import { patternTester } from '../pattern-tester.js';

patternTester(mediation, {
  valid: [
    // One party only, or no mediator.
    'Qatar mediated between the rebels and the government.',
    'A mediation effort between Israel and Hamas failed.',
    'Egypt and Qatar hosted talks in Cairo.',
  ],
  invalid: [
    {
      text: "Qatar's emir launched a mediation effort on Saturday between the Emirates and Saudi Arabia.",
      events: ['qatar met saudi-arabia', 'qatar met united-arab-emirates'],
    },
    { text: 'Egypt mediated between Israel and Hamas.', events: ['egypt met hamas', 'egypt met israel'] },
    // An offer is not yet a mediation.
    { text: 'Turkey offered its mediation between Russia and Ukraine.', events: ['russia met turkey HYP', 'turkey met ukraine HYP'] },
    { text: 'Kenya mediated between Ethiopia and Eritrea in 2018.', events: ['eritrea met kenya', 'ethiopia met kenya'] },
  ],
});
