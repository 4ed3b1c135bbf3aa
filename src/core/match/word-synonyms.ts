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
  ['youth', 'adolescent', 'teenager', 'teen', 'teenage', 'youngster', 'boy', 'young'],
  ['alliance', 'coalition', 'umbrella', 'bloc', 'grouping'],
  ['strong', 'strongest', 'powerful', 'dominant', 'biggest', 'largest', 'main', 'key', 'senior', 'prominent', 'top', 'backbone', 'mainstay', 'core', 'principal', 'foremost'],
  ['uprising', 'revolt', 'rebellion', 'insurrection'],
  ['growth', 'expansion', 'grow', 'spread', 'expand'],
  ['checkpoint', 'roadblock'],
  ['public', 'square', 'crowd', 'crowds', 'onlookers'],
  ['coast', 'coastline', 'shore', 'shoreline', 'seaboard', 'littoral'],
  ['soldier', 'troop', 'troops', 'serviceman'],
  ['inmate', 'detainee'],
  ['government', 'administration', 'authority', 'authorities'],
  ['south', 'southward', 'southwards', 'southern'],
  ['west', 'western', 'westward'],
  ['east', 'eastern', 'eastward'],
  ['doubl', 'double', 'doubled', 'twofold'],
  ['try', 'attempt', 'seek', 'effort', 'bid'],
  ['week', 'weeks'],
  ['convoy', 'column'],
  ['reinforcement', 'reinforcements', 'backup'],
  ['guantanamo', 'gitmo'],
  ['propaganda', 'messaging'],
  ['newsletter', 'magazine', 'publication'],
  ['camp', 'camps'],
  ['infographic', 'graphic', 'chart'],
  // General words of conflict reporting, not of one pack: military titles as written abbreviated, and the
  // nouns, adjectives and verbs that news copy varies for one idea (a claim is written once, pages say it anew).
  ['general', 'gen'],
  ['colonel', 'col'],
  ['civilian', 'noncombatant', 'bystander'],
  ['branch', 'affiliate', 'offshoot', 'franchise', 'wilayat', 'chapter'],
  ['area', 'region', 'zone', 'vicinity', 'locality'],
  ['history', 'legacy', 'tradition', 'reputation', 'heritage'],
  ['start', 'begin', 'began', 'begun', 'commence', 'outset', 'onset'],
  ['use', 'used', 'using', 'uses', 'employ', 'utilise', 'utilize'],
  ['hide', 'hid', 'hidden', 'conceal', 'concealed', 'stash', 'stashed', 'bury', 'buried', 'cache'],
  ['supply', 'supplies', 'stock', 'stocks', 'stockpile', 'store', 'stores', 'provisions'],
  ['peace', 'reconciliation', 'stability', 'calm'],
  ['restore', 'reinstate', 'reestablish'],
  ['unable', 'incapable', 'powerless', 'impossible'],
  ['continue', 'continuing', 'ongoing', 'persist', 'persisting', 'unabated'],
  ['fierce', 'intense', 'heavy', 'bitter', 'ferocious', 'violent', 'pitched', 'grinding'],
  ['comprehensive', 'full', 'total', 'complete', 'entire', 'entirely', 'wholesale', 'outright'],
  ['popular', 'grassroots'],
  ['openly', 'open', 'overt', 'overtly', 'publicly'],
  ['initial', 'initially', 'first', 'earliest'],
  ['number', 'numbers', 'tally', 'count', 'strength', 'headcount'],
  ['describe', 'brand', 'branded', 'label', 'labelled', 'labeled', 'term', 'termed', 'dub', 'dubbed'],
  ['statement', 'announcement', 'communique', 'declaration', 'notice'],
  ['show', 'showed', 'shown', 'depict', 'display', 'feature', 'featured'],
  ['media', 'online', 'internet', 'web', 'facebook', 'twitter', 'youtube', 'telegram'],
  ['appointment', 'appoint', 'appointed', 'nominate', 'nomination', 'installation', 'installed'],
  ['cause', 'caused', 'trigger', 'triggered', 'spark', 'sparked', 'prompt', 'prompted', 'provoke', 'provoked', 'fuel', 'fuelled', 'fueled', 'ignite', 'ignited'],
  ['replace', 'replaced', 'substitute', 'supplant', 'supplanted'],
  ['allow', 'allowed', 'permit', 'permitted', 'let', 'tolerate', 'tolerated'],
  ['former', 'ex', 'onetime', 'erstwhile', 'previous'],
  ['farm', 'farmland', 'orchard', 'grove', 'plantation'],
  ['hill', 'hillside', 'mountain', 'ridge', 'heights', 'highland', 'slope'],
  ['position', 'outpost', 'emplacement'],
  ['atrocity', 'atrocities', 'abuse', 'abuses', 'brutality'],
  ['erupt', 'erupted', 'flare', 'flared'],
  ['witness', 'eyewitness', 'onlooker'],
  ['live', 'lived', 'living', 'reside', 'resided'],
  ['long', 'longstanding', 'longtime', 'lengthy', 'protracted'],
  ['remain', 'remained', 'remaining', 'stay', 'stayed', 'linger', 'lingered', 'holdout', 'holdouts'],
  ['repeatedly', 'regularly', 'frequently', 'routinely', 'often', 'constantly'],
  ['retaliation', 'retaliate', 'retaliated', 'retaliatory', 'revenge', 'avenge', 'avenged'],
  ['supporter', 'sympathiser', 'sympathizer', 'backer', 'adherent'],
  ['temporary', 'temporarily', 'interim', 'provisional', 'makeshift'],
  ['treat', 'treated', 'treatment', 'care', 'cared', 'tended'],
  ['world', 'global', 'worldwide'],
  ['country', 'nation', 'nationwide', 'countrywide'],
  ['gory', 'grisly', 'gruesome', 'bloody'],
  ['massive', 'huge', 'vast', 'sweeping', 'enormous'],
  ['quickly', 'rapidly', 'swiftly', 'speedily'],
  ['ravage', 'ravaged', 'devastate', 'devastated', 'wreck', 'wrecked', 'ruin', 'ruined'],
  ['several', 'multiple', 'numerous', 'various'],
  ['involve', 'involved', 'participate', 'participated', 'participation', 'partake'],
  ['plan', 'plot', 'scheme'],
  ['encourage', 'urge', 'urged', 'exhort'],
  ['flourish', 'thrive', 'prosper'],
  ['fortify', 'fortified', 'fortification', 'entrench', 'trench', 'trenches', 'barricade'],
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
