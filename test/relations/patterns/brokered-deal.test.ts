// Pattern brokered-deal: "… brokered by X and Y", "X and Y brokered …", "an X-Y brokered truce", "X-Y talks".
import { brokeredDeal } from '../../../src/relations/patterns/brokered-deal.js';
import { patternTester } from '../pattern-tester.js';

patternTester(brokeredDeal, {
  valid: [
    // One broker only.
    'A ceasefire brokered by Qatar took effect on Friday.',
    'Egypt brokered a truce in Gaza.',
    // A hyphen that joins no two actors.
    'The Russia-backed forces advanced.',
    // "agreed" and "signed" read only with agents after "by": a subject that agrees is the trigger lexicon's.
    'Turkey and Russia agreed on Monday.',
    'The truce was rejected by Israel and agreed by Hamas.',
  ],
  invalid: [
    // Agreed, signed or established by several: they act together.
    {
      text: 'The town lies in a de-escalation zone agreed by Turkey, Russia and Iran.',
      events: ['iran allied_with russia', 'iran allied_with turkey', 'russia allied_with turkey'],
    },
    { text: 'The accord signed by Armenia and Azerbaijan ended the war.', events: ['armenia allied_with azerbaijan'] },
    { text: 'A joint mechanism was established in February by Mali and Burkina Faso.', events: ['burkina-faso allied_with mali'] },
    { text: 'The plan was not agreed by Israel and Hamas.', events: ['hamas allied_with israel NEG'] },
    { text: 'The ceasefire could be agreed by Israel and Hezbollah next week.', events: ['hezbollah allied_with israel HYP'] },
    { text: 'A ceasefire brokered by Russia and Turkey took effect on Friday.', events: ['russia allied_with turkey'] },
    { text: 'Russia and Turkey brokered a ceasefire in Idlib.', events: ['russia allied_with turkey'] },
    {
      text: 'Over 350 civilians have been killed since a US-Russian brokered ceasefire collapsed.',
      events: ['russia allied_with united-states'],
    },
    { text: 'The Russia-Turkey deal on Idlib held for a month.', events: ['russia allied_with turkey'] },
    { text: 'Egypt and Qatar mediated a truce between Israel and Hamas.', events: ['egypt allied_with qatar'] },
    { text: 'The US-China talks ended without agreement.', events: ['china met united-states'] },
    // What the clause says of the deal is not said of the brokers.
    {
      text: 'Syria agreed to destroy its weapons under a deal brokered by Moscow and Washington.',
      events: ['russia allied_with united-states'],
    },
  ],
});
