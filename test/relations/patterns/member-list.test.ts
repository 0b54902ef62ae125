// Pattern member-list: persons named after "including" / "among them" are members of the group whose
// members were just mentioned.
import { memberList } from '../../../src/relations/patterns/member-list.js';
import { patternTester } from '../pattern-tester.js';

patternTester(memberList, {
  valid: [
    // Civilians, not a group's members.
    'Several civilians were killed in Idlib, including Ahmad Khalil and Sami Haddad.',
    // The group is named, but not as the one whose members the list names.
    'Hamas condemned the raid in Jenin, which killed several people, including Khaled Nasser.',
    // A state's officials are not a group's members.
    'Russia and Iran, including Foreign Minister Sergei Lavrov, met in Astana.',
    // A known person's affiliation is the dictionary's (member-of gives it).
    'Dozens of Daesh militants were killed, including Sergei Lavrov.',
  ],
  invalid: [
    {
      text: 'Dozens of Daesh militants were killed near Deir ez-Zor, including the Chechen Omar Khalid and Abu Yahya Mansour.',
      events: ['omar-khalid member_of daesh', 'abu-yahya-mansour member_of daesh'],
    },
    {
      text: 'Israeli forces arrested ten members of Hamas in Hebron, among them Khaled Nasser and Omar Barghouti.',
      events: ['khaled-nasser member_of hamas', 'omar-barghouti member_of hamas'],
    },
    {
      text: 'An airstrike in Helmand killed fighters from the Taliban, including Mullah Abdul Rahim.',
      events: ['abdul-rahim member_of taliban'],
    },
    {
      text: 'Several commanders of the Houthis died in the raid on Hodeidah, among whom Yahya al-Shami.',
      events: ['yahya-al-shami member_of houthis'],
    },
  ],
});
