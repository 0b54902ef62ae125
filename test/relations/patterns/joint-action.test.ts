// Pattern joint-action: "X and Y fought together against Z", "X and Y jointly carried out …".
import { jointAction } from '../../../src/relations/patterns/joint-action.js';
import { patternTester } from '../pattern-tester.js';

patternTester(jointAction, {
  valid: [
    // A coordinated subject alone does not say they acted as one.
    'Russia and Turkey fought in Syria.',
    // One actor, together with no one named.
    'Hezbollah fought together with local militias.',
  ],
  invalid: [
    { text: 'The Free Syrian Army and Hezbollah fought together against Daesh.', events: ['free-syrian-army allied_with hezbollah'] },
    { text: 'Russia and Syria jointly carried out strikes on Idlib.', events: ['russia allied_with syria'] },
  ],
});
