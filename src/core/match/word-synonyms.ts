// Word-level synonyms for content words: stems that news copy uses interchangeably map to one
// canonical stem, applied alike to claim texts (at compile time) and page sentences.
import { stemWord } from '../text/stem-word.js';

/** Each group: canonical word first, then words reporters use for the same thing. */
const GROUPS: readonly (readonly string[])[] = [
  ['city', 'town', 'cities', 'towns', 'municipality', 'port'],
  ['fighter', 'militant', 'gunman', 'gunmen', 'jihadist', 'jihadi', 'extremist', 'insurgent', 'combatant', 'mujahideen', 'mujahedeen', 'loyalist', 'follower'],
  ['commander', 'leader', 'chief', 'figure', 'official', 'head', 'emir', 'amir', 'chieftain', 'preacher', 'cleric'],
  ['hospital', 'clinic', 'infirmary'],
  ['prison', 'jail', 'gaol', 'jailhouse', 'lockup'],
  ['court', 'courthouse', 'tribunal'],
  ['headquarter', 'headquarters', 'hq', 'compound'],
  ['resident', 'local', 'inhabitant', 'townspeople', 'townsfolk', 'citizen', 'dweller'],
  ['outskirt', 'outskirts', 'edge', 'periphery', 'suburb', 'outlying', 'fringe', 'environs', 'surrounding', 'surroundings'],
  ['centre', 'center', 'heart', 'downtown', 'central'],
  ['district', 'neighbourhood', 'neighborhood', 'quarter'],
  ['banner', 'flag', 'poster', 'standard'],
  ['image', 'picture', 'photo', 'photograph', 'footage', 'video', 'clip'],
  ['protester', 'protestor', 'demonstrator', 'demonstration', 'protest', 'rally'],
  ['foreign', 'foreigner', 'international', 'overseas', 'non-libyan', 'outsider'],
  ['weapon', 'gun', 'firearm', 'rifle'],
  ['spokesman', 'spokesperson', 'spokeswoman', 'representative', 'speaking'],
  ['youth', 'adolescent', 'teenager', 'teen', 'teenage', 'youngster', 'boy'],
  ['alliance', 'coalition', 'umbrella', 'bloc', 'grouping'],
  ['strong', 'strongest', 'powerful', 'dominant', 'biggest', 'largest', 'main', 'key', 'senior', 'prominent', 'top', 'backbone', 'mainstay'],
  ['uprising', 'revolt', 'rebellion', 'insurrection'],
  ['growth', 'expansion', 'grow', 'spread', 'expand'],
  ['checkpoint', 'roadblock'],
  ['coast', 'coastline', 'shore', 'shoreline', 'seaboard', 'littoral'],
  ['soldier', 'troop', 'troops', 'serviceman'],
  ['inmate', 'detainee'],
  ['government', 'administration', 'authority', 'authorities'],
  ['south', 'southward', 'southwards', 'southern'],
  ['west', 'western', 'westward'],
  ['east', 'eastern', 'eastward'],
  ['doubl', 'double', 'doubled', 'twofold'],
  ['try', 'attempt', 'seek'],
  ['week', 'weeks'],
  ['convoy', 'column'],
  ['reinforcement', 'reinforcements', 'backup'],
  ['guantanamo', 'gitmo'],
  ['propaganda', 'messaging'],
  ['newsletter', 'magazine', 'publication'],
  ['camp', 'camps'],
  ['infographic', 'graphic', 'chart'],
];

const MAP = new Map<string, string>();
for (const g of GROUPS) {
  const canon = stemWord(g[0] as string);
  for (const w of g) {
    const s = stemWord(w);
    if (!MAP.has(s)) MAP.set(s, canon);
  }
}

/** The canonical stem for a content word's stem (itself when it has no synonym group). */
export function canonicalWord(stem: string): string {
  return MAP.get(stem) ?? stem;
}
