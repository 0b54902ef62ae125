// Pattern possessor-noun: "X's <noun> for Y", "X <noun> against Y", "X held <noun> with Y", "its ally Y".
import { possessorNoun } from '../../../src/relations/patterns/possessor-noun.js';
import { patternTester } from '../pattern-tester.js';

patternTester(possessorNoun, {
  valid: [
    'The United States is backing rebels in their fight against the Syrian regime.',
    'Iran is an ally of Syria.',
    // No verb ahead, but the phrase before "in" does not open the clause.
    'Strikes on Idlib in cooperation with Russia killed 20 civilians.',
    'Hezbollah criticised airstrikes on Aleppo.',
    // An opening phrase before a clause whose subject names no actor.
    'In coordination with Russia, the offensive on Idlib resumed.',
  ],
  invalid: [
    // A phrase opening the sentence describes how the subject of the clause after it acts.
    { text: 'In cooperation with Egypt, Israel closed the Rafah crossing.', events: ['egypt allied_with israel'] },
    {
      text: 'In cooperation with Mali and Niger, Burkina Faso launched a joint force.',
      events: ['burkina-faso allied_with mali', 'burkina-faso allied_with niger'],
    },
    { text: "Turkey's support for the Free Syrian Army angered Damascus.", events: ['turkey supports free-syrian-army'] },
    { text: 'Russian jets carried out airstrikes against Daesh near Idlib.', events: ['russia attacks daesh'] },
    { text: 'Putin held talks with Erdogan.', events: ['recep-tayyip-erdogan met vladimir-putin'] },
    // "X in cooperation with Y <verb>": the clause's opening phrase acts with Y, with or without commas.
    { text: 'Israeli forces in cooperation with Egypt opened the Rafah crossing.', events: ['egypt allied_with israel'] },
    { text: 'Russian jets, in cooperation with the Syrian air force, struck Idlib.', events: ['russia allied_with syria'] },
    // In the mood of the clause's verb after it.
    { text: 'Russian jets, in cooperation with the Syrian air force, could strike Idlib.', events: ['russia allied_with syria HYP'] },
    { text: 'Russia stood by its ally Syria.', events: ['russia allied_with syria'] },
    // An "X-led" compound leads the strikes it names.
    { text: 'Saudi-led airstrikes on Hezbollah positions killed dozens.', events: ['saudi-arabia attacks hezbollah'] },
    // Wanted, not done: the noun after 'approval for', 'the threat of' is hypothetical.
    { text: 'Washington pushed for approval for airstrikes on Hezbollah.', events: ['united-states attacks hezbollah HYP'] },
    // A bare demonym before the noun is its source where no named actor is.
    { text: 'Iran condemned the Israeli airstrikes on Hezbollah.', events: ['israel attacks hezbollah'] },
  ],
});
