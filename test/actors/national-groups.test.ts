// A country's groups named by their nationality or their place, across theatres: domestic bodies
// placed in a state ("security forces in Guinea"), quantities of a group as the object of coercion
// ("detained dozens of Eritrean refugees"), and the people nouns that name a sector ("Somali
// pirates", "Israeli settlers", "Russian pilots"). With genericActors the non-state groups are actors
// of their own that carry their country; without it they are left out, and the state never takes them.
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/lexicon/load.js';
import { extractArticle } from '../../src/pipeline/extract.js';

const lex = loadLexicon();

function events(text: string, genericActors = false): string[] {
  const x = extractArticle({ id: 't', text, origin: { file: 't.txt' } }, lex, { genericActors });
  return x.events
    .filter((e) => e.relation !== 'member_of')
    .map((e) => `${e.source} ${e.relation} ${e.target}`)
    .sort();
}

describe('a domestic body placed in a state is the state', () => {
  it.each([
    ['Security forces in Guinea tortured two Liberian soldiers.', ['guinea attacks liberia']],
    ['The authorities in Ethiopia condemned Egypt.', ['ethiopia opposes egypt']],
    ['Police in Kenya arrested three members of al-Shabaab.', ['kenya opposes al-shabaab']],
    ['Hamas condemned the authorities in Kabul.', ['hamas opposes afghanistan']],
    ['The army in Myanmar shelled positions held by the Arakan Army.', ['myanmar attacks arakan-army']],
  ])('%s', (text, want) => {
    expect(events(text)).toEqual(want);
  });
  it.each([
    // Someone else's troops or officials placed there stay theirs (or no one's).
    ['Turkish troops in Syria attacked Daesh.', ['turkey attacks daesh']],
    ['Officials in Iraq condemned Turkey.', []],
    ['Troops in Mali were attacked by jihadists.', []],
    ['UN police in South Sudan condemned the attack.', []],
    // A place in the state, not the state.
    ["The security forces in Guinea's capital arrested two Liberian journalists.", []],
    // Negated stays negated.
    ['Security forces in Guinea did not arrest the Liberian journalists.', []],
  ])('not: %s', (text, want) => {
    expect(events(text)).toEqual(want);
  });
});

describe('forces a state leads are its military', () => {
  it.each([
    ['Vietnamese-led forces attacked Thai positions near the border.', ['vietnam attacks thailand']],
    ['Russian-led troops attacked Georgian positions.', ['russia attacks georgia']],
    ['France condemned the Russian-led forces.', ['france opposes russia']],
    // A named coalition stays itself; an ethnic leader is no state.
    ['The Saudi-led coalition struck Houthi positions.', ['saudi-led-coalition attacks houthis']],
    ['Kurdish-led forces attacked Daesh.', []],
    ['Russian-led troops did not attack Georgian positions.', []],
  ])('%s', (text, want) => {
    expect(events(text)).toEqual(want);
  });
});

describe('a quantity of a group is the group', () => {
  it.each([
    ['Israeli troops detained dozens of Hamas members in Jenin.', ['israel opposes hamas']],
    ['The Taliban arrested scores of Pakistani soldiers.', ['taliban opposes pakistan']],
    ['Russian forces detained hundreds of Ukrainian soldiers in Mariupol.', ['russia opposes ukraine']],
  ])('%s', (text, want) => {
    expect(events(text)).toEqual(want);
  });
  it.each([
    ['Israeli troops detained dozens of cars near Ramallah.', []],
    ['Iranian police detained dozens of people in Tehran.', []],
  ])('not: %s', (text, want) => {
    expect(events(text)).toEqual(want);
  });
});

describe('people nouns that name a sector', () => {
  it.each([
    // An object owned by a state ("a Kenyan ship") is the state's, as elsewhere.
    ['Somali pirates attacked a Kenyan ship.', ['somali-rebels attacks kenya']],
    ['Somali pirates seized three Kenyan sailors.', ['somali-rebels attacks kenya']],
    ['Israeli settlers attacked Palestinians near Hebron.', ['israeli-civilians attacks palestinian-civilians']],
    ['Ethiopian troops detained dozens of Eritrean refugees.', ['ethiopia opposes eritrean-refugees']],
    // A group named by where it comes from.
    ['Benin opened its borders to refugees from Togo.', ['benin supports togolese-refugees']],
    ['Uganda granted asylum to 18 rebels from Rwanda.', ['uganda supports rwandan-rebels']],
    ['Rebels from Chad attacked the Libyan army.', ['chadian-rebels attacks libya']],
    ['Chad opened its border to Sudanese refugees.', ['chad supports sudanese-refugees']],
    ['Kenya declined to grant asylum to Somali refugees.', ['kenya opposes somali-refugees']],
    ['Benin was still refusing admittance to Ghanaians.', ['benin opposes ghanaian-civilians']],
    // "in" places them; "from" after a verb goes with the verb.
    ['Refugees in Lebanon protested against Syria.', []],
    ['The army drove the rebels from Mali.', []],
    [
      'Security forces in Guinea tortured scores of Sierra Leonean and Liberian refugees.',
      ['guinea attacks liberian-refugees', 'guinea attacks sierra-leonean-refugees'],
    ],
  ])('with genericActors: %s', (text, want) => {
    expect(events(text, true)).toEqual(want);
  });
  it.each([
    // Without the option the groups take part in nothing, and are never their state.
    ['Israeli settlers attacked Palestinians near Hebron.', []],
    ['Ethiopian troops detained dozens of Eritrean refugees.', []],
    ['Security forces in Guinea tortured two Liberian journalists.', []],
    // A state's pilots and sailors are its military.
    ['Russian pilots bombed Ukrainian positions near Bakhmut.', ['russia attacks ukraine']],
  ])('by default: %s', (text, want) => {
    expect(events(text)).toEqual(want);
  });
});

describe('former names of states are their successor state', () => {
  it.each([
    ['Zaire accused Rwanda of backing the rebels.', ['democratic-republic-of-the-congo opposes rwanda']],
    ['Zairean troops attacked Rwandan soldiers near Goma.', ['democratic-republic-of-the-congo attacks rwanda']],
    ['The Soviet Union condemned the United States.', ['russia opposes united-states']],
    ['Yugoslavia condemned NATO.', ['serbia opposes nato']],
    ['Kampuchea accused Thailand of shelling its territory.', ['cambodia opposes thailand']],
    ['Rhodesian forces attacked Zambia.', ['zimbabwe attacks zambia']],
    ['Dahomey closed its border with Nigeria.', ['benin opposes nigeria']],
  ])('%s', (text, want) => {
    expect(events(text)).toEqual(want);
  });
  it.each([
    // "Soviet" describes (the Soviet-era, former Soviet republics): no demonym of Russia.
    ['Kazakhstan, a former Soviet republic, met China.', ['china met kazakhstan']],
    ['Croatia, a former Yugoslav republic, condemned Serbia.', ['croatia opposes serbia']],
    // North and South Yemen are both Yemen: no relation with itself.
    ['South Yemen accused North Yemen of aggression.', []],
  ])('not: %s', (text, want) => {
    expect(events(text)).toEqual(want);
  });
});
