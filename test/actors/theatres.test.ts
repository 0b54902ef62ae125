// Issue 16: organizations, armed groups and leaders of many theatres are known by their names,
// and a person's affiliation in the graph always points at a node the graph holds.
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/lexicon/load.js';
import { extractArticle } from '../../src/pipeline/extract.js';
import { buildGraph } from '../../src/pipeline/build.js';

const lex = loadLexicon();

function keys(text: string): string[] {
  return extractArticle({ id: 't', text, origin: { file: 't.txt' } }, lex).actors.map((a) => a.key);
}

describe('names across theatres', () => {
  it.each([
    ['Ukraine', 'Defence Minister Rustem Umerov met NATO Secretary General Mark Rutte in Kyiv.', ['rustem-umerov', 'nato', 'mark-rutte']],
    [
      'Gaza',
      'Yoav Gallant said Hamas and Islamic Jihad fighters attacked Israeli troops.',
      ['yoav-gallant', 'hamas', 'palestinian-islamic-jihad', 'israel'],
    ],
    ['Lebanon', 'Hezbollah fired rockets; Prime Minister Nawaf Salam condemned the strikes.', ['hezbollah', 'nawaf-salam']],
    ['Yemen', 'Ansar Allah attacked ships; Hans Grundberg urged calm.', ['houthis', 'hans-grundberg']],
    ['Libya', 'Abdul Hamid Dbeibah accused Khalifa Haftar of attacking Tripoli.', ['abdul-hamid-dbeibah', 'khalifa-haftar']],
    ['Sahel', 'JNIM and Wagner fighters clashed near Gao; Assimi Goïta praised the army.', ['jnim', 'wagner-group', 'assimi-goita']],
    ['Afghanistan', 'The Islamic Emirate said Amir Khan Muttaqi met Pakistani officials.', ['taliban', 'amir-khan-muttaqi', 'pakistan']],
    ['Korea', 'Kim Yo-jong condemned South Korean President Yoon Suk Yeol.', ['kim-yo-jong', 'yoon-suk-yeol', 'south-korea']],
    ['Taiwan', 'Lai Ching-te said Chinese warplanes crossed the Taiwan Strait.', ['lai-ching-te', 'china']],
    ['Caucasus', 'Jeyhun Bayramov and Ararat Mirzoyan met in Washington.', ['jeyhun-bayramov', 'ararat-mirzoyan']],
    [
      'organizations',
      'The IAEA, OPEC, ECOWAS, ASEAN and the African Union issued statements, and the G7 and G20 met.',
      ['international-atomic-energy-agency', 'opec', 'ecowas', 'asean', 'african-union', 'g7', 'g20'],
    ],
  ])('%s', (_theatre, text, expected) => {
    const found = keys(text);
    for (const k of expected) expect(found, k).toContain(k);
  });
  it('a list of persons in a text stripped of its commas goes on past a known name', () => {
    const found = keys('Daesh field commanders Abu Omar al-Shishani Alyauddin Al-Shishani and Salahuddin al-Shishani were killed.');
    for (const k of ['abu-omar-al-shishani', 'alyauddin-al-shishani', 'salahuddin-al-shishani']) expect(found, k).toContain(k);
    // (A headline's capitalized words after a name are no person.)
    expect(keys('Syrian Coalition: Assad Used Chemical Weapons 136 Times since Ghouta Massacre.')).not.toContain('used-chemical-weapons');
  });
  it('the Pakistani Taliban (TTP) are not the Afghan Taliban', () => {
    const found = keys('The TTP attacked a checkpoint in Khyber Pakhtunkhwa.');
    expect(found).toContain('tehrik-i-taliban-pakistan');
    expect(found).not.toContain('taliban');
  });
});

describe('affiliations point at nodes of the graph', () => {
  it('drops an affiliation whose state no article names', () => {
    const { graph } = buildGraph([{ id: 'a', text: 'Narendra Modi met Olaf Scholz in Berlin. Modi condemned the attack.' }]);
    graph.forEachNode((key, a) => {
      if (a.affiliation !== undefined) expect(graph.hasNode(a.affiliation), `${key} → ${a.affiliation}`).toBe(true);
    });
  });
  it('keeps it where the text names the state', () => {
    const { graph } = buildGraph([{ id: 'a', text: 'Indian Prime Minister Narendra Modi met German Chancellor Olaf Scholz.' }]);
    expect(graph.getNodeAttribute('narendra-modi', 'affiliation')).toBe('india');
    expect(graph.getNodeAttribute('olaf-scholz', 'affiliation')).toBe('germany');
  });
});

describe('other decades', () => {
  it('finds leaders of the 1990s by name', () => {
    const found = keys(
      'Russian President Boris Yeltsin hosted Japanese Prime Minister Ryutaro Hashimoto; Helmut Kohl met Slobodan Milosevic.',
    );
    for (const k of ['boris-yeltsin', 'ryutaro-hashimoto', 'helmut-kohl', 'slobodan-milosevic']) expect(found, k).toContain(k);
  });

  it('gives a titled surname that several known persons share the state they all served, and no identity', () => {
    const x = extractArticle({ id: 't', text: 'President Bush threatened further action against Russia.', origin: { file: 't.txt' } }, lex);
    const bush = x.actors.find((a) => a.key === 'bush');
    expect(bush?.affiliation).toBe('united-states');
  });

  it('a back-reference never points at a state named only after it', () => {
    const x = extractArticle(
      { id: 't', text: 'The army was backed by Lebanese, Iranian and Iraqi Shiite militias.', origin: { file: 't.txt' } },
      lex,
    );
    expect(x.actors.map((a) => a.key)).toEqual([]);
  });
});

describe('where a name run starts and ends', () => {
  it("a word that is no name before it, and a title's modifiers after it, are not the name", () => {
    expect(keys('Kharkiv Governor Oleh Synehubov spoke. Speaking to Ukrainian state TV Synehubov said the city held.')).toContain(
      'oleh-synehubov',
    );
    expect(keys('Speaking to Ukrainian state TV Synehubov said the city held.')).not.toContain('tv-synehubov');
    expect(keys('"It is unacceptable" said Kevin Kennedy Regional Humanitarian Coordinator for the Syria Crisis.')).toContain(
      'kevin-kennedy',
    );
  });
});

describe("a person's one-word name before a place word", () => {
  it('names the place', () => {
    expect(keys('The airstrike on al-Abbas bridge killed five people.')).not.toContain('mahmoud-abbas');
    expect(keys('Abbas met Blinken in Ramallah.')).toContain('mahmoud-abbas');
  });
});

describe('a given name after its honorific', () => {
  it("is the article's person of that first name, not a person of its own", () => {
    const text = 'Foreign Minister Prince Saud al-Faisal spoke on Monday. Prince Saud also urged EU ministers to act.';
    expect(keys(text)).toContain('saud-al-faisal');
    expect(keys(text)).not.toContain('saud');
  });
  it('where two persons share the first name, is neither', () => {
    const text = 'Prince Mohammed bin Salman met Prince Mohammed bin Zayed. Prince Mohammed said the talks went well.';
    expect(keys(text)).toContain('mohammed');
  });
  it("ends a capitalized title's role at the lower-case words before it", () => {
    const x = extractArticle(
      { id: 't', text: 'It is time to end this human crisis Foreign Minister Prince Saud al-Faisal said.', origin: { file: 't.txt' } },
      lex,
    );
    expect(x.actors.find((a) => a.key === 'saud-al-faisal')?.role).toBe('Foreign Minister');
  });
});

describe('roles stated by a copula or a plural title', () => {
  const rolesOf = (text: string) =>
    extractArticle({ id: 't', text, origin: { file: 't.txt' } }, lex)
      .events.filter((e) => e.relation === 'member_of' && !e.trigger.startsWith('listed role'))
      .map((e) => `${e.source} ${e.target}`)
      .sort();

  it("a group's name run into a listed person's state title is no employer", () => {
    expect(rolesOf('The top priority for the United States is to defeat Daesh Secretary of State Rex Tillerson said on Sunday.')).toEqual([
      'rex-tillerson united-states',
    ]);
    expect(rolesOf('Hamas leader Ismail Haniyeh met Erdogan.')).toEqual(['ismail-haniyeh hamas']);
  });

  it("a body between a rank and the role it describes ('a senior Nusra Front commander')", () => {
    expect(rolesOf('Abu Khalid al-Hamwi, a senior Nusra Front commander, was killed in Idlib.')).toEqual([
      'abu-khalid-al-hamwi al-nusra-front',
    ]);
    expect(rolesOf('Abu Khalid al-Hamwi a senior Nusra Front commander was killed in Idlib.')).toEqual([
      'abu-khalid-al-hamwi al-nusra-front',
    ]);
    expect(rolesOf('Oleksandr Kovalenko, a senior Ukrainian army officer, said the line held.')).toEqual(['oleksandr-kovalenko ukraine']);
    expect(rolesOf('Ahmed Saleh, a senior figure at the Brookings Institution, said Syria was weak.')).toEqual([]);
    // (A fellow, a reporter, an analyst of a body belong to it; their nationality is no service.)
    expect(rolesOf('Ahmed Saleh, a senior fellow at the Brookings Institution, said Syria was weak.')).toEqual([
      'ahmed-saleh brookings-institution',
    ]);
    expect(rolesOf('Anadolu Agency reporter Salih Leyla was killed near Aleppo.')).toEqual(['salih-leyla anadolu-agency']);
    expect(rolesOf('Militants killed the US journalist James Foley in 2014.')).toEqual([]);
    expect(rolesOf('Silvia Dallatomasina MSFs medical manager of operations said the strike was an outrage.')).toEqual([
      'silvia-dallatomasina doctors-without-borders',
    ]);
  });

  it('a relative clause of leading after the name, its comma lost in a stripped text', () => {
    expect(rolesOf('Fares al-Bayoush who heads Jaish al-Islam said they received missiles.')).toEqual(['fares-al-bayoush jaish-al-islam']);
    expect(rolesOf('Abu Ali who has led the political office of Ahrar al-Sham since 2015 was killed.')).toEqual(['abu-ali ahrar-al-sham']);
    expect(rolesOf('Abu Ali who met Jaish al-Islam leaders was killed.')).toEqual([]);
  });

  it("a role's own portfolio before the body ('chief of staff of', 'head of intelligence in')", () => {
    expect(rolesOf('Ahmad Berri, the chief of staff of the Free Syrian Army, said rebels would not withdraw.')).toEqual([
      'ahmad-berri free-syrian-army',
    ]);
    expect(rolesOf('John Smith, a professor of history at Oxford, said Syria was weak.')).toEqual([]);
  });

  it('words describing the body between the role and its name', () => {
    expect(rolesOf('Mohamad Sabra, the chief negotiator for the main opposition High Negotiations Committee, spoke.')).toEqual([
      'mohamad-sabra high-negotiations-committee',
    ]);
    expect(rolesOf('Abu Ali, a commander in the Islamist rebel group Ahrar al-Sham, was killed.')).toEqual(['abu-ali ahrar-al-sham']);
  });

  it('a relative clause of heading says whom the person heads', () => {
    expect(rolesOf('Fares al-Bayoush, who heads Jaish al-Islam, said they received missiles.')).toEqual([
      'fares-al-bayoush jaish-al-islam',
    ]);
    expect(rolesOf('Abu Ali, who has led the political office of Ahrar al-Sham since 2015, was killed.')).toEqual([
      'abu-ali ahrar-al-sham',
    ]);
    expect(rolesOf('Ali Haidar, who fought with Hezbollah, was arrested.')).toEqual([]);
  });

  it('a role with its "to/of" body before the comma names the person after it', () => {
    expect(rolesOf("Ukraine's ambassador to the UN, Sergiy Kyslytsya, condemned the strike.")).toEqual(['sergiy-kyslytsya ukraine']);
    expect(rolesOf('The spokesman for the Pentagon, John Kirby, said the strike was lawful.')).toEqual(['john-kirby united-states']);
    expect(rolesOf('Fighting raged near Aleppo, Syria, Reuters reported.')).toEqual([]);
  });

  it("a listed person's description set off by commas is read with the names after it", () => {
    expect(rolesOf('Sergei Lavrov, the Russian foreign minister, met Kerry in Geneva.')).toEqual(['sergei-lavrov russia']);
    expect(rolesOf('Michael Ratney, the US envoy for Syria, said Russia must stop bombing rebels.')).toEqual([
      'michael-ratney united-states',
    ]);
    // A photo credit before a headline is no description.
    expect(rolesOf('Sputnik Mikhail Alayeddin Syrian Army Reportedly Engaged in Fierce Fighting Against Daesh in Homs')).toEqual([]);
  });

  it('an apposition naming a group found after the person, quoted or "so-called", says whom the person serves', () => {
    expect(rolesOf('Ahmad Khalil, chief of the so-called "Al-Furqan Brigades", was killed in the strike.')).toEqual([
      'ahmad-khalil al-furqan-brigades',
    ]);
    expect(rolesOf('Yusuf Darwish - commander of the "Al-Haq Battalion" - was among the dead.')).toEqual([
      'yusuf-darwish al-haq-battalion',
    ]);
    // A group named after the person but not in an apposition: no role.
    expect(rolesOf('Ahmad Khalil said the so-called "Al-Furqan Brigades" had left the town.')).toEqual([]);
  });

  it('a body named right after a name with no role word is no employer, unless "of" joins them', () => {
    expect(rolesOf('Reporting by Khaled Yacoub Oweis Amman newsroom; Editing by Eric Walsh.')).toEqual([]);
    expect(rolesOf('Sputnik Dmitriy Vinogradov Russian Su-24 Warplane Crashes in Syria.')).toEqual([]);
    expect(rolesOf('Fadi al-Shami of the Tarhrir al-Sham Brigade said fighting was taking place in Ghouta.')).toEqual([
      'fadi-al-shami tarhrir-al-sham-brigade',
    ]);
    expect(rolesOf('Rami Abdel Rahman head of the Syrian Observatory for Human Rights said 20 died.')).toEqual([
      'rami-abdel-rahman syrian-observatory-for-human-rights',
    ]);
  });

  it('a page\'s keyword list ("Tags …") names no one acting', () => {
    const text =
      'Tags Syria Golan Heights Israeli airstrike Hezballah SOHR An Israeli airstrike on a village killed five Hezbollah fighters on Wednesday.';
    const events = extractArticle({ id: 't', text, origin: { file: 't.txt' } }, lex).events.map(
      (e) => `${e.source} ${e.relation} ${e.target}`,
    );
    expect(events).toEqual(['israel attacks hezbollah']);
    // A keyword line with no prose after it: no relation at all.
    const only = 'Tags Syria Russia Turkey Idlib safe zone Assad SOHR. Russia and Turkey agreed on a safe zone in Idlib.';
    expect(extractArticle({ id: 't', text: only, origin: { file: 't.txt' } }, lex).events.map((e) => e.sentence)).not.toContain(0);
    // Keywords the tagger reads as verbs ("strikes", "shelling") do not end the list; a lower-case
    // function word shows where the prose opened, at the capitalized word before it.
    const events2 = (t: string) =>
      extractArticle({ id: 't', text: t, origin: { file: 't.txt' } }, lex)
        .events.filter((e) => e.relation !== 'member_of')
        .map((e) => `${e.source} ${e.relation} ${e.target}`);
    expect(events2('Tags Belgium Syria coalition air raids strikes Aleppo Russia has accused Belgium of killing civilians.')).toEqual([
      'russia opposes belgium',
    ]);
    expect(events2('Tags Aleppo civil defence UN airstrikes Russia Airstrikes in opposition areas of Aleppo struck a market.')).toEqual([]);
    expect(events2('Tags Syria Russia Turkey Bashar al-Assad has accused Turkey of arming rebels.')).toEqual([
      'bashar-al-assad opposes turkey',
    ]);
  });

  it('a page\'s links to other stories ("Related …") state nothing of this one', () => {
    const article = (text: string) => extractArticle({ id: 't', text, origin: { file: 't.txt' } }, lex);
    const events = (text: string) =>
      article(text)
        .events.filter((e) => e.relation !== 'member_of')
        .map((e) => `${e.source} ${e.relation} ${e.target}`);
    // Inside the page: the headlines' names count, but act in nothing (nor does a lede run on after them).
    const inside =
      'Putin cautious on new raids AFP Friday 28 Oct 2016 Print Tweet Views 2494 Related Russia FM hosts talks with Syria Iran UN chief demands probe into school attack Rebels launched an assault. Russian jets bombed Nusra positions.';
    expect(events(inside)).toEqual(['russia attacks al-nusra-front']);
    // At the page's end: no actor either.
    const end =
      'Syrian jets bombed IS positions in Raqqa. ... 25 Related Syrian Tourism Minister Says Economy Lost Over $5Bln Turkey Denies Plans for Intervention in Syria';
    expect(events(end)).toEqual(['syria attacks daesh']);
    expect(article(end).actors.map((a) => a.key)).toEqual(['daesh', 'syria']);
  });

  it('after "the", a known surname with an "s" is a plural, not a possessive that lost its apostrophe', () => {
    const keys = (text: string) => extractArticle({ id: 't', text, origin: { file: 't.txt' } }, lex).actors.map((a) => a.key);
    expect(keys('Dabiq saw the Ottomans defeat the Mamluks in 1516.')).toEqual([]);
    expect(keys('Mamlouks deputy met Iranian officials in Damascus.')).toContain('ali-mamlouk');
  });

  it("a headline's gerund is no part of a name", () => {
    const keys = (text: string) => extractArticle({ id: 't', text, origin: { file: 't.txt' } }, lex).actors.map((a) => a.key);
    expect(keys('Wednesday 5 April 2017 Blaming Assad Trump says Syria attack cannot be tolerated.')).toEqual([
      'bashar-al-assad',
      'donald-trump',
      'syria',
    ]);
  });

  it('"X was the Emir of Y" says X serves Y', () => {
    expect(rolesOf('Imad al-Hamad was also the Emir of al-Nusra Front, the website said.')).toEqual(['imad-al-hamad al-nusra-front']);
  });

  it('"Y commanders A, B and C": each listed person serves Y, names unknown to the gazetteer included', () => {
    expect(rolesOf('Daesh field commanders Abu Omar al-Shishani, Alyauddin Al-Shishani and Salahuddin al-Shishani were killed.')).toEqual([
      'abu-omar-al-shishani daesh',
      'alyauddin-al-shishani daesh',
      'salahuddin-al-shishani daesh',
    ]);
  });

  it('"Y commanders, natives of X, A, B and C": the persons listed past a description of them serve Y', () => {
    const all = ['abu-omar-al-shishani daesh', 'alyauddin-al-shishani daesh', 'salahuddin-al-shishani daesh'];
    expect(
      rolesOf(
        'Influential Daesh field commanders, natives of the North Caucasus, Abu Omar al-Shishani, Alyauddin Al-Shishani and Salahuddin al-Shishani, were killed.',
      ),
    ).toEqual(all);
    expect(
      rolesOf(
        'Influential Daesh field commanders natives of the North Caucasus Abu Omar al-Shishani Alyauddin Al-Shishani and Salahuddin al-Shishani were killed.',
      ),
    ).toEqual(all);
    expect(rolesOf('Hamas leaders, veterans of the first intifada, Ismail Haniyeh and Khaled Meshaal met in Doha.')).toEqual([
      'ismail-haniyeh hamas',
      'khaled-meshaal hamas',
    ]);
    // (A verb in the description: no list.)
    expect(rolesOf('Hamas leaders, members of a team that visited Cairo, Ismail Haniyeh and Khaled Meshaal met in Doha.')).toEqual([]);
  });

  it('a bare state name before a person, in a list that lost its commas, is no employer', () => {
    expect(rolesOf('Russia Assads main ally sent more jets to Syria.')).toEqual([]);
    expect(rolesOf('Iranian Zarif met Lavrov.')).toEqual(['mohammad-javad-zarif iran']);
  });

  it('a copula with no role word says nothing', () => {
    expect(rolesOf('Sergei Lavrov was in Geneva with Hezbollah officials.')).toEqual([]);
  });
});
