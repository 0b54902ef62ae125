// Pattern casualty-list: "Among the killed were A, B and C" after an attack by X.
import { casualtyList } from '../../../src/relations/patterns/casualty-list.js';
import { patternTester } from '../pattern-tester.js';

patternTester(casualtyList, {
  valid: [
    // No attack with a named attacker in this sentence or the one before.
    'Fighting raged in Homs. Among the killed were Ahmad al-Zoabi and Issa Gharib.',
    // The fallen of a passive are no attackers: nothing names who attacked.
    'Vladimir Putin was killed. Among the dead was Sergei Lavrov.',
    // A list of the wounded is no list of the fallen.
    'Israeli jets shelled the camp. Among the wounded was Ismail Haniyeh.',
    // The speaker who reports the fallen is none of them.
    'Israeli jets shelled the camp. Three fighters were among the dead Ismail Haniyeh said.',
  ],
  invalid: [
    {
      text: 'The Syrian army shelled a militant bunker near Homs. Among the killed were commander Ahmad Orwa al-Zoabi and Issa Ahmad Gharib.',
      events: ['syria attacks ahmad-orwa-al-zoabi', 'syria attacks issa-ahmad-gharib'],
    },
    {
      text: 'Israeli jets shelled a house in Gaza on Tuesday. Senior commander Marwan Issa was among the dead.',
      events: ['israel attacks marwan-issa'],
    },
  ],
});
