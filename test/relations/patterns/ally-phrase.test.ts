// Pattern ally-phrase: "X's ally Y", "X and its Russian ally", "Y, a close ally of X, …".
import { allyPhrase } from '../../../src/relations/patterns/ally-phrase.js';
import { patternTester } from '../pattern-tester.js';

patternTester(allyPhrase, {
  valid: [
    // Allies "from" a country come from there: no alliance with the country.
    'The Syrian army and its allies from Lebanon captured the town.',
    'Ukraine and its allies from Europe met in Ramstein.',
    // A grouping that lists one actor pairs no one.
    'NATO is an alliance of states including Turkey.',
    // An ally named by no actor.
    'Iran and its allies have backed the Syrian government.',
    'The allies of the rebels met in Doha.',
    'Hezbollah, a powerful group, fired rockets.',
    // A proxy war is no client.
    "Russia's proxy war against NATO worries the EU.",
    // An actor after a comma that closes no apposition is the clause's subject.
    'To reassure its allies, the United States sent two carriers to the Gulf.',
    // A possessive after "and" whose conjunct is no actor; a noun phrase that runs on past the ally noun.
    'Libyan cities and their Turkish allies were hit.',
    'The militia said Washington and its allies support the Houthis.',
    // "allies" after "and" with nothing listed names no ally.
    'The Syrian army and allies advanced on Palmyra.',
    // An opening description whose holders are joined by "and", or followed by no verb of theirs.
    'An ally of Iran and Russia sent troops to Yemen.',
    'A key ally of Moscow said Belarus would host the drills.',
  ],
  invalid: [
    // Allies named after "from", or in a relative clause that lists them.
    {
      text: "The Syrian army and its allies from Lebanon's Shiite militia Hezbollah captured more territory inside Zabadani.",
      events: ['hezbollah allied_with syria'],
    },
    {
      text: 'The Houthis and their allies from the Popular Committees attacked the base.',
      events: ['houthis allied_with popular-committees'],
    },
    {
      text: 'At least 86 members of the Syrian army and its allies - who include members of the Lebanese group Hezbollah - were killed.',
      events: ['hezbollah allied_with syria'],
    },
    { text: 'The Army of Conquest, an alliance including Hamas and Hezbollah, seized Idlib.', events: ['hamas allied_with hezbollah'] },
    {
      text: 'Russia and Iran, both allies of Erdogan, met in Astana.',
      events: ['iran allied_with recep-tayyip-erdogan', 'recep-tayyip-erdogan allied_with russia'],
    },
    { text: 'Hezbollah is allied with Iran.', events: ['hezbollah allied_with iran'] },
    { text: "Russia, Erdogan's main ally, sent troops.", events: ['recep-tayyip-erdogan allied_with russia'] },
    { text: 'Syrian troops and allied Hezbollah fighters captured Qusayr.', events: ['hezbollah allied_with syria'] },
    { text: 'Iran and its Russian ally have backed the Syrian government.', events: ['iran allied_with russia'] },
    { text: 'Hezbollah, a close ally of Iran, fired rockets at Israel.', events: ['hezbollah allied_with iran'] },
    { text: "Syria's ally Russia sent more jets.", events: ['russia allied_with syria'] },
    // An actor modifying the ally noun holds it; the apposition before the comma is the ally.
    { text: 'Pakistan, a key U.S. ally, refused to send troops.', events: ['pakistan allied_with united-states'] },
    { text: 'Iran, a former Syrian ally, welcomed the plan.', events: [] },
    { text: 'Kyiv thanked its ally Poland.', events: ['poland allied_with ukraine'] },
    // Allies listed after the phrase, or set off by commas.
    {
      text: "Kyiv's Western allies, including Britain and France, pledged more aid.",
      events: ['france allied_with ukraine', 'ukraine allied_with united-kingdom'],
    },
    { text: 'The allies of Russia, such as Belarus, abstained.', events: ['belarus allied_with russia'] },
    { text: "Ukraine's partners, Germany and France, sent tanks.", events: ['france allied_with ukraine', 'germany allied_with ukraine'] },
    // A coordination after the noun; a degree adverb inside the phrase.
    {
      text: 'Russia and its allies Iran and Hezbollah pounded Aleppo.',
      events: ['hezbollah allied_with russia', 'iran allied_with russia'],
    },
    { text: "Hezbollah, Tehran's most powerful ally, fired rockets.", events: ['hezbollah allied_with iran'] },
    // A client (proxy) is backed by its holder.
    {
      text: "Iran's proxies, including Hezbollah and the Houthis, attacked Israel.",
      events: ['iran supports hezbollah', 'iran supports houthis'],
    },
    { text: "Hezbollah is Iran's proxy in Lebanon.", events: ['iran supports hezbollah'] },
    { text: "Hezbollah may be Iran's proxy.", events: ['iran supports hezbollah HYP'] },
    // An apposition that lost its comma (text copied without punctuation).
    { text: 'But Russia a Syrian ally vetoed the draft.', events: ['russia allied_with syria'] },
    // A possessive right after "and" is the conjunct's, not the nearest actor before it.
    {
      text: 'UN monitors said shelling by Malian troops and their Russian allies killed dozens.',
      events: ['mali allied_with russia'],
    },
    {
      text: 'Hamas and its allies Hezbollah and the Houthis fired rockets.',
      events: ['hamas allied_with hezbollah', 'hamas allied_with houthis'],
    },
    // A bare ally noun after "and", its allies listed.
    { text: 'The strikes were carried out by the Libyan army and allies including Egypt.', events: ['egypt allied_with libya'] },
    { text: 'The raids were backed by Kyiv and its partners particularly Poland.', events: ['poland allied_with ukraine'] },
    // A description opening the sentence stands for the clause's subject (with a comma or without).
    { text: 'A close ally of Iran, Hezbollah fired rockets at Israel.', events: ['hezbollah allied_with iran'] },
    { text: 'A key partner of Kyiv Poland has sent more tanks.', events: ['poland allied_with ukraine'] },
    // "its" after "it" is what "it" stands for.
    {
      text: 'Seoul sought to restrain the Japanese fleet operating near Dokdo putting it at odds with its key ally the United States.',
      events: ['south-korea allied_with united-states'],
    },
  ],
});
