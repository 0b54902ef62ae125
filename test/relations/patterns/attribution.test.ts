// Pattern attribution: "X said Y was responsible for …", "X said … was caused / carried out by Y".
import { attribution } from '../../../src/relations/patterns/attribution.js';
import { patternTester } from '../pattern-tester.js';

patternTester(attribution, {
  valid: [
    // Clearing someone is no accusation.
    'Putin told reporters that Turkey was not behind the attack on the convoy.',
    // No speaker, or the speaker blames itself, or no one is blamed.
    'Syrian government forces were responsible for the attack.',
    'Turkey said its jets carried out the strike.',
    'Russia said the deaths were caused by an explosion.',
    // A monitor that is no actor reports; it accuses no one.
    'Activists said Russian jets were responsible for the raid.',
  ],
  invalid: [
    {
      text: 'Evidence suggests Syrian government forces were responsible for the attack, the European Union said.',
      events: ['european-union opposes syria'],
    },
    {
      text: 'The United States has said the deaths were caused by sarin dropped by Syrian aircraft.',
      events: ['united-states opposes syria'],
    },
    { text: 'Ukraine said the strike on the dam was carried out by Russian forces.', events: ['ukraine opposes russia'] },
    { text: 'Turkey said the bombing was carried out by the YPG.', events: ['turkey opposes ypg'] },
    { text: 'The European Union said Russia was responsible for the attack.', events: ['european-union opposes russia'] },
  ],
});
