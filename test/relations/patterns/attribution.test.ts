// Pattern attribution: "X said Y was responsible for …", "X said … was caused / carried out by Y",
// "X said Y violated / used chemical weapons / committed war crimes".
import { attribution } from '../../../src/relations/patterns/attribution.js';
import { patternTester } from '../pattern-tester.js';

patternTester(attribution, {
  valid: [
    // Sheltering refugees is no wrong; a denial or a possibility lays none.
    'Putin said Turkey was sheltering three million refugees.',
    'Lavrov denied that Turkey was arming militants.',
    'Lavrov said Turkey may be destabilizing the region.',
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
    // A deed denied, only possible, asked about, or one's own, accuses no one.
    'Moscow denied that Syrian forces had used chemical weapons.',
    'Russia denied the attack was carried out by Syrian aircraft.',
    'Kyiv said Russian troops may have committed war crimes in Izium.',
    'Seoul asked whether North Korea violated the armistice.',
    'The Houthis said Saudi jets did not violate Yemeni airspace.',
    'Turkey said it had not violated Greek airspace.',
    'Ukraine said Russia would violate any truce.',
    // Force on civilians denied or possible, or force on no civilians.
    'Russia said it did not target civilians.',
    'Seoul said North Korea may target civilians.',
    'Turkey said its jets bombed PKK hideouts.',
    // A progressive deed denied, possible, or no finite verb.
    'Kyiv said Russian forces are not using cluster munitions.',
    'The UN said Russia may be using cluster munitions.',
    'Amnesty said it was investigating claims about Russian forces using cluster munitions.',
    // Responsibility not held, only possible, or a duty of one's own.
    'The White House said that Russia does not hold responsibility for the strike.',
    'The EU said Russia may bear responsibility for the attack.',
    'Russia said it holds responsibility for security in the zone.',
    // Using, committing, dropping what is no wrong.
    'The Libyan National Army said the GNA used Turkish drones in the attack.',
    'Russia said the US military used the base in Syria.',
    'Britain said Russia was committed to the talks.',
    // Failing what is no duty.
    'Japan said China failed to attend the meeting.',
    // A verdict on a deed with no owner, on its victim, or denied.
    'Russia called the sanctions illegal.',
    "China did not call Japan's move a provocation.",
    'Iran described the killing of Soleimani as a crime.',
    'Russia said it was a mistake to trust the West.',
    // A statement carried by an agency is reported, not carried out.
    '"Syria\'s army announces the end of the truce" the statement carried by state news agency SANA said.',
    // A label of terror denied, hedged, or not said by anyone; a quotation closed in its own sentence.
    'Qatar said Hamas is not a terrorist organization.',
    'Russia said the Nusra Front could be a terrorist group.',
    'The Islamic State is a terrorist group that controls Raqqa.',
    'Lavrov said that Russia is a victim of terror.',
    '"Russian forces have committed war crimes in Bucha." The report was released on Monday.',
    '"The Houthis violated the truce. We will respond," the Saudi-led coalition did not say.',
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
    // A deed that is itself a wrong, stated of its subject: violating, committing crimes, using banned arms.
    { text: 'Seoul said North Korea violated the armistice.', events: ['south-korea opposes north-korea'] },
    { text: 'Armenia said Azerbaijani forces violated the ceasefire overnight.', events: ['armenia opposes azerbaijan'] },
    { text: 'Amnesty International said Israeli forces used white phosphorus in Gaza.', events: ['amnesty-international opposes israel'] },
    { text: 'Israel said Hamas used civilians as human shields in Gaza.', events: ['israel opposes hamas'] },
    // Failing a duty: the infinitive's verb or object says which.
    { text: 'Russia said Ukraine failed to honor the Minsk agreements.', events: ['russia opposes ukraine'] },
    {
      text: 'The United Nations said U.S. forces appear to have failed to take necessary precautions to avoid civilian casualties.',
      events: ['united-nations opposes united-states'],
    },
    // A verdict verb's object deed, condemned by a verdict word after it, blames its owner.
    { text: "China called Japan's move a provocation.", events: ['china opposes japan'] },
    { text: 'Moscow described the US decision as illegal.', events: ['russia opposes united-states'] },
    { text: "Kyiv called Russia's referendums a sham.", events: ['ukraine opposes russia'] },
    { text: 'Turkey called the Greek deployment a violation of the treaty.', events: ['turkey opposes greece'] },
    // Force on civilians or their places is a wrong.
    { text: 'Israel said Hamas targeted civilians in Sderot.', events: ['israel opposes hamas'] },
    { text: 'The Houthis said Saudi jets bombed a school in Saada.', events: ['houthis opposes saudi-arabia'] },
    { text: 'Kyiv said Russian troops shelled residential areas of Kharkiv.', events: ['ukraine opposes russia'] },
    // A deed in the progressive.
    { text: 'Kyiv said Russian forces have been using cluster munitions in Kharkiv.', events: ['ukraine opposes russia'] },
    // Holding responsibility is bearing it.
    { text: 'The EU said Turkey holds responsibility for the attack.', events: ['european-union opposes turkey'] },
    // Quotation marks around the speaker's words.
    { text: 'The EU said the Syrian regime bears "primary responsibility" for the attack.', events: ['european-union opposes syria'] },
    { text: 'Kyiv said Russian troops were behind the "deliberate attacks" on Kharkiv.', events: ['ukraine opposes russia'] },
    // The blame is the suggestion's, not the denial's.
    {
      text: 'Russia denies involvement and instead suggests the Syrian opposition or a U.S. drone were responsible.',
      events: ['russia opposes united-states'],
    },
    // A label of terror said of the subject of "be".
    { text: 'Turkey says the YPG is a terrorist organization.', events: ['turkey opposes ypg'] },
    {
      text: 'Erdogan said Daesh and the YPG are terrorists.',
      events: ['recep-tayyip-erdogan opposes daesh', 'recep-tayyip-erdogan opposes ypg'],
    },
    // The first sentences of a quotation whose speaker is named where it closes.
    {
      text: '"The YPG is a terrorist organization. It has to be destroyed" Erdogan told reporters.',
      events: ['recep-tayyip-erdogan opposes ypg'],
    },
    {
      text: '"Ukrainian forces have committed war crimes in Kursk. The world must act now," said Lavrov.',
      events: ['sergei-lavrov opposes ukraine'],
    },
    {
      text: '"Hezbollah violated the truce. We will respond," the European Union said in a statement.',
      events: ['european-union opposes hezbollah'],
    },
    // Backing terror and destabilizing are wrongs (a progressive the tagger read as a noun too).
    { text: 'Erdogan said the EU was arming terrorists in Syria.', events: ['recep-tayyip-erdogan opposes european-union'] },
    { text: 'Lavrov said Turkey was destabilizing the region.', events: ['sergei-lavrov opposes turkey'] },
  ],
});
