// Pattern compound: "X-backed Y" and "Y, the X-backed force".
import { compound } from '../../../src/relations/patterns/compound.js';
import { patternTester } from '../pattern-tester.js';

patternTester(compound, {
  valid: ['The Daesh-linked agency reported the attack.', 'The fighters, US-backed, entered the town.', 'Iran backed Hezbollah.'],
  invalid: [
    { text: 'The US-backed Syrian Democratic Forces broke into Raqqa.', events: ['united-states supports syrian-democratic-forces'] },
    { text: 'The YPG, a US-backed militia, entered the town.', events: ['united-states supports ypg'] },
    { text: 'The Free Syrian Army (FSA) the Turkish-backed force entered the town.', events: ['turkey supports free-syrian-army'] },
    { text: 'Russia denied the US-backed SDF entered Raqqa.', events: ['united-states supports syrian-democratic-forces NEG'] },
    // "to" before the compound is a preposition, not a planned act.
    { text: 'Daesh lost Dabiq to Turkish-backed Free Syrian Army fighters.', events: ['turkey supports free-syrian-army'] },
    { text: 'The Iran-aligned Houthis fired missiles at Israel.', events: ['houthis allied_with iran'] },
    {
      text: 'Recently the SDF a US-backed group concentrated their forces upon the city.',
      events: ['united-states supports syrian-democratic-forces'],
    },
    // A singular description is of the last of a list only; a plural one of all.
    {
      text: 'The operation targets Daesh and the YPG, a US-backed militia.',
      events: ['united-states supports ypg'],
    },
    {
      text: 'The YPG and the Free Syrian Army, the Turkish-backed forces, entered the town.',
      events: ['turkey supports free-syrian-army', 'turkey supports ypg'],
    },
  ],
});
