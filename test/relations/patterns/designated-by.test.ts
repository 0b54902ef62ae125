// Pattern designated-by: "Y, listed as a terrorist organisation by X", "Y designated a terrorist group by X".
import { designatedBy } from '../../../src/relations/patterns/designated-by.js';
import { patternTester } from '../pattern-tester.js';

patternTester(designatedBy, {
  valid: [
    // Active: the designator is the subject, the verb triggers' reading.
    'Turkey designated the PKK a terrorist group.',
    // Negated, or no hostile designation, or no designator named.
    'Hamas, not listed as a terrorist group by Norway, sent a delegation.',
    'Hamas, listed as a political party by Norway, sent a delegation.',
    'The PKK, listed as a terrorist organisation, has waged an insurgency since 1984.',
  ],
  invalid: [
    { text: 'The YPG, listed as a terrorist organisation by Turkey, holds Kobani.', events: ['turkey opposes ypg'] },
    {
      text: 'Gaza is run by Hamas listed as a terrorist organisation by Turkey and the EU.',
      events: ['turkey opposes hamas', 'european-union opposes hamas'],
    },
    { text: 'Hamas, designated a terrorist group by the United States, runs Gaza.', events: ['united-states opposes hamas'] },
    { text: 'Cuba, listed as a state sponsor of terrorism by Washington, protested.', events: ['united-states opposes cuba'] },
  ],
});
