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
    // A verdict on a deed that no actor owns, denied, or only possible.
    'Turkey said the strikes were a violation of international law.',
    'Russia said its actions were not a violation of international law.',
    "Israel's blockade might be illegal, the UN said.",
    'The strikes on Russian bases were illegal, Moscow said.',
    // A statement carried by an agency is reported, not carried out.
    '"Syria\'s army announces the end of the truce" the statement carried by state news agency SANA said.',
  ],
  invalid: [
    // A speaker who condemns a deed of another's as a violation, illegal, a crime, accuses its owner.
    {
      text: "The Russian foreign ministry said Turkey's actions were a violation of international law.",
      events: ['russia opposes turkey'],
    },
    { text: "Kyiv said Russia's annexation of Crimea was illegal.", events: ['ukraine opposes russia'] },
    {
      text: 'China said the American arms sales to Taiwan are a gross violation of its sovereignty.',
      events: ['china opposes united-states'],
    },
    { text: "Azerbaijan's blockade of the Lachin corridor is illegal, the EU said.", events: ['european-union opposes azerbaijan'] },
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
