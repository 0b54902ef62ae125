// The theatre cases: news sentences written for the tests across theatres (Ukraine, Gaza, Lebanon,
// Yemen, Libya, the Sahel, Afghanistan, Korea, Taiwan, the Caucasus, the Gulf, Syria), each with the
// exact set of events (member_of left aside) that the bundled lexicon and every pattern must give.
// Read by theatres.test.ts as written and by stripped-theatres.test.ts without commas and apostrophes,
// both through `theatreEvents`.
import { analyzeText } from '../../src/nlp/analyze.js';
import { loadLexicon } from '../../src/lexicon/load.js';
import { recognizeActors } from '../../src/actors/recognize.js';
import { extractRelations } from '../../src/relations/extract.js';

const lex = loadLexicon();

/** The events of a text with the bundled lexicon, member_of left aside, as "source relation target", sorted. */
export function theatreEvents(text: string): string[] {
  const doc = analyzeText(text);
  return extractRelations(doc, recognizeActors(doc, lex), lex, { id: 't' })
    .filter((e) => e.relation !== 'member_of')
    .map((e) => `${e.source} ${e.relation} ${e.target}`)
    .sort();
}

export const THEATRE_CASES: Array<[string, string[]]> = [
  // "X is/became the first … to V": X did it (not a plan, not the demonym's state).
  ['Sadr is the first Iraqi Shia political leader to urge Assad to step down.', ['muqtada-al-sadr opposes bashar-al-assad']],
  ['Egypt became the first Arab country to sign a peace treaty with Israel.', ['egypt allied_with israel']],
  ['The Syrian Coalition said that every time Russia declares a truce it is the first to violate it.', []],
  ['Russia plans a new force to strike IS.', []],
  // A relative clause set off by dashes is its antecedent's.
  ['Iran - which backs Hezbollah - condemned the strike.', ['iran supports hezbollah']],
  ['Washington - which has armed Kyiv - sent more tanks.', ['united-states supports ukraine']],
  ['Fighting erupted near Kharkiv - which Ukraine holds - on Monday.', []],
  // A convoy escorted or managed by an actor is its.
  ['Houthi rebels attacked a convoy escorted by Saudi troops.', ['houthis attacks saudi-arabia']],
  ['Russian warplanes targeted an aid convoy escorted by the Syrian Arab Red Crescent.', ['russia attacks syrian-arab-red-crescent']],
  ['Russian jets struck a Syrian hospital in Idlib.', []],
  // A gerund after "after"/"by" shares the clause's subject past the verb's object.
  ['Hamas joined the alliance after coming under pressure from Iran.', ['iran opposes hamas']],
  ['The Syrian army took the hill after shelling Daesh positions.', ['syria attacks daesh']],
  ['Kenya joined the talks without consulting Somalia.', []],
  // (Only the phrase right before the preposition is passed over, not an unnamed subject further left.)
  [
    'The UN said it would probe reports rebel fighters committed abuses against troops loyal to Kyiv in Bakhmut after seizing the town.',
    [],
  ],
  // Fighting or operating alongside an actor, with a place between, is cooperation (COOPERATE).
  ['Hezbollah fought in Aleppo alongside the Syrian army.', ['hezbollah allied_with syria']],
  ['Russian troops operate in Mali alongside the Malian army.', ['mali allied_with russia']],
  ['Hezbollah fought IS in Qusayr alongside the Syrian army.', ['hezbollah attacks daesh']],
  ['The army fought alongside the highway near Hama.', []],
  ['Hezbollah did not fight in Aleppo alongside the Syrian army.', []],
  // Speaking or appearing alongside another party is a joint appearance (CONSULT); standing alongside is none.
  ['Kerry, speaking alongside Lavrov at a news conference, said the truce would hold.', ['john-kerry met sergei-lavrov']],
  ['Erdogan appeared alongside Putin at a news conference in Sochi.', ['recep-tayyip-erdogan met vladimir-putin']],
  ['Britain will stand alongside Ukraine.', []],
  // A relative clause after coordinated actors is theirs, unless a preposition governs them.
  [
    'The US struck Iran and Russia which had backed Assad.',
    ['iran supports bashar-al-assad', 'russia supports bashar-al-assad', 'united-states attacks iran', 'united-states attacks russia'],
  ],
  ['Talks between Turkey and Russia which has backed Assad ended.', ['russia met turkey', 'russia supports bashar-al-assad']],
  [
    'Saudi Arabia and Qatar, which have backed the Free Syrian Army, condemned the attack.',
    ['qatar supports free-syrian-army', 'saudi-arabia supports free-syrian-army'],
  ],
  // "the regimes allies": a government word's possessive with its apostrophe lost; a plural is none.
  [
    'The Syrian army advanced near Aleppo. The regimes allies Russia and Iran sent more troops.',
    ['iran allied_with syria', 'russia allied_with syria'],
  ],
  ['The Syrian army advanced near Aleppo. The regimes snipers killed two Hezbollah fighters.', ['syria attacks hezbollah']],
  ['The Syrian army advanced near Aleppo. The regimes of the region were silent about Hezbollah.', []],
  // A passive's agent of unnamed fighters is the actors its list names ("who include", "including").
  ['Syrian army positions were overrun by rebels who include fighters from the Nusra Front.', ['al-nusra-front attacks syria']],
  ['A Kenyan army base was overrun by militants including members of al-Shabaab.', ['al-shabaab attacks kenya']],
  ['The Afghan army attacked insurgent groups which include the Taliban.', ['afghanistan attacks taliban']],
  ['A Malian convoy was attacked by gunmen, including a teenager.', []],
  ['A Malian convoy was not attacked by militants who include fighters from JNIM.', []],
  // A possessor in the list names another actor than the listed one.
  ["Government forces pushed back opposition fighters which include extremists from al-Qaeda's former Syrian affiliate.", []],
  // Telling a counterpart is an exchange with the counterpart's state (CONSULT); an audience is none.
  ['Cavusoglu said he told his Russian counterpart that Moscow had failed to act.', ['mevlut-cavusoglu met russia']],
  ['Blinken assured his Chinese counterpart that Washington would not change course.', ['antony-blinken met china']],
  ['Lavrov told reporters that Moscow would respond.', []],
  ['The Iranian envoy told the Security Council that Israel was lying.', []],
  // Doubting or scorning an actor's findings or claims disputes the actor (DISAPPROVE).
  ["Russia's envoy cast doubt on the British findings.", ['russia opposes united-kingdom']],
  ['Beijing poured scorn on the American claims about Taiwan.', ['china opposes united-states']],
  ['Nobody cast doubt on the findings.', []],
  ['Russia did not cast doubt on the British findings.', []],
  ['Seoul rejected the North Korean assessment of the clash.', ['south-korea opposes north-korea']],
  // Breaking into an actor's lines or defences is force (ASSAULT); a ceasefire or airspace names no lines.
  ['Islamic State militants breached Syrian army lines east of Palmyra.', ['daesh attacks syria']],
  ['Russian troops broke through Ukrainian defences near Avdiivka.', ['russia attacks ukraine']],
  ['The Houthis breached the ceasefire near Hodeidah.', []],
  ['A Russian drone breached Polish airspace.', []],
  ['Taliban fighters could breach Afghan army lines within days.', []],
  // A negation word inside an actor's name negates nothing.
  ['Doctors Without Borders demanded that Israel stop bombing hospitals in Gaza.', ['doctors-without-borders opposes israel']],
  ['Reporters Without Borders condemned Azerbaijan for jailing journalists.', ['reporters-without-borders opposes azerbaijan']],
  // "pro-government units", "regime elements" are the article's state's forces.
  ['The Syrian army advanced near Aleppo. Hezbollah is fighting alongside pro-government units there.', ['hezbollah allied_with syria']],
  [
    'The Syrian army advanced near Aleppo. Clashes erupted between regime elements and the Nusra Front.',
    ['al-nusra-front attacks syria', 'syria attacks al-nusra-front'],
  ],
  // Force threatened and casualties of a deed (threat-of-force, killed-when) with the bundled lexicon.
  ['Despite threats of US strikes against Iran, the tanker sailed on.', ['united-states opposes iran']],
  ['Three Hamas fighters were killed when Israeli jets struck their hideout in Rafah.', ['israel attacks hamas']],
  ['Two Syrian soldiers were killed when their helicopter crashed near Hama.', []],
  // An announced use of force threatens (THREATEN); the force stays hypothetical.
  ['China warned that it would retaliate against Japan.', ['china opposes japan']],
  ['Iran vowed to strike Israel.', ['iran opposes israel']],
  ['Russia said it would strike Ukrainian positions.', ['russia opposes ukraine']],
  ['Iran said Israel would attack it.', []],
  ['The United States said it would not attack Iran.', []],
  // Official complaints and lawsuits (DISAPPROVE); the court is a third party.
  ['Libya filed a complaint against the United States at the World Court.', ['libya opposes united-states']],
  ['The Gambia brought a case against Myanmar at the International Court of Justice.', ['gambia opposes myanmar']],
  ['Ukraine did not file a lawsuit against Russia.', []],
  ['Israel dismissed Syrian peace overtures.', ['israel opposes syria']],
  // A participle qualifying a vetoed or blocked object was not done.
  ['Russia vetoed a UN resolution condemning Syria.', ['russia supports syria']],
  ['The United States blocked a draft resolution condemning Israel.', ['united-states supports israel']],
  // A passive's subject that is a thing of an actor reaches its owner.
  ['A Ugandan convoy was ambushed by Sudanese troops.', ['sudan attacks uganda']],
  ['An Israeli bus was hijacked by Hamas militants near Hebron.', ['hamas attacks israel']],
  ['A Ugandan convoy was not ambushed by Sudanese troops.', []],
  ['A convoy was ambushed by Sudanese troops.', []],
  // Bans on what would go to an actor (SANCTION); the aid is then not given.
  ['The United States banned arms sales to Indonesia.', ['united-states opposes indonesia']],
  ['Washington prohibited all aid to Sudan.', ['united-states opposes sudan']],
  ['Saudi Arabia stopped flights to Qatar.', ['saudi-arabia opposes qatar']],
  ['The United States did not ban arms sales to Israel.', []],
  ['Congress may ban arms sales to Saudi Arabia.', []],
  ['Kenya banned the sale of alcohol in Nairobi.', []],
  // A repelled attack: its agent attacked the subject.
  ['Moroccan troops repulsed an attack by Polisario guerrillas.', ['polisario-front attacks morocco']],
  ['The Afghan army repelled an attack by the Taliban on Kunduz.', ['taliban attacks afghanistan']],
  ['Israel foiled an attack by Hamas.', []],
  // Looting and burning an actor's property (ASSAULT).
  ['Serbian police looted Albanian homes in Pristina.', ['serbia attacks albania']],
  ['Rioters torched the Chinese embassy in Hanoi.', []],
  // Boycotts (PROTEST): the boycotted talks are no meeting.
  ['The Palestinians boycotted talks with Israel.', ['palestine opposes israel']],
  ['Ukraine boycotted Russian goods.', ['ukraine opposes russia']],
  ['Iran boycotted the summit in Riyadh.', []],
  ['The Palestinians did not boycott talks with Israel.', []],
  // Hostage-taking and hijacking (ASSAULT), curfews (COERCE).
  ['Hezbollah held two Israeli soldiers captive.', ['hezbollah attacks israel']],
  ['Al-Shabaab took three Kenyan soldiers hostage near the border.', ['al-shabaab attacks kenya']],
  ['Hamas did not take Israeli soldiers hostage.', []],
  ['The Houthis hijacked an Israeli ship in the Red Sea.', ['houthis attacks israel']],
  ['Israel imposed a curfew on Palestinian towns.', ['israel opposes palestine']],
  ['Iraq imposed a curfew after clashes in Basra.', []],
  // A that-clause's bare verb the tagger reads as a noun ("that NATO halt its expansion").
  ['Russia demanded that NATO halt its expansion.', ['russia opposes nato']],
  ['China demanded that Japan end its patrols near the islands.', ['china opposes japan']],
  ['Russia did not demand that NATO halt its expansion.', []],
  // Coordinated demonyms share a state's head ("Russian and Ukrainian officials") and act; before
  // named persons they only describe them.
  ['Russian and Ukrainian officials met in Istanbul.', ['russia met ukraine']],
  ['Talks between Israeli and Palestinian negotiators resumed in Cairo.', ['israel met palestine']],
  ['Egypt hosted talks between Israeli and Palestinian negotiators.', ['egypt met israel', 'egypt met palestine', 'israel met palestine']],
  ['The Russian and Turkish foreign ministers Sergei Lavrov and Mevlut Cavusoglu met in Moscow.', ['mevlut-cavusoglu met sergei-lavrov']],
  ['Russian and Ukrainian officials did not meet in Istanbul.', []],

  ['Germany refused to send tanks to Ukraine.', ['germany opposes ukraine']],
  ['Egypt refused to give aid to Hamas.', ['egypt opposes hamas']],
  ['Japan declined to supply weapons to Taiwan.', ['japan opposes taiwan']],
  ['Germany refused to send a delegation to Ukraine.', []],
  ['Germany did not refuse to send tanks to Ukraine.', []],
  ['Germany may refuse to send tanks to Ukraine.', []],
  ['Germany agreed to send tanks to Ukraine.', []],
  // Letting people in (AID) and keeping them out (REJECT).
  ['Egypt opened the Rafah crossing to Palestinians.', []],
  ['Poland reopened its border to Ukraine after the talks.', ['poland supports ukraine']],
  ['Jordan opened an embassy in Iraq.', []],
  ['Turkey barred entry to Russian warships.', ['turkey opposes russia']],
  ['Egypt refused entry to the Hamas delegation.', ['egypt opposes hamas']],
  ['Lebanon did not refuse entry to the Hezbollah fighters.', []],
  // A state's troops and officials named by where they come from.
  ['Troops from Chad attacked Boko Haram near Lake Chad.', ['chad attacks boko-haram']],
  ['Three soldiers from Chad were killed by Boko Haram.', ['boko-haram attacks chad']],
  ['Russia pulled its troops from Belarus after talks with Ukraine.', ['russia met ukraine']],
  ['Russia demanded that Ukraine withdraw its troops from the region.', ['russia opposes ukraine']],
  // An upper-case acronym the tagger reads as a function word ("IS" as "is") is still the actor.
  ['IS attacked YPG positions near Kobani.', ['daesh attacks ypg']],
  ['IS seized Palmyra from the Syrian army.', ['daesh attacks syria']],
  // The participle before an acronym read as "is" is still the verb: "the army fighting IS" fights
  // IS, and the acronym is no part of the subject of the clause's own verb.
  ['The Iraqi army fighting IS near Mosul was backed by the United States.', ['iraq attacks daesh', 'united-states supports iraq']],
  ['The Syrian army fighting IS was reinforced by Russia.', ['russia supports syria', 'syria attacks daesh']],
  ['The Iraqi army could soon be fighting IS in Mosul.', []],
  ['The Iraqi army is not fighting IS near Mosul, officials said.', []],
  ['Iraqi officials said the fighting IS over near Mosul.', []],
  // An -ing form between a determiner and its head noun only describes it ("the fighting group").
  ['A spokesman for the Syrian fighting group Nour al-Din al-Zenki said Kurdish forces attacked them.', []],
  ['A spokesman for the Syrian fighting group Jaish al-Islam said talks with Russia had stalled.', ['jaish-al-islam met russia']],
  ['Ukrainian troops fighting Russian forces near Bakhmut asked for more shells.', ['ukraine attacks russia']],
  [
    'Hezbollah fighters battling al-Nusra Front in Qalamoun were backed by the Syrian army.',
    ['hezbollah attacks al-nusra-front', 'syria supports hezbollah'],
  ],
  // A force noun's "of" names what it strikes; the source is the noun's own possessor or modifier.
  ["Israel's bombardment of Hamas positions in Gaza continued for a third day.", ['israel attacks hamas']],
  ["Russia's invasion of Ukraine began in February 2022.", ['russia attacks ukraine']],
  ["Turkey's downing of a Russian jet angered Moscow.", ['turkey attacks russia']],
  ["North Korea's shelling of South Korean marines on Yeonpyeong killed two.", ['north-korea attacks south-korea']],
  ["Azerbaijan's seizure of Armenian positions in Karabakh drew protests.", ['azerbaijan attacks armenia']],
  ['Israeli shelling of Hezbollah positions continued overnight.', ['israel attacks hezbollah']],
  ["Kenya condemned al-Shabaab's killing of Kenyan soldiers in Lamu.", ['al-shabaab attacks kenya', 'kenya opposes al-shabaab']],
  ['Turkey demanded an end to the shelling of Kurdish towns.', []],
  ['The UN condemned the killing of Ukrainian civilians.', []],
  ['Aleppo is under continued shelling by al-Nusra Front, the Syrian branch of al-Qaeda.', []],
  ['Armenia denied the shelling of Azerbaijani positions.', []],
  ['Saudi Arabia denied its bombing of Houthi positions near Sanaa.', []],
  // A state's war is its topic, but with a target the state wages it.
  ["Russia's war against Ukraine entered its third year.", ['russia attacks ukraine']],
  ["Israel's war on Hamas entered its third month.", ['israel attacks hamas']],
  ["Syria's war has killed 300,000 people.", []],
  // A force noun as a sector head, tagged a verb, is still the noun.
  ['Russian shelling on Ukrainian positions near Kharkiv killed two soldiers.', ['russia attacks ukraine']],
  // Feared, warned of, or the subject of "could": no attack.
  ['The United States fears a Chinese invasion of Taiwan.', []],
  ['Markets fell amid fears of a Russian invasion of Ukraine.', []],
  ['Kyiv warned of a Russian invasion of Moldova.', []],
  ['Kyiv warned of a Russian attack on Ukraine.', []],
  ['Ukraine said a Russian invasion of Moldova could come within weeks.', []],
  ['An Israeli strike on Iran might follow within days.', []],
  // "in retaliation for <deed>": the deed is someone else's, and its target is not the clause verb's.
  ['Houthi forces fired missiles at Saudi Arabia in retaliation for air strikes on Sanaa.', ['houthis attacks saudi-arabia']],
  [
    'Houthi forces fired missiles at Saudi Arabia in retaliation for Saudi air strikes on Houthi positions.',
    ['houthis attacks saudi-arabia', 'saudi-arabia attacks houthis'],
  ],
  ['Hezbollah fired rockets in retaliation for Israeli strikes on Lebanon.', ['israel attacks lebanon']],
  ['Israel struck Hezbollah in response to the rocket attack on Haifa.', ['israel attacks hezbollah']],
  ['Israel retaliated with air strikes on Hezbollah positions.', ['israel attacks hezbollah']],
  ['Russian jets carried out strikes in Idlib on al-Nusra Front positions.', ['russia attacks al-nusra-front']],
  // Demonyms coordinated before a force noun share it; joined by "or", the text does not say which.
  [
    'Russian and Syrian air strikes on al-Nusra Front positions killed 20 people.',
    ['russia attacks al-nusra-front', 'syria attacks al-nusra-front'],
  ],
  ['US and British strikes on Houthi positions continued.', ['united-kingdom attacks houthis', 'united-states attacks houthis']],
  ['Israeli and American strikes on Iranian nuclear sites drew condemnation.', ['israel attacks iran', 'united-states attacks iran']],
  ['Syrian or Russian warplanes bombed al-Nusra Front positions.', []],
  ['Syrian or Russian air strikes on al-Nusra Front positions killed 20.', []],
  ['Jets believed to be Russian or Syrian struck al-Nusra Front positions.', []],
  // Killed in a series or wave of strikes: the strikes' source.
  ['Some 120 Islamic State fighters were killed in a series of Russian air strikes in Syria.', ['russia attacks daesh']],
  ['Ten al-Shabaab militants were killed in a wave of US drone strikes in Somalia.', ['united-states attacks al-shabaab']],
  ['Ten al-Shabaab militants may have been killed in a wave of US drone strikes.', []],
  // Driving an actor from ground: only with "from" or "out", and an actor as the object.
  ['The Kurdish YPG drove Islamic State from Kobane last month.', ['ypg attacks daesh']],
  ['Hezbollah fighters drove al-Nusra Front out of the Qalamoun mountains.', ['hezbollah attacks al-nusra-front']],
  ['The Ukrainian army pushed Russian forces out of Kherson.', ['ukraine attacks russia']],
  ['The SDF flushed out Daesh militants from Manbij.', ['syrian-democratic-forces attacks daesh']],
  ['The war drove millions of Syrians from their homes.', []],
  ['The United States pushed Israel to accept the ceasefire.', []],
  ['Hamas hopes to drive Israel out of Gaza.', []],
  ['The army failed to drive the Taliban from Kunduz.', []],
  // A force participle after a force verb's object (and place) has that verb's subject.
  ['An Israeli plane hit a car inside the town of Hader killing two men from Hezbollah.', ['israel attacks hezbollah']],
  ['Israel struck a building in Gaza killing three Hamas commanders.', ['israel attacks hamas']],
  ['Turkey condemned the attack killing 20 YPG fighters.', []],
  ['The US announced a plan targeting Hezbollah.', []],
  ['Turkey criticized the policy supporting the YPG.', []],
  ['Russia condemned a video showing Chechen fighters killing Ukrainian soldiers.', []],
  // Singular aircraft heads are the state's military.
  ['A Russian helicopter fired on Ukrainian positions.', ['russia attacks ukraine']],
  // A force noun after an actor that is a preposition's object is no verb of that actor.
  ['The deal was strained by US-led coalition strikes on Syrian army positions.', ['us-led-coalition attacks syria']],
  ['Hezbollah fights alongside Syrian troops.', ['hezbollah allied_with syria']],
  // A last conjunct of unnamed fighters leaves the named ones before it acting.
  ['Syrian troops and Kurdish fighters ousted the Islamic State group from Hasakeh on Tuesday.', ['syria attacks daesh']],
  ['Iraqi forces and Shiite militias recaptured Tikrit from the Islamic State.', ['iraq attacks daesh']],
  ['Turkey and Syrian rebels attacked the YPG near Afrin.', ['turkey attacks ypg']],
  ['Armenian troops and local volunteers did not attack Azerbaijani positions.', []],
  ['Turkish troops and Syrian rebels could attack the YPG in Manbij.', []],
  ['Rebels and Kurdish fighters attacked the Islamic State group.', []],
  // A conflict that pits one side against another: both ways.
  [
    'The war pits the Houthis against the Saudi-led coalition.',
    ['houthis attacks saudi-led-coalition', 'saudi-led-coalition attacks houthis'],
  ],
  [
    'The conflict in Sudan pits the army against the Rapid Support Forces.',
    ['rapid-support-forces attacks sudan', 'sudan attacks rapid-support-forces'],
  ],
  ['Moscow pitted Kyiv against its European allies.', []],
  // "the Syrian and Lebanese forces" is one side of the clashes, even when "the Syrian" reads as a noun.
  [
    'Zabadani is the scene of fierce clashes between the Syrian and Lebanese forces and militants of Hezbollah.',
    ['hezbollah attacks lebanon', 'hezbollah attacks syria', 'lebanon attacks hezbollah', 'syria attacks hezbollah'],
  ],
  // A day after a target preposition is a time phrase ("… on Tuesday the Turkish military said").
  ['Israel launched an offensive on Monday against Hamas.', ['israel attacks hamas']],
  ['The Houthis launched an operation on Tuesday the Yemeni army said.', []],
  // Preparing, or hedged by the text ("allegedly", "alleged"): the attack is uncertain.
  ['Daesh was reportedly preparing to attack Turkey from northern Syria.', []],
  ['Russian forces are preparing an offensive against Ukraine.', []],
  ['Russia allegedly bombed Free Syrian Army positions near Idlib.', []],
  ['The alleged Israeli strike on Hezbollah positions killed five.', []],
  ['Fighting raged on the fifth day of a Turkish incursion allegedly against Islamic State.', []],
  ['Human Rights Watch accused Turkey of allegedly arming Daesh.', ['human-rights-watch opposes turkey']],
  // An effort's infinitive is the act under way, unless the effort itself "would" or "could" come.
  ['The Iraqi army launched an offensive to retake Mosul from Islamic State.', ['iraq attacks daesh']],
  ['Turkey said an operation to clear the YPG from Afrin could start soon.', []],
  ['Pentagon officials said an offensive to drive Daesh out of Raqqa would begin within weeks.', []],
  // A deed a time adjunct refers to is not the clause subject's; its own source still is.
  ['Human Rights Watch said that before the attack on the Syrian army it had warned Turkey.', ['human-rights-watch opposes turkey']],
  ['Russia recalled its ambassador after the strikes on Hezbollah positions.', []],
  ['Russia recalled its ambassador after the Israeli strikes on Hezbollah positions.', ['israel attacks hezbollah']],
  ['Turkey shelled Afrin during an offensive against the YPG.', ['turkey attacks ypg']],
  // "regime fighters", "government soldiers": the article's state, once it has been named in that role.
  ["Syria's regime lost Palmyra in May. Islamic State militants killed 25 regime fighters in the town.", ['daesh attacks syria']],
  ['The Yemeni government condemned the raid. Houthi rebels killed 12 government soldiers near Marib.', ['houthis attacks yemen']],
  ['The Syrian army lost ground. Activists reported government airstrikes on Islamic State positions near Raqqa.', ['syria attacks daesh']],
  ['The Yemeni government said regime airstrikes hit Houthi positions.', []],
  ['The Russian pilots were attacking Islamic State positions near Palmyra.', ['russia attacks daesh']],
  ['Regime fighters withdrew from the town on Monday, Hezbollah said.', []],
  ['Russia backed the offensive. Government soldiers may have been killed by Hezbollah, a monitor said.', []],
  // "He" picks up the last sentence's subject when that was one person; "his group" is no person.
  ['Assad spoke on Monday. He has been backed by Russia and Iran.', ['iran supports bashar-al-assad', 'russia supports bashar-al-assad']],
  ['Zelensky spoke in Kyiv on Monday. He accused Russia of shelling civilians.', ['volodymyr-zelensky opposes russia']],
  ['Turkey condemned the attack. He said Russia was to blame.', []],
  ['Nasrallah spoke on Friday. His group fired rockets at Israel.', []],
  // A deed in the object of a reaction verb is someone else's; "blamed <deed> on Y" accuses Y.
  ['Turkey condemned the attack on the Syrian army.', []],
  ['Egypt denounced the attack on Israeli soldiers in Sinai.', []],
  ['The United Nations is investigating the air strike on the Yemeni port.', []],
  ["Kenya condemned al-Shabaab's attack on the African Union base.", ['al-shabaab attacks african-union', 'kenya opposes al-shabaab']],
  ['The White House blamed the chemical attack on the Assad regime.', ['united-states opposes syria']],
  ['Kyiv blamed the missile strike on Russia.', ['ukraine opposes russia']],
  ['Israel launched an attack on Hamas in Rafah.', ['israel attacks hamas']],
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
  // "they" does not pick up an actor inside a prepositional phrase (the coalition); it is the jets,
  // a state's forces named by a collective head.
  [
    'While Russian jets were not flying at the time of the coalition strikes, they later intervened in support of the Syrian army.',
    ['russia supports syria'],
  ],
  // "with X doing …": X is the subject of the -ing verb.
  ['The war placed Washington and Moscow at loggerheads, with Russia seeking to prop up the Syrian government.', ['russia supports syria']],
  // Support received, set off by commas between the opening subject and its verb.
  ['Iraqi forces, with the help of US airstrikes, retook Ramadi.', ['united-states supports iraq']],
  [
    "Haftar's forces, with the backing of the UAE, shelled Tripoli.",
    ['khalifa-haftar attacks libya', 'united-arab-emirates supports khalifa-haftar'],
  ],
  ['On Sunday, Malian troops, with French air support, pushed into Kidal.', ['france supports mali']],
  ['Hezbollah, under the protection of Iran, rebuilt its arsenal.', ['iran supports hezbollah']],
  ['The Ukrainian army, without the help of NATO, held Bakhmut.', []],
  ['In Gaza, with the help of Egypt, aid trucks crossed the border.', []],
  ['Ethiopian troops, with the support of their allies, advanced on Mekele.', []],
  // Ground gained against an actor is force against it; gains elsewhere are none.
  ['The Southern Front has made significant gains against regime forces in Syria.', ['southern-front attacks syria']],
  ['Russian advances against Ukrainian troops slowed in the winter.', ['russia attacks ukraine']],
  ["Hamas made gains in Gaza's elections.", []],
  ["The Taliban's gains on the battlefield alarmed Pakistan.", []],
  // Complicity or guilt laid on an actor by a speaker accuses it.
  ['Ukraine said Belarus was complicit in the invasion.', ['ukraine opposes belarus']],
  ['Hamas said Israel is guilty of war crimes in Gaza.', ['hamas opposes israel']],
  ['Ukraine said Belarus was not complicit in the invasion.', []],
  ['Kenya said it was not guilty of any crime against Somalia.', []],
  // Fire traded between two sides is fighting both ways.
  ['Dozens died in an exchange of fire between Indian and Pakistani troops.', ['india attacks pakistan', 'pakistan attacks india']],
  ['A gun battle between Somali troops and al-Shabaab left ten dead.', ['al-shabaab attacks somalia', 'somalia attacks al-shabaab']],
  ['Ten people died in mutual shelling between Syrian forces and IS militants.', ['daesh attacks syria', 'syria attacks daesh']],
  ['Israeli shelling of Hezbollah positions continued.', ['israel attacks hezbollah']],
  // Opening phrases that lost their comma, one after another, end before the subject.
  ['In the province on Sunday the Syrian warplanes targeted IS positions.', ['syria attacks daesh']],
  ['In new developments in the south on Friday Israeli jets struck Hezbollah positions.', ['israel attacks hezbollah']],
  ['In talks with Russia on Sunday the Ukrainian delegation rejected the plan.', ['russia met ukraine']],
  ['Date of publication 8 April 2017 Russian warplanes bombed Nusra positions in Idlib.', ['russia attacks al-nusra-front']],
  ['Date of publication 3 May 2024 Ukraine has accused Belarus of training Russian troops.', ['ukraine opposes belarus']],
  // Actors said to belong together to one grouping are allies; not the members of any body.
  [
    'Ahrar al-Sham, the Nusra Front and Jund al-Aqsa are part of the Army of Conquest.',
    ['ahrar-al-sham allied_with al-nusra-front', 'ahrar-al-sham allied_with jund-al-aqsa', 'al-nusra-front allied_with jund-al-aqsa'],
  ],
  ['Hamas and Islamic Jihad, both members of the joint operations room, fired rockets.', ['hamas allied_with palestinian-islamic-jihad']],
  ['France and Germany are both members of NATO.', ['france allied_with germany']],
  ['Russia and China are members of the UN Security Council.', []],
  ['The Sham Legion and the Mujahideen Army are part of this operations room.', ['failaq-al-sham allied_with jaish-al-mujahideen']],
  // A capitalized sector word after a capitalized word ends a name, unless the army's units follow.
  ['Syrian troops shelled Hama. Idlib Army Freedom Brigade fighters attacked Jaish al-Nasr.', []],
  ['Syrian troops shelled Hama. Homs Army units killed 30 IS fighters.', ['syria attacks daesh']],
  ['Ahrar al-Sham and the Nusra Front are not part of the Army of Conquest.', []],
  ['Rebel factions including Ahrar al-Sham and Jaish al-Islam announced a merger.', ['ahrar-al-sham allied_with jaish-al-islam']],
  // A compound's backing reaches its own phrase, not the next phrase of a list that lost its commas.
  [
    'Rebel groups include the Saudi-backed Jaish al-Islam the hardline Ahrar al-Sham and al-Qaeda affiliate al-Nusra Front.',
    ['saudi-arabia supports jaish-al-islam'],
  ],
  ['US-backed Syrian fighters pressing IS gunmen in north.', []],
  ['Powerful Iran-backed Lebanese Shia militia Hizballah says it is fighting in Syria.', ['iran supports hezbollah']],
  ['Clashes can break out between US-backed Syrian Kurdish fighters Turkey-backed Syrian rebels and Turkey.', []],
  // "The coalition" refers back, not to a name later in its own sentence.
  [
    'The US-led coalition struck IS in Raqqa. The coalition supports the SDF which includes members of the Syrian Arab Coalition.',
    ['us-led-coalition attacks daesh', 'us-led-coalition supports syrian-democratic-forces'],
  ],
  // A force participle after a finite verb's object owned by an actor has that verb's subject.
  [
    'Syrian soldiers stormed Nusra strongholds in al-Rastan in northern Homs killing Ahmad Hassan.',
    ['syria attacks ahmad-hassan', 'syria attacks al-nusra-front'],
  ],
  ['Israeli jets struck Hamas positions in Gaza killing Mohammed Deif.', ['israel attacks hamas', 'israel attacks mohammed-deif']],
  // "the al Qaeda offshoot" is another body than al-Qaeda; "its Damascus ally" is Damascus.
  ['Fighting raged between the al Qaeda offshoot and the Syrian army.', []],
  ['Moscow defended its Damascus ally at the UN.', ['russia allied_with syria', 'russia supports syria']],
  // The speaker may follow the speech verb after the words reported.
  ['Israel committed war crimes in Gaza, said Human Rights Watch.', ['human-rights-watch opposes israel']],
  ['"Russia must stop bombing Kharkiv," said Antony Blinken.', ['antony-blinken opposes russia']],
  ['"Russia must stop bombing Kharkiv," Antony Blinken said.', ['antony-blinken opposes russia']],
  ['Israel committed war crimes in Gaza said Amnesty International.', ['amnesty-international opposes israel']],
  ['Hamas said Israel had struck the hospital.', []],
  ['"We must stop the war," said Antony Blinken.', []],
  ['Human Rights Watch said the United States got it wrong in Mosul.', ['human-rights-watch opposes united-states']],
  ['Turkey said the United States was not wrong.', []],
  // "We" in quoted words is their speaker; outside a quotation, no one.
  ['"We condemn the Israeli strike on Damascus," the Syrian foreign ministry said.', ['israel attacks syria', 'syria opposes israel']],
  ['The Syrian foreign ministry said: "We condemn the Israeli strike on Damascus."', ['israel attacks syria', 'syria opposes israel']],
  ['"We support the Syrian Democratic Forces," said a US official.', ['united-states supports syrian-democratic-forces']],
  ['We condemn the Israeli strike on Damascus.', ['israel attacks syria']],
  ['"We do not support Hamas," Egypt said.', []],
  ['"We were terrified," a resident told Reuters after Russian jets struck Kyiv.', ['russia attacks ukraine']],
  // Blame traded is disapproval both ways; "in" after the backed says where they are.
  ['Azerbaijan and Armenia traded accusations over the shelling.', ['armenia opposes azerbaijan', 'azerbaijan opposes armenia']],
  ['Ukraine exchanged barbs with Russia at the UN.', ['russia opposes ukraine', 'ukraine opposes russia']],
  ['Armenia and Azerbaijan did not trade accusations.', []],
  ['Iran is the main backer of the Houthi rebels in Yemen.', ['iran supports houthis']],
  // Stripped texts write "didnt", "dont" (wink reads "did nt"): still a negation.
  ['Russia didnt strike Kyiv on Sunday.', []],
  ['Ayrault said Russia will be guilty of war crimes if it doesnt pressure Assad to stop.', ['jean-marc-ayrault opposes russia']],
  // A possessive run into an apposition that lost its comma owns its head; it is no argument.
  [
    'The Syrian National Coalition accused Russia Bashar Assads chief military backer.',
    ['russia supports bashar-al-assad', 'syrian-coalition opposes russia'],
  ],
  // "all of X's frontier" is a thing X owns, no group of X; an -s verb read as a noun before an adverb.
  [
    "The YPG controls nearly all of Syria's northern frontier with Turkey and has been a close ally of the United States in the fight against IS.",
    ['united-states allied_with ypg', 'ypg attacks daesh'],
  ],
  ['Hamas leaders also said Israel had broken the truce.', []],
  ['Members of Hezbollah attacked Israeli soldiers.', ['hezbollah attacks israel']],
  // A closing speaker run into a common noun (commas lost) is no object of the words before.
  ['Russia must stop its attacks on Ukrainian cities Blinken said.', ['antony-blinken opposes russia', 'russia attacks ukraine']],
  // A grouping noun in place of a name before the members it lists; joint operations of more kinds.
  [
    'The coalition, made up of Nusra Front, Ahrar al-Sham and Faylaq al-Sham, took Jisr al-Shughur.',
    ['ahrar-al-sham allied_with al-nusra-front', 'ahrar-al-sham allied_with failaq-al-sham', 'al-nusra-front allied_with failaq-al-sham'],
  ],
  ['The alliance, which groups Ahrar al-Sham and Jaish al-Islam, announced a new offensive.', ['ahrar-al-sham allied_with jaish-al-islam']],
  ['Iraqi forces and the Peshmerga launched a joint assault on Mosul.', ['iraq allied_with peshmerga']],
  ['The alliance, which has fought Russia since 2014, welcomed Finland.', []],
  // Forces loyal to a person, read as one actor, make its conjuncts loyal to no one.
  [
    'The Houthis and forces loyal to Ali Abdullah Saleh fired missiles at Saudi Arabia.',
    ['houthis attacks saudi-arabia', 'yemen attacks saudi-arabia'],
  ],
  [
    'Militias loyal to Iran, such as Kataib Hezbollah, fired rockets at the US embassy.',
    ['kataib-hezbollah attacks united-states', 'kataib-hezbollah supports iran'],
  ],
  // A named subject joined to unnamed partners still acts.
  ['Turkey and the coalition have carried out regular strikes against IS in the area.', ['turkey attacks daesh']],
  ['The US and its Arab and European allies launch airstrikes against IS in Syria.', ['united-states attacks daesh']],
  ['Israel and its allies accused Iran of arming Hezbollah.', ['israel opposes iran']],
  ['Russia and its partners condemned the Western strikes on Syria.', []],
  // A description set off by commas between conjuncts; a comma closes an apposition's holder.
  [
    'The ceasefire was brokered by Russia, a key ally of Assad, and Turkey, which backs the rebels.',
    ['bashar-al-assad allied_with russia', 'russia allied_with turkey'],
  ],
  [
    'Erdogan met Putin, his Russian counterpart, and Rouhani in Tehran.',
    ['recep-tayyip-erdogan met vladimir-putin', 'hassan-rouhani met recep-tayyip-erdogan'],
  ],
  [
    'Israel struck Hamas, the group that rules Gaza, and Islamic Jihad.',
    ['israel attacks hamas', 'israel attacks palestinian-islamic-jihad'],
  ],
  ['Israel struck Hamas, which rules Gaza, and Islamic Jihad.', ['israel attacks hamas', 'israel attacks palestinian-islamic-jihad']],
  ['France condemned Russia, a member of the Security Council, and Belarus.', ['france opposes belarus', 'france opposes russia']],
  // Members killed stand for their body, aid and rescue workers too.
  ['Syrian regime bombing has killed three emergency workers from the White Helmets.', ['syria attacks white-helmets']],
  ['Turkish workers in Germany protested.', []],
  // "one of" before a description in apposition; glosses in brackets.
  ["Ahrar al-Sham, one of the most powerful groups fighting Assad's forces, denied the claim.", ['ahrar-al-sham attacks syria']],
  ['Russia, one of the main backers of Assad, sent troops.', ['russia supports bashar-al-assad']],
  ["Iran, one of Assad's closest allies, sent troops.", ['bashar-al-assad allied_with iran']],
  ['Hezbollah (Party of God), a close ally of Iran, fired rockets at Israel.', ['hezbollah attacks israel', 'hezbollah allied_with iran']],
  ['The Syrian National Coalition (SNC), the main opposition group, accused Russia of war crimes.', ['syrian-coalition opposes russia']],
  // Unnamed fighters "like"/"such as" the named ones are those named.
  ['Groups like Hamas and Islamic Jihad fired rockets at Israel.', ['hamas attacks israel', 'palestinian-islamic-jihad attacks israel']],
  ['Militias such as Kataib Hezbollah fired rockets at the US embassy.', ['kataib-hezbollah attacks united-states']],
  ['Countries like Iran and Russia backed Assad.', ['iran supports bashar-al-assad', 'russia supports bashar-al-assad']],
  // A listed person's description set off by commas is read once the names after it are found:
  // the state or body it names only describes the person.
  ['Sergei Lavrov, the Russian foreign minister, met Kerry in Geneva.', ['john-kerry met sergei-lavrov']],
  ['Staffan de Mistura, the UN envoy for Syria, met Lavrov in Moscow.', ['sergei-lavrov met staffan-de-mistura']],
  ['Riad Hijab, the head of the High Negotiations Committee, met Kerry in Riyadh.', ['john-kerry met riad-hijab']],
  ['Michael Ratney, the US envoy for Syria, said Russia must stop bombing rebels.', ['michael-ratney opposes russia']],
  // A relative clause whose pronoun is the verb's object: the antecedent is the object, and the
  // clause's subject is no subject of the verb after the clause.
  [
    'The Kurdish YPG which the US backs clashed with Turkish troops near Afrin.',
    ['turkey attacks ypg', 'united-states supports ypg', 'ypg attacks turkey'],
  ],
  ['Kataib Hezbollah, which Iran funds, attacked US bases.', ['iran supports kataib-hezbollah', 'kataib-hezbollah attacks united-states']],
  ['The Houthis, whom Iran arms, fired missiles at Saudi Arabia.', ['houthis attacks saudi-arabia', 'iran supports houthis']],
  ['The YPG, which the US no longer backs, retreated.', []],
  ['The militia that Iran funds attacked US bases.', []],
  ['The rebels that Turkey supports attacked the YPG.', []],
  ['Cavusoglu told reporters that Turkey had captured Al Bab from Daesh militants and killed dozens.', ['turkey attacks daesh']],
  ['Daesh holds territory in Syria and Iraq that it seized in 2014.', []],
  // Force is not used on one's own positions: "its" is the actor named before the attackers.
  ['Ahrar al-Sham said Nusra Front fighters attacked its headquarters in Idlib.', ['al-nusra-front attacks ahrar-al-sham']],
  ['Hamas said Israel struck its positions in Gaza.', ['israel attacks hamas']],
  ['Israel said Russia bombed its targets in Syria.', []],
  // Parts and sectors held are the holder's; "government-held" is the state's.
  ['Russian jets launched airstrikes on the ISIS-held parts of the city.', ['russia attacks daesh']],
  ['Fighting raged in Syria. Nusra Front captured government-held positions outside the town.', ['al-nusra-front attacks syria']],
  ['Fighting raged in Syria. The monitor said the government-held town was calm.', []],
  ['Daesh seized large parts of Syria and Iraq in 2014.', ['daesh attacks iraq', 'daesh attacks syria']],
  // Servicemen and policemen killed stand for their state.
  ['The YPG killed 17 Turkish servicemen.', ['ypg attacks turkey']],
  ['Hamas gunmen killed two Israeli policemen.', ['hamas attacks israel']],
  // A deed that opens a reported clause is not the speaker's.
  ['Abdel Rahman said rocket fire on Hezbollah positions overnight caused several casualties.', []],
  ['Russia announced strikes on IS positions near Palmyra.', ['russia attacks daesh']],
  // A keyword list run into the lede: the prose opens before the lede's subject and verb.
  ['Tags Syria Idlib Bashar al-Assad SOHR al-Qaeda al-Nusra Syrian rebels launched a huge offensive on Hezbollah positions.', []],
  // A quotation that opens with the predicate keeps its subject outside the mark.
  ['The National Coalition said Russian warplanes "deliberately targeted children."', ['syrian-coalition opposes russia']],
  ['Israel "deliberately bombed" the hospital, Hamas said.', ['hamas opposes israel']],
  // Fighters "such as" the named ones after a noun's preposition.
  ['The PYD reaffirmed its opposition to jihadist groups such as the Nusra Front.', ['pyd opposes al-nusra-front']],
  // Toppling a government is coercion; wanting to is no deed done.
  ['The Houthis toppled President Hadi in 2015.', ['houthis opposes abd-rabbuh-mansur-hadi']],
  ['The PYD wants to topple the Syrian regime.', []],
  // A relative clause after places names no doer.
  ['The Nusra Front is an al-Qaeda franchise operating in Syria and Lebanon that aims to overthrow the regime.', []],
  [
    'Iran and Russia which back Assad met in Tehran.',
    ['iran met russia', 'iran supports bashar-al-assad', 'russia supports bashar-al-assad'],
  ],
  // States or their officials "including" the named ones are those named.
  ['Several countries including France and Germany condemned the Russian strikes.', ['france opposes russia', 'germany opposes russia']],
  [
    'Western powers including the US and Britain have accused Assad of using chemical weapons.',
    ['united-kingdom opposes bashar-al-assad', 'united-states opposes bashar-al-assad'],
  ],
  ['Refugees in countries including Lebanon and Jordan fled the fighting.', []],
  // Pressure put on another is coercion.
  ['China has stepped up military pressure on Taiwan.', ['china opposes taiwan']],
  ["Turkey's pressure on Sweden paid off.", ['turkey opposes sweden']],
  ['The pressure on Hamas is growing.', []],
  ['Opposition forces say Russia has failed to put pressure on the Assad regime.', []],
  // An ethnicity is no state.
  ["Azerbaijan's offensive forced the ethnic Armenian authorities of Karabakh to surrender.", []],
  // An actor's own fighters backed by another; a past form after the comma that closes the phrase.
  ["Haftar's forces, backed by Wagner, besieged Tripoli.", ['khalifa-haftar attacks libya', 'wagner-group supports khalifa-haftar']],
  ['Syrian troops, backed by Russian jets, retook Palmyra from IS.', ['russia supports syria', 'syria attacks daesh']],
  // A word of blame after a reported clause is its speaker's; a monitor's people report, they act in nothing.
  ['Turkey said the YPG attacked its border posts accusing the group of terrorism.', ['turkey opposes ypg', 'ypg attacks turkey']],
  [
    'The Syrian Observatory for Human Rights reported the strike. Its head Rami Abdel Rahman said aircraft had targeted the market blaming the regime for it.',
    [],
  ],
  // A quoted noun keeps its trigger's words before and its target after the marks.
  ['The regime withdrew its planes after the United States issued "serious threats" to Damascus.', ['united-states opposes syria']],
  // "with" X and an -ing verb: X does it.
  ['Talks ended with Iran accusing the US of bad faith.', ['iran opposes united-states']],
  ['Turkey fought alongside the rebels, with Russia backing Assad.', ['russia supports bashar-al-assad']],
  // A mediator named before a past form the tagger read as an adjective.
  [
    'Norway mediated talks between Sri Lanka and the Tamil Tigers.',
    ['liberation-tigers-of-tamil-eelam met norway', 'liberation-tigers-of-tamil-eelam met sri-lanka', 'norway met sri-lanka'],
  ],
  // Concern stated about another's deed is disapproval; concern for someone is none.
  ["Japan expressed concern over China's military buildup.", ['japan opposes china']],
  ['The EU voiced alarm at Russian troop movements near Ukraine.', ['european-union opposes russia']],
  ['Jordan expressed concern for the safety of Syrian refugees.', []],
  ['The UN expressed concern over the situation in Syria.', []],
  // Support received from demonyms coordinated before the noun; arms and forces received are no meeting.
  ['The Syrian army received Russian and Iranian support.', ['iran supports syria', 'russia supports syria']],
  ['Ukraine received German and British tanks.', []],
  ['Erdogan received a Russian delegation in Ankara.', ['recep-tayyip-erdogan met russia']],
  // Counting another a partner or ally: the ally word heads the object's complement.
  ['Washington considers the YPG a key partner.', ['united-states allied_with ypg']],
  ['The US sees the SDF as its most effective partner against IS.', ['syrian-democratic-forces allied_with united-states']],
  ['Ankara sees the YPG as a threat and the US as its partner.', []],
  ['Turkey does not consider the YPG a partner.', []],
  // An alliance set off after the actor.
  ['The Houthis, allied to Iran, seized Sanaa in 2014.', ['houthis allied_with iran', 'houthis attacks yemen']],
  // A grouping that names no actor, led by one: its deeds are the leader's.
  ['Saudi Arabia leads a coalition that has been fighting the Houthis since 2015.', ['saudi-arabia attacks houthis']],
  ['Washington is leading a coalition fighting IS in Syria and Iraq.', ['united-states attacks daesh']],
  ['Turkey joined a coalition that attacked the YPG.', []],
  // Fighting "with" a named side after a time preposition is the subject's; another deed referred to is not.
  ['The Nusra Front took the town after clashes with the YPG.', ['al-nusra-front attacks ypg', 'ypg attacks al-nusra-front']],
  ['Russia withdrew after the strikes on IS.', []],
  // An infinitive's verb the tagger read as a noun after "to".
  ['Fighting raged in Syria. Government troops had been fighting to push IS forces out of the city.', ['syria attacks daesh']],
  // Areas lost to an actor are its holdings; a state its attacker backs in the same sentence is the place struck.
  ['Iraqi forces recaptured areas lost to IS.', ['iraq attacks daesh']],
  ["Russia launches airstrikes on Syria in support of Assad's regime.", ['russia supports syria']],
  ['Israel struck Syria, which backs Hezbollah.', ['israel attacks syria', 'syria supports hezbollah']],
  // A backed phrase that names no actor, and the name set off after it.
  [
    'A US-backed alliance of Kurds and Arabs, the Syrian Democratic Forces, took Manbij.',
    ['united-states supports syrian-democratic-forces'],
  ],
  // A capital visited in a phrase opening the sentence is no portfolio of the person after the comma.
  [
    'During a visit to Moscow, Assad thanked Putin for his support.',
    ['bashar-al-assad met russia', 'vladimir-putin supports bashar-al-assad'],
  ],
  ['In a call with Erdogan, Putin said the strikes would continue.', ['recep-tayyip-erdogan met vladimir-putin']],
  // An ally apposition that lost its comma after a coordination.
  [
    'Fighting raged in Syria. Russia and Iran Assads main allies have backed the regime.',
    ['bashar-al-assad allied_with iran', 'bashar-al-assad allied_with russia', 'iran supports syria', 'russia supports syria'],
  ],
  // Transits and patrols are deeds an actor owns; drones and rockets "launched by" an actor are its.
  ['Beijing condemned the transit of US warships through the Taiwan Strait.', ['china opposes united-states']],
  ['Ukraine shot down drones launched by Russia.', ['ukraine attacks russia']],
  // A preposition an adjective governs after the object is no target of the verb.
  ['Qatar and Saudi Arabia have funded rebel groups opposed to Assad.', []],
  ['Russia sent weapons to Syria.', ['russia supports syria']],
  // A listed person's role run on without its comma: the body named only describes the person.
  ['Fighting raged in Syria. Anas al-Abdah president of the Syrian National Coalition met Tillerson.', ['anas-al-abdah met rex-tillerson']],
  [
    'Fighting raged in Syria. Salem al-Meslet spokesman of the High Negotiations Committee said the regime violated the truce.',
    ['salem-al-meslet opposes syria'],
  ],
  // Disapproval a deed draws is of the deed's owner.
  ["Venezuela's National Assembly approved the annexation of Essequibo, prompting protests from Guyana.", ['guyana opposes venezuela']],
  ['The Israeli raid sparked condemnation from Jordan.', ['jordan opposes israel']],
  ['The strike prompted criticism from Iran.', []],
  ['The Syrian forces freed Palmyra from IS gangs on March 27 with support of Russian Aerospace Defense Forces.', ['syria attacks daesh']],
  ['South Korea and the US kicked off joint military drills.', ['south-korea allied_with united-states']],
  // A headline's "Syria fighting" is where the fighting was; "the opposing UK-based" describes the name.
  ['Syria fighting kills 132 Islamic State fighters in clashes with Kurdish fighters.', []],
  ['Russia airstrikes kill 20 IS militants.', ['russia attacks daesh']],
  // Headlines run together: a name after a bare quantity, with a headline's verb after it, opens the next one.
  ['August 21 2013 Syria gas kills hundreds Security Council meets.', []],
  ['The notorious ISIL terrorists have brutally massacred 250 Syrian troops taken hostage at an airbase.', ['daesh attacks syria']],
  // Weapons in flight intercepted are force against their owner, as "shot down"; other interceptions are not.
  ['Ukrainian air defences intercepted 20 Russian drones overnight.', ['ukraine attacks russia']],
  ['The Saudi-led coalition intercepted a ballistic missile fired by the Houthis toward Jizan.', ['saudi-led-coalition attacks houthis']],
  ['Israeli forces intercepted a Hamas drone over the Gaza border.', ['israel attacks hamas']],
  ['Taiwanese jets intercepted Chinese warplanes that crossed the median line.', ['taiwan attacks china']],
  ['Turkish intelligence intercepted Russian communications about the strike.', []],
  ['The Israeli navy intercepted an Iranian arms shipment bound for Hezbollah.', []],
  // A deed that leaves an actor's people dead or wounded is force against the actor.
  ['Russian air strikes left 20 Free Syrian Army fighters dead near Hama.', ['russia attacks free-syrian-army']],
  ['A Turkish drone strike left a senior PKK commander in a coma.', ['turkey attacks pkk']],
  ['The Houthi attack left two Saudi soldiers dead near the border.', ['houthis attacks saudi-arabia']],
  ['Israeli shelling left three Hezbollah fighters wounded in southern Lebanon.', ['israel attacks hezbollah']],
  ['The Russian delegation left Geneva without a deal, leaving the Syrian opposition divided.', []],
  ['Hamas left Damascus in 2012.', []],
  ["Russia has left Assad's forces with no air cover.", []],
  ['Ukrainian air defenses shot down a Russian drone over Kyiv.', ['ukraine attacks russia']],
  ['Russia launched overnight strikes on Ukrainian cities.', ['russia attacks ukraine']],
  // A back-reference's possessive holds what follows it, as a name's does.
  ["Fighting raged in Syria. Russia, the regime's main ally, sent more jets.", ['russia allied_with syria']],
  [
    "Fighting raged in Syria. Iran and Russia, the government's allies, have sent troops.",
    ['iran allied_with syria', 'russia allied_with syria'],
  ],
  ['Fighting raged in Syria. Russia, the regimes main ally, vetoed the resolution.', ['russia allied_with syria']],
  ["Fighting raged in Syria. Hezbollah, the regime's Lebanese ally, lost fighters in Qusayr.", ['hezbollah allied_with syria']],
  ["Hezbollah, Syria's Lebanese ally, lost fighters in Qusayr.", ['hezbollah allied_with syria']],
  ["Syria's Iranian allies sent more troops to Aleppo.", ['iran allied_with syria']],
  ["The war in Yemen dragged on. The Houthis said the government's allies had no right to intervene.", []],
  // Factions that merge are allies.
  ['Ahrar al-Sham merged with Jaish al-Islam in eastern Ghouta.', ['ahrar-al-sham allied_with jaish-al-islam']],
  ['Ahrar al-Sham refused to merge with the Nusra Front.', ['ahrar-al-sham opposes al-nusra-front']],
  // A fight whose toll counts two actors' people was fought between them (fighting-toll.ts).
  [
    'Fighting raged in Syria. The heavy fighting claimed the lives of 129 regime loyalists and 116 rebels including an Al-Nusra commander.',
    ['al-nusra-front attacks syria', 'syria attacks al-nusra-front'],
  ],
  ['The battle left 30 Houthi fighters and 12 Saudi soldiers dead.', ['houthis attacks saudi-arabia', 'saudi-arabia attacks houthis']],
  [
    'Gunbattles in Tripoli killed five Haftar fighters and four GNA soldiers.',
    ['khalifa-haftar attacks libya', 'libya attacks khalifa-haftar'],
  ],
  [
    'The fighting killed at least 40 Daesh militants and 11 SDF fighters, the Observatory said.',
    ['daesh attacks syrian-democratic-forces', 'syrian-democratic-forces attacks daesh'],
  ],
  ['Fierce fighting killed at least 18 regime forces and allied fighters on Friday.', []],
  ['The fighting could kill thousands of Sudanese soldiers and RSF fighters.', []],
  // Refusals of another's invitation, bid, comments or mediation; envoys recalled by any title.
  ['Syria turned down an invitation from Turkey.', ['syria opposes turkey']],
  ["North Korea turned down South Korea's offer of talks.", ['north-korea opposes south-korea']],
  ['Iran rebuffed American overtures.', ['iran opposes united-states']],
  ["Israel rejected Qatar's mediation.", ['israel opposes qatar']],
  ["Moscow dismissed Washington's comments as baseless.", ['russia opposes united-states']],
  ['India recalled its high commissioner from Pakistan.', ['india opposes pakistan']],
  ['Ukraine welcomed the invitation from Turkey.', []],
  ['The Taliban turned down the volume of their attacks.', []],
  // Blocking a bid is no support for the body it would join; only a hostile measure is shielded against.
  ["Turkey blocked Sweden's bid to join NATO.", ['nato allied_with sweden', 'turkey opposes sweden']],
  ['China blocked efforts to impose U.N. penalties on North Korea.', ['china supports north-korea']],
  // A state topic modifying another noun is no topic ("Afghan border posts" are the state's posts).
  ['Pakistani forces shelled Afghan border posts.', ['pakistan attacks afghanistan']],
  ['Israeli forces shelled the Lebanese border town of Khiam.', []],
  ['Turkey shelled Syrian border areas held by the YPG.', ['turkey attacks ypg']],
  ['Russia cautioned Kazakhstan against joining the sanctions.', ['russia opposes kazakhstan']],
  ['Russia cautioned that the sanctions would backfire.', []],
  // Members after their actor's possessive mark are the actor's ("trained Hezbollah's fighters").
  ["Iran trained Hezbollah's fighters in Lebanon.", ['iran supports hezbollah']],
  [
    "The UAE trained and equipped the Southern Transitional Council's forces.",
    ['united-arab-emirates supports southern-transitional-council'],
  ],
  ["Turkey met Russia's support with suspicion.", []],
  ['India shipped 50,000 tonnes of wheat to Afghanistan.', ['india supports afghanistan']],
  // A state's plants, stations, airports, bridges and radars struck are force against the state.
  ['Russian missiles hit a Ukrainian power plant.', ['russia attacks ukraine']],
  ['Israeli jets bombed a Syrian radar near Damascus.', ['israel attacks syria']],
  ['The Houthis attacked a Saudi airport in Abha.', ['houthis attacks saudi-arabia']],
  ['Chinese engineers visited a Pakistani power plant.', []],
  // A grouping "between" its members.
  ['A coalition between the Nusra Front and Ahrar al-Sham took Idlib.', ['ahrar-al-sham allied_with al-nusra-front']],
  // Two subjects who fought are no allies unless "alongside" says so.
  ['Iran and Iraq fought a bloody war in the 1980s.', []],
  ['Armenia and Azerbaijan fought over Karabakh in 2020.', []],
  ['India and Pakistan have fought three wars since 1947.', []],
  // Coordinated subjects who host, receive or visit someone else did it each, not with each other.
  ['Russia and Iran received delegations from the Taliban.', []],
  ['France and Germany hosted refugees from Syria.', []],
  ['Russia and China visited the region separately.', []],
  ['Putin and Xi met reporters after the summit.', []],
  ['Putin and Erdogan met last week in Sochi.', ['recep-tayyip-erdogan met vladimir-putin']],
  ['Putin and Erdogan met 3 times this year.', ['recep-tayyip-erdogan met vladimir-putin']],
  // A vow to punish or crush another is a threat, and a threat is the act.
  ['France vowed to punish Assad for the gas attack.', ['france opposes bashar-al-assad']],
  ['Israel vowed to crush Hamas after the attack.', ['israel opposes hamas']],
  ['Iran vowed harsh revenge on the United States.', ['iran opposes united-states']],
  ["Biden pledged to support Israel's response.", []],
  // A demand's bare subjunctive ("demanded Russia rein in"); "with" and a speaking participle open a clause of its own.
  ['The United States demanded Russia rein in its Syrian ally.', ['russia allied_with syria', 'united-states opposes russia']],
  ['Turkey demanded the United States stop arming the YPG.', ['turkey opposes united-states']],
  [
    'The UN Security Council met in an emergency session on Sunday to address the fighting with Britain France and the United States demanding Russia rein in its Syrian ally.',
    ['france opposes russia', 'russia allied_with syria', 'united-kingdom opposes russia', 'united-states opposes russia'],
  ],
  [
    'The Security Council met on Sunday, with Britain, France and the United States demanding that Russia rein in its Syrian ally.',
    ['france opposes russia', 'russia allied_with syria', 'united-kingdom opposes russia', 'united-states opposes russia'],
  ],
  ['Putin met with Erdogan in Sochi.', ['recep-tayyip-erdogan met vladimir-putin']],
  ['Syrian troops clashed with Daesh militants trying to cross the river.', ['daesh attacks syria', 'syria attacks daesh']],
  // A place held by an actor: "under X control", "under the control of X", ", held by X" after a place's name.
  ['Russian jets bombed areas under Daesh control in Deir Ezzor.', ['russia attacks daesh']],
  ['Russian jets bombed areas under the control of Daesh in Deir Ezzor.', ['russia attacks daesh']],
  ['Syrian troops shelled Jobar, held by Faylaq al-Rahman.', ['syria attacks failaq-al-rahman']],
  [
    'Russian and Syrian aircraft carried out dozens of raids on Idlib, held by Hayat Tahrir al-Sham.',
    ['russia attacks hayat-tahrir-al-sham', 'syria attacks hayat-tahrir-al-sham'],
  ],
  ["Russian jets bombed Aleppo, Syria's second city.", []],
  // An "under" phrase set off after the object describes the object.
  ['Turkish troops shelled Kobani, under siege by Daesh.', []],
  ['Kurdish fighters defended Kobani, under siege by Daesh, with US air support.', []],
  ['The YPG, under attack from Turkey, asked the US for help.', ['turkey attacks ypg']],
  // A deal "brokered between" two parties after its noun names no mediator.
  [
    'US Deputy National Security Adviser Ben Rhodes spoke on Tuesday. "We hold the Russian government responsible" Rhodes said referring to the terms of a recent ceasefire brokered between the US and Russia.',
    ['ben-rhodes opposes russia', 'russia allied_with united-states'],
  ],
  // An accusing speech verb lays the force or arming it reports on the doer.
  ['Sudan charged that Eritrea was arming rebels in Darfur.', ['sudan opposes eritrea']],
  ['Kabul alleged that Pakistani forces shelled Afghan border posts.', ['afghanistan opposes pakistan', 'pakistan attacks afghanistan']],
  ['Damascus alleged that Turkey was sending weapons to the rebels.', ['syria opposes turkey']],
  ['Sudan charged that Eritrea might be arming rebels.', []],
  ['Sudan denied that Eritrea was arming rebels.', []],
  ['The prosecutor charged that the suspect had joined Daesh.', []],
  // A reciprocal object makes a directed verb go both ways between coordinated subjects.
  ['Russia and Ukraine blamed each other for the attack on the dam.', ['russia opposes ukraine', 'ukraine opposes russia']],
  ['Azerbaijan and Armenia accused each other of violating the ceasefire.', ['armenia opposes azerbaijan', 'azerbaijan opposes armenia']],
  ['India and Pakistan have fought each other in three wars.', ['india attacks pakistan', 'pakistan attacks india']],
  ['Armenia and Azerbaijan did not accuse each other.', []],
  ['Russia and China met each other in Beijing.', ['china met russia']],
  [
    'North Korea and South Korea exchanged artillery fire near the border.',
    ['north-korea attacks south-korea', 'south-korea attacks north-korea'],
  ],
  // A delegation or envoy sent to another is a consultation with it.
  ['Hamas sent a delegation to Egypt on Monday.', ['egypt met hamas']],
  ['The Taliban sent a delegation to Russia for talks.', ['russia met taliban']],
  ['Russia sent troops to Syria.', ['russia supports syria']],
  ['Iran sent a delegation to the funeral.', []],
  // A condition is no deed: "if" or "unless" right before the subject.
  ['If Israel attacks Iran, Tehran will respond.', []],
  ['If Israel attacks Iran, Tehran will respond, Iranian officials warned.', []],
  ['If Russia invades Ukraine, the West will impose sanctions.', []],
  ['Israel attacked Iran after Iranian missiles hit Israeli bases.', ['iran attacks israel', 'israel attacks iran']],
  // A description set off by commas inside a coordination stands for the actor before it.
  [
    'But Russia, a Syrian ally, and China have repeatedly vetoed any UN move to sanction Assad.',
    [
      'china opposes united-nations',
      'china supports bashar-al-assad',
      'russia allied_with syria',
      'russia opposes united-nations',
      'russia supports bashar-al-assad',
    ],
  ],
  ['Iran, a close ally of Moscow, and Belarus condemned the sanctions.', ['iran allied_with russia']],
  [
    "Two days of fierce fighting between the Syrian army and rebels including members of Nusra, al-Qaeda's affiliate in Syria, and fighters from the Free Syrian Army killed dozens.",
    ['al-nusra-front attacks syria', 'free-syrian-army attacks syria', 'syria attacks al-nusra-front', 'syria attacks free-syrian-army'],
  ],
  // "Like X, Y …": X does what Y does; "Unlike X" not.
  ['Like Russia, China vetoed the resolution on Syria.', ['china supports syria', 'russia supports syria']],
  [
    'Like Hamas, Islamic Jihad is designated a terrorist group by the United States.',
    ['united-states opposes hamas', 'united-states opposes palestinian-islamic-jihad'],
  ],
  ['Unlike Russia, China abstained.', []],
  ['Like many countries, Russia condemned the strike.', []],
  // Possessives that lost their apostrophe (stripped texts): the possessor's deed.
  ['Turkeys downing of a Russian jet angered Moscow.', ['turkey attacks russia']],
  ['Russias war against Ukraine entered its third year.', ['russia attacks ukraine']],
  ['Irans bankrolling of the Houthis is well documented.', ['iran supports houthis']],
  ['Fighting raged in Syria. Hezbollah the regimes Lebanese ally lost fighters in Qusayr.', ['hezbollah allied_with syria']],
  ['The militants attacked a town on Syrias border with Turkey.', []],
  // A relative clause set off by commas, with a list of names in it, describes the subject before it.
  [
    'The US-led coalition, which includes Britain, France and Jordan, has carried out thousands of strikes against IS.',
    [
      'france allied_with jordan',
      'france allied_with united-kingdom',
      'jordan allied_with united-kingdom',
      'us-led-coalition attacks daesh',
    ],
  ],
  [
    'NATO, which includes Poland, Romania and Turkey, condemned Russia.',
    ['nato opposes russia', 'poland allied_with romania', 'poland allied_with turkey', 'romania allied_with turkey'],
  ],
  ['Russia which backs Assad struck IS positions near Palmyra.', ['russia attacks daesh', 'russia supports bashar-al-assad']],
  // Air power backs the side it flies for.
  ['Syrian troops, backed by Russian airpower, retook the town.', ['russia supports syria']],
  ['Afghan forces backed by US airpower repelled the Taliban.', ['afghanistan attacks taliban', 'united-states supports afghanistan']],
  // A verb's plain form after a plural subject's head, read as a noun by the tagger.
  ['The US and its allies support ISIL, the General Command said.', ['united-states supports daesh']],
  ['Russian forces support the Syrian army near Hama.', ['russia supports syria']],
  ['Russia and its allies support Assad.', ['russia supports bashar-al-assad']],
  ['The rebel forces support groups in Idlib.', []],
  // The object of a purpose verb may have its place between it and the infinitive.
  ['The US and allies use the Incirlik air base in southern Turkey to bomb ISIS positions.', ['united-states attacks daesh']],
  ['Russia deployed jets in Syria to strike IS.', ['russia attacks daesh']],
  ['Russia plans a base in Syria to strike IS.', []],
  // A force and its allies backed as a whole.
  ['The Syrian army and its allies, backed by Russian warplanes, advanced near Aleppo.', ['russia supports syria']],
  // A scare quote of a few words is part of its clause.
  ['The Syrian government labels rebel groups as "terrorists" and accuses Israel of backing them.', ['syria opposes israel']],
  ['Moscow called the strike a "blatant aggression" and blamed Washington.', ['russia opposes united-states']],
  // A deal brokered between two parties: they brokered it together.
  ['The agreement brokered between the US and Russia took effect on Monday.', ['russia allied_with united-states']],
  ['Kerry praised a recent ceasefire brokered between Washington and Moscow.', ['russia allied_with united-states']],
  ['Russia mediated between Armenia and Azerbaijan.', ['armenia met russia', 'azerbaijan met russia']],
  // A participle after a clause (its comma lost) has the clause's subject.
  ['Russian forces entered the conflict at the end of last year backing the forces of the Syrian regime.', ['russia supports syria']],
  ['France Britain and the United States put forward a resolution to impose sanctions targeting Syrian officials.', []],
  // A blast near, in or outside a thing an actor owns strikes that actor; a place alone names none.
  ['An IS suicide bomber detonated his belt near a Jaish al-Islam position, killing 14 fighters.', ['daesh attacks jaish-al-islam']],
  ['A suicide bomber from the Nusra Front blew himself up in a Syrian army outpost in Aleppo.', ['al-nusra-front attacks syria']],
  ['An al-Shabaab suicide bomber blew himself up outside a Somali army base in Mogadishu.', ['al-shabaab attacks somalia']],
  ['A suicide bomber from IS blew himself up in Turkey.', []],
  ['Hamas fired rockets near an Israeli army base.', ['hamas attacks israel']],
  // Unnamed people counted after a named conjunct stand with it; a leader or emir is the group's.
  [
    'An ISIL commander and 34 of his comrades were killed in clashes with the SDF.',
    ['daesh attacks syrian-democratic-forces', 'syrian-democratic-forces attacks daesh'],
  ],
  [
    'The emir of the ISIL group was killed in clashes with the SDF.',
    ['daesh attacks syrian-democratic-forces', 'syrian-democratic-forces attacks daesh'],
  ],
  ['A Hamas commander and several others were killed in an Israeli strike in Rafah.', ['israel attacks hamas']],
  // Talks sponsored by several parties: they acted together; by one, no pair.
  [
    'Eastern Ghouta is one of four zones agreed at peace talks sponsored by Turkey, Russia and Iran.',
    ['iran allied_with russia', 'iran allied_with turkey', 'russia allied_with turkey'],
  ],
  ['Talks and a ceasefire sponsored by the United States and Russia fell apart earlier this year.', ['russia allied_with united-states']],
  ['The conference was sponsored by Qatar.', []],
  // An -ly adjective read as an adverb inside a noun phrase; "aircrafts" are a state's force.
  ['The Syrian Coalition condemned the deadly overnight airstrikes by Russian forces on Idlib.', ['syrian-coalition opposes russia']],
  ['Kyiv condemned the costly overnight attack by Russian drones on Odesa.', ['ukraine opposes russia']],
  ['The Turkish Foreign Ministry condemned the massacre committed by Russian aircrafts yesterday.', ['turkey opposes russia']],
  // An expulsion of diplomats is a sanction; of an armed group or a state's forces, a fight.
  ['Islamic State was expelled by the Syrian army from Zuhur.', ['syria attacks daesh']],
  ['In November Al Nusra Front expelled the Free Syrian Army from its Idlib positions.', ['al-nusra-front attacks free-syrian-army']],
  ['The Taliban expelled Pakistani troops from the border post.', ['taliban attacks pakistan']],
  ['Turkey expelled the Israeli ambassador.', ['turkey opposes israel']],
  ['Russia expelled 23 British diplomats.', ['russia opposes united-kingdom']],
  ['Britain expelled four Russian military officers.', ['united-kingdom opposes russia']],
  // A force noun the tagger read as an adjective or a verb, with its agent after "by".
  ['An offensive by the SDF drove Islamic State out of Manbij.', ['syrian-democratic-forces attacks daesh']],
  ['An offensive by the Taliban drove Afghan government forces out of Kunduz.', ['taliban attacks afghanistan']],
  ['The offensive by Ukrainian forces pushed Russian troops out of Kherson.', ['ukraine attacks russia']],
  ['Shelling by the Houthis killed four Saudi soldiers near the border.', ['houthis attacks saudi-arabia']],
  ['Bombing by the Myanmar military killed 17 fighters of the Kachin Independence Army.', ['myanmar attacks kachin-independence-army']],
  ['An offensive remark by the Russian envoy angered Ukraine.', []],
  // A measure that demands something of an actor, vetoed: support for it.
  [
    'On Wednesday Moscow vetoed a draft UN resolution demanding the Syrian government cooperate with an investigation.',
    ['russia supports syria'],
  ],
  ['China vetoed a resolution demanding an end to the fighting in Myanmar.', []],
  // Force tried is force used; the trying keeps its own mood.
  ['The Iraqi army is trying to flush out Islamic State fighters from Mosul.', ['iraq attacks daesh']],
  ['The SDF tried to push Daesh out of Raqqa last week.', ['syrian-democratic-forces attacks daesh']],
  ['Russia plans to try to storm Ukrainian positions next month.', []],
  ['The Syrian army did not try to attack the Free Syrian Army.', []],
  ['Hamas could try to attack Israel.', []],
  ['Turkey is trying to meet the Syrian government.', []],
  ['Nigerian troops are tackling Boko Haram in the northeast.', ['nigeria attacks boko-haram']],
  ['Turkey launched an offensive in Aleppo province to tackle both IS and the YPG.', ['turkey attacks daesh', 'turkey attacks ypg']],
  // "The militants", "the jihadists": the one jihadist group just named, none where two could be meant.
  [
    'Islamic State fighters attacked the border post. Turkish army howitzers fired on the militants as they prepared to open fire on Turkey.',
    ['turkey attacks daesh'],
  ],
  [
    'Al-Qaeda in the Arabian Peninsula seized the port in May. US drones struck the jihadists near Mukalla on Sunday.',
    ['united-states attacks al-qaeda-in-the-arabian-peninsula'],
  ],
  ['IS and al-Nusra seized the town. Russian jets bombed the militants on Sunday.', []],
  ['The SDF fought IS near Manbij. Turkish jets bombed the militants on Sunday.', ['syrian-democratic-forces attacks daesh']],
  ['Hezbollah fired rockets at Israel. Israeli jets bombed the militants on Sunday.', ['hezbollah attacks israel']],
  // Guarantors, co-sponsors and brokers of one thing are partners in it; one alone is no pair.
  ['Russia and Turkey are the guarantors of the ceasefire.', ['russia allied_with turkey']],
  [
    'Russia Turkey and Iran are the three guarantor states of the truce.',
    ['iran allied_with russia', 'iran allied_with turkey', 'russia allied_with turkey'],
  ],
  ['Russia is a guarantor of the ceasefire.', []],
  ['The brokers of the deal were not named.', []],
  // An irregular past form read as a noun after an adverb.
  ['Iraqi forces and the Popular Mobilization Forces jointly retook Tikrit.', ['iraq allied_with popular-mobilization-forces']],
  // A statement, a report or an inquiry by an actor speaks for it as the subject.
  ['A statement by the Turkish foreign ministry condemned Russia.', ['turkey opposes russia']],
  ['A report from Human Rights Watch accused the Syrian army of war crimes.', ['human-rights-watch opposes syria']],
  ['An investigation by the United Nations accused the Syrian government of using chlorine.', ['united-nations opposes syria']],
  ['A probe by the OPCW blamed Syria for the attack.', ['organisation-for-the-prohibition-of-chemical-weapons opposes syria']],
  ['A resolution of the UN Security Council condemned Israel.', ['un-security-council opposes israel']],
  ['A delegation from Hamas met Egyptian officials in Cairo.', ['egypt met hamas']],
  ['A report on the Russian strikes condemned the coalition.', []],
  ['A statement by the ministry on Tuesday said nothing of Iran.', []],
  // A regular past read as a noun after a perfect's "have" and an adverb.
  ['Turkey has long accused the YPG of terrorism.', ['turkey opposes ypg']],
  ['Russia has long backed Assad.', ['russia supports bashar-al-assad']],
  // The purpose of an act done, past its object's destination; not of an act planned.
  ['Hezbollah has deployed thousands of fighters to Syria to fight alongside the Syrian army.', ['hezbollah allied_with syria']],
  ['Russia plans to send troops to Syria to support Assad.', []],
  ['Russia plans to send troops to support Assad.', []],
  ['Moscow will deploy more jets to Syria to strike the Free Syrian Army.', []],
  // A demanded act the tagger read as a noun; a counted actor's -s head is no verb.
  ['France demanded that Assad step down.', ['france opposes bashar-al-assad']],
  ['Washington insisted that Maduro step aside.', ['united-states opposes nicolas-maduro']],
  ['Russian jets destroyed 40 Islamic State targets in Raqqa.', ['russia attacks daesh']],
  ['US drones struck 12 al-Shabaab targets near Kismayo.', ['united-states attacks al-shabaab']],
  ['September 30 2015 Russia launches airstrikes on Syria in support of Assads regime.', ['russia supports syria']],
  // Those who died in a force whose doer is named fell to it.
  ['Four Turkish soldiers died in an attack by PKK militants in the southeast.', ['pkk attacks turkey']],
  ['Two Israeli soldiers died in a Hezbollah ambush near the border.', ['hezbollah attacks israel']],
  ['Four Afghan soldiers died in an attack in Helmand.', []],
  ['A Turkish soldier died of his wounds after a PKK attack.', []],
  // Diplomatic cover is support; a list of unnamed fighters past their place phrase.
  ['The Kremlin has provided diplomatic cover for Damascus at the UN Security Council.', ['russia supports syria']],
  ['China gave political support to Russia.', ['china supports russia']],
  ['Ankara supports several rebel factions in northern Syria including Ahrar al-Sham.', ['turkey supports ahrar-al-sham']],
  ['Russian jets bombed rebel groups in Idlib including the Nusra Front.', ['russia attacks al-nusra-front']],
  ['Russian jets bombed towns in Syria including Raqqa.', []],
  // Ministers and security chiefs of a state stand for its government.
  ['A meeting between the Iranian and Saudi foreign ministers was held in Beijing.', ['iran met saudi-arabia']],
  ['The first public meeting between Egyptian and Syrian security chiefs took place in Cairo.', ['egypt met syria']],
  ['Turkish and Russian defence ministers held talks in Moscow.', ['russia met turkey']],
  // A headline's blame without its copula.
  ['Iran says Israel behind attack on nuclear site', ['iran opposes israel']],
  ['Syria says Turkey responsible for shelling of Kobani', ['syria opposes turkey']],
  ['Iran says Israel not behind attack on nuclear site', []],
  // A force reported without its agent by a state's military voice was that state's.
  ['Russian jets struck Raqqa. "Some 120 Daesh militants were destroyed near Raqqa" Konashenkov said.', ['russia attacks daesh']],
  ['Seven Taliban fighters were killed in Helmand the Afghan defence ministry said.', ['afghanistan attacks taliban']],
  ['Seven Taliban fighters were killed in Helmand a Taliban spokesman said.', []],
  ['Ten Syrian soldiers were killed near Hama the Syrian army said.', []],
  // Persons listed under a plural role past a description of them (their roles: test/actors/theatres.test.ts).
  ['Hamas leaders, veterans of the first intifada, Ismail Haniyeh and Khaled Meshaal met in Doha.', ['ismail-haniyeh met khaled-meshaal']],
  // A state's mediators, envoys and junta stand for its government.
  ['Egyptian mediators held separate talks with Hamas and Israeli officials.', ['egypt met hamas', 'egypt met israel']],
  ['The Wagner Group has deployed fighters to Mali at the invitation of the junta.', ['wagner-group supports mali']],
  ['The Malian junta expelled the French ambassador.', ['mali opposes france']],
  // A joint statement with a participle after it, or the words said in it, is the signers' (pairwise).
  ['Hamas and Islamic Jihad issued a joint statement rejecting the plan.', ['hamas allied_with palestinian-islamic-jihad']],
  [
    'Britain, France and Germany said in a joint statement that the talks must resume.',
    ['france allied_with germany', 'france allied_with united-kingdom', 'germany allied_with united-kingdom'],
  ],
  ['South Korea and Japan released a joint statement condemning the launch.', ['japan allied_with south-korea']],
  ['Hamas and Islamic Jihad said in a statement that the truce was over.', []],
  ['Russia and Iran said the truce was over.', []],
  // A description that "a" opens after a name is the name's: its own actors are not the subject.
  ['Qatar, a Hamas backer, hosted the talks.', ['qatar supports hamas']],
  ['Qatar, a key Hamas ally, hosted the talks.', ['hamas allied_with qatar']],
  ['Iran is a key Hezbollah sponsor.', ['iran supports hezbollah']],
  ['Turkey, a NATO member, shelled YPG positions.', ['turkey attacks ypg']],
  // Appositions listed after "and", with or without their commas.
  [
    'The truce was brokered by Turkey, a NATO member, and Russia, a Syrian ally.',
    ['russia allied_with syria', 'russia allied_with turkey'],
  ],
  ['The ceasefire was brokered by Egypt, a key mediator, and Qatar, a Hamas ally.', ['egypt allied_with qatar', 'hamas allied_with qatar']],
  // A subject past its relative clause's object and that object's own phrases.
  ['Syrian troops who share control of the city attacked IS.', ['syria attacks daesh']],
  ['The Houthis who control Sanaa attacked Saudi Arabia.', ['houthis attacks saudi-arabia']],
  ['Hezbollah fighters who crossed into the south of Syria attacked Israeli troops.', ['hezbollah attacks israel']],
  ['The YPG which Turkey considers a terrorist group took Manbij.', ['turkey opposes ypg']],
  ['Syrian troops and Kurdish fighters who share control of the city attacked IS.', ['syria attacks daesh']],
  ['The alliance which has fought Russia since 2014 welcomed Finland.', []],
  [
    'The regime which has been gaining ground after Russia launched air strikes in support of Assad continued its campaign.',
    ['russia supports bashar-al-assad'],
  ],
  ['Manbij has seen battles between Daesh and Kurdish fighters who advanced under the cover of airstrikes by the US-led coalition.', []],
  // An infinitive of force past a time phrase after its verb.
  ['Ukrainian forces have been fighting since March to drive Russian troops from Bakhmut.', ['ukraine attacks russia']],
  ['Syrian troops had been battling for weeks to push IS forces out of the city.', ['syria attacks daesh']],
  ['Since March the Syrian army has shelled Daesh positions.', ['syria attacks daesh']],
  ['Russia has been planning for months to attack Ukraine.', []],
  // The agent's phrase coordinated after a first phrase of the passive that named none.
  ['Twelve Houthi fighters were killed in clashes near Marib and in Saudi-led air strikes.', ['saudi-arabia attacks houthis']],
  ['At least 40 Hamas fighters were killed in the battle for Khan Younis as well as strikes by Israeli jets.', ['israel attacks hamas']],
  ['Two Ukrainian soldiers were killed in the fighting and the Russian army advanced.', []],
  // A duty an actor failed, in what a speaker says, faults it.
  ['The UN said the Saudi-led coalition had failed to investigate the strikes.', ['united-nations opposes saudi-led-coalition']],
  ['Human Rights Watch said the Taliban had failed to punish the killers.', ['human-rights-watch opposes taliban']],
  ['The Pentagon said Ukrainian forces failed to capture the town.', []],
  // Taking part in a backed offensive; giving an actor what helps it, past adjectives or a quantity.
  ['The YPG is involved in a U.S.-backed offensive against the jihadists.', ['united-states supports ypg']],
  ['Iraqi militias fought in an Iranian-backed operation near Tikrit.', ['iran supports iraq']],
  ['Hezbollah is not involved in the Russian-backed offensive.', []],
  ['Russia gave Assad diplomatic cover.', ['russia supports bashar-al-assad']],
  ['Iran has extended Assad billions of dollars in credit.', ['iran supports bashar-al-assad']],
  ['Washington gave Kyiv billions in military aid.', ['united-states supports ukraine']],
  ['Russia gave Turkey a warning.', []],
  // "but also", "and also" join a verb's objects; an antecedent past its acronym in brackets.
  ['Turkey is targeting not only IS but also the YPG.', ['turkey attacks daesh', 'turkey attacks ypg']],
  ['Israel struck Hamas and also Islamic Jihad positions in Gaza.', ['israel attacks hamas', 'israel attacks palestinian-islamic-jihad']],
  ['Turkey condemned IS but not the YPG.', ['turkey opposes daesh']],
  [
    'Ankara is shelling the Kurdistan Workers Party (PKK) which Turkey considers a terrorist group.',
    ['turkey attacks pkk', 'turkey opposes pkk'],
  ],
  // A fronted meeting that names no party: the coordinated subject's members met each other.
  ['After talks in Geneva, Kerry and Lavrov said a ceasefire would begin.', ['john-kerry met sergei-lavrov']],
  ['At a summit in Brussels, France and Germany agreed on the budget.', ['france met germany']],
  ['After the talks collapsed, Russia and Turkey blamed each other.', ['russia opposes turkey', 'turkey opposes russia']],
  ['After talks in Geneva, Kerry said a ceasefire would begin.', []],
  // "that" after a noun of a claim opens its clause, whatever the tagger says.
  ["The Taliban rejected Pakistan's claims that militants were operating from Afghan soil.", ['taliban opposes pakistan']],
  ["Russia dismissed Ukraine's claims that rebels shelled the town.", ['russia opposes ukraine']],
  // "allied" or "aligned" after a copula and adverbs: with the other party, or among the subject's members.
  ['The Taliban and al-Qaeda remain closely aligned, a UN report said.', ['al-qaeda allied_with taliban']],
  ['Hamas is closely aligned with Iran.', ['hamas allied_with iran']],
  ['Russia and Iran are not aligned on Syria.', []],
  // Stripped text: a blame participle after the clause's object; "allied to" right after a name.
  ['Russia said it bears no responsibility for the famine in Gaza, blaming Israel.', ['russia opposes israel']],
  ['Russia did not issue a statement condemning Ukraine.', []],
  ['The Houthis, allied to Iran, seized the port in 2015.', ['houthis allied_with iran']],
  // A role phrase right after a person's name is the person's; "for" after a role names its portfolio.
  ['Staffan de Mistura, the UN envoy for Syria, met Lavrov in Moscow.', ['sergei-lavrov met staffan-de-mistura']],
  [
    'UN Special Envoy for the Syria Crisis Staffan de Mistura met leaders of the Southern Front.',
    ['southern-front met staffan-de-mistura'],
  ],
  ["Biden pledged to support Israel's response.", []],
  // A relative pronoun ends a conjunct of the agents.
  ['The ceasefire was brokered by Russia and Turkey, which backs the rebels.', ['russia allied_with turkey']],
  // Help named after the helped subject with "with", before the subject's verb.
  ['Iraqi forces with US air support retook Ramadi.', ['united-states supports iraq']],
  // An unnamed group of the named conjunct's kind ("and allied rebel groups") adds nobody to the side.
  ['Hamas and other armed groups fired rockets at Israel.', ['hamas attacks israel']],
  ['The Fateh al-Sham Front and allied rebel groups were fighting fierce battles against Syrian troops.', ['al-nusra-front attacks syria']],
  ['Hezbollah and affiliated militias attacked Israeli positions in the Golan.', ['hezbollah attacks israel']],
  // "mainly", "mostly" list the members of an object that names no actor.
  [
    'Daesh has regularly targeted Syrian opposition forces, mainly Turkish-backed FSA members.',
    ['daesh attacks free-syrian-army', 'turkey supports free-syrian-army'],
  ],
  [
    'Damascus accuses foreign powers, mainly Saudi Arabia and Turkey, of arming the rebels.',
    ['syria opposes saudi-arabia', 'syria opposes turkey'],
  ],
  // In a finite verb's object, a conjunct followed by a verb of its own opens a new clause.
  ['Israel struck Hamas and Hezbollah fired rockets in response.', ['israel attacks hamas']],
  [
    'Israel struck Hamas and Islamic Jihad backed by Iran.',
    ['israel attacks hamas', 'israel attacks palestinian-islamic-jihad', 'iran supports hamas', 'iran supports palestinian-islamic-jihad'],
  ],
  ['A ceasefire brokered by Russia and the United States took effect on Saturday.', ['russia allied_with united-states']],
  // Blame laid on an actor or split between actors; a finger pointed.
  ['Turkey put the blame on the PKK for the bombing in Ankara.', ['turkey opposes pkk']],
  ['The Kremlin laid the blame for the attack on Ukraine.', ['russia opposes ukraine']],
  ['Washington placed the blame squarely on Tehran.', ['united-states opposes iran']],
  ['Trump split the blame between Assad and Obama.', ['donald-trump opposes bashar-al-assad', 'donald-trump opposes barack-obama']],
  ['Britain pointed the finger at the Kremlin over the poisoning.', ['united-kingdom opposes russia']],
  ['Seoul did not put the blame on Pyongyang.', []],
  // "hit back at": in force where a word of force follows, else in words.
  ['Iran hit back at Saudi Arabia, saying the kingdom was funding terrorism.', ['iran opposes saudi-arabia']],
  ['China hit back at the United States over its tariffs.', ['china opposes united-states']],
  ['Israel hit back at Hamas with air strikes on Gaza.', ['israel attacks hamas']],
  ['Russia struck back at Ukraine with a wave of drone attacks.', ['russia attacks ukraine']],
  // "called" that names a thing is no appeal; a participle after "N weeks later" has the verb's subject.
  [
    'The town lies in a so-called de-escalation zone agreed by Turkey, Russia and Iran.',
    ['iran allied_with russia', 'iran allied_with turkey', 'russia allied_with turkey'],
  ],
  [
    'The so-called SDF, backed by air strikes from a US-led coalition, launched an offensive on Manbij.',
    ['us-led-coalition supports syrian-democratic-forces'],
  ],
  [
    'Israeli troops withdrew from Jenin and returned two days later, raiding the camp with support from US drones.',
    ['united-states supports israel'],
  ],
  // A body before an ally noun is an alliance the allies are in: they are allied with each other too.
  [
    'Turkey and the United States are NATO allies.',
    ['nato allied_with turkey', 'nato allied_with united-states', 'turkey allied_with united-states'],
  ],
  [
    'Russia warned NATO allies Poland and Lithuania.',
    [
      'lithuania allied_with nato',
      'lithuania allied_with poland',
      'nato allied_with poland',
      'russia opposes lithuania',
      'russia opposes poland',
    ],
  ],
  ['NATO ally Turkey shot down a Russian jet.', ['nato allied_with turkey', 'turkey attacks russia']],
  ['Iran and Russia are Syrian allies.', ['iran allied_with syria', 'russia allied_with syria']],
  // A quotation that opens with the auxiliary of the predicate keeps its subject outside.
  ['IS "was expelled by the army of Syria from Zuhur" the monitor said.', ['syria attacks daesh']],
  // A name set off after an unnamed backed phrase may keep its own head noun ("the SDF alliance").
  [
    'A US-backed alliance of Kurds and Arabs, the Syrian Democratic Forces alliance, is fighting in Aleppo.',
    ['united-states supports syrian-democratic-forces'],
  ],
  // After "to", a modifier the tagger read as a verb ("to rebel groups", "to armed groups") is no infinitive.
  ['Qatar sent weapons to rebel groups including Ahrar al-Sham.', ['qatar supports ahrar-al-sham']],
  ['The PYD reaffirmed its opposition to rebel groups such as the Nusra Front.', ['pyd opposes al-nusra-front']],
  ['Iran sent arms to armed groups in Yemen including the Houthis.', ['iran supports houthis']],
  ['The Kurds vowed to rebel against Baghdad.', []],
  // The deed one is warned against is not the warner's.
  ['Beijing warned Washington against arms sales to Taiwan.', ['china opposes united-states']],
  ['Russia warned the US against sending weapons to Ukraine.', ['russia opposes united-states']],
  // "supplies" is the verb after its subject; adjectives coordinated before their noun are one phrase.
  ['Tehran supplies the Houthis with missiles and drones, according to a UN panel.', ['iran supports houthis']],
  ['Kurdish militias are key US allies in the fight against IS.', []],
  ["Iran is Hezbollah's main financial and military backer.", ['iran supports hezbollah']],
  // An agreement to a thing is done, unlike an agreement to do one.
  ['The two sides agreed to a ceasefire brokered by Qatar and Egypt.', ['egypt allied_with qatar']],
  ['Russia and Turkey agreed to hold talks with Iran.', []],
  // A commitment to an actor, or to a thing it owns, is support; to a thing of nobody's, none.
  ['France and Germany reaffirmed their commitment to Ukraine.', ['france supports ukraine', 'germany supports ukraine']],
  ["The US reiterated its ironclad commitment to Israel's security.", ['united-states supports israel']],
  ['Iran reaffirmed its commitment to the ceasefire.', []],
  // Wanting another's act of going ("wants Assad's ouster", "insisted on Assad's exit") opposes them.
  ["Turkey insisted on Assad's exit from power.", ['turkey opposes bashar-al-assad']],
  ['Washington seeks the removal of Maduro.', ['united-states opposes nicolas-maduro']],
  ['Russia wants a US withdrawal from Syria.', ['russia opposes united-states']],
  ["Hamas does not want Abbas's resignation.", []],
  ['Iran wants talks with the United States.', []],
  // A verdict put on a deed, by a verb that also denies ("dismissed … as a sham"); a deed led by a compound's actor is its.
  ['Kyiv dismissed the Russian referendums as a sham.', ['ukraine opposes russia']],
  ['Britain labelled the Iranian seizure of the tanker an act of piracy.', ['united-kingdom opposes iran']],
  ['The UN termed the Saudi-led blockade a violation of international law.', ['united-nations opposes saudi-arabia']],
  ['Qatar condemned the Saudi-led blockade.', ['qatar opposes saudi-arabia']],
  ['Britain dismissed the claims as propaganda.', []],
  ['Moscow denied that Syrian forces were behind the attack.', []],
  // A handshake is a meeting.
  ['Pashinyan and Aliyev shook hands in Prague.', ['ilham-aliyev met nikol-pashinyan']],
  ['Trump shook hands with Kim Jong Un at the border.', ['donald-trump met kim-jong-un']],
  ['Trump accompanied by first lady Melania Trump and Queen Rania shook hands with King Abdullah II.', ['abdullah-ii met donald-trump']],
  // A deed in a phrase of a noun an actor owns is that owner's, not the clause subject's.
  ["The US sought to stop the Syrian army's advance in the war against ISIL.", ['syria attacks daesh']],
  ['The US aimed to stop the Syrian armys advance in the war against the ISIL.', ['syria attacks daesh']],
  ["Russia praised Iran's role in the fight against IS.", ['iran attacks daesh', 'russia supports iran']],
  // An irregular past the tagger read as a noun after a named actor's forces is their verb.
  ['Houthi forces shot down an American drone.', ['houthis attacks united-states']],
  ['Hezbollah fighters shot dead two Israeli soldiers.', ['hezbollah attacks israel']],
  // A letter or message from one party to another is an exchange between them.
  ['The envoy delivered a message from Kim Jong Un to Putin.', ['kim-jong-un met vladimir-putin']],
  ['Zelensky read a message from Biden.', []],
  // A capital after a possessive pronoun, before a building, is the possessor's place.
  [
    'The PLO denounced the Israeli raid on its Tunis headquarters.',
    ['israel attacks palestine-liberation-organization', 'palestine-liberation-organization opposes israel'],
  ],
  ['Iran and its Moscow allies met.', ['iran allied_with russia', 'iran met russia']],
  // Crossing a border or entering airspace, in what a speaker says, is a wrong laid on the doer.
  ['Nicaragua charged that Honduran troops had crossed the border.', ['nicaragua opposes honduras']],
  ['Greece said Turkish jets entered its airspace.', ['greece opposes turkey']],
  ['Ukraine said Russian forces did not cross the border.', []],
  ['Refugees crossed the border into Turkey, the UN said.', []],
  // Agents of a passive done jointly; speaking alongside; a grouping's members listed in a relative clause.
  ['A draft resolution presented jointly by Britain and France was vetoed.', ['france allied_with united-kingdom']],
  ['Kerry said alongside his Qatari counterpart Khaled al-Attiya that the strike crossed a red line.', ['john-kerry met khaled-al-attiya']],
  [
    'A coalition of groups that included the Nusra Front and Ahrar al-Sham fired mortars at Syrian troops.',
    ['ahrar-al-sham allied_with al-nusra-front', 'ahrar-al-sham attacks syria', 'al-nusra-front attacks syria'],
  ],
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
  // A force noun subject is done by its agent, leader or demonym ("an air strike by X killed …").
  ['An air strike on Tuesday by the Saudi-led coalition killed 12 Houthi fighters near Hodeidah.', ['saudi-led-coalition attacks houthis']],
  ['A drone strike by the United States killed two al-Shabaab commanders in Somalia.', ['united-states attacks al-shabaab']],
  ['An artillery barrage carried out by Azerbaijani forces hit Armenian positions in Karabakh.', ['azerbaijan attacks armenia']],
  ['An overnight strike likely carried out by Israel hit Hezbollah positions in southern Lebanon.', ['israel attacks hezbollah']],
  ['An air strike by the coalition killed 20 civilians in a market.', []],
  ['Rebel shelling killed four civilians in Damascus.', []],
  // A participle's object qualifying the phrase before it is no subject of the verb after it.
  ['An air strike by a coalition fighting the Taliban killed three Afghan soldiers.', []],
  // Quantities before a number keep its phrase an argument.
  ['The Ukrainian army killed more than 200 Wagner fighters near Bakhmut.', ['ukraine attacks wagner-group']],
  [
    'Over 50 Taliban fighters were killed in clashes with Afghan security forces.',
    ['afghanistan attacks taliban', 'taliban attacks afghanistan'],
  ],
  ['Malian troops killed an estimated 40 JNIM fighters near Mopti.', ['mali attacks jnim']],
  ['More than 30 civilians were killed by Israeli strikes.', []],
  // Objects reach the actor that holds them ("positions held by X", "the X-held town").
  ['Russian jets bombed positions held by the Free Syrian Army near Idlib.', ['russia attacks free-syrian-army']],
  ['Israeli warplanes struck targets belonging to Hamas in Gaza.', ['israel attacks hamas']],
  ['The Saudi-led coalition bombed areas controlled by the Houthis in Saada.', ['saudi-led-coalition attacks houthis']],
  ['Russian missiles struck the Ukrainian-held town of Kramatorsk.', ['russia attacks ukraine']],
  ['French jets struck a JNIM-held village in central Mali.', ['france attacks jnim']],
  ['Israeli jets struck a hospital run by the Red Cross in Gaza.', []],
  ['Russian jets bombed areas held by rebels.', []],
  ['Israeli jets did not strike positions held by Hezbollah.', []],
  ['Israel may strike areas controlled by Hezbollah.', []],
  // A second coordinated verb phrase keeps the first one's subject across its prepositions.
  [
    'The United States accused Iran of being behind the attack and fired missiles at a Syrian army base.',
    ['united-states attacks syria', 'united-states opposes iran'],
  ],
  [
    'Azerbaijan accused Armenia of provocations and shelled Armenian positions near the border.',
    ['azerbaijan attacks armenia', 'azerbaijan opposes armenia'],
  ],
  ['Ukraine accused Russia of war crimes and called for a tribunal.', ['ukraine opposes russia']],
  // Mutual force nouns keep their parties across the verb by which they happen (syntax.json happeningVerbs).
  [
    'Heavy clashes erupted between Houthi fighters and members of the Yemeni army near Marib.',
    ['houthis attacks yemen', 'yemen attacks houthis'],
  ],
  [
    'Fighting broke out between the Sudanese army and the Rapid Support Forces in Khartoum.',
    ['rapid-support-forces attacks sudan', 'sudan attacks rapid-support-forces'],
  ],
  [
    'Clashes flared up between Azerbaijani and Armenian troops on the border.',
    ['armenia attacks azerbaijan', 'azerbaijan attacks armenia'],
  ],
  ['Clashes erupted in Tripoli after the Libyan government arrested a militia commander.', []],
  ['Talks broke down between Israel and Hamas.', []],
  // A participle phrase set off by commas between the subject and its verb.
  [
    'Recent US drone attacks, occurring every few days, have killed at least eight al-Shabaab leaders.',
    ['united-states attacks al-shabaab'],
  ],
  ['Turkish drones, flying from bases in Iraq, have hit PKK positions.', ['turkey attacks pkk']],
  // ('lost ground to' is figurative as often as not: no fighting read.)
  ['The Ukrainian army, facing shortages, has lost ground to Russia.', []],
  // A later conjunct of the object after "and" ("three civilians and two Hezbollah fighters"); not a new clause.
  ['Israeli strikes killed three civilians and two Hezbollah fighters in southern Lebanon.', ['israel attacks hezbollah']],
  ['The Taliban killed five policemen and three Afghan soldiers in Kunduz.', ['taliban attacks afghanistan']],
  ['Israeli strikes killed three civilians and Hezbollah fired rockets in response.', []],
  ['Russian shelling killed two civilians and a Ukrainian army spokesman said the attack was deliberate.', []],
  ['Russian shelling killed two civilians, the Ukrainian army said.', []],
  // The holder of a thing is the subject of the force it uses ("a helicopter belonging to X dropped …").
  [
    'A helicopter belonging to the Syrian army dropped barrel bombs on positions held by the Free Syrian Army.',
    ['syria attacks free-syrian-army'],
  ],
  ['Warplanes belonging to the Saudi-led coalition struck Houthi positions in Saada.', ['saudi-led-coalition attacks houthis']],
  ['A helicopter belonging to the Russian army crashed near the Ukrainian border.', []],
  // A push onto the target or what it holds.
  ['Russian troops closed in on Ukrainian positions near Avdiivka.', ['russia attacks ukraine']],
  ['The Islamic State advanced on a position held by the Syrian army.', ['daesh attacks syria']],
  ['Ukraine advanced on a deal with the EU.', []],
  ['Russian troops advanced on Kyiv.', []],
  // Police are a state body; an adjective after a force noun leaves it the head.
  ['Taliban fighters killed 12 Afghan policemen in an ambush.', ['taliban attacks afghanistan']],
  ['A drone strike early on Sunday by the United States killed two al-Shabaab commanders.', ['united-states attacks al-shabaab']],
  // A clause-opening time phrase that lost its comma ends at its time head; the subject follows.
  ['On Tuesday the Syrian army shelled Nusra Front positions near Idlib.', ['syria attacks al-nusra-front']],
  ['During the night Ukrainian drones struck Russian positions in Crimea.', ['ukraine attacks russia']],
  [
    'The spokesman said that within the last 24 hours Russian forces were focused on destroying Daesh reinforcements.',
    ['russia attacks daesh'],
  ],
  ['On Monday Russia and Turkey held talks in Sochi.', ['russia met turkey']],
  ['Civilians were killed on Monday night in shelling of Donetsk.', []],
  // "X said [on Monday] it …": the pronoun is the reporter.
  ['The Syrian army said on Monday it had killed 40 Nusra Front fighters.', ['syria attacks al-nusra-front']],
  ['The Ukrainian army said on Monday it had downed 20 Russian drones.', ['ukraine attacks russia']],
  ['Hamas said it had not fired rockets at Israel.', []],
  // A deed noun's agent after its performing participle ("was carried out by X"), in that verb's mood.
  ['The attack on the Afghan army was carried out by the Taliban.', ['taliban attacks afghanistan']],
  ['Strikes on Houthi positions were conducted by the Saudi-led coalition.', ['saudi-led-coalition attacks houthis']],
  ['The attack on the Afghan army was not carried out by the Taliban.', []],
  ['The attack on the Afghan army may have been carried out by the Taliban.', []],
  ['The attack on a market was carried out by the Taliban.', []],
  ['The Russian attack on Ukraine and the crimes committed by Wagner were condemned.', ['russia attacks ukraine']],
  // Fire sent toward or into the target.
  ['North Korea fired artillery shells toward South Korean islands.', ['north-korea attacks south-korea']],
  ['Hezbollah fired rockets into Israel.', ['hezbollah attacks israel']],
  ['North Korea fired a missile into the sea.', []],
  // "killed in an Israeli strike": the bare demonym of the force noun names its source.
  ['Ismail Haniyeh was killed in an Israeli strike in Tehran.', ['israel attacks ismail-haniyeh']],
  ['Two Ukrainian soldiers were killed in a Russian drone attack.', ['russia attacks ukraine']],
  ['Five civilians were killed in an Israeli strike.', []],
  // Alliance and support: "X-allied/-aligned Y" (a generic head gives nothing).
  ['The Iran-aligned Houthis fired missiles at Israel.', ['houthis allied_with iran', 'houthis attacks israel']],
  [
    'Iran-allied Kataib Hezbollah attacked US bases in Iraq.',
    ['iran allied_with kataib-hezbollah', 'kataib-hezbollah attacks united-states'],
  ],
  ['Iran-allied militias attacked US bases in Iraq.', []],
  // "to" before an "X-backed Y" compound is a preposition, not an infinitive: the backing is stated.
  // (A place lost to an armed actor was taken by force: lost-to.)
  ['Al-Shabaab lost Kismayo to Kenyan-backed Somali forces.', ['kenya supports somalia', 'somalia attacks al-shabaab']],
  ['Hamas lost ground to Iran-backed Islamic Jihad in Gaza.', ['iran supports palestinian-islamic-jihad']],
  // "X in cooperation/coordination with Y <verb>": the clause's opening phrase acts with Y.
  ['Wagner mercenaries in coordination with the Malian army seized Kidal.', ['mali allied_with wagner-group']],
  ['The Libyan National Army in cooperation with Egyptian jets struck Derna.', ['egypt allied_with libyan-national-army']],
  ['Israeli forces in coordination with Egypt opened the Rafah crossing.', ['egypt allied_with israel']],
  ['Strikes on Idlib in coordination with Russia killed 20 civilians.', []],
  ['Israeli forces in coordination with the Palestinian Authority could secure Jenin.', []],
  ['Azerbaijan denied that its forces in coordination with Turkey shelled Stepanakert.', []],
  // Allies and partners listed after the phrase, or set off by commas.
  [
    "Kyiv's Western allies, including Britain and France, pledged more aid.",
    ['france allied_with ukraine', 'ukraine allied_with united-kingdom'],
  ],
  ['The allies of Russia, including Belarus and Iran, abstained.', ['belarus allied_with russia', 'iran allied_with russia']],
  ["Ukraine's partners, Germany and France, sent more air defence systems.", ['france allied_with ukraine', 'germany allied_with ukraine']],
  ['To reassure its allies, the United States sent two carriers to the Gulf.', []],
  ["Among Russia's allies, Belarus has been the most loyal.", []],
  // "X and Y are allies/partners"; negated or possible, nothing.
  ['Japan and South Korea are close allies.', ['japan allied_with south-korea']],
  ['Russia and Iran are strategic partners.', ['iran allied_with russia']],
  ['Armenia and Azerbaijan are not allies.', []],
  ['North Korea and Russia could become partners.', []],
  // A repeated "by" adds a second agent.
  [
    'Assad has been backed militarily by Russia and by Hezbollah.',
    ['hezbollah supports bashar-al-assad', 'russia supports bashar-al-assad'],
  ],
  // Bolstering an actor is supporting it; bolstering a thing names no one; a refusal is none.
  ['Hezbollah has dispatched fighters to bolster the Syrian army.', ['hezbollah supports syria']],
  ['The United States sent two carriers to bolster Israel.', ['united-states supports israel']],
  ['Poland bolstered its defences along the border with Belarus.', []],
  ["The strike bolstered Hamas's standing in Gaza.", []],
  ['Chad refused to send troops to shore up the Malian government.', []],
  // Considering, mulling, weighing: a possibility.
  ['China is considering sending weapons to Russia.', []],
  ['Germany is mulling sending Taurus missiles to Ukraine.', []],
  // Joint exercises and drills, singular too; a cancelled one is none.
  ['Israel and the United States held a joint exercise.', ['israel allied_with united-states']],
  ['South Korea and the United States staged a joint military drill.', ['south-korea allied_with united-states']],
  ['Russia held a military exercise with Belarus.', ['belarus allied_with russia']],
  ['The United States and Japan cancelled a joint military exercise.', []],
  // Fighting on the side of; a comma list does not run into the speaker of a new clause.
  ['Eritrean troops fought on the side of Ethiopia in Tigray.', ['eritrea allied_with ethiopia']],
  ['The Kastus Kalinouski Regiment is fighting on the side of Ukraine.', ['kastus-kalinouski-regiment allied_with ukraine']],
  ['Hamas cooperated with Israel, Iran claimed.', ['hamas allied_with israel']],
  // Loyal to; proxies.
  ['The Popular Mobilization Forces, loyal to Iran, attacked the base.', ['popular-mobilization-forces supports iran']],
  ['Militias loyal to Iran, such as Kataib Hezbollah, attacked the base.', ['kataib-hezbollah supports iran']],
  // (No supports: the forces are Haftar's own, and act as his, as "forces of Khalifa Haftar" do.)
  ['Forces loyal to Khalifa Haftar attacked Tripoli.', ['khalifa-haftar attacks libya']],
  ['Syrian troops loyal to Bashar al-Assad retook Palmyra.', []],
  ["The Houthis, Iran's main proxy in Yemen, fired missiles.", ['iran supports houthis']],
  ['Saudi Arabia accused Iran of waging a proxy war in Yemen.', ['saudi-arabia opposes iran']],
  // A ditransitive's first object is the party when an amount or the aid itself follows it; an
  // actor's own fighters are no party.
  ['The European Union gave Ukraine 5 million euros of aid.', ['european-union supports ukraine']],
  ['The IMF granted Egypt a $3 billion loan.', ['international-monetary-fund supports egypt']],
  ['Qatar gave Hamas $30 million.', ['qatar supports hamas']],
  ['Iran sent Hezbollah fighters to Syria.', []],
  ['Iran denied giving the Houthis weapons.', []],
  // Help received from someone (with a receiving verb; seizing it is none); aid from X to Y.
  ['The Houthis receive weapons from Iran.', ['iran supports houthis']],
  ['Aid from the EU to Ukraine arrived on Monday.', ['european-union supports ukraine']],
  ['Israel seized aid from Hamas.', ['israel attacks hamas']],
  ['Russia attacked Ukraine with weapons from Iran.', ['russia attacks ukraine']],
  ['Hamas denied receiving money from Qatar.', []],
  // Solidarity with, throwing one's weight behind; establishing or restoring ties.
  ['Iran voiced solidarity with Hezbollah.', ['iran supports hezbollah']],
  ['Turkey expressed solidarity with the victims.', []],
  ['Qatar threw its weight behind Hamas.', ['qatar supports hamas']],
  ['Israel and the UAE normalised relations.', ['israel allied_with united-arab-emirates']],
  ['Turkey restored diplomatic ties with Egypt.', ['egypt allied_with turkey']],
  ['Saudi Arabia could normalise relations with Israel.', []],
  // Backers and allies set off by commas, or listed after a capitalized first word.
  ["Taiwan's main arms supplier, the United States, approved a new sale.", ['united-states supports taiwan']],
  ['Allies of Russia, including Belarus and Iran, abstained.', ['belarus allied_with russia', 'iran allied_with russia']],
  // Allies named after the noun; degree adverbs inside the phrase.
  [
    'Haftar and his allies Egypt and the UAE rejected the plan.',
    ['egypt allied_with khalifa-haftar', 'khalifa-haftar allied_with united-arab-emirates'],
  ],
  ["The Houthis, Tehran's most powerful ally in Yemen, fired missiles.", ['houthis allied_with iran']],
  // "of" after a place word ("north of the port") is the place's, not the alliance's.
  ['Hundreds fled towards areas held by the Houthi alliance north of the port UN envoy Hans Grundberg said.', []],
  ['Thousands fled to areas held by the Wagner Group alliance east of the town spokesman Ahmed Jaber said.', []],
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
  // A closing speaker whose comma was lost is no object of the verb before it.
  ['Russian air strikes killed 22 children the UN agency UNICEF said Wednesday.', []],
  ['A Houthi drone strike injured seven Saudi Governor Turki al-Faisal said.', []],
  ['Israeli strikes killed 12 Hamas fighters the Israeli military said on Friday.', ['israel attacks hamas']],
  ['The Taliban attacked Pakistani soldiers on Tuesday the Pakistani army said.', ['taliban attacks pakistan']],
  ['Houthi rebels fired missiles at Saudi Arabia, Riyadh said.', ['houthis attacks saudi-arabia']],
  // A possessive right after "and" is the conjunct's ("X and their ally Y").
  ['UN investigators said bombardment by Syrian forces and their Russian ally killed civilians.', ['russia allied_with syria']],
  ['Air strikes by Syrian troops and their Russian allies hit the town.', ['russia allied_with syria']],
  // A meeting's direct object is a party, an office or an envoy, not a thing of a party.
  ['Ukraine received German tanks last year.', []],
  ['Putin received the Iranian foreign minister in Moscow.', ['iran met vladimir-putin']],
  ['Lavrov met his Turkish counterpart in Antalya.', ['sergei-lavrov met turkey']],
  // An -ing form is no passive participle: "was given prior warning by" is no warning against.
  ['Russia was given prior warning by the United States.', []],
  // Preparing or plotting an attack is no attack.
  ['Hamas was preparing to attack Israel, the army said.', []],
  ['Al-Shabaab is plotting to attack Kenya.', []],
  // "the Syrian fighting group": an -ing form between a modifier and its head noun is no verb.
  ['A spokesman for the Libyan fighting group said Wagner attacked Tripoli.', ['wagner-group attacks libya']],
  ['Sudanese fighting units of the RSF attacked El Fasher.', []],
  // "the forces of (President) X", "the regime of X" are the state X leads.
  ['The forces of President Bashar al-Assad retook Palmyra from IS.', ['syria attacks daesh']],
  ['Iran backs the government of Prime Minister Haider al-Abadi.', ['iran supports iraq']],
  ["Russian jets backed the forces of Syria's President Bashar al-Assad.", ['russia supports syria']],
  // "the Syrian and Lebanese forces" is one side, even read as a people ("the Syrian").
  [
    'Heavy clashes broke out between the Syrian and Lebanese forces and militants of the Nusra Front.',
    ['al-nusra-front attacks lebanon', 'al-nusra-front attacks syria', 'lebanon attacks al-nusra-front', 'syria attacks al-nusra-front'],
  ],
  [
    'Clashes erupted between the Azerbaijani and Armenian armies near Lachin.',
    ['armenia attacks azerbaijan', 'azerbaijan attacks armenia'],
  ],
  // An actor before a descriptor noun only describes the actor after it ("an al Qaeda affiliate the Nusra Front").
  [
    'Clashes erupted between a former al Qaeda affiliate the Islamic State and the Taliban.',
    ['daesh attacks taliban', 'taliban attacks daesh'],
  ],
  // An actor before a person's title only describes the person ("the Assad regimes UN representative X").
  ['The Assad regimes UN representative Bashar Jaafari blamed France for the massacre.', ['bashar-al-jaafari opposes france']],
  // Only a verb of taking part makes its coordinated subject the parties of a symmetric noun.
  ['Russia and the Assad regime violated the truce 264 times.', []],
  ['Armenia and Azerbaijan broke the ceasefire within hours.', []],
  ['Armenia and Azerbaijan signed a ceasefire in Moscow.', ['armenia allied_with azerbaijan']],
  // "X's meeting with ministers including from A, B and C": X meets each member; they do not meet each other.
  [
    "Blinken's meeting with Gulf ministers, including from Qatar, Kuwait and Oman, followed talks in Riyadh.",
    ['antony-blinken met kuwait', 'antony-blinken met oman', 'antony-blinken met qatar'],
  ],
  // A named group in the object of what is helped is not the one helped.
  ['Kurdish fighters pushed ahead in their offensive against members of the Islamic State group under the cover of US air strikes.', []],
  // "with support from X": the preposition is the support noun's, not the verb's.
  ['The SDF are fighting to take the town with support from the US-led coalition.', ['us-led-coalition supports syrian-democratic-forces']],
  // A speech or accusing participle that lost its comma after the verb's object has the verb's subject.
  ['Turkish forces shelled northern Syria claiming to have targeted positions of the PKK.', ['turkey attacks pkk', 'turkey attacks syria']],
  ['Israel struck Gaza accusing Hamas of firing rockets.', ['israel opposes hamas']],
  // An -ing form before the name it describes is no verb ("the UK-based opposing Syrian Observatory").
  ['Russia killed 16 civilians near Idlib the UK-based opposing Syrian Observatory said.', []],
  // A person's name run straight into a state's forces (a photo credit before a headline) is no party.
  ['AFP Photo Ahmad Karimi Israeli Army Strikes Hamas Posts in Gaza', ['israel attacks hamas']],
  // With no state called a regime yet, "regime forces" are the state whose places the story names.
  [
    'Fighting raged in Aleppo on Monday. Russian-backed regime forces are battling the Daesh terror group near Hama.',
    ['russia supports syria', 'syria attacks daesh'],
  ],
  [
    'Protests spread in Mandalay on Sunday. Regime troops clashed with the Arakan Army.',
    ['arakan-army attacks myanmar', 'myanmar attacks arakan-army'],
  ],
  // A list ending in a bare force word ("tanks and jets") is qualified as a whole; "planes from X" are X's.
  ['Turkish tanks and jets backed by planes from the US-led coalition entered Syria.', ['us-led-coalition supports turkey']],
  ['Hamas and fighters backed by Iran attacked Israel.', ['hamas attacks israel']],
  // A border names two states' place, not whose regime it is; after "its" a demonym describes the ally named.
  [
    'Six people were killed in Homs, Syria said. The regime shelled the old city. The army backed by its Lebanese ally Hezbollah pushed on near the Lebanon border.',
    ['hezbollah allied_with syria', 'hezbollah supports syria'],
  ],
  // Vetoing efforts to impose penalties on Y shields Y, not the body that would impose them.
  [
    'Moscow and Beijing have vetoed previous Western efforts to impose U.N. penalties on Assad.',
    ['china supports bashar-al-assad', 'russia supports bashar-al-assad'],
  ],
  // "with X demanding …" is an absolute phrase, no party of the fighting.
  ['The Council met to address the fighting with Britain, France and the United States demanding a ceasefire.', []],
  // A compound describes the phrase up to its generic head; a name after it is no part of it.
  ['Turkey moved to tackle Washington-backed Kurdish militias Ankara considers terrorists.', []],
  // "government forces" in a sentence that names one state are that state's.
  [
    'Syria said the army shelled Idlib. In Iraq a ministry statement said government forces repelled an IS attack on Haditha.',
    ['daesh attacks iraq', 'iraq attacks daesh'],
  ],
  // The speaker of a speech noun is the speech verb's subject, not that of a verb ignoring the deed.
  ['Amnesty said that the United Nations continues to ignore Russian crimes in Syria.', ['amnesty-international opposes russia']],
  // "who" after a state named as a place is no state.
  ['Kurds rallied in Beirut for their brethren in Syria who are fighting ISIS.', []],
  // "ahead of", "because of": a compound preposition's phrase is no agent of the noun before it.
  ['France raised the prospect of investigating Russia for war crimes ahead of a UN Security Council meeting.', []],
  // "it" and "its" are never a person's.
  [
    'Hisham Marwah spoke in Istanbul on Monday. "The alliance should add regime positions to the targets it is hitting in its attacks on IS" he added.',
    [],
  ],
  // A descriptor noun's actor only describes the other actor of the phrase ("X al-Qaedas Syria affiliate").
  ['Khorasan Group members cooperate with the Nusra Front al-Qaedas Syria affiliate.', ['al-nusra-front allied_with khorasan-group']],
  // A state's possessive before a place only says where it is.
  ["The SDF advanced on Syria's Raqqa.", []],
  ['Iran attacked the United States Navy.', ['iran attacks united-states']],
  // A place behind a direction word ("in northwest Syria") is no subject.
  ['Air strikes on a school in northwest Syria killed 22 Hezbollah fighters.', []],
  ['Drone strikes in southern Lebanon killed three Hamas commanders, Israel said.', []],
  // A published statement is not a deed "carried by" the agency.
  ['"Hamas broke the truce" the statement carried by the Israeli army said.', []],
  // A verb form right after a preposition's object heads that phrase: "of the coalition strikes against X".
  ['Assad is the main beneficiary of the US-led coalition strikes against IS.', ['us-led-coalition attacks daesh']],
  // A participle opening the sentence qualifies the subject after its agent, comma or none.
  ['Backed by Russia and Iran, the Syrian army retook Aleppo from the rebels.', ['iran supports syria', 'russia supports syria']],
  ['Supported by Turkish drones the Azerbaijani army advanced into Karabakh.', ['turkey supports azerbaijan']],
  [
    'Backed by US air strikes the SDF captured Raqqa from IS.',
    ['syrian-democratic-forces attacks daesh', 'united-states supports syrian-democratic-forces'],
  ],
  // Support received, its giver named inside the object; a thing received is no meeting.
  ['The SDF has received considerable US support including airstrikes.', ['united-states supports syrian-democratic-forces']],
  ['The Houthis have received Iranian weapons.', ['iran supports houthis']],
  ['The Libyan army received Egyptian support.', ['egypt supports libya']],
  ['Hamas has sought Iranian support.', []],
  ['Kyiv received German tanks last month.', []],
  ['Poland hosts US troops near Rzeszow.', []],
  ['Putin hosted Turkish officials in Sochi.', ['turkey met vladimir-putin']],
  ['It is receiving UN aid through airdrops.', []],
  ['Sisi received a Hamas delegation in Cairo.', ['abdel-fattah-al-sisi met hamas']],
  // A call for someone's removal or overthrow opposes them; the removal of things opposes no one.
  ["France called for Assad's removal.", ['france opposes bashar-al-assad']],
  ['Kyiv called for the removal of Lukashenko.', ['ukraine opposes alexander-lukashenko']],
  ['The protesters called for the overthrow of Haftar.', []],
  ['The UN called for the removal of mines from the port of Hodeidah.', []],
  // A time phrase read into the last actor's phrase does not end the list.
  ['A truce that was brokered by Qatar and Egypt last week has collapsed in Gaza.', ['egypt allied_with qatar']],
  ['The deal was mediated by Turkey and the UN on Friday.', ['turkey allied_with united-nations']],
  // A threat to do harm through a phrasal infinitive ("to shoot down"), a time phrase before it.
  ['Pyongyang threatened last week to shoot down US spy planes near Guam.', ['north-korea opposes united-states']],
  ['Azerbaijan threatened to take out Armenian air defences.', ['azerbaijan opposes armenia']],
  ['Iran did not threaten to shoot down US drones.', []],
  ['The Houthis could threaten to shoot down Saudi jets.', []],
  // An opening participle's agent backs the clause subject.
  ['Supported by France, Chadian troops fought jihadists in northern Mali.', ['france supports chad']],
  ['Backed by Russian airstrikes, Syrian troops advanced on Palmyra.', ['russia supports syria']],
  ['Backed by Russian airstrikes, the offensive on Idlib stalled.', []],
  // A capital after "criticism from", "protests from" is its government reacting; the deed's owner is the target.
  ["Seoul's decision drew protests from Pyongyang.", ['north-korea opposes south-korea']],
  ["Israel's raid drew strong condemnation from Beirut.", ['lebanon opposes israel']],
  ['The strike drew strong criticism from Moscow.', []],
  ['Thousands of refugees from Kyiv arrived in Warsaw.', []],
  // An act done "in a rebuke to" a party opposes it; the subject may follow an opening phrase.
  ['In a rebuke to Moscow, Germany expelled two Russian diplomats.', ['germany opposes russia']],
  ['Japan summoned the Chinese ambassador in a snub to Beijing.', ['japan opposes china']],
  ['The rebuke to Pyongyang was mild.', []],
  ['Refugees fled to Damascus.', []],
  ['In coordination with Russia, Syrian troops pounded Idlib.', ['russia allied_with syria']],
  // Acting on behalf of a party supports it; speaking for one's own chief is no support.
  ['The Wagner Group operated on behalf of Russia in Mali.', ['wagner-group supports russia']],
  ['Turkey intervened on behalf of Azerbaijan in Karabakh.', ['turkey supports azerbaijan']],
  ['The Houthis may act on behalf of Iran.', []],
  ['The UN envoy spoke on behalf of Guterres.', []],
  // Coming to a party's aid, defence or rescue helps it: its "of" names the one helped.
  ['Washington came to the aid of Kyiv.', ['united-states supports ukraine']],
  ['Iran rushed to the defence of Hezbollah after the strikes.', ['iran supports hezbollah']],
  ['Turkey did not come to the aid of Azerbaijan.', []],
  ['The army retook the town thanks to the support of Russia.', []],
  // A threat or ultimatum issued to a party threatens it; "poses a threat to" is a judgement.
  ['North Korea made fresh threats against South Korea on Tuesday.', ['north-korea opposes south-korea']],
  ['Turkey sent a warning to Greece over the islands.', ['turkey opposes greece']],
  ['Washington issued a stern warning to Pyongyang.', ['united-states opposes north-korea']],
  ['Iran poses a threat to Israel, the Pentagon said.', []],
  ["Taiwan said China's drills were a threat to regional peace.", []],
  ['Moscow denied making threats against Kyiv.', []],
  // A threat owned by an actor threatens its target; being called a threat is a judgement.
  ["Iran's warning to Israel came after the strike.", ['iran opposes israel']],
  ['The Russian ultimatum to Kyiv expired.', ['russia opposes ukraine']],
  ['Iran is a threat to Israel.', []],
  ["Hezbollah is a threat to Lebanon's stability.", []],
  // A rights group that says a state's forces committed a wrong accuses the state.
  ['Human Rights Watch said Russian forces had committed war crimes in Bucha.', ['human-rights-watch opposes russia']],
  [
    'Human Rights Watch said Syrian government warplanes also appeared to have dropped nerve agents on Hama.',
    ['human-rights-watch opposes syria'],
  ],
  // Asking for an end to a party's deed opposes it.
  ['The Syrian Coalition called for an end to Russian airstrikes.', ['syrian-coalition opposes russia']],
  // A named group banned or outlawed in a state is sanctioned by it; the last conjunct's unless "both".
  ['The Muslim Brotherhood is banned in Egypt.', ['egypt opposes muslim-brotherhood']],
  ['The Muslim Brotherhood is not banned in Jordan.', []],
  [
    'Clashes broke out between Jaysh al-Islam and Jabhat Fatah al-Sham (banned in Russia) near Damascus.',
    ['jaish-al-islam attacks al-nusra-front', 'al-nusra-front attacks jaish-al-islam', 'russia opposes al-nusra-front'],
  ],
  [
    'Groups of Jabhat al-Nusra and Islamic State (both outlawed in Russia) attacked the town.',
    ['russia opposes al-nusra-front', 'russia opposes daesh'],
  ],
  // Backing a party's military operation backs the party.
  ['Washington backed the Ukrainian counteroffensive in Kherson.', ['united-states supports ukraine']],
  ['The US-led coalition is supporting an assault by Iraqi forces on Mosul.', ['us-led-coalition supports iraq']],
  ['Turkey did not support the Russian campaign in Syria.', []],
  // A group listed as terrorist by states is sanctioned by them, past "a Syrian affiliate of".
  [
    'The YPG is the armed wing of the PYD a Syrian affiliate of the PKK listed as a terrorist organisation by Turkey the US and EU.',
    ['european-union opposes pkk', 'turkey opposes pkk', 'united-states opposes pkk'],
  ],
  // A speaker's crimes noun reaches the agent of the relative clause after it.
  ['Zelensky said the war crimes Russia has committed in Bucha will not go unpunished.', ['volodymyr-zelensky opposes russia']],
  ['Kyiv said the atrocities Russian troops committed in Bucha would be punished.', ['ukraine opposes russia']],
  ['Hamas said the crimes Israel denies will be exposed.', []],
  // A ban spreads over the listed states; a parenthesis before the participle is skipped.
  [
    'Hamas is banned in the United States, Britain and Canada.',
    ['canada opposes hamas', 'united-kingdom opposes hamas', 'united-states opposes hamas'],
  ],
  ['The army fights groups such as the Islamic State (ISIL or Daesh) outlawed in Russia.', ['russia opposes daesh']],
  // Asking for a hostile measure against a party opposes it; lifting or opposing one is none.
  ['France called for UN sanctions against Syria.', ['france opposes syria']],
  ['The United States pushed for congressional approval for military strikes on Syria.', ['united-states opposes syria']],
  ['Ukraine urged more sanctions on Russia.', ['ukraine opposes russia']],
  ['Lebanon called for sanctions on Israel.', ['lebanon opposes israel']],
  ['Turkey called for action against the YPG.', ['turkey opposes ypg']],
  ['Hungary did not call for sanctions against Russia.', []],
  ['Russia called for sanctions relief for Iran.', []],
  ['Egypt called for international action on the crisis in Sudan.', []],
  ['Hungary opposed sanctions on Russia.', []],
  ['Orban resisted new sanctions on Moscow.', []],
  ['The United States lifted sanctions on Sudan.', []],
  ['Washington eased sanctions on Venezuela.', []],
  // Sympathy offered to a party backs it, in a letter or message of it too (the letter is a meeting).
  ['Erdogan sent his condolences to Iran after the crash.', ['recep-tayyip-erdogan supports iran']],
  ['Biden sent a message of sympathy to Japan.', ['japan met joe-biden', 'joe-biden supports japan']],
  ['The Kremlin said a wave of sympathy with Ukraine was fake.', []],
  ['Israel did not send condolences to Iran.', []],
  // A warrant issued for an actor's arrest coerces it.
  ['The ICC issued an arrest warrant for Vladimir Putin.', ['international-criminal-court opposes vladimir-putin']],
  ['The ICC did not issue a warrant for Putin.', []],
  // Arms and relief sent to a party aid it.
  ['Washington sent Patriot batteries to Ukraine.', ['united-states supports ukraine']],
  ['Turkey sent ambulances to Syria.', ['turkey supports syria']],
  // Threatening to deal a blow to a party threatens it; delivering a letter does not.
  [
    "Osama bin Laden's al-Qaeda has threatened to deliver devastating blows to the United States and Israel.",
    ['al-qaeda opposes israel', 'al-qaeda opposes united-states'],
  ],
  ['Hezbollah vowed to inflict a crushing defeat on Israel.', ['hezbollah opposes israel']],
  ['The Houthis threatened to deliver the letter to the UN.', []],
  // Rejecting a party's plea opposes it.
  ['Russia rejected a US plea to halt the flights over Aleppo.', ['russia opposes united-states']],
  // Forces loyal to a titled leader named with his state's demonym are that state's.
  ['The UN inquiry said forces loyal to Syrian President Bashar al-Assad have used chlorine gas.', ['united-nations opposes syria']],
  // A speaker's verdict on another's deed ("a violation", "illegal") accuses its owner.
  ["Israel's blockade of Gaza is illegal, the UN said.", ['united-nations opposes israel']],
  ["Moscow said Turkey's actions were a violation of international law.", ['russia opposes turkey']],
  ["Turkey's actions might be illegal, Russia said.", []],
  // "The two sides" stand for the pair of the last sentence's subject, and only a pair.
  [
    'Putin and Erdogan met in Sochi. The two sides agreed on a ceasefire in Idlib.',
    ['recep-tayyip-erdogan allied_with vladimir-putin', 'recep-tayyip-erdogan met vladimir-putin'],
  ],
  [
    'Armenia and Azerbaijan held talks in Brussels. Both sides signed a peace deal.',
    ['armenia allied_with azerbaijan', 'armenia met azerbaijan'],
  ],
  ['Russia attacked Ukraine. The two sides signed a deal.', ['russia attacks ukraine']],
  ['Israel and Hamas exchanged fire. The two sides could agree on a truce.', ['hamas attacks israel', 'israel attacks hamas']],
  // A clause-opening date without its comma (a month, a year, "for its part"); a state named
  // after a weekday or month is the state ("On Monday Turkey …", "In March Georgia …").
  ['On Monday Turkey accused Russia of violating its airspace.', ['turkey opposes russia']],
  ['In July Human Rights Watch accused the Houthis of recruiting children.', ['human-rights-watch opposes houthis']],
  ['In March Georgia protested to Russia over the border fence.', ['georgia opposes russia']],
  ['In 2015 Turkey shot down a Russian jet near the Syrian border.', ['turkey attacks russia']],
  ['For its part Kyiv said Moscow was responsible for the strike.', ['ukraine opposes russia']],
  ['In July the Turkey summit was cancelled.', []],
  // A coordinated infinitive shares the first one's head: a decision to act is not the act.
  ['Biden announced his decision to form a coalition and to arm Ukraine.', []],
  ['Iran sent troops to help Syria and to support Hezbollah.', ['iran supports hezbollah', 'iran supports syria']],
  // "who" is the person heading its antecedent, not the actors describing him.
  ["Russia's UN envoy Vassily Nebenzia who spoke on Monday accused Kyiv of shelling the plant.", ['vassily-nebenzia opposes ukraine']],
  // (The relative clause after the coordination is theirs: they met.)
  [
    'Putin and Erdogan, who met in Sochi, condemned Israel.',
    ['recep-tayyip-erdogan met vladimir-putin', 'recep-tayyip-erdogan opposes israel', 'vladimir-putin opposes israel'],
  ],
  // A passive verdict's agent: the body whose resolution or statement gave it, a date between.
  ['The Houthis were condemned on Friday in a UN Security Council resolution.', ['un-security-council opposes houthis']],
  ['Russia was criticized in a European Union statement.', ['european-union opposes russia']],
  ['Israel was not condemned in the UN resolution.', []],
  ['Erdogan was hosted on Monday by Putin.', ['recep-tayyip-erdogan met vladimir-putin']],
  // "the Lebanese Hezbollah group" is the group, in a coordination as alone.
  ['The Houthis are backed by Iran and the Lebanese Hezbollah group.', ['hezbollah supports houthis', 'iran supports houthis']],
  ['A Syrian opposition group condemned Russia.', []],
  // Support named by its giver before the noun, after "with" or "under".
  ['Hamas operates under Iranian protection.', ['iran supports hamas']],
  ['Israel intercepted the drones with US assistance.', ['united-states supports israel']],
  ['The SDF is fighting with its support.', []],
  // A claim rejected is not established; an accusation repeated opposes the accused.
  ['Iran rejected accusations that it armed the Houthis.', []],
  ['Moscow dismissed claims that Russian jets bombed the hospital in Aleppo.', []],
  ['Kyiv repeated its accusation that Moscow was shelling the plant.', ['ukraine opposes russia']],
  ['UN inspectors will investigate allegations that Syria used chemical weapons.', []],
  // Look-alikes of the constructions above.
  ['The Kurds are attacking ISIS with intensive US air support.', []],
  ['Backed by Russia and local militias pro-government forces have made gains.', []],
  ['Moscow backs its ally President Bashar al-Assad.', ['bashar-al-assad allied_with russia', 'russia supports bashar-al-assad']],
  // "so-called" is an adjective: no one calls anything, and the phrase goes on past it.
  ['US strikes against the so-called Islamic State killed 11 civilians.', ['united-states attacks daesh']],
  [
    'Airstrikes carried out by the United States against the so-called Nusra Front killed 11 civilians.',
    ['united-states attacks al-nusra-front'],
  ],
  ['The raid carried out by US forces against al-Shabaab in Somalia killed a senior commander.', ['united-states attacks al-shabaab']],
  ['Strikes carried out by Russia in Idlib killed 20 people, the Syrian Observatory said.', []],
  // "insisted that" is hostile only for a hostile act; a demand's verb read as a noun before its object.
  ['Russia insisted that Assad should remain in office.', []],
  ['Turkey insisted that the YPG withdraw from Manbij.', ['turkey opposes ypg']],
  ['The United States demanded that Iran halt enrichment.', ['united-states opposes iran']],
  ['Washington demanded that Moscow withdraw troops from Crimea.', ['united-states opposes russia']],
  // A compound participle only describes: "a US-formed group" is no US.
  ['Al-Nusra Front launched an offensive on the headquarters of a new US-formed militant group.', []],
  ['The Taliban attacked a Kabul-appointed governor in Kunduz.', []],
  ['A Hamas-orchestrated bombing killed three Israeli soldiers.', ['hamas attacks israel']],
  // A possessive after "and" is the conjunct's, past a parenthesis.
  [
    'Militants of the Nusra Front (the Syrian branch of al-Qaeda) and its allies of Faylaq al-Sham attacked the town.',
    ['al-nusra-front allied_with failaq-al-sham'],
  ],
  // A demonym inside a backer phrase names the backer; a possessive after a generic conjunct is its own.
  ['The Houthis and their Iranian backers attacked Saudi positions.', ['houthis attacks saudi-arabia', 'iran supports houthis']],
  ["Assad's Russian backers pledged more support.", ['russia supports bashar-al-assad']],
  ["Ukraine's Western backers sent more arms.", []],
  ['The rebels vowed to keep fighting government forces and their Russian and Iranian allies.', []],
  // An -ing verb right after an actor is that actor's (a reduced relative).
  ['Raqqa was hit by the US-led coalition fighting Daesh.', ['us-led-coalition attacks daesh']],
  ['Turkish jets struck the YPG fighting alongside US forces.', ['turkey attacks ypg', 'united-states allied_with ypg']],
  ['Kyiv was shelled by Russian troops backing the separatists.', ['russia attacks ukraine']],
  // A force participle after a deed done by a performing verb's subject is that subject's; after a
  // deed whose doer is not named, nobody's.
  [
    'US-led coalition aircraft unleashed a series of airstrikes targeting the Islamic State stronghold of Raqqa.',
    ['us-led-coalition attacks daesh'],
  ],
  ['Russian jets carried out strikes targeting the Nusra Front.', ['russia attacks al-nusra-front']],
  ['Israel launched a campaign targeting Hamas leaders in Gaza.', ['israel attacks hamas']],
  ['Russia launched an investigation into strikes targeting the Syrian army.', []],
  ['Turkey condemned the strikes targeting its soldiers.', []],
  // "the alliance" refers back to the one alliance of groups named just before.
  [
    'The Syrian Democratic Forces encircled Manbij on Friday. The alliance later attacked Daesh fighters in the town.',
    ['syrian-democratic-forces attacks daesh'],
  ],
  // A demonym before a civilian institution describes it: "a Syrian school" is no state's.
  ['Russian jets bombed a Syrian school in Idlib.', []],
  ['Israeli strikes hit a Palestinian hospital in Gaza.', []],
  ['Turkish jets struck a Syrian army base.', ['turkey attacks syria']],
  // A bare verb after plural forces, read as a noun by the tagger, is their verb (present-tense ledes).
  ['Russian jets bomb the Nusra Front in Idlib.', ['russia attacks al-nusra-front']],
  ['Israeli warplanes strike Hamas targets in Gaza.', ['israel attacks hamas']],
  ['Turkish forces support the FSA near al-Bab.', ['turkey supports free-syrian-army']],
  ['Russian jets bomb shelters in Aleppo.', []],
  // An adverb between an actor and its verb is the clause's.
  ['Iran meanwhile boosts military support for the Houthis.', ['iran supports houthis']],
  ['The army took Palmyra, Daesh meanwhile attacked Syrian troops in Deir ez-Zor.', ['daesh attacks syria']],
  // An effort's infinitive is its act under way, past its place and time phrases; not a planned effort's.
  ['Syrian troops launched an offensive in Idlib on Monday to retake territory from the Nusra Front.', ['syria attacks al-nusra-front']],
  ['Iraqi forces began an offensive to retake Mosul from ISIS.', ['iraq attacks daesh']],
  ['Turkey announced plans for an offensive to drive out the YPG.', []],
  ['Turkey announced plans for an offensive in northern Syria next month to drive out the YPG.', []],
  ['Israel launched a possible offensive to push Hezbollah back.', []],
  // Two states joined by a hyphen before "border" are a place.
  ['Hezbollah and the Syrian army began a joint offensive on the Lebanon-Syria border.', ['hezbollah allied_with syria']],
  ['Turkey shelled YPG positions on the Syria-Turkey border.', ['turkey attacks ypg']],
  ['The Lebanon-Syria talks ended.', ['lebanon met syria']],
  // Two sides marked "on one hand … on the other": the actors of one side do not fight each other.
  [
    'Fighting broke out between the Houthis on one side and Saudi-led coalition forces and Yemeni government troops on the other.',
    ['houthis attacks saudi-led-coalition', 'houthis attacks yemen', 'saudi-led-coalition attacks houthis', 'yemen attacks houthis'],
  ],
  [
    'Clashes erupted between the Nusra Front as well as the Free Syrian Army (FSA) on one hand and ISIL on the other.',
    ['al-nusra-front attacks daesh', 'daesh attacks al-nusra-front', 'daesh attacks free-syrian-army', 'free-syrian-army attacks daesh'],
  ],
  ['Talks between Russia and Turkey on one hand and Iran on the other ended without a deal.', ['iran met russia', 'iran met turkey']],
  [
    'Ankara is seeking to contain Kurdish forces fighting Hamas putting it at odds with its key ally the United States.',
    ['turkey allied_with united-states'],
  ],
  // An implicative verb done did its infinitive, whose doer is its object ("allowed the army to
  // retake"); a modal, a negation, an appeal or a bare infinitive leaves it undone.
  ['Russian air cover allowed the Syrian army to retake Palmyra from Islamic State.', ['syria attacks daesh']],
  ['Iranian drones enabled the Houthis to strike Saudi oil facilities.', ['houthis attacks saudi-arabia']],
  [
    'Israeli air cover helped the Lebanese army to drive Hezbollah out of the village.',
    ['israel supports lebanon', 'lebanon attacks hezbollah'],
  ],
  [
    'American drones allowed fighters loyal to the Government of National Accord to retake Sirte from Islamic State.',
    ['libya attacks daesh'],
  ],
  [
    'Russia launched air strikes in support of Assad allowing forces loyal to President Bashar Assad to advance against the rebels and Daesh.',
    ['russia supports bashar-al-assad', 'syria attacks daesh'],
  ],
  ['The strikes will allow the Houthis to attack Saudi positions.', []],
  ['Western weapons could help Ukraine to retake Crimea from Russia.', []],
  ['The ceasefire did not allow Hamas to attack Israel.', []],
  ['Russia wants to allow the Syrian army to retake Palmyra from Daesh.', []],
  ['Washington urged Turkey to strike the PKK.', []],
  // Members loyal to an actor are its own ("fighters loyal to the Houthis"); militias are not members.
  ['Fighters loyal to the Houthis attacked Saudi positions near Jizan.', ['houthis attacks saudi-arabia']],
  ['Gunmen loyal to the Taliban ambushed a Pakistani convoy.', ['taliban attacks pakistan']],
  ['Saudi jets bombed fighters loyal to the Houthis in Saada.', ['saudi-arabia attacks houthis']],
  ['Fighters loyal to the Houthis did not attack Saudi positions.', []],
  ['Militias loyal to Iran attacked US positions in Iraq.', []],
  // A named last conjunct after unnamed fighters is the target of a prepositional force verb too.
  ['Syrian forces advanced against the rebels and Daesh near Palmyra.', ['syria attacks daesh']],
  ['Syrian forces advanced against the rebels and civilians fled.', []],
  ['Houthi gunmen fired shells on the Tahrir area and the Saleh residential quarter in Sanaa.', []],
  ['Residents blame forces loyal to the Assad regime and the Russians for the aerial attacks.', []],
  // Ground lost to an armed actor was taken by force; a vote or an election lost is no fighting.
  ['Islamic State lost Palmyra to the Syrian army in March.', ['syria attacks daesh']],
  ['Ukraine lost Bakhmut to Russian forces after months of fighting.', ['russia attacks ukraine']],
  ['Hamas lost control of the checkpoint to Israeli forces.', ['israel attacks hamas']],
  ['The Houthis did not lose Hodeidah to the Saudi-led coalition.', []],
  ['Trump lost Pennsylvania to Biden.', []],
  ['Russia lost the vote to the United States.', []],
  // Unnamed fighters named by an "including" list are the listed actors; a named head stays the subject.
  ['Rebels in Syria including Al-Nusra Front militants have been battling ISIL since January.', ['al-nusra-front attacks daesh']],
  ['Rebel factions including Jaish al-Islam shelled Syrian army positions.', ['jaish-al-islam attacks syria']],
  ['Militias including Kataib Hezbollah fired rockets at US troops in Iraq.', ['kataib-hezbollah attacks united-states']],
  ['Jihadist groups including Islamic State did not attack the YPG.', []],
  ['Civilians including Hezbollah supporters were killed by Israeli strikes.', []],
  // Harm at an actor's hands, losses inflicted on an actor: its force.
  ['The Houthis suffered heavy losses at the hands of the Saudi-led coalition.', ['saudi-led-coalition attacks houthis']],
  ['Dozens of Nusra fighters were killed at the hands of the Syrian army.', ['syria attacks al-nusra-front']],
  ['The Syrian Army inflicted major losses on the ISIL in western Raqqa.', ['syria attacks daesh']],
  ['Iran put its fate in the hands of Russia.', []],
  ['Iran did not suffer losses at the hands of Israel.', []],
  ['The Taliban could inflict heavy losses on Afghan forces.', []],
  ['Hamas inflicted a blow on the Palestinian Authority in the elections.', []],
  // A clause-opening place phrase that lost its comma ("In Hama the Syrian army …"); "so-called";
  // gatherings of fighters stand for their actor.
  ['In Hama the Syrian army killed more than 70 Nusra Front terrorists.', ['syria attacks al-nusra-front']],
  ['In Gaza the Israeli army killed five Hamas fighters.', ['israel attacks hamas']],
  ['In Idlib the rebels shelled Syrian army positions.', []],
  ['Near Afrin the Turkish army did not attack the YPG.', []],
  ['ISIL killed 20 members of the so-called Free Syrian Army.', ['daesh attacks free-syrian-army']],
  ['Russia rejected the so-called peace plan.', []],
  ['The Syrian army targeted gatherings of ISIL terrorists near the power station.', ['syria attacks daesh']],
  ['Houthi rebels fired on gatherings of protesters in Sanaa.', []],
  // "between X on (the) one hand and Y on the other": the two hands are the two sides.
  [
    'Fierce clashes erupted between the Nusra Front as well as the Free Syrian Army (FSA) on one hand and ISIL on the other.',
    ['al-nusra-front attacks daesh', 'free-syrian-army attacks daesh', 'daesh attacks al-nusra-front', 'daesh attacks free-syrian-army'],
  ],
  [
    'Clashes erupted between fighters from the YPG on the one hand and fighters from ISIS and the Nusra Front on the other hand.',
    ['ypg attacks daesh', 'ypg attacks al-nusra-front', 'daesh attacks ypg', 'al-nusra-front attacks ypg'],
  ],
  [
    'Talks between Russia on the one hand and Ukraine and the EU on the other resumed.',
    ['russia met ukraine', 'european-union met russia'],
  ],
  // Ground taken in the passive, its holder after "from"; an attack pushed back was made.
  ['Palmyra was recaptured by the Syrian army from Islamic State in March.', ['syria attacks daesh']],
  ['Bodies were found in a town captured by the Syrian army from the Islamic State group.', ['syria attacks daesh']],
  ['Palmyra was not recaptured by the Syrian army from Islamic State.', []],
  ['Two hostages were freed by Qatar from the Nusra Front.', []],
  ['The Syrian army pushed back an assault by the Nusra Front on Aleppo.', ['al-nusra-front attacks syria']],
  ['The Houthis called back an attack by their fighters.', []],
  // A person in apposition before "a commander of X" is the subject; an adverb inside a
  // preposition's object does not cut the clause.
  ['Abu Omar al-Shishani a commander of the Nusra Front was killed by the Syrian army.', ['syria attacks abu-omar-al-shishani']],
  ['Seven militants from the Nusra Front were killed by the Syrian army.', ['syria attacks al-nusra-front']],
  [
    'The SDF concentrated their forces upon the strategically important city in an attempt to seize it from Islamic State.',
    ['syrian-democratic-forces attacks daesh'],
  ],
  ['In the strategically important city the rebels attacked Hezbollah.', []],
  // The targeted listed after an attack were struck by its source.
  [
    'Israeli jets struck a Hamas compound in Gaza. Among the targeted commanders were Ahmed Jabari and Mohammed Deif.',
    ['israel attacks hamas', 'israel attacks ahmed-jabari', 'israel attacks mohammed-deif'],
  ],
  ['Hamas held a rally in Gaza. Among the targeted commanders were Ahmed Jabari and Mohammed Deif.', []],
  // "retaken", read by the tagger as a noun, after a perfect's or passive's auxiliary.
  ['The Syrian army has retaken Palmyra from Islamic State.', ['syria attacks daesh']],
  ['Palmyra was retaken by the Syrian army from Islamic State.', ['syria attacks daesh']],
  ['Islamic State has overrun a Syrian army base near Raqqa.', ['daesh attacks syria']],
  ['The Syrian army has not retaken Palmyra from Islamic State.', []],
  ['Russian forces have not retaken Kherson from the Ukrainian army.', []],
  ['The Afghan army has not yet retaken Kunduz from the Taliban.', []],
  ['Israeli troops have not overrun Hamas positions in Rafah.', []],
  ['The cost overrun was criticised by the Pentagon.', []],
  // Actors joined to the subject by a comitative phrase act with it.
  [
    'The Syrian army, together with Hezbollah, attacked Nusra Front positions.',
    ['syria attacks al-nusra-front', 'hezbollah attacks al-nusra-front', 'hezbollah allied_with syria'],
  ],
  [
    'Russian jets alongside Syrian helicopters bombed Nusra Front positions.',
    ['russia attacks al-nusra-front', 'syria attacks al-nusra-front', 'russia allied_with syria'],
  ],
  [
    'Putin, together with Lavrov, met Erdogan in Sochi.',
    ['recep-tayyip-erdogan met vladimir-putin', 'recep-tayyip-erdogan met sergei-lavrov'],
  ],
  ['The Syrian army, together with Hezbollah, did not attack Nusra Front positions.', []],
  ['The Syrian army with support from Russia attacked Nusra Front positions.', ['russia supports syria', 'syria attacks al-nusra-front']],
  [
    'The Syrian army in coordination with Hezbollah attacked Nusra Front positions.',
    ['hezbollah allied_with syria', 'syria attacks al-nusra-front'],
  ],
  // An actor modifying an ally noun holds the ally ("Iran, a key Syrian ally"); a former ally is none.
  ['Iran, a key Syrian ally, welcomed the plan.', ['iran allied_with syria']],
  ['Turkey, a NATO ally, closed its airspace.', ['nato allied_with turkey']],
  ['Iran, a former Syrian ally, welcomed the plan.', []],
  ['Iran, a former ally of Syria, welcomed the plan.', []],
  ['Armenia and its erstwhile partner Russia traded accusations.', ['armenia opposes russia', 'russia opposes armenia']],
  // A claimed (or performed) deed's relative clause: the claimer did it.
  ['The Islamic State claimed responsibility for the attack which killed 12 Syrian soldiers.', ['daesh attacks syria']],
  ['Al-Shabaab claimed the bombing that killed Kenyan soldiers.', ['al-shabaab attacks kenya']],
  ['The Pakistani Taliban claimed responsibility for the attack on Pakistani troops.', ['tehrik-i-taliban-pakistan attacks pakistan']],
  [
    'Jabhat al-Nusra claimed responsibility for the twin bombings, which targeted Hezbollah positions in Qalamoun.',
    ['al-nusra-front attacks hezbollah'],
  ],
  ['No one claimed responsibility for the attack which the regime blamed on the rebels.', []],
  ['No group has claimed responsibility for the attack which killed Nigerien soldiers.', []],
  ['The Houthis denied responsibility for the drone attack which targeted Saudi Arabia.', []],
  ['Moscow claimed the strike that hit Ukrainian troops was staged by Kyiv.', []],
  // Force received: "came under (the) attack of / from" an actor.
  ['Saudi troops came under the attack of Houthi rebels.', ['houthis attacks saudi-arabia']],
  ['Ukrainian troops came under heavy attack from Russian forces near Bakhmut.', ['russia attacks ukraine']],
  ['The report came under the scrutiny of the United Nations.', []],
  // Fire received between armed actors is gunfire; from anyone else, criticism.
  ['The Syrian army came under fire from Islamic State fighters near Palmyra.', ['daesh attacks syria']],
  ['Israeli troops came under fire from Hamas gunmen in Rafah.', ['hamas attacks israel']],
  ['Israel came under fire from the United Nations over the strikes.', ['united-nations opposes israel']],
  ['The Taliban came under fire from Human Rights Watch.', ['human-rights-watch opposes taliban']],
  ['The Houthis did not come under fire from Saudi troops.', []],
  // Fighting engaged in with an actor: mutual.
  ['The YPG engaged in fierce clashes with the Islamic State near Raqqa.', ['ypg attacks daesh', 'daesh attacks ypg']],
  ['The Malian army engaged in heavy fighting with JNIM near Gao.', ['mali attacks jnim', 'jnim attacks mali']],
  ['Ukrainian troops engaged with Russian forces near Bakhmut.', ['ukraine attacks russia']],
  ['Azerbaijani troops engaged with Armenian forces in Karabakh.', ['azerbaijan attacks armenia']],
  ['Washington engaged with Tehran over the nuclear deal.', []],
  ['The United States engaged with Taliban officials in Doha.', []],
  ['Azerbaijan did not engage with Armenian forces.', []],
  // Military action taken against an actor is force; possible or denied, it is none.
  ['Turkey took military action against the PKK in northern Iraq.', ['turkey attacks pkk']],
  ['Israel carried out military action against Hezbollah in southern Lebanon.', ['israel attacks hezbollah']],
  ['The United States could take military action against North Korea.', []],
  ['Russia did not take military action against Georgia.', []],
  ['The European Union took action against Russia over the annexation.', []],
  // (Legal action is a complaint, not force.)
  ['Taiwan took legal action against China.', ['taiwan opposes china']],
  // An actor's neighbourhoods and districts, or those it holds, are its.
  ['The ISIS group attacked several southern neighborhoods held by Syrian government troops.', ['daesh attacks syria']],
  ['Houthi rebels shelled districts held by the Yemeni government in Taiz.', ['houthis attacks yemen']],
  ['Russian artillery shelled Ukrainian neighbourhoods in Kharkiv.', ['russia attacks ukraine']],
  ['The storm hit several neighbourhoods held by the Taliban.', []],
  // (A district named after "of" is a place's name, not its owner.)
  ['Nusra Front fighters shelled the Kurdish district of Aleppo.', []],
  ['Hamas fighters did not attack Israeli neighbourhoods.', []],
  // A force noun after "any" names no deed that happened.
  ['Britain acknowledged weak support for any military action against the Syrian government.', []],
  ['Japan ruled out any strikes on North Korean missile sites.', []],
  // "Regime forces", "government troops" with no state named: the state of the story's places, the
  // lexicon's spellings of them included ("Deir al Zor", "Syrias Idlib", "rebel-held eastern Aleppo");
  // a state the sentence names is more often their backer than their own.
  ['US-led coalition forces killed dozens of regime fighters south of Deir al Zor on Sunday.', ['us-led-coalition attacks syria']],
  ['The Arakan Army killed dozens of regime soldiers near Sittwe on Sunday.', ['arakan-army attacks myanmar']],
  [
    'Fighting raged near Marib on Monday. Government troops backed by Saudi Arabia clashed with the Houthis.',
    ['houthis attacks yemen', 'saudi-arabia supports yemen', 'yemen attacks houthis'],
  ],
  [
    'Shelling killed three civilians in Donetsk on Monday. Russian troops attacked government forces near the city.',
    ['russia attacks ukraine'],
  ],
  ['Heavy fighting was reported near Kandahar. Pakistani jets struck government forces on Monday.', ['pakistan attacks afghanistan']],
  ['Clashes erupted in rebel-held eastern Aleppo. Moscow has supported government forces since 2015.', ['russia supports syria']],
  [
    'Clashes raged near Deir Ezzor on Monday. Russian and government airstrikes hit Daesh.',
    ['russia attacks daesh', 'syria attacks daesh'],
  ],
  ['The offensive continued in Syrias Idlib province. Iran has backed regime forces with militias.', ['iran supports syria']],
  [
    'In Iraq a Defense Ministry statement said government forces repelled an ISIS attack on Haditha.',
    ['daesh attacks iraq', 'iraq attacks daesh'],
  ],
  // (A law's reach is no place: "banned in Russia" does not make them Russia's forces.)
  [
    'Government forces clashed with the Islamic State (banned in Russia) east of Palmyra.',
    ['daesh attacks syria', 'russia opposes daesh', 'syria attacks daesh'],
  ],
  ['Shelling killed three civilians in Donetsk on Monday. Russian troops did not attack government forces near the city, Moscow said.', []],
  ['Fighting raged near Marib on Monday. Government troops could clash with the Houthis, analysts said.', []],
  ['Clashes erupted in rebel-held eastern Aleppo. Moscow did not support government forces, the minister said.', []],
  ['The Syrian regime shelled Idlib. A brutal regime will not survive, Iran said.', []],
  // "The army" the sentence does not own: the story's state once named in that role, before the
  // state named most as a military (the foreign jets and special forces over the story's places).
  [
    'Russian jets and Russian special forces struck rebels near Idlib on Sunday. Syrian troops advanced on Monday. The army also shelled Daesh positions.',
    ['syria attacks daesh'],
  ],
  [
    'Ukrainian troops shelled Russian positions near Donetsk. Russian artillery and Russian jets hit the city. The army later struck Russian depots near Luhansk.',
    ['ukraine attacks russia', 'ukraine attacks russia'],
  ],
  // A capital's or a city's possessive that lost its apostrophe: "Damascuss", "Kyivs"; "Hamas" before
  // a place's part, or an adjective in a story set in Syria, is Hama's, not the group.
  ['Damascuss ally Russia launched new air strikes on Sunday.', ['russia allied_with syria']],
  ['Kyivs ally Poland sent more tanks.', ['poland allied_with ukraine']],
  ['Regime forces shelled Kafr Zita in Hamas northern countryside on Monday.', []],
  [
    'Airstrikes killed 25 civilians in Hama on Thursday. Hamas recent upsurge in violence follows an offensive by Jaish al-Fatah against regime forces.',
    ['jaish-al-fatah attacks syria'],
  ],
  ['Israel struck Hamas positions in Gaza.', ['israel attacks hamas']],
  ['Israeli jets struck Gaza. Hamas recent statement condemned Israel.', ['hamas opposes israel']],
  ['Regime forces shelled Hama. Hamas political bureau chief Khaled Meshaal condemned Israel.', ['khaled-meshaal opposes israel']],
  // A describer capitalized at a sentence's start is no name ("Key regime ally Iran", "Close Assad ally").
  ['Regime forces pounded rebels in Idlib. Key regime ally Iran sent more fighters.', ['iran allied_with syria']],
  ['Close Assad ally Russia vetoed the resolution.', ['bashar-al-assad allied_with russia']],
  ['Key Houthi ally Iran denied the charge.', ['houthis allied_with iran']],
  // A demonym before a town's or a camp's name describes the place; a state's installation stays its own.
  ['Syrian shelling on the Palestinian Yarmuk camp killed two.', []],
  ['Israeli troops raided the Palestinian Jenin refugee camp.', []],
  ['Israeli jets struck the Iranian Imam Ali base in Syria.', ['israel attacks iran']],
  // An acronym in parentheses restating the actor before it keeps the coordination going.
  ['The Islamic State (IS) and the Nusra Front attacked the YPG.', ['al-nusra-front attacks ypg', 'daesh attacks ypg']],
  [
    'Clashes erupted between the YPG on the one hand and the Islamic State in Iraq and Syria (ISIS) and the Nusra Front on the other hand.',
    ['al-nusra-front attacks ypg', 'daesh attacks ypg', 'ypg attacks al-nusra-front', 'ypg attacks daesh'],
  ],
  [
    'Fighting broke out between the Libyan National Army (LNA) and Turkish troops.',
    ['libyan-national-army attacks turkey', 'turkey attacks libyan-national-army'],
  ],
  ['The Free Syrian Army (FSA) did not attack the YPG and the Nusra Front.', []],
  // A stance against an actor, owned by its possessor (REJECT); against a thing, or nobody's, none.
  ['The PYD reaffirmed its opposition to the Nusra Front.', ['pyd opposes al-nusra-front']],
  ["Turkey's hostility toward the YPG has grown.", ['turkey opposes ypg']],
  ['Japan voiced its opposition to the plan.', []],
  ['The opposition to Russia grew in Europe.', []],
  ['The Syrian opposition to the Assad regime met in Geneva.', []],
  // Losing legitimacy, said of an actor, is a verdict on it (DISAPPROVE); not where denied or possible.
  ['The PKK announced that the Syrian regime has lost legitimacy.', ['pkk opposes syria']],
  ['The African Union said the Malian government had lost its legitimacy.', ['african-union opposes mali']],
  ['Kyiv said the Russian-installed authorities had not lost legitimacy.', []],
  ['ECOWAS said the Niger junta may lose legitimacy.', []],
  ['Taipei said the talks had lost legitimacy.', []],
  // An offensive backed by X and waged by the subject (SUPPORT); not where the subject suffers it.
  ['Syrian troops retook Palmyra in a Russian-backed offensive.', ['russia supports syria']],
  ['Iraqi forces recaptured Mosul from IS in a US-backed offensive.', ['iraq attacks daesh', 'united-states supports iraq']],
  ['Islamic State lost Palmyra in a Russian-backed offensive.', []],
  ['The Houthis were driven from Aden in a Saudi-backed offensive.', []],
  // A pejorative deed by an actor in a quotation is the speaker's accusation, the speaker named after it.
  [
    '"These heinous actions by the Bashar al-Assad regime are a consequence of weakness" White House spokesman Sean Spicer told a briefing.',
    ['sean-spicer opposes syria'],
  ],
  ['"The crimes by Hamas are unforgivable" said Israeli Prime Minister Benjamin Netanyahu.', ['benjamin-netanyahu opposes hamas']],
  // Unnamed fighters named by a list after them, as a passive's agent or in a relative clause.
  ['Syrian troops were attacked by rebels including the Nusra Front.', ['al-nusra-front attacks syria']],
  ['Israeli troops were attacked by militants including Hamas fighters.', ['hamas attacks israel']],
  ['Syrian troops attacked rebels who include fighters of the Nusra Front.', ['syria attacks al-nusra-front']],
  ['Syrian troops were not attacked by rebels including the Nusra Front.', []],
  ['Iraqi forces pushed back fighters who include extremists from al-Qaedas former affiliate.', []],
  ['The talks were attended by envoys including those of Russia.', []],
  // A relative clause that lost its commas after a coordinated antecedent: a plain present form is
  // the whole coordination's, and the verb after the clause is the antecedent's, not its object's.
  ['Russia and Iran which back the Syrian government met in Astana.', ['iran met russia', 'iran supports syria', 'russia supports syria']],
  ['Turkey and Qatar which back the rebels met in Doha.', ['qatar met turkey']],
  ['Iran which backs Hezbollah condemned Israel.', ['iran opposes israel', 'iran supports hezbollah']],
  ['Turkey attacked the YPG which controls Afrin.', ['turkey attacks ypg']],
  // A thing agreed under a deal: the deal is done ("agreed to" stays a plan).
  ['Atareb is part of a zone agreed under a deal between Russia and Turkey.', ['russia allied_with turkey']],
  ['Azerbaijan and Armenia agreed to hold talks in Brussels.', []],
  // "the regimes allies": a back-reference's possessive that lost its apostrophe; a plural is none.
  [
    'The Syrian regime shelled Daraa. The regimes allies Russia and Iran sent troops.',
    ['iran allied_with syria', 'russia allied_with syria'],
  ],
  ['Authoritarian regimes in Asia met.', []],
  // A bomber or gunman from a group is the group acting; from a place, no one.
  ['A suicide bomber from the Nusra Front killed 25 Syrian soldiers.', ['al-nusra-front attacks syria']],
  ['A gunman from Hamas shot two Israeli soldiers.', ['hamas attacks israel']],
  ['A suicide bomber from Kabul killed three Afghan soldiers.', []],
  ['A suicide bomber killed 25 Syrian soldiers.', []],
  // A group described by the copula does what its participle says.
  [
    'The SDF is an Arab-Kurdish coalition battling the Islamic State (IS) group in northern Syria.',
    ['syrian-democratic-forces attacks daesh'],
  ],
  ['The PKK is a threat targeting Turkey.', []],
  // "X or its allied Y <force>": the alliance is stated.
  ['The Syrian regime or its allied Russian airforce bombed the market.', ['russia allied_with syria']],
  // Made to retreat, flee or surrender by force (FIGHT); pressure to withdraw from talks is none.
  ['Syrian forces forced the ISIS terrorists to retreat from the plains.', ['syria attacks daesh']],
  ['Ukrainian troops forced Russian forces to flee from the west bank of the Dnipro.', ['ukraine attacks russia']],
  ['The Malian army compelled Ansar Dine fighters to surrender near Timbuktu.', ['mali attacks ansar-dine']],
  ['Washington forced Israel to withdraw from the talks.', []],
  ['Heavy shelling forced civilians to flee.', []],
  // A place phrase opening the clause, its comma lost, is no part of the subject.
  ["In the province the Syrian warplanes targeted ISIL's positions.", ['syria attacks daesh']],
  ['Across the region the Nigerian army pounded Boko Haram camps.', ['nigeria attacks boko-haram']],
  // "Government"/"regime" holding an ally or backer noun before a name is the state of the story.
  ['Syrian jets and those of government ally Russia bombed Idlib.', ['russia allied_with syria']],
  [
    'The talks in Syria were sponsored by rebel backer Turkey and regime supporters Russia and Iran.',
    ['iran allied_with russia', 'iran allied_with turkey', 'iran supports syria', 'russia allied_with turkey', 'russia supports syria'],
  ],
  // "The military" as an adjective describes a thing; a capital that backs is its government.
  ['The Israeli army struck the military base of Hezbollah.', ['israel attacks hezbollah']],
  [
    'Israel struck the base of the Damascus-backed National Defense Forces in the Golan Heights.',
    ['israel attacks national-defense-forces', 'syria supports national-defense-forces'],
  ],
  // A description in apposition, naming no actor, stands for the actor before it.
  [
    'The Syrian Democratic Forces (SDF) an Arab-Kurdish alliance supported by US-led coalition air strikes surrounded Tabqa.',
    ['us-led-coalition supports syrian-democratic-forces'],
  ],
  // An actor's own fighters, named by a possessive pronoun, do what the tagger read as a noun.
  ['The Free Syrian Army said its fighters shot down a Syrian army helicopter.', ['free-syrian-army attacks syria']],
  ['The Houthis said their fighters shot down a Saudi drone over Marib.', ['houthis attacks saudi-arabia']],
  // A named actor and unnamed fighters described as allied act together.
  ['The Nusra Front and allied rebels battled Syrian troops near Hama.', ['al-nusra-front attacks syria']],
  ['Wagner and allied militias attacked Malian villages near Moura.', []],
  ['The Taliban and allied fighters attacked Afghan army posts in Kunduz.', ['taliban attacks afghanistan']],
  // A verdict on a deed, after a verb or a copula, blames the deed's owner (DISAPPROVE), past "an act of".
  ['Iran described the Israeli strike as an act of aggression.', ['iran opposes israel']],
  ['The Russian strike on the convoy was an act of aggression, Turkey said.', ['turkey opposes russia']],
  ["France said Turkey's strikes were a violation of international law.", ['france opposes turkey']],
  [
    'China said the US arms sales to Taiwan were a clear case of interference.',
    ['china opposes united-states', 'united-states supports taiwan'],
  ],
  ['Iran did not describe the Israeli strike as an act of aggression.', []],
  ['The strike was an act of self-defence, Israel said.', []],
  // Asking for an inquiry into a deed is a demand on its owner (DEMAND); an inquiry offered is none.
  ['Amnesty called for an inquiry into the Israeli raid on Jenin.', ['amnesty-international opposes israel']],
  ['The United States demanded an investigation into the Russian strikes on the convoy.', ['united-states opposes russia']],
  ['Russia offered an investigation into the strikes.', []],
  ['France called for an investigation into the attack.', []],
  // A bomber or sniper "from" a group is the group's; a reflexive between a verb and its particle.
  ['A sniper from the Russian army shot two Ukrainian soldiers near Bakhmut.', ['russia attacks ukraine']],
  ['An al-Shabaab suicide bomber blew himself up at a Somali army checkpoint in Mogadishu.', ['al-shabaab attacks somalia']],
  ['A Boko Haram bomber detonated his vest at a Nigerian army checkpoint.', ['boko-haram attacks nigeria']],
  ['Engineers detonated the mines found near the road.', []],
  // A compound adjective that lost its hyphen is no verb.
  ['The US struck the self proclaimed Islamic State in Raqqa.', ['united-states attacks daesh']],
  // "holds responsibility" lays the blame; a state word before a group of its forces is the state.
  ['The White House said that Russia holds responsibility for the strike.', ['united-states opposes russia']],
  ['Russia does not hold responsibility for the strike, the Kremlin said.', []],
  [
    'The Syrian army shelled Idlib. The Army of Conquest seized most government strongholds in the province.',
    ['jaish-al-fatah attacks syria'],
  ],
  // The members a grouping is said to have are allies, pairwise (COOPERATE); so are its founders.
  [
    'The Army of Conquest, an alliance of Islamist groups including al-Nusra Front, Ahrar al-Sham and Jund al-Aqsa, seized Idlib.',
    ['ahrar-al-sham allied_with al-nusra-front', 'ahrar-al-sham allied_with jund-al-aqsa', 'al-nusra-front allied_with jund-al-aqsa'],
  ],
  ['The Army of Conquest, which includes al-Nusra Front and Ahrar al-Sham, seized Idlib.', ['ahrar-al-sham allied_with al-nusra-front']],
  ['The Islamic Front is made up of Ahrar al-Sham and Jaish al-Islam.', ['ahrar-al-sham allied_with jaish-al-islam']],
  ['The Nusra Front and Ahrar al-Sham formed a new alliance.', ['ahrar-al-sham allied_with al-nusra-front']],
  ['Hamas and Islamic Jihad set up a joint operations room in Gaza.', ['hamas allied_with palestinian-islamic-jihad']],
  ['Russia and China formed a committee to review the plan.', []],
  ['The SDF, which includes the YPG, took Raqqa.', []],
  // A gerund after a verb of starting or going on is the act, done (not after "stopped").
  ['The US-led coalition started bombing Islamic State targets in Syria in September.', ['us-led-coalition attacks daesh']],
  ['Russian jets kept pounding Nusra Front positions near Idlib.', ['russia attacks al-nusra-front']],
  ['Israel stopped bombing Hamas positions after the truce.', []],
  // "war planes" are forces, not a war; a comma-less fronted agent ends where a name starts.
  ['Jordanian war planes carried out raids against Islamic State targets on Thursday.', ['jordan attacks daesh']],
  ["Backed by Russia's decisive military support Assad's government has regained control of Aleppo.", ['russia supports syria']],
  // An operation "by" its doer: what supports the operation supports the doer.
  ['Russian warplanes carried out air strikes in support of an offensive by Syrian forces.', ['russia supports syria']],
  ['The Iranian-backed offensive by Houthi fighters on Marib stalled.', ['iran supports houthis']],
  ['A Russian-backed offensive on Idlib began.', []],
  // Force faced, suffered or beaten back: its agent attacks the subject.
  ['The YPG repelled an assault by the Islamic State on Kobane.', ['daesh attacks ypg']],
  ['Saudi troops suffered an attack from Houthi fighters near Jizan.', ['houthis attacks saudi-arabia']],
  ['Ukraine could face a new offensive by Russia in spring.', []],
  // A capital addressed by a threat or an appeal is its government.
  ['The United States issued serious threats to Damascus.', ['united-states opposes syria']],
  ['The convoy brought food to Damascus.', []],
  // "leading" describes the subject's phrase; forces after an acronym in brackets are the actor's.
  ["Syria's leading opposition group the National Coalition blamed Assad for the attack.", ['syrian-coalition opposes bashar-al-assad']],
  ['Free Syrian Army (FSA) forces supported by the Turkish military took al-Bab.', ['turkey supports free-syrian-army']],
  ['Syrian Democratic Forces (SDF) fighters backed by US jets took Raqqa.', ['united-states supports syrian-democratic-forces']],
  // A force participle after a deed resumed or stepped up is the subject's.
  ['Russian fighter jets resumed their raids in Aleppo targeting positions of the Nusra Front.', ['russia attacks al-nusra-front']],
  ['Saudi jets intensified air strikes on Hodeidah targeting Houthi positions.', ['saudi-arabia attacks houthis']],
  ['Saudi jets struck Sanaa targeting Houthi positions.', ['saudi-arabia attacks houthis', 'saudi-arabia attacks yemen']],
  // A conjunction read as a preposition opens its own clause: the main clause's denial does not reach it.
  ['The Syrian army withdrew its troops after the United States issued threats to Damascus.', ['united-states opposes syria']],
  ['Israel suspended the talks after Egypt issued a warning to Hamas.', ['egypt opposes hamas']],
  ['Seoul refused aid after Pyongyang made threats against South Korea.', ['north-korea opposes south-korea']],
  ['Israel refused to issue a warning to Hamas after Egypt urged calm.', []],
  // Force "led by" or "spearheaded by" an actor is the actor's.
  ['Ukrainian troops faced a fresh assault led by Wagner fighters near Bakhmut.', ['wagner-group attacks ukraine']],
  ['Malian soldiers repelled an attack led by JNIM near Mopti.', ['jnim attacks mali']],
  ["Libyan forces faced an offensive spearheaded by Haftar's troops near Tripoli.", ['khalifa-haftar attacks libya']],
  ['The delegation led by Lavrov arrived in Ankara.', []],
  ['Afghan forces did not face an offensive led by the Taliban.', []],
  // "they" may stand for a state's army, forces or troops; not for the state named alone.
  ['The Malian army withdrew from Kidal as they faced an offensive by JNIM.', ['jnim attacks mali']],
  ['Afghan forces retreated as they came under attack from the Taliban.', ['taliban attacks afghanistan']],
  ['Russia said they would respond to the attack.', []],
  // Telling an actor something in a call or by phone is a meeting; telling alone is none.
  ['President Biden told Zelensky in a phone call that Washington would send more air defence.', ['joe-biden met volodymyr-zelensky']],
  ['Azerbaijani President Aliyev assured Pashinyan by phone that Baku wanted a peace treaty.', ['ilham-aliyev met nikol-pashinyan']],
  ['The US told Israel to call off the offensive in Rafah.', []],
  ['Blinken told reporters in a call that Washington backed Taiwan.', []],
  ['Erdogan did not tell Aliyev by phone that Turkey would send troops.', []],
  // A speaker saying another actor should (not) have done something reproaches it.
  ['Borrell said Israel should have allowed aid into Gaza.', ['josep-borrell opposes israel']],
  ['The Houthis should have respected the truce, the Saudi-led coalition said.', ['saudi-led-coalition opposes houthis']],
  ['Seoul said Pyongyang should not have fired the missile.', ['south-korea opposes north-korea']],
  ['The Taliban said Pakistan should have allowed Afghan refugees to stay.', ['taliban opposes pakistan']],
  ['Lavrov said Russia should have been invited to the talks.', []],
  ['Kyiv said Moscow must have known about the plan.', []],
  ['Hezbollah should have stayed out of the war.', []],
  // Past an opening participle phrase, the actor whose finite verb follows is the sentence's subject
  // ("he" in the next sentence); not an actor the participle's preposition governs.
  [
    'Decrying the attack on Kyiv President Zelensky said Ukraine would respond. He accused Russia of terrorism.',
    ['volodymyr-zelensky opposes russia'],
  ],
  ['Speaking to reporters Lavrov said Moscow was ready for talks. He accused NATO of provoking the war.', ['sergei-lavrov opposes nato']],
  [
    'Fighting between Hamas and Israel killed ten people. He accused the army of war crimes.',
    ['hamas attacks israel', 'israel attacks hamas'],
  ],
  // Named companions before an unnamed last conjunct leave the subject further left acting too.
  [
    'Russia along with Iran and local militia forces has been assisting the Syrian government.',
    ['iran supports syria', 'russia supports syria'],
  ],
  [
    'The Syrian army together with Hezbollah and allied militias attacked Nusra positions.',
    ['hezbollah allied_with syria', 'hezbollah attacks al-nusra-front', 'syria attacks al-nusra-front'],
  ],
  ['Iran and local militia forces have been assisting the Syrian government.', ['iran supports syria']],
  // An -ing form describing a noun ("a punishing aerial bombing campaign") is no governing verb.
  ['Russia has been waging a punishing aerial bombing campaign in Syria in support of the Syrian army.', ['russia supports syria']],
  ['Iran denied waging a covert campaign in support of the Houthis.', []],
  // A time or place phrase after an opening participle that lost its comma leaves the subject readable.
  ['Based in Istanbul the Syrian Coalition accused Russia of war crimes.', ['syrian-coalition opposes russia']],
  ['Founded in 2012 the Nusra Front attacked the Syrian army.', ['al-nusra-front attacks syria']],
  ['Stationed in Gao the Malian army repelled an attack by JNIM.', ['jnim attacks mali']],
  // (A state named as the place is no subject.)
  ['Trained in Iran the Houthi fighters fired missiles at Saudi Arabia.', ['houthis attacks saudi-arabia']],
  ['Arrested in Kyiv the suspects were accused of spying for Russia.', []],
  // A passive's agent past one place phrase ("killed in Gaza by …", "in Syria in an Israeli strike").
  ['Ten Hamas fighters were killed in Gaza by Israeli jets.', ['israel attacks hamas']],
  ['A Hezbollah commander was killed in Syria in an Israeli strike.', ['israel attacks hezbollah']],
  ['Five Ukrainian soldiers were wounded in Kherson by Russian shelling.', ['russia attacks ukraine']],
  ['Fourteen Daesh fighters were killed in northern Syria during an operation by Turkish forces.', ['turkey attacks daesh']],
  ['Two Russian soldiers were killed in Syria by a roadside bomb.', []],
  ['Ten Houthi fighters were killed in Marib in clashes between rival tribes.', []],
  ['Ten Hamas fighters were not killed in Gaza by Israeli jets.', []],
  ['Three Taliban commanders were killed in Kunduz on Tuesday.', []],
  // Criticism aimed "at" a capital is aimed at its government; more rebuke verbs.
  ['Baku lashed out at Yerevan over the ceasefire violations.', ['azerbaijan opposes armenia']],
  ['Kabul took aim at Islamabad over the border closure.', ['afghanistan opposes pakistan']],
  ['Moscow hit out at Kyiv for the drone attack.', ['russia opposes ukraine']],
  ['Beijing took a swipe at Washington over Taiwan.', ['china opposes united-states']],
  ['Tehran chided Washington over the sanctions.', ['iran opposes united-states']],
  ['The Houthi leader upbraided Riyadh for the blockade.', ['houthis opposes saudi-arabia']],
  ['Tehran fired back at Riyadh over the oil output.', []],
  ['The delegation arrived at Yerevan airport.', []],
  ['Israel did not hit out at Cairo over the crossing.', []],
  // A label of terror a speaker puts on the subject of "be"; the first sentences of a quotation whose
  // speaker is named where it closes.
  ['"Hamas is a terrorist organization. It has to be destroyed," Netanyahu told reporters.', ['benjamin-netanyahu opposes hamas']],
  ['"Russian forces have committed war crimes in Bucha. The world must act now," said Zelensky.', ['volodymyr-zelensky opposes russia']],
  [
    '"The Houthis violated the truce. We will respond," the Saudi-led coalition said in a statement.',
    ['saudi-led-coalition opposes houthis'],
  ],
  ['"Israel has violated the ceasefire in Lebanon. This is unacceptable," Hezbollah said.', ['hezbollah opposes israel']],
  ['"The Taliban are a terrorist group," Pakistan\'s army chief said.', ['pakistan opposes taliban']],
  ['Turkey says the YPG is a terrorist organization.', ['turkey opposes ypg']],
  ['Qatar said Hamas is not a terrorist organization.', []],
  ['"Russian forces have committed war crimes in Bucha." The report was released on Monday.', []],
  ['"The Houthis violated the truce. We will respond," the Saudi-led coalition did not say.', []],
  ['Seoul said North Korea could be a terror sponsor.', []],
  // Demands and reproaches in the first sentences of a quotation are the closing speaker's.
  [
    '"Russia must stop its attacks on Ukrainian cities. This is a war crime," Blinken said.',
    ['antony-blinken opposes russia', 'russia attacks ukraine'],
  ],
  ['"Israel should have allowed aid into Gaza. People are starving," Borrell said.', ['josep-borrell opposes israel']],
  ['"The Houthis must stop attacking ships. The Red Sea is not theirs," the US envoy said.', ['united-states opposes houthis']],
  ['"Israel should have allowed aid into Gaza. People are starving," Borrell did not say.', []],
  ['"Hamas must stop the rocket fire. Then we can talk." The statement was not signed.', []],
  // The one joined and the joiner both do the gerund after "in" (not where the joining is denied).
  [
    "Britain and Israel joined the US in saying Assad's forces were responsible.",
    [
      'israel allied_with united-states',
      'israel opposes syria',
      'united-kingdom allied_with united-states',
      'united-kingdom opposes syria',
      'united-states opposes syria',
    ],
  ],
  ['France followed Germany in imposing sanctions on Russia.', ['france opposes russia', 'germany opposes russia']],
  [
    'Egypt joined Qatar in mediating between Israel and Hamas.',
    ['egypt allied_with qatar', 'egypt met hamas', 'egypt met israel', 'hamas met qatar', 'israel met qatar'],
  ],
  ['Armenia joined the talks in Moscow after Azerbaijan agreed.', []],
  ['Japan did not join the US in imposing sanctions on China.', ['united-states opposes china']],
  ['Japan could join the US in imposing sanctions on China.', ['united-states opposes china']],
  // A blow dealt, delivered or given to an actor is force against it; the thing given (for aid) is
  // named before the one it goes to.
  ['The Syrian army dealt heavy blows to Daesh terrorists in Zuhur.', ['syria attacks daesh']],
  ['Kurdish fighters of the YPG dealt a blow to ISIS by capturing an important town.', ['ypg attacks daesh']],
  ['Ukrainian drones delivered a heavy blow to Russian forces in Crimea.', ['ukraine attacks russia']],
  ['The attack threatened to deal a fatal blow to the fragile ceasefire in Yemen.', []],
  ['The court ruling dealt a blow to Netanyahu.', []],
  ["The US sanctions dealt a blow to Iran's economy.", []],
  ['The vote was a blow to Erdogan.', []],
  ['Ukraine did not deal a blow to Russia.', []],
  ['Russia sent a delegation to Damascus with aid.', []],
  // Past a quantity's "of", the phrase counted is the object; assets struck reach their owner.
  ['The Russian Aerospace Forces have destroyed dozens of refining stations used by ISIS in Syria.', ['russia attacks daesh']],
  ['Saudi jets struck dozens of targets held by the Houthis.', ['saudi-arabia attacks houthis']],
  ['Ukrainian drones struck a Russian oil refinery in Ryazan.', ['ukraine attacks russia']],
  ['Turkish troops shelled YPG trenches near Afrin.', ['turkey attacks ypg']],
  ['The UN inspected Syrian weapons sites.', []],
  ['Israel shelled dozens of homes in Gaza.', []],
  // Past adjuncts opening the sentence (a preposition first, no verb), the subject is readable.
  ['In the early hours of Tuesday the Israeli army struck Hamas positions in Gaza.', ['israel attacks hamas']],
  ['During talks in Doha on Sunday Hamas rejected the Israeli proposal.', ['hamas opposes israel']],
  ['Near the border with Turkey on Friday Kurdish fighters attacked IS positions.', []],
  ['After the talks in Ankara on Monday Russia did not attack Ukrainian positions.', []],
  // Support stated through a noun of patronage or financing, with its possessor as the source.
  ["China's patronage of North Korea continued.", ['china supports north-korea']],
  ["Iran's sponsorship of Hezbollah is well known.", ['iran supports hezbollah']],
  ["Qatar's financing of Hamas angered Israel.", ['qatar supports hamas']],
  ["Iran's bankrolling of the Houthis is well documented.", ['iran supports houthis']],
  ['Israel denied any financing of Hamas.', []],
  ['The sponsorship of the talks by Qatar was welcomed.', []],
  ['Azerbaijan accused Armenia of sponsorship of terrorism.', ['azerbaijan opposes armenia']],
  // A case built, opened or pursued against an actor is an official complaint against it.
  ['The ICC prosecutor built a case against Netanyahu.', ['international-criminal-court opposes benjamin-netanyahu']],
  ['Ukraine opened a case against Russia at the International Court of Justice.', ['ukraine opposes russia']],
  ['Kyiv pursued a case against Moscow at the UN court.', ['ukraine opposes russia']],
  ['Israel did not open a case against Hamas.', []],
  ['The case against Russia at the International Court of Justice continues.', []],
  ['The lawyer opened the case for the defence of Hamas.', []],
  // Force used on an actor's behalf supports it.
  ["Russia's intervention on behalf of Assad began in 2015.", ['russia supports bashar-al-assad']],
  ['The Russian intervention on behalf of the Syrian government turned the war.', ['russia supports syria']],
  ["Hezbollah's fighting on behalf of the regime in Syria angered Israel.", ['hezbollah supports syria']],
  ['Moscow denied any intervention on behalf of Assad.', []],
  ['The UN called for an intervention on behalf of civilians.', []],
  // Backing terror, destabilizing, plotting and provoking, said of another actor, accuse it.
  ['Lavrov said Washington was arming terrorists in Syria.', ['sergei-lavrov opposes united-states']],
  ['Kabul said Islamabad was harbouring militants.', ['afghanistan opposes pakistan']],
  ['Blinken said Iran was destabilizing the region.', ['antony-blinken opposes iran']],
  ['Maduro said Washington was plotting a coup.', ['nicolas-maduro opposes united-states']],
  ['Pyongyang said Seoul was provoking a war.', ['north-korea opposes south-korea']],
  ['The UNHCR said Turkey was sheltering three million refugees.', []],
  ['Lavrov said Russia was supporting the Syrian army.', ['russia supports syria']],
  ['Lavrov denied that Russia was arming militants.', []],
  ['Blinken said Iran may be destabilizing the region.', []],
];
