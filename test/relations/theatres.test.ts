// The bundled lexicon and every pattern together, on news sentences written for these tests across
// theatres (Ukraine, Gaza, Lebanon, Yemen, Libya, the Sahel, Afghanistan, Korea, Taiwan, the Caucasus,
// the Gulf, Syria): the families of relations of the PLOVER codebook — consultation, cooperation,
// support and aid, verbal conflict (disapproval, rejection, threats, protests, sanctions, demands),
// force — and the sentences where nothing (or only part) must be read: negations, denials, pledges,
// appeals, possibilities. Each line is the exact set of events (member_of left aside).
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/nlp/analyze.js';
import { loadLexicon } from '../../src/lexicon/load.js';
import { recognizeActors } from '../../src/actors/recognize.js';
import { extractRelations } from '../../src/relations/extract.js';

const lex = loadLexicon();

function events(text: string): string[] {
  const doc = analyzeText(text);
  return extractRelations(doc, recognizeActors(doc, lex), lex, { id: 't' })
    .filter((e) => e.relation !== 'member_of')
    .map((e) => `${e.source} ${e.relation} ${e.target}`)
    .sort();
}

const CASES: Array<[string, string[]]> = [
  ['Russia demanded that Ukraine withdraw its troops from the region.', ['russia opposes ukraine']],
  ['The United States urged Israel to halt its offensive in Gaza.', ['united-states opposes israel']],
  ['China called on Japan to stop its provocations.', ['china opposes japan']],
  ['Saudi Arabia rejected an Iranian proposal for talks.', ['saudi-arabia opposes iran']],
  ['Qatar rejected the Saudi demands.', ['qatar opposes saudi-arabia']],
  ["Moscow dismissed Kyiv's claims as propaganda.", ['russia opposes ukraine']],
  ['A ceasefire brokered by Russia and Turkey took effect on Friday.', ['russia allied_with turkey']],
  ['Russia and Turkey brokered a ceasefire in Idlib.', ['russia allied_with turkey']],
  ['Hezbollah, a close ally of Iran, fired rockets at Israel.', ['hezbollah allied_with iran', 'hezbollah attacks israel']],
  ['Armenia accused Azerbaijan of shelling border villages.', ['armenia opposes azerbaijan']],
  ["Seoul condemned North Korea's missile launch.", ['south-korea opposes north-korea']],
  ['Taiwan protested against Chinese military drills near the island.', ['taiwan opposes china']],
  ['The European Union imposed sanctions on Belarus.', ['european-union opposes belarus']],
  ["Mali expelled France's ambassador.", ['mali opposes france']],
  ['Israeli jets struck Hamas positions in Gaza.', ['israel attacks hamas']],
  ['The Taliban seized Kandahar from government forces.', []],
  ['Al-Shabaab militants attacked an African Union base in Somalia.', ['al-shabaab attacks african-union']],
  ["Ukraine's forces shelled Russian positions near Bakhmut.", ['ukraine attacks russia']],
  ['Dozens were killed in Saudi-led air strikes on Houthi positions.', ['saudi-arabia attacks houthis']],
  ['The Houthis fired drones at Saudi oil facilities.', ['houthis attacks saudi-arabia']],
  ['Wagner fighters clashed with Libyan government troops near Tripoli.', ['libya attacks wagner-group', 'wagner-group attacks libya']],
  ['Putin held a phone call with Erdogan.', ['recep-tayyip-erdogan met vladimir-putin']],
  ['Blinken met with Chinese Foreign Minister Wang Yi in Beijing.', ['antony-blinken met wang-yi']],
  ['The talks hosted by Qatar brought together the Taliban and the United States.', []],
  ['Washington warned Pyongyang against further missile tests.', ['united-states opposes north-korea']],
  ['Iran threatened to close the Strait of Hormuz if the United States imposed new sanctions.', ['iran opposes united-states']],
  ['Turkey blamed the PKK for the bombing in Istanbul.', ['turkey opposes pkk']],
  ['France sent weapons to Ukraine.', ['france supports ukraine']],
  ['Russian air strikes killed dozens of Islamic State fighters near Palmyra.', ['russia attacks daesh']],
  ['Israeli forces killed three Hamas commanders in a raid on Jenin.', ['israel attacks hamas']],
  ['At least 20 people were killed in Russian air strikes on Idlib.', []],
  ['Several soldiers were killed when Taliban fighters attacked a checkpoint in Helmand.', []],
  ['Government troops recaptured the town from Boko Haram.', []],
  ['The Nigerian army recaptured the town from Boko Haram.', ['nigeria attacks boko-haram']],
  [
    "Turkey's offensive against the YPG drew condemnation from the European Union.",
    ['european-union opposes turkey', 'turkey attacks ypg'],
  ],
  [
    'Heavy clashes among the Syrian army, Hezbollah and the Nusra Front were reported.',
    [
      'al-nusra-front attacks hezbollah',
      'al-nusra-front attacks syria',
      'hezbollah attacks al-nusra-front',
      'hezbollah attacks syria',
      'syria attacks al-nusra-front',
      'syria attacks hezbollah',
    ],
  ],
  ['The Houthis were hit by Saudi-led coalition airstrikes.', ['saudi-led-coalition attacks houthis']],
  ['Kenyan troops fought al-Shabaab militants near the border.', ['kenya attacks al-shabaab']],
  ['North Korea fired a ballistic missile into the sea, Seoul said.', []],
  ['Iran supplied drones to Russia.', ['iran supports russia']],
  ['Washington provided Kyiv with air defence systems.', ['united-states supports ukraine']],
  ['Moscow is a close ally of Damascus.', ['russia allied_with syria']],
  ['The two countries signed a defence pact in Riyadh.', []],
  ['Japan and the Philippines signed a defence agreement on Tuesday.', ['japan allied_with philippines']],
  [
    'The Wagner group, backed by Russia, fought alongside Malian troops.',
    ['mali allied_with wagner-group', 'russia supports wagner-group'],
  ],
  ['NATO allies pledged to support Ukraine.', []],
  ['China vetoed a UN resolution against North Korea.', ['china supports north-korea']],
  ['Xi Jinping held talks with Vladimir Putin in Moscow.', ['vladimir-putin met xi-jinping']],
  ["Lavrov's meeting with Wang Yi focused on Ukraine.", ['sergei-lavrov met wang-yi']],
  ['Erdogan spoke by phone with Zelensky on Sunday.', ['recep-tayyip-erdogan met volodymyr-zelensky']],
  ['Macron received Zelensky at the Elysee Palace.', ['emmanuel-macron met volodymyr-zelensky']],
  ['Biden sent a letter to Kim Jong Un.', ['joe-biden met kim-jong-un']],
  ['The foreign ministers of Saudi Arabia and Iran met in Beijing.', ['iran met saudi-arabia']],
  ["Iran's foreign minister met his Syrian counterpart in Damascus.", ['iran met syria']],
  ["The European Union condemned Russia's annexation of Crimea.", ['european-union opposes russia']],
  ['Kyiv accused Moscow of war crimes.', ['ukraine opposes russia']],
  ["Beijing slammed Washington's decision to sell arms to Taiwan.", ['china opposes united-states']],
  ['Pakistan summoned the Afghan envoy to protest the cross-border attack.', ['pakistan opposes afghanistan']],
  ['Algeria recalled its ambassador to France.', ['algeria opposes france']],
  ['Niger expelled the French ambassador.', ['niger opposes france']],
  ['The Taliban denied that they had attacked Pakistani posts.', []],
  ['Ethiopia did not attack Eritrea.', []],
  ['Russia could strike Ukrainian cities again, analysts said.', []],
  ['Russia has threatened to stop negotiations if the United States goes ahead with the deployment.', ['russia opposes united-states']],
  ['Israel threatened to ban voting in East Jerusalem if Hamas ran in the election.', ['israel opposes hamas']],
  ['Iran warned it would close the strait unless Washington lifted the sanctions.', ['iran opposes united-states']],
  [
    'The ILO reiterated its demand that Israel ease restrictions on Palestinian workers.',
    ['international-labour-organization opposes israel'],
  ],
  ['Turkey renewed its calls for Russia to withdraw its forces.', ['turkey opposes russia']],
  ['The United States suspended military aid to Egypt.', ['united-states opposes egypt']],
  ['Germany cut off arms exports to Saudi Arabia.', ['germany opposes saudi-arabia']],
  ['The UN called on Member States to support the plan.', []],
  [
    "Qatar's emir launched a mediation effort on Saturday between the Emirates and Saudi Arabia.",
    ['qatar met saudi-arabia', 'qatar met united-arab-emirates'],
  ],
  ['Egypt mediated between Israel and Hamas.', ['egypt met hamas', 'egypt met israel']],
  [
    "Poland's parliament has demanded an immediate admission by Moscow that Soviet forces murdered Polish officers.",
    ['poland opposes russia'],
  ],
  ['Turkey demanded an apology from Russia.', ['turkey opposes russia']],
  ['Iran called on Muslims to defend Syria.', ['iran supports syria']],
  ["Israeli strikes killed 30 of Hezbollah's fighters near the border.", ['israel attacks hezbollah']],
  ['Ukrainian forces recaptured the village from Russian troops.', ['ukraine attacks russia']],
  ["Turkey's offensive against the YPG continued for a third week.", ['turkey attacks ypg']],
  [
    'Clashes among the Syrian army, Hezbollah and the Nusra Front killed dozens.',
    [
      'al-nusra-front attacks hezbollah',
      'al-nusra-front attacks syria',
      'hezbollah attacks al-nusra-front',
      'hezbollah attacks syria',
      'syria attacks al-nusra-front',
      'syria attacks hezbollah',
    ],
  ],
  ['Several houses were shelled by government forces in Darfur.', []],
  ['Dozens of civilians were killed in Russian air strikes on Idlib.', []],
  ['Iran supplied weapons to the Houthis.', ['iran supports houthis']],
  ['Israel and the United Arab Emirates signed an agreement in Washington.', ['israel allied_with united-arab-emirates']],
  ['Russia and China issued a joint statement on Taiwan.', ['china allied_with russia']],
  [
    'Blinken met with foreign ministers including from Japan, South Korea and Australia.',
    ['antony-blinken met australia', 'antony-blinken met japan', 'antony-blinken met south-korea'],
  ],
  ['Talks hosted by Qatar brought together the Taliban and US envoys.', []],
  ['Lavrovs meeting with Wang Yi focused on Ukraine.', ['sergei-lavrov met wang-yi']],
  ['The Saudi ambassador to Lebanon met Hezbollah officials.', ['hezbollah met saudi-arabia']],
  ['Armenia and Azerbaijan agreed after four days of talks to exchange prisoners.', ['armenia met azerbaijan']],
  ['Kenya pledged to send troops to Haiti.', []],
  ['Russia might attack Moldova, officials warned.', []],
  ["Ethiopia rejected Egypt's claims over the dam.", ['ethiopia opposes egypt']],
  ['Iran condemned the Israeli strike on Damascus.', ['iran opposes israel', 'israel attacks syria']],
  ["Outrage grew at Russia's strike on the Kyiv hospital.", []],
  ["The Philippines protested against China's actions in the South China Sea.", ['philippines opposes china']],
  ["Venezuela expelled Argentina's diplomats.", ['venezuela opposes argentina']],
  ["Russia, Assad's main backer, sent more jets.", ['russia supports bashar-al-assad']],
  ["Iran is Hezbollah's chief sponsor.", ['iran supports hezbollah']],
  ['The Houthis and their backer Iran rejected the plan.', ['iran supports houthis']],
  ["The Syrian government's supporters include Russia and Iran.", ['iran supports syria', 'russia supports syria']],
  ['Russian forces pounded Ukrainian positions near Avdiivka.', ['russia attacks ukraine']],
  ['Israel launched a ground offensive against Hamas in Gaza.', ['israel attacks hamas']],
  ['The United States imposed tariffs on Chinese goods.', ['united-states opposes china']],
  ['Zelensky thanked Germany for its support.', ['germany supports volodymyr-zelensky']],
  ['Erdogan called Israel a terrorist state.', ['recep-tayyip-erdogan opposes israel']],
  ['Serbia refused to recognize Kosovo.', ['serbia opposes kosovo']],
  ['India accused Pakistan of harbouring terrorists.', ['india opposes pakistan']],
  ["Japan criticized China's military buildup.", ['japan opposes china']],
  ['North Korean troops are fighting alongside Russian forces in Kursk.', ['north-korea allied_with russia']],
  ['The Houthis claimed responsibility for the attack on the US warship.', ['houthis attacks united-states']],
  ['Hamas fighters killed three Israeli soldiers in Gaza.', ['hamas attacks israel']],
  ['Iranian-backed militias attacked US bases in Syria.', []],
  ["Mali's junta expelled the French ambassador.", ['mali opposes france']],
  ["China's defence minister met his US counterpart in Singapore.", ['china met united-states']],
  ['Somalia cut diplomatic ties with Kenya.', ['somalia opposes kenya']],
  // Received support, not given: "with the support of X" crosses a place to reach its "of".
  ['Syrian forces committed war crimes in the city of Aleppo with the support of Russian air strikes.', ['russia supports syria']],
  ['The Libyan National Army advanced on Tripoli under the protection of Russian mercenaries.', []],
  // "the defence of X" is X defending as often as X defended: no reading.
  ['The Daesh offensive was repelled by the strong defence of the Iraqi soldiers.', []],
  // A possessor's "armed wing" is a phrase, not the verb "arm".
  ["The PYD's armed wing YPG took Manbij from Daesh.", ['ypg attacks daesh']],
  // An -ing verb after "on/by/after…" shares the clause's subject; after "of" it does not.
  ['The Israeli army responded by shelling Hezbollah positions in southern Lebanon.', ['israel attacks hezbollah']],
  ['Russian forces in Ukraine were focused on destroying Ukrainian air defences.', ['russia attacks ukraine']],
  ['Turkey accused Russia of bombing Turkmen villages.', ['turkey opposes russia']],
  // Received help.
  ['The Houthis advanced on Marib thanks to Iranian drones.', ['iran supports houthis']],
  // An irregular past the tagger reads as a noun, after an actor, is the verb: its object is no part of it.
  ['The Iraqi army retook Mosul from Daesh in 2017.', ['iraq attacks daesh']],
  // An infinitive after an effort is the act under way, done by the clause's subject.
  ['Iraqi forces launched an offensive to recapture Mosul from Daesh.', ['iraq attacks daesh']],
  ['The SDF concentrated its forces near Raqqa in an attempt to seize the city from Daesh.', ['syrian-democratic-forces attacks daesh']],
  ['Russia announced plans to seize the port from Ukraine.', []],
  // A possessive pronoun in the verb's own object is the subject's.
  ['A group of Moroccan diplomats held their first meeting with Antony Blinken in Rabat.', ['antony-blinken met morocco']],
  ['The United States is backing rebels in their fight against the Syrian regime.', []],
  // A companion phrase is no subject; a time word may stand between a demand and its clause.
  ['Washington, along with its allies, demanded that Hamas renounce violence.', ['united-states opposes hamas']],
  [
    'The ILO reiterated its demand today that Israel ease restrictions on Palestinian workers.',
    ['international-labour-organization opposes israel'],
  ],
  // "they" does not pick up an actor inside a prepositional phrase.
  ['While Russian jets were not flying at the time of the coalition strikes, they later intervened in support of the Syrian army.', []],
  // "with X doing …": X is the subject of the -ing verb.
  ['The war placed Washington and Moscow at loggerheads, with Russia seeking to prop up the Syrian government.', ['russia supports syria']],
  // A country after a place preposition is where, not whom, the help went.
  ['The Kurds defeated Daesh in northern Syria with the help of US-led coalition airpower.', []],
  // Alliance families.
  ['Hezbollah fights alongside Syrian government forces.', ['hezbollah allied_with syria']],
  ["Iran and Russia, Assad's main allies, sent more troops.", ['bashar-al-assad allied_with iran', 'bashar-al-assad allied_with russia']],
  [
    'Syrian troops, in coordination with the Russian air force, pounded Daesh positions.',
    ['russia allied_with syria', 'syria attacks daesh'],
  ],
  ['Yemeni government troops and allied Saudi forces recaptured Aden.', ['saudi-arabia allied_with yemen']],
  [
    'The Syrian army and its Russian and Iranian allies launched an assault on eastern Aleppo.',
    ['iran allied_with syria', 'russia allied_with syria'],
  ],
  // A bare verb after a plural subject, read as an adverb or a noun.
  [
    'Moscow and Tehran back Assad while Washington and Riyadh support the opposition.',
    ['iran supports bashar-al-assad', 'russia supports bashar-al-assad'],
  ],
  // The purpose of an act done is done; a plan is not.
  ['Iran has sent thousands of fighters to support Assad.', ['iran supports bashar-al-assad']],
  ['Russia announced plans to attack Ukraine.', []],
  ['Russian warplanes bombed rebel-held areas and Daesh positions in Homs.', ['russia attacks daesh']],
  [
    'The Houthis and al-Qaeda fought together against the Saudi-led coalition in Yemen.',
    ['al-qaeda allied_with houthis', 'al-qaeda attacks saudi-led-coalition', 'houthis attacks saudi-led-coalition'],
  ],
  // A vow of revenge is a threat; a pledge of support is no fact yet.
  ['Iran vowed revenge against Israel for the killing of its general.', ['iran opposes israel']],
  ['Iran pledged support for Syria.', []],
  ['Syria protested the Turkish incursion.', ['syria opposes turkey']],
  // A plural noun after a describing demonym stays a noun ("Iranian targets in Syria").
  ['Israel struck Iranian targets in Syria.', ['israel attacks iran']],
  // Consultation: discussing with, travelling to meet (a plan to meet is not a meeting).
  ['Macron discussed the crisis with Biden in a phone call.', ['emmanuel-macron met joe-biden']],
  ['Blinken travelled to Kyiv to meet Zelensky.', ['antony-blinken met volodymyr-zelensky']],
  ['Russia plans to meet Ukraine in Istanbul.', []],
  // A regular past the tagger read as a noun, after the subject.
  ['The Turkish military neutralized 15 PKK terrorists in northern Iraq.', ['turkey attacks pkk']],
  // A relative clause between commas describes the subject before it; its verb may be read as a noun.
  ['Iran, which backs Hezbollah, condemned Israel.', ['iran opposes israel', 'iran supports hezbollah']],
  // An -ing verb right after a noun qualifies it: the rebels fight, not Turkey.
  ['Turkey which backs rebels fighting Assad condemned the attack.', []],
  [
    'Heavy fighting between the SDF and Daesh continued in Raqqa.',
    ['daesh attacks syrian-democratic-forces', 'syrian-democratic-forces attacks daesh'],
  ],
  // Other decades: protests, loans, welcomes; a topic phrase is no act of the subject.
  ['China protested to the United States over the arms sale to Taiwan.', ['china opposes united-states']],
  ['Japan extended a 500 million dollar loan to Indonesia.', ['japan supports indonesia']],
  ['Arafat welcomed the US initiative.', ['yasser-arafat supports united-states']],
  ['Erdogan welcomed Putin in Ankara.', ['recep-tayyip-erdogan met vladimir-putin']],
  ['Israel deported 400 Hamas activists to Lebanon.', ['israel opposes hamas']],
  // Meetings that did not take place.
  ['The talks between Russia and Turkey were postponed.', []],
  ['The summit between Putin and Biden was called off.', []],
  // A participle after a comma has the subject of the finite verb before it.
  ['Israeli jets struck a house in Gaza, killing five Hamas fighters.', ['israel attacks hamas']],
  // Force received: "came under attack from"; criticism received: "came under fire from".
  ['The Syrian army came under attack from Daesh militants near Palmyra.', ['daesh attacks syria']],
  ['The US-led coalition came under fire from Human Rights Watch.', ['human-rights-watch opposes us-led-coalition']],
  // Passive force with its agent inside a phrase.
  ['Five Hezbollah fighters were killed in an Israeli airstrike near Damascus.', ['israel attacks hezbollah']],
  ['Two Turkish soldiers were wounded in a PKK attack.', ['pkk attacks turkey']],
  ['A Russian soldier was killed by mortar fire from al-Nusra militants.', ['al-nusra-front attacks russia']],
  // A visit or trip to a capital is paid to its government; a cancelled one is none.
  ['Erdogan paid a visit to Tehran.', ['iran met recep-tayyip-erdogan']],
  ['Putin made a two-day trip to Beijing.', ['china met vladimir-putin']],
  ["Merkel's trip to Paris was cancelled.", []],
  // Sanctions and rejections; declining to condemn is no opposition; blocked aid was not given.
  ['Israel barred UN investigators from entering Gaza.', ['israel opposes united-nations']],
  ['Hungary blocked EU aid to Ukraine.', ['hungary opposes european-union']],
  ['The US froze Iranian assets.', ['united-states opposes iran']],
  ['The US suspended aid to Egypt.', ['united-states opposes egypt']],
  ['Turkey closed its airspace to Russian planes.', ['turkey opposes russia']],
  ['Iran seized a South Korean tanker in the Gulf.', ['iran attacks south-korea']],
  // (The invasion falls under the refusal's negation too: dropped, no wrong edge.)
  ["Beijing refused to condemn Russia's invasion of Ukraine.", []],
  // A host or broker of talks between two parties consults each.
  ['Qatar hosted talks between the US and the Taliban.', ['qatar met taliban', 'qatar met united-states', 'taliban met united-states']],
  // Demonyms in a list share the last one's non-state head.
  ['Syrian troops backed by Lebanese, Iranian and Iraqi Shiite militias advanced on Aleppo.', []],
  // A bracketed acronym after the subject only restates it.
  ['The Philippine Coast Guard (PCG) accused China of ramming its vessel.', ['philippines opposes china']],
  ['The Palestinian Authority (PA) condemned the Israeli raid on Jenin.', ['palestine opposes israel']],
  // A denial or negation in a first conjunct does not reach a finite verb coordinated after it.
  ['Iran denied the charges and accused Israel of sabotage at Natanz.', ['iran opposes israel']],
  ['The Houthis denied any role and warned Saudi Arabia against further strikes.', ['houthis opposes saudi-arabia']],
  ['Pakistan did not attend the summit but condemned the Taliban.', ['pakistan opposes taliban']],
  ['Russia attacked Ukraine but Kyiv condemned Moscow.', ['russia attacks ukraine', 'ukraine opposes russia']],
  ['The Taliban denied that they had attacked and killed Pakistani soldiers.', []],
  ['Seoul did not meet and talk with Pyongyang.', []],
  // Condemning a deed opposes its owner or its agent ("carried out by", "committed by").
  ['Kyiv condemned the massacre carried out by Russian troops in Bucha.', ['ukraine opposes russia']],
  ['Amnesty condemned the crimes committed by the Sudanese army in Darfur.', ['amnesty-international opposes sudan']],
  ['Armenia condemned the Azerbaijani siege of Nagorno-Karabakh.', ['armenia opposes azerbaijan']],
  ['Jordan denounced Israeli settlements in the West Bank.', ['jordan opposes israel']],
  [
    'Pyongyang denounced the joint drills by South Korea and the United States.',
    ['north-korea opposes south-korea', 'north-korea opposes united-states', 'south-korea allied_with united-states'],
  ],
  ['Ukraine condemned the massacre in Bucha.', []],
  // A threat reaches the party of the threatened act ("on", "at"); not an appeal to a third party.
  ['Trump threatened to impose tariffs on China.', ['donald-trump opposes china']],
  ['The Houthis threatened to fire missiles at Saudi Arabia.', ['houthis opposes saudi-arabia']],
  ['Iran threatened to take the case to the UN Security Council.', []],
  ['Iran threatened on Monday to close the Strait of Hormuz.', []],
  // Disapproval drawn: the agent of the ire disapproves of the subject.
  ['The Russian offensive drew the ire of the European Union.', ['european-union opposes russia']],
  ["Turkey's incursion sparked the anger of the Arab League.", ['arab-league opposes turkey']],
  ["Israel's strike drew the condemnation of Egypt.", ['egypt opposes israel']],
  ['Pakistan joined the condemnation of India.', ['pakistan opposes india']],
  // An -s form read as a verb after a past verb is its object ("rejected calls by").
  ['Israel rejected calls by France for a ceasefire.', ['israel opposes france']],
  ['Russia rejected calls for a ceasefire.', []],
  // Letters and calls received; diplomatic protests lodged with a party.
  ['Kim Jong Un received a letter from Putin.', ['kim-jong-un met vladimir-putin']],
  ['Zelensky got a call from Biden on Friday.', ['joe-biden met volodymyr-zelensky']],
  ['The SDF received support from the United States.', ['united-states supports syrian-democratic-forces']],
  ['Manila lodged a strong protest with Beijing over the water cannon attack.', ['philippines opposes china']],
  ['Ukraine filed a complaint with the UN Security Council over the strikes.', []],
  ['Modi telephoned Zelensky on Monday.', ['narendra-modi met volodymyr-zelensky']],
  // An order to leave or halt is a demand; an order to one's own state's forces is none.
  ["Niger's junta ordered French troops to leave.", ['niger opposes france']],
  ['The Houthis ordered UN staff to leave Sanaa.', ['houthis opposes united-nations']],
  ['Netanyahu ordered the Israeli army to halt strikes in Rafah.', []],
  ['Putin ordered Russian troops to withdraw from Kherson.', []],
  // Responsibility laid on another actor is an accusation; claimed or denied, none.
  ['Kyiv said Moscow bore full responsibility for the attack on Odesa.', ['ukraine opposes russia']],
  ['Hamas claimed responsibility for the attack, Israel said.', []],
  ['Azerbaijan said Armenia was not responsible for the blast.', []],
  // A participle after a comma is not under the clause's negation.
  ['Russia said it bears no responsibility for the famine in Gaza, blaming Israel.', ['russia opposes israel']],
  ['Iran denied involvement, accusing Israel of a false flag operation.', ['iran opposes israel']],
  // A threat conditional on an actor's act, across a relative clause.
  [
    "Israel threatened to ban voting in East Jerusalem if Hamas, which advocates Israel's destruction, ran in the election.",
    ['israel opposes hamas'],
  ],
  // Breaking off diplomatic relations; writing to; protesting a sale.
  ['Venezuela broke off diplomatic relations with Argentina.', ['venezuela opposes argentina']],
  ['Nicaragua severed diplomatic ties with Israel.', ['nicaragua opposes israel']],
  ["Armenia's prime minister wrote to Putin.", ['armenia met vladimir-putin']],
  ['Beijing protested the US arms sale to Taiwan.', ['china opposes united-states', 'united-states supports taiwan']],
  // A demanded act's owner is the one asked.
  ["Ukraine demanded Russia's withdrawal from Zaporizhzhia.", ['ukraine opposes russia']],
  ['Kyiv called for the withdrawal of Russian troops from the plant.', ['ukraine opposes russia']],
  ["The UN called for Israel's withdrawal from Lebanon.", ['united-nations opposes israel']],
  ['Hamas demanded the release of Palestinian prisoners.', []],
  ['Israel demanded the release of Israeli hostages held by Hamas.', []],
  // A fronted meeting adjunct is the main clause subject's meeting; the adjunct's party is no subject.
  ['In a phone call with Erdogan, Putin said the deal was dead.', ['recep-tayyip-erdogan met vladimir-putin']],
  ['During a meeting with Zelensky, Biden pledged more aid.', ['joe-biden met volodymyr-zelensky']],
  ['In a letter to Guterres, Iran accused Israel of war crimes.', ['antonio-guterres met iran', 'iran opposes israel']],
  ['In a statement, Russia condemned Ukraine.', ['russia opposes ukraine']],
  ['In the meeting, Russia and Turkey agreed.', []],
  ['Alongside Russia, Iran backs Assad.', ['iran supports bashar-al-assad']],
  ['Russia, Iran, Turkey condemned Israel.', ['iran opposes israel', 'russia opposes israel', 'turkey opposes israel']],
  // A foretold punishment is a threat, whatever its tense; a price paid is none.
  ['Lebanon warned that Israel would pay a heavy price for the strike.', ['lebanon opposes israel']],
  ['Pyongyang warned Seoul would pay a price for the drills.', ['north-korea opposes south-korea']],
  ['Russia paid a heavy price in Bakhmut, Ukraine said.', []],
  // Vetoing a text that condemns one's own act shields no one.
  ['Russia vetoed a UN resolution condemning its invasion of Ukraine.', []],
  // What is discussed is a topic, not a party; the party follows "with".
  ['Putin and Erdogan discussed Syria.', ['recep-tayyip-erdogan met vladimir-putin']],
  ['Putin discussed Ukraine.', []],
  ["Turkey's Fidan and Iran's Araghchi discussed Syria by phone.", ['abbas-araghchi met hakan-fidan']],
  ['Blinken discussed Gaza with Egyptian officials.', ['antony-blinken met egypt']],
  // "A spokesman for X" speaks for X.
  ['A spokesman for Hamas accused Israel of stalling.', ['hamas opposes israel']],
  ['A spokesman for the Israeli military accused Hamas of using human shields.', ['israel opposes hamas']],
  ["Burkina Faso's junta suspended French broadcasters.", ['burkina-faso opposes france']],
  // The host of a meeting meets those who take part in it.
  ['Israel and Hamas resumed talks hosted by Qatar.', ['hamas met israel', 'hamas met qatar', 'israel met qatar']],
  ['Zelensky attended the summit hosted by Saudi Arabia.', ['saudi-arabia met volodymyr-zelensky']],
  [
    'Talks hosted by Oman between Iran and the United States resumed.',
    ['iran met oman', 'iran met united-states', 'oman met united-states'],
  ],
  ['Russia rejected the summit hosted by Switzerland.', []],
];

describe('relations across theatres (bundled lexicon)', () => {
  it.each(CASES)('%s', (text, expected) => {
    expect(events(text)).toEqual([...expected].sort());
  });
});
