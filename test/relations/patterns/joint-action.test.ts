// Pattern joint-action: "X and Y fought together against Z", "X and Y jointly carried out …".
import { jointAction } from '../../../src/relations/patterns/joint-action.js';
import { patternTester } from '../pattern-tester.js';

patternTester(jointAction, {
  valid: [
    // A coordinated subject alone does not say they acted as one.
    'Russia and Turkey fought in Syria.',
    // One actor, together with no one named.
    'Hezbollah fought together with local militias.',
    // A companion before a verb that is no force: parallel acts, not one deed.
    'Russia, together with China, vetoed the resolution.',
    'Turkey, along with Qatar, backs the Syrian rebels.',
    // "Along with" is mostly "as well as": parallel strikes, no joint deed.
    'Russia, along with NATO, has attacked Daesh.',
    'Putin, together with Lavrov, met Erdogan in Sochi.',
    // The companion is struck with the subject (a passive), or comes after the verb.
    'Hamas, along with Hezbollah, was attacked by Israel.',
    'The Taliban attacked Kabul along with Daesh.',
  ],
  invalid: [
    { text: 'The Free Syrian Army and Hezbollah fought together against Daesh.', events: ['free-syrian-army allied_with hezbollah'] },
    { text: 'Russia and Syria jointly carried out strikes on Idlib.', events: ['russia allied_with syria'] },
    // An actor joined to the subject before a force verb fought beside it.
    {
      text: 'The Free Syrian Army, together with the YPG, attacked the Syrian army near Idlib.',
      events: ['free-syrian-army allied_with ypg'],
    },
    { text: 'Hezbollah, alongside Syrian troops, shelled Qusayr.', events: ['hezbollah allied_with syria'] },
    { text: 'The Houthis together with Hamas fighters shelled Saudi positions.', events: ['hamas allied_with houthis'] },
    {
      text: 'The Taliban, together with Pakistani troops, have killed dozens of Daesh fighters.',
      events: ['pakistan allied_with taliban'],
    },
    { text: 'The Syrian army, together with Hezbollah, did not attack Daesh positions.', events: ['hezbollah allied_with syria NEG'] },
  ],
});
