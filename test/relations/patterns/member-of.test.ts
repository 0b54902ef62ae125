// Pattern member-of: a person's stated title or role gives whom they serve; a listed person serves the
// state or body the dictionary gives, where the article names it too.
import { memberOf } from '../../../src/relations/patterns/member-of.js';
import { patternTester } from '../pattern-tester.js';

patternTester(memberOf, {
  valid: [
    'Putin met Erdogan.',
    'Lavrov spoke.',
    // The state the dictionary gives is not named as an actor: nothing to link.
    'Lavrov said the talks in Geneva had gone well.',
    // Only a modifier of something else ("Russian-made"), not the state acting or named.
    'Erdogan inspected Russian-made missiles.',
    // A person the dictionary does not list gets nothing from it.
    'Ivan Petrov said Russia would respond.',
  ],
  invalid: [
    { text: 'Russian Foreign Minister Sergei Lavrov met Erdogan.', events: ['sergei-lavrov member_of russia'] },
    // No title here, but the article names Russia: Lavrov serves it as the dictionary says.
    { text: 'Lavrov said Russia would not leave Syria.', events: ['sergei-lavrov member_of russia'] },
    {
      text: 'Putin and Erdogan spoke by phone. Turkey and Russia agreed to extend the truce.',
      events: ['recep-tayyip-erdogan member_of turkey', 'vladimir-putin member_of russia'],
    },
  ],
});
