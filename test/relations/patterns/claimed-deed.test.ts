// Pattern claimed-deed: "X claimed responsibility for the attack which killed Y", "X claimed the
// bombing that killed Y", "X carried out the strike that hit Y": X attacks Y.
import { claimedDeed } from '../../../src/relations/patterns/claimed-deed.js';
import { patternTester } from '../pattern-tester.js';

patternTester(claimedDeed, {
  valid: [
    // No claimer: nobody, a denial, a confirmation by a third party.
    'Nobody has claimed responsibility for the attack which killed Afghan soldiers.',
    'The Taliban denied responsibility for the attack which killed Afghan soldiers.',
    'NATO confirmed the attack that killed Taliban fighters.',
    // A claim about the deed is speech, not its claiming.
    'Russia claimed the attack that killed Ukrainian troops was staged.',
    // The deed is no force noun, or its verb no force verb.
    'Hamas claimed responsibility for the statement which criticised Israel.',
    'The Houthis claimed responsibility for the attack which caused panic in Riyadh.',
    // The deed names its own doer: the noun trigger's.
    'Hezbollah claimed responsibility for the Israeli attack which killed Hamas fighters.',
    // The deed's verb is passive.
    'Hamas claimed the attack which was condemned by Egypt.',
  ],
  invalid: [
    { text: 'Daesh claimed responsibility for the attack which killed 12 Syrian soldiers.', events: ['daesh attacks syria'] },
    { text: 'Hamas claimed responsibility for the airstrikes that killed Israeli soldiers.', events: ['hamas attacks israel'] },
    { text: 'The Taliban claimed the attack, which killed Afghan soldiers.', events: ['taliban attacks afghanistan'] },
    {
      text: 'The Houthis claimed responsibility for the attack which reportedly killed Saudi soldiers.',
      events: ['houthis attacks saudi-arabia'],
    },
    { text: 'Daesh said it carried out the attack that killed Iraqi soldiers.', events: ['daesh attacks iraq'] },
    { text: 'Hezbollah admitted the attack which killed Israeli soldiers and wounded dozens.', events: ['hezbollah attacks israel'] },
    // Negated or possible: flagged.
    {
      text: 'The Houthis did not claim responsibility for the attack which killed Saudi soldiers.',
      events: ['houthis attacks saudi-arabia NEG'],
    },
    { text: 'Hamas may claim the attack that killed Israeli soldiers.', events: ['hamas attacks israel HYP'] },
  ],
});
