// Dev set for the matcher: pages of sentences written in our own words, each labelled with the claim ids it
// should match (any one of them counts) and the verdict expected; an empty claim list means "must not be marked".
import type { Verdict } from '../../src/core/index.js';

export interface DevSentence {
  text: string;
  claims: string[];
  verdict?: Verdict;
}

export interface DevPage {
  id: string;
  group: 'paraphrase-2015' | 'paraphrase-2016' | 'background' | 'conflict' | 'negative-2018' | 'negative-2023' | 'negative-other' | 'generic-overlap'
    /** Long wire-style sentences: a matched fact inside context, attribution and quotes, mixed with sentences the pack does not speak to. */
    | 'wire-2015' | 'wire-2016'
    /** Sentences naming the pack's actors and places but stating facts the pack does not have. */
    | 'negative-shared';
  published: string;
  sentences: DevSentence[];
}

const C = 'corroborated' as const;
const X = 'contradicted' as const;
const D = 'disputed' as const;
const none: string[] = [];

export const DEV_SET: DevPage[] = [
  {
    id: 'uprising-wire-2015', group: 'paraphrase-2015', published: '2015-06-14',
    sentences: [
      { text: 'Residents of Darnah and rival Islamist fighters have united to expel the Islamic State group from the eastern Libyan town.', claims: ['residents-and-rival-jihadists-join-forces-2015-06'], verdict: C },
      { text: 'The violence began on Wednesday after IS gunmen assassinated Nasr al-Akar and Faraj al-Houti, two senior figures in the Mujahideen Shura Council.', claims: ['is-kills-msc-commanders-akar-houti-2015-06', 'derna-fighting-erupts-2015-06-10'], verdict: C },
      { text: 'A commander of the Abu Salim Martyrs Brigade, Salim Darbi, was also murdered.', claims: ['is-kills-asmb-commander-darbi-2015-06'], verdict: C },
      { text: 'One of the wounded commanders was later finished off by the jihadists while lying in a hospital bed, locals said.', claims: ['msc-commander-murdered-in-hospital-2015-06'], verdict: C },
      { text: 'In revenge, Shura Council fighters shot dead a foreign militant serving with IS.', claims: ['msc-kills-is-foreign-fighter-2015-06'], verdict: C },
      { text: 'The extremists have reportedly been forced out of the Pearl Hotel, which they had used as a base, along with their Islamic court and jail.', claims: ['is-loses-pearl-hotel-court-prison-hospital-2015-06'], verdict: C },
      { text: 'They also lost the al-Harish hospital, where their wounded were being cared for.', claims: ['is-loses-pearl-hotel-court-prison-hospital-2015-06', 'is-injured-treated-at-al-harish-hospital'], verdict: C },
      { text: 'IS militants have scattered into the residential districts where they live, and fighting goes on street by street.', claims: ['is-fighters-scatter-into-neighbourhoods-2015-06'], verdict: C },
      { text: 'Armed locals stormed Islamic State checkpoints soon after the killings of the commanders.', claims: ['residents-attack-is-checkpoints-2015-06'], verdict: C },
      { text: 'The Abu Salim brigade left its base and joined the battle against the militants.', claims: ['asmb-joins-fight-against-is-2015-06'], verdict: C },
      { text: 'An IS convoy of reinforcements coming from Ras Hilal was pushed back by air strikes from the Libyan air force loyal to Gen. Hifter.', claims: ['is-sends-reinforcements-from-ras-hilal-2015-06', 'libyan-air-force-under-haftar'], verdict: C },
      { text: 'Gunmen from the group opened fire on protesters outside the Sahaba mosque, killing seven people.', claims: ['is-attacks-protesters-at-sahaba-mosque-2015-06'], verdict: C },
      { text: 'A Shura Council spokesman said on Sunday that the council now holds ninety per cent of Derna.', claims: ['msc-controls-90-percent-of-derna-2015-06-14', 'is-loses-central-derna-2015-06'], verdict: C },
      { text: 'He added that over 70 Islamic State fighters had given themselves up.', claims: ['is-militants-surrender-70-2015-06'], verdict: C },
      { text: 'The council later said more than twelve of its own men had been injured in the fighting.', claims: ['msc-fighters-wounded-dozen-2015-06'], verdict: C },
      { text: 'The weather in the town was hot and humid this week.', claims: none },
    ],
  },
  {
    id: 'uprising-analysis-2015', group: 'paraphrase-2015', published: '2015-06-20',
    sentences: [
      { text: 'Derna became the first Libyan city where jihadists swore loyalty to Abu Bakr al-Baghdadi, last October.', claims: ['is-takes-hold-of-derna-2014-10', 'derna-first-libyan-branch-of-is'] },
      { text: 'The group then dispatched a Yemeni emir, thought to be Abu al-Baraa al-Azdi, to run its affairs in Derna.', claims: ['is-sends-yemeni-emir-to-derna'], verdict: C },
      { text: 'Placing a foreigner in charge angered many of the town\'s extremists and split their ranks.', claims: ['yemeni-emir-divides-derna-extremists'], verdict: C },
      { text: 'The al-Qaeda-aligned Mujahideen Shura Council never pledged allegiance to Baghdadi.', claims: ['msc-refuses-allegiance-to-baghdadi'], verdict: C },
      { text: 'The Derna Shura Council declared war on the Islamic State last week, calling its members tyrants and criminals.', claims: ['msc-declares-war-on-is-2015-06'], verdict: C },
      { text: 'Months of public executions and strict Sharia rule had left the population exhausted.', claims: ['is-enforced-sharia-and-public-beheadings-in-derna'], verdict: C },
      { text: 'People brought out guns they had kept hidden, and the Shura Council handed out more weapons.', claims: ['residents-armed-against-is-2015-06'], verdict: C },
      { text: 'The uprising in Derna is the first large-scale revolt against the Islamic State anywhere in Libya.', claims: ['first-uprising-against-is-2015-06'], verdict: C },
      { text: 'Shortly before the clashes, IS leaders gathered at the Pearl Hotel to discuss drawing more local militants into their ranks.', claims: ['is-meets-at-pearl-hotel-before-fighting-2015-06'], verdict: C },
      { text: 'Derna has been dominated by Islamist militias since the 2011 revolution that toppled Gaddafi.', claims: ['derna-long-held-by-islamist-militias', 'gaddafi-overthrown-2011'], verdict: C },
      { text: 'Photos online showed jubilant people in Derna tearing down black IS flags and hoisting the Libyan flag.', claims: ['residents-celebrate-replace-is-banners-2015-06'], verdict: C },
      { text: 'Islamic State prisoners were set free from the group\'s former headquarters.', claims: ['is-prisoners-released-2015-06'], verdict: C },
      { text: 'Its fighters pulled back and left their wounded behind at the hospital.', claims: ['is-injured-treated-at-al-harish-hospital'], verdict: C },
      { text: 'The Libyan army said it had seized Ras Hilal and Lathrun, to the west of Derna, attacking from three directions.', claims: ['army-recaptures-ras-hilal-and-lathrun-2015-06'], verdict: C },
      { text: 'Ras Hilal lies about 50 kilometres west of Derna.', claims: ['ras-hilal-distance-west-of-derna'], verdict: C },
      { text: 'A spokesman for Operation Omar Mokhtar said troops would move on Derna within days.', claims: ['army-plans-to-advance-on-derna-2015-06'], verdict: C },
      { text: 'Many readers wrote to us about the story.', claims: none },
      { text: 'Islamic State also holds territory in Sirte and in the south of the country.', claims: ['is-holds-territory-south-and-west-libya-2015', 'sirte-is-stronghold-in-libya'] },
    ],
  },
  {
    id: 'retreat-report-2016', group: 'paraphrase-2016', published: '2016-04-21',
    sentences: [
      { text: 'Islamic State militants have pulled out of their positions on the edge of Derna, according to several reports.', claims: ['is-withdraws-from-derna-2016-04'], verdict: C },
      { text: 'The Mujahideen Shura Council announced that the city had been completely liberated.', claims: ['is-withdraws-from-derna-2016-04', 'msc-forces-is-out-of-derna-2016-04'] },
      { text: 'The IS news agency Amaq admitted that its fighters had withdrawn from the Fatayih district near Derna.', claims: ['amaq-concedes-retreat-from-derna'], verdict: C },
      { text: 'A military spokesman told Reuters the militants were trying to reach Sirte.', claims: ['is-fighters-head-south-toward-sirte-2016-04'], verdict: C },
      { text: 'Residents of Derna celebrated the departure of the jihadists, in images shared on social media since Wednesday.', claims: ['derna-residents-celebrate-is-departure-2016-04'], verdict: C },
      { text: 'At least five council fighters and six civilians died in the fighting, a spokesman told the BBC.', claims: ['msc-fighters-civilians-killed-2016-04'], verdict: C },
      { text: 'The jail in Derna holding suspected IS members was hit by a bomb, and some detainees escaped, though most were caught again.', claims: ['derna-prison-bombed-2016-04', 'derna-prison-inmates-escape-recaptured'], verdict: C },
      { text: 'Last year the Shura Council ousted IS from central Derna, and the group fell back to Al Fatayih on the eastern outskirts.', claims: ['is-loses-central-derna-2015-06', 'is-holds-derna-outskirts-2015-2016'], verdict: C },
      { text: 'Warplanes of the Libyan army, the United States and Egypt have repeatedly bombed IS positions around the city over the past 18 months.', claims: ['airstrikes-by-libyan-army-us-egypt-on-is-near-derna'], verdict: C },
      { text: 'The US general in charge of Africa Command said IS numbers in Libya had doubled to between 4,000 and 6,000.', claims: ['is-fighters-in-libya-4000-6000-2016'], verdict: C },
      { text: 'He said Libyan militias had managed to limit the growth of ISIS.', claims: ['libyan-militias-limit-is-growth'], verdict: C },
      { text: 'The Shura Council is an alliance close to al-Qaeda and hostile to IS.', claims: ['msc-linked-to-al-qaeda', 'rival-jihadists-oppose-is-in-derna'], verdict: C },
      { text: 'The council was set up in late 2014 by the Abu Salim Martyrs Brigade together with other Derna factions.', claims: ['msc-founded-late-2014-by-asmb'], verdict: C },
      { text: 'Sirte remains the main stronghold of the Islamic State in Libya.', claims: ['sirte-is-stronghold-in-libya'], verdict: C },
      { text: 'Derna was a jihadist bastion in the 1980s and 1990s, during the insurgency against Gaddafi.', claims: ['derna-jihadist-stronghold-1980s-1990s'], verdict: C },
      { text: 'The Shura Council has also captured and killed senior IS figures in the city.', claims: ['msc-captures-kills-is-figures'], verdict: C },
      { text: 'Our correspondent could not reach the city by phone.', claims: none },
    ],
  },
  {
    id: 'retreat-explainer-2016', group: 'paraphrase-2016', published: '2016-04-25',
    sentences: [
      { text: 'Al-Qaeda-linked rivals have driven Daesh out of Derna and its surroundings.', claims: ['msc-forces-is-out-of-derna-2016-04', 'is-withdraws-from-derna-2016-04'], verdict: C },
      { text: 'Hafeth al-Dabaa, speaking for the council, said the militants had all gone and had no presence in Derna any more.', claims: ['is-withdraws-from-derna-2016-04', 'msc-forces-is-out-of-derna-2016-04'] },
      { text: 'ISIS fighters continued to fight their way south of Derna.', claims: ['is-fighters-head-south-toward-sirte-2016-04'], verdict: C },
      { text: 'Derna saw a three-sided war between ISIS, the Shura Council and troops loyal to the eastern government.', claims: ['msc-fights-haftar-forces'], verdict: C },
      { text: 'Libya has had rival governments in Tripoli and Tobruk since 2014.', claims: ['libya-two-rival-governments-since-2014'], verdict: C },
      { text: 'A UN-backed unity government is trying to bring peace to Libya.', claims: ['un-unity-government-seeks-peace-2016'], verdict: C },
      { text: 'Ansar al-Sharia, linked to al-Qaeda, still runs training camps in Derna.', claims: ['ansar-al-sharia-operates-in-derna-2016'], verdict: C },
      { text: 'The MSC has published videos of teenagers it detained, saying IS had recruited them as suicide bombers.', claims: ['msc-shows-detained-suicide-recruits'], verdict: C },
      { text: 'IS spokesman Abu Mohammed al-Adnani scolded the Shura Council last year for resisting the group and told its fighters to repent.', claims: ['adnani-chastises-msc-2015'], verdict: C },
      { text: 'Supporters of the caliphate produced "Wanted Dead" posters of dozens of MSC jihadists, including Hisham Ashmawi.', claims: ['is-wanted-dead-banners-name-ashmawi'], verdict: C },
      { text: 'Abul Mughirah al-Qahtani, the former IS leader in Libya, was killed by an American air strike.', claims: ['us-airstrike-kills-qahtani'], verdict: C },
      { text: 'Sufian bin Qumu, once held at Guantanamo, is a member of the Shura Council.', claims: ['bin-qumu-in-shura-council'], verdict: C },
      { text: 'The Abu Salim Martyrs Brigade is the most powerful faction inside the council.', claims: ['asmb-strongest-in-msc'], verdict: C },
      { text: 'Subscribe to our newsletter for more updates from Derna.', claims: none },
    ],
  },
  {
    id: 'background-2015', group: 'background', published: '2015-06-16',
    sentences: [
      { text: 'In February, IS militants in Libya beheaded 21 Egyptian Christians who had been abducted weeks earlier.', claims: ['is-beheads-21-egyptian-christians-2015-02', 'is-executes-christian-migrants-feb-apr-2015'], verdict: C },
      { text: 'In April the group killed a number of Ethiopian migrants, beheading some and shooting others.', claims: ['is-kills-ethiopian-migrants-2015-04', 'is-executes-christian-migrants-feb-apr-2015'], verdict: C },
      { text: 'Egypt responded with air strikes on Libya in February after its citizens were killed.', claims: ['egypt-airstrikes-in-libya-2015-02'], verdict: C },
      { text: 'The group has threatened to attack Italy, just across the Mediterranean.', claims: ['is-threatens-italy-2015', 'libya-close-to-europe-across-mediterranean'], verdict: C },
      { text: 'Soldiers, police and politicians in Derna were killed in a long series of assassinations.', claims: ['libyan-governments-cannot-enter-derna'], verdict: C },
      { text: 'IS fighters in Derna include both Libyans and foreigners.', claims: ['is-in-derna-mixes-local-and-foreign-fighters'], verdict: C },
      { text: 'IS has attacked soldiers loyal to both the Tripoli and Tobruk governments.', claims: ['is-attacks-troops-of-both-governments'], verdict: C },
      { text: 'The council is also fighting forces loyal to Khalifa Haftar, the army chief of the Tobruk government.', claims: ['msc-fights-haftar-forces'], verdict: C },
      { text: 'Analyst Anas el-Gomati said the conflict reflects larger struggles since the Arab uprisings.', claims: none },
      { text: 'Libya is a large country with a long coastline.', claims: none },
    ],
  },
  {
    id: 'conflicts-2015', group: 'conflict', published: '2015-06-15',
    sentences: [
      { text: 'The fighting erupted after Islamic State militants killed three Shura Council commanders in Derna.', claims: ['is-kills-msc-commanders-akar-houti-2015-06', 'is-kills-three-rival-commanders-2015-06'], verdict: D },
      { text: 'IS gunmen killed five commanders of the Shura Council in Derna last Wednesday.', claims: ['is-kills-msc-commanders-akar-houti-2015-06', 'is-kills-three-rival-commanders-2015-06'], verdict: X },
      { text: 'Islamic State fighters attacked protesters at the Sahaba mosque in Derna, killing two people.', claims: ['is-attacks-protesters-at-sahaba-mosque-2015-06'], verdict: X },
      { text: 'A Shura Council spokesman said the council controlled 40 percent of Derna.', claims: ['msc-controls-90-percent-of-derna-2015-06-14'], verdict: X },
      { text: 'Only 20 IS militants surrendered to the Shura Council during the fighting in Derna.', claims: ['is-militants-surrender-70-2015-06'], verdict: X },
      { text: 'Ras Hilal lies some 120 km west of Derna.', claims: ['ras-hilal-distance-west-of-derna'], verdict: X },
      { text: 'The Mujahideen Shura Council killed Islamic State commanders Nasr al-Akar and Faraj al-Houti.', claims: ['is-kills-msc-commanders-akar-houti-2015-06'], verdict: X },
      { text: 'Local jihadists in Derna pledged allegiance to Baghdadi in March 2014.', claims: ['is-takes-hold-of-derna-2014-10'], verdict: X },
      { text: 'The Shura Council pledged allegiance to the Islamic State leader Abu Bakr al-Baghdadi.', claims: ['msc-refuses-allegiance-to-baghdadi'], verdict: X },
      { text: 'Fewer than five Shura Council fighters were wounded in the Derna clashes.', claims: ['msc-fighters-wounded-dozen-2015-06'], verdict: X },
      { text: 'In Derna, the Libyan army is fighting alongside Islamic State against the Shura Council.', claims: none },
    ],
  },
  {
    id: 'conflicts-2016', group: 'conflict', published: '2016-04-22',
    sentences: [
      { text: 'At least 40 Shura Council fighters and 30 civilians were killed in the latest Derna clashes.', claims: ['msc-fighters-civilians-killed-2016-04'], verdict: X },
      { text: 'The US commander said there were about 500 IS fighters in Libya.', claims: ['is-fighters-in-libya-4000-6000-2016'], verdict: X },
      { text: 'Islamic State established a base in Derna in October 2015.', claims: ['is-takes-hold-of-derna-2014-10'], verdict: D },
      { text: 'In February 2015 Islamic State in Libya beheaded 45 Egyptian Christians.', claims: ['is-beheads-21-egyptian-christians-2015-02'], verdict: X },
    ],
  },
  {
    id: 'lna-2018', group: 'negative-2018', published: '2018-06-29',
    sentences: [
      { text: 'Khalifa Haftar\'s Libyan National Army said on Thursday it had taken full control of Derna after a months-long siege.', claims: none },
      { text: 'The LNA has been fighting the Derna Mujahideen Shura Council, an alliance of Islamists, since 2016.', claims: none },
      { text: 'Airstrikes hit several districts of Derna in May 2018 as the offensive intensified.', claims: none },
      { text: 'Dozens of fighters were killed in the battle for the old city of Derna.', claims: none },
      { text: 'Residents of Derna complained of shortages of food and medicine during the siege.', claims: none },
      { text: 'Haftar declared the liberation of Derna in a televised speech in June 2018.', claims: none },
      { text: 'The Shura Council, renamed the Derna Protection Force, lost its last neighbourhoods to the army.', claims: none },
      { text: 'Thousands of families fled Derna during the 2018 assault.', claims: none },
      { text: 'The LNA said it had captured several militant commanders in Derna in 2018.', claims: none },
      { text: 'Human rights groups accused both sides of abuses in Derna in 2018.', claims: none },
    ],
  },
  {
    id: 'flood-2023', group: 'negative-2023', published: '2023-09-13',
    sentences: [
      { text: 'Storm Daniel caused two dams above Derna to collapse on 11 September 2023.', claims: none },
      { text: 'The flood killed thousands of people in Derna and swept entire neighbourhoods into the sea.', claims: none },
      { text: 'Rescue teams from Egypt and Turkey arrived in Derna to search for survivors.', claims: none },
      { text: 'More than 4,000 people were confirmed dead and thousands more were missing.', claims: none },
      { text: 'Residents of Derna said they had received no warning before the dams burst.', claims: none },
      { text: 'The eastern authorities imposed a curfew in Derna after the disaster.', claims: none },
      { text: 'Aid agencies warned of disease as bodies lay under the rubble in Derna.', claims: none },
      { text: 'Protesters gathered at the Sahaba mosque in Derna to demand accountability for the collapse of the dams.', claims: none },
      { text: 'Libya\'s rival governments in Tripoli and Benghazi traded blame for the disaster.', claims: none },
      { text: 'The UN said at least 40,000 people had been displaced from Derna.', claims: none },
    ],
  },
  {
    id: 'sirte-benghazi-2016', group: 'negative-other', published: '2016-08-15',
    sentences: [
      { text: 'Forces aligned with the unity government pushed Islamic State out of most of Sirte in August, with help from US airstrikes.', claims: none },
      { text: 'Hundreds of pro-government fighters have been killed in the battle for Sirte since May.', claims: none },
      { text: 'In Benghazi, Haftar\'s forces continued to battle Islamist militias, far from Derna.', claims: none },
      { text: 'The United States carried out more than 100 air strikes on IS positions in Sirte.', claims: none },
      { text: 'IS fighters in Sirte were besieged in a small district near the sea.', claims: none },
      { text: 'Libya\'s oil production recovered to 600,000 barrels a day.', claims: none },
      { text: 'The Benghazi Revolutionaries Shura Council lost ground in the Ganfouda district.', claims: none },
      { text: 'Derna, 250 km east of Benghazi, remained under the control of its Shura Council.', claims: none },
      { text: 'Migrants continued to leave from western Libya for Italy.', claims: none },
      { text: 'Tripoli\'s airport was closed after rockets hit the runway.', claims: none },
    ],
  },
  {
    id: 'generic-overlap-2015', group: 'generic-overlap', published: '2015-06-18',
    sentences: [
      { text: 'Airstrikes were reported in Derna.', claims: none },
      { text: 'Several people were killed in Derna.', claims: none },
      { text: 'IS is active in Derna.', claims: none },
      { text: 'Derna is a coastal city in eastern Libya.', claims: none },
      { text: 'Fighting continued in Libya.', claims: none },
      { text: 'The Islamic State said it was still strong.', claims: none },
      { text: 'Officials in Derna held a meeting about the water supply.', claims: none },
      { text: 'A hotel in Derna reopened after renovations.', claims: none },
      { text: 'The football club of Derna won its league match on Sunday.', claims: none },
      { text: 'A car bomb exploded in Tobruk, killing four soldiers.', claims: none },
      { text: 'Journalists were kidnapped near Tripoli last month.', claims: none },
      { text: 'The Shura Council issued a statement.', claims: none },
    ],
  },
  {
    id: 'wire-2015', group: 'wire-2015', published: '2015-06-16',
    sentences: [
      { text: 'Islamist militants loyal to al Qaeda have driven Islamic State fighters out of much of the eastern Libyan city of Derna, residents and officials said on Monday.', claims: ['is-loses-central-derna-2015-06', 'residents-and-rival-jihadists-join-forces-2015-06'], verdict: C },
      { text: 'Fighting broke out last Wednesday when Islamic State gunmen killed two senior commanders of the Mujahideen Shura Council, Nasr al-Akar and Faraj al-Houti, according to local sources.', claims: ['is-kills-msc-commanders-akar-houti-2015-06', 'derna-fighting-erupts-2015-06-10'], verdict: C },
      { text: '"We now control 90 percent of Derna," a council spokesman told Reuters by telephone, adding that the remaining militants were holed up in a few districts.', claims: ['msc-controls-90-percent-of-derna-2015-06-14', 'is-loses-central-derna-2015-06'], verdict: C },
      { text: 'The Islamic State group has lost its headquarters in the Pearl Hotel as well as an Islamic court and a prison, residents said.', claims: ['is-loses-pearl-hotel-court-prison-hospital-2015-06'], verdict: C },
      { text: 'At least seven people were killed when the militants opened fire on a demonstration outside the Sahaba mosque, witnesses said.', claims: ['is-attacks-protesters-at-sahaba-mosque-2015-06'], verdict: C },
      { text: 'More than 70 Islamic State members have surrendered, the council said, a figure that could not be independently verified.', claims: ['is-militants-surrender-70-2015-06'], verdict: C },
      { text: 'Derna, a port of about 150,000 people near the Egyptian border, has long been a hotbed of Islamist militancy.', claims: ['derna-long-held-by-islamist-militias'], verdict: C },
      { text: 'The eastern government\'s air force, commanded by General Khalifa Haftar, said its jets had struck an Islamic State convoy trying to reach Derna with reinforcements.', claims: ['is-sends-reinforcements-from-ras-hilal-2015-06', 'libyan-air-force-under-haftar'], verdict: C },
      { text: '"People were sick of the beheadings," said one resident, who asked not to be named for fear of reprisals.', claims: ['is-enforced-sharia-and-public-beheadings-in-derna'], verdict: C },
      { text: 'Oil output has fallen to a fraction of its pre-war level as rival factions battle for control of ports and fields.', claims: none },
      { text: 'The United Nations envoy has spent months trying to broker a deal between the two parliaments.', claims: none },
      { text: 'The Islamic State first emerged in Derna in late 2014, when local militants declared allegiance to its leader Abu Bakr al-Baghdadi.', claims: ['is-takes-hold-of-derna-2014-10', 'derna-first-libyan-branch-of-is'], verdict: D },
      { text: 'Fighters from the al Qaeda-aligned council, backed by armed residents, stormed Islamic State checkpoints across the east of the city.', claims: ['residents-attack-is-checkpoints-2015-06'], verdict: C },
      { text: 'Derna became the group\'s first foothold in Libya after local jihadists pledged loyalty to Baghdadi in October.', claims: ['derna-first-libyan-branch-of-is', 'is-takes-hold-of-derna-2014-10'], verdict: D },
      { text: 'Italian officials said they were ready to lead an international stabilisation force in Libya.', claims: none },
      { text: 'Libya has been in turmoil since the 2011 uprising that ended Muammar Gaddafi\'s rule.', claims: ['gaddafi-overthrown-2011'], verdict: C },
    ],
  },
  {
    id: 'wire-2016', group: 'wire-2016', published: '2016-04-21',
    sentences: [
      { text: 'Islamic State militants have withdrawn from their last positions around the eastern Libyan city of Derna, a rival Islamist alliance said on Wednesday.', claims: ['is-withdraws-from-derna-2016-04'], verdict: C },
      { text: 'The Derna Mujahideen Shura Council, an alliance of Islamist militants with ties to al Qaeda, said it had taken full control of the city and its outskirts.', claims: ['msc-forces-is-out-of-derna-2016-04', 'is-withdraws-from-derna-2016-04', 'msc-linked-to-al-qaeda'], verdict: C },
      { text: 'Amaq, the news agency linked to Islamic State, acknowledged the retreat from the Fatayih area but said its fighters were continuing to battle south of the city.', claims: ['amaq-concedes-retreat-from-derna', 'is-fighters-head-south-toward-sirte-2016-04'], verdict: C },
      { text: 'A spokesman for the council, Hafez al-Dabaa, told the BBC that at least five of its fighters and six civilians had been killed in the latest clashes.', claims: ['msc-fighters-civilians-killed-2016-04'], verdict: C },
      { text: 'Some of the jihadists are believed to be heading for Sirte, the coastal city that has become the group\'s main stronghold in Libya.', claims: ['is-fighters-head-south-toward-sirte-2016-04', 'sirte-is-stronghold-in-libya'], verdict: C },
      { text: 'U.S. Africa Command\'s General David Rodriguez said this month the number of Islamic State fighters in Libya had doubled to as many as 6,000.', claims: ['is-fighters-in-libya-4000-6000-2016'], verdict: C },
      { text: 'The council said more than 20 of its fighters had been killed in the final push on Fatayih.', claims: ['msc-fighters-civilians-killed-2016-04'], verdict: X },
      { text: 'Islamic State took over Derna in 2013, long before it captured Sirte.', claims: ['is-takes-hold-of-derna-2014-10'], verdict: X },
      { text: 'Islamic State forces drove the Shura Council out of Derna on Wednesday, the group\'s Amaq agency claimed.', claims: ['msc-forces-is-out-of-derna-2016-04'], verdict: X },
      { text: 'The Shura Council has never been linked to al Qaeda, its spokesman insisted.', claims: ['msc-linked-to-al-qaeda'], verdict: X },
      { text: '"The city is completely free now, there is no Daesh presence left," said a resident reached by telephone, according to the local news website.', claims: ['is-withdraws-from-derna-2016-04', 'msc-forces-is-out-of-derna-2016-04'], verdict: C },
      { text: 'The unity government, which arrived in Tripoli by boat last month, is struggling to assert its authority.', claims: none },
      { text: 'Libya\'s National Oil Corporation said output had dropped below 300,000 barrels per day.', claims: none },
      { text: 'The loss of its last foothold near Derna, as unity government forces prepare an offensive on Sirte, leaves the group squeezed into its coastal stronghold.', claims: ['is-withdraws-from-derna-2016-04', 'is-holds-derna-outskirts-2015-2016', 'sirte-is-stronghold-in-libya'], verdict: C },
      { text: 'Footage posted online showed residents in Derna\'s streets cheering and waving flags after the militants left.', claims: ['derna-residents-celebrate-is-departure-2016-04'], verdict: C },
    ],
  },
  {
    id: 'shared-entities', group: 'negative-shared', published: '2019-11-02',
    sentences: [
      { text: 'The Shura Council later said it would hand over security in Derna to a civilian administration.', claims: none },
      { text: 'Islamic State claimed a suicide truck bombing at a police training centre in Zliten that killed dozens of recruits in January 2016.', claims: none },
      { text: 'The Mujahideen Shura Council rejected the authority of both rival governments.', claims: none },
      { text: 'Egyptian warplanes struck targets in Derna again in May 2017 after gunmen attacked Copts in Minya.', claims: none },
      { text: 'Haftar\'s forces imposed a siege on Derna in 2017, cutting off fuel and food.', claims: none },
      { text: 'Abu Bakr al-Baghdadi was killed in a US raid in Syria in October 2019.', claims: none },
      { text: 'Ansar al-Sharia announced its dissolution in May 2017.', claims: none },
      { text: 'The Abu Salim Martyrs Brigade takes its name from the Tripoli prison where about 1,200 inmates were killed in 1996.', claims: none },
      { text: 'Dozens of Islamic State recruits were killed in US air strikes on a training camp near Sabratha in February 2016.', claims: none },
      { text: 'A car bomb killed seven people outside a mosque in Benghazi in 2017.', claims: none },
      { text: 'Al Qaeda\'s leader Ayman al-Zawahiri urged jihadists in Libya to unite against Haftar.', claims: none },
    ],
  },
];
