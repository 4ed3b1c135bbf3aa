// A light English stemmer: irregular verb forms and common suffixes, applied alike to lexicon and page words.
import { lookupTable } from './lookup-table.js';
import { WordMemo } from './word-memo.js';

const IRREGULAR: Record<string, string> = lookupTable({
  slain: 'slay', slew: 'slay', fled: 'flee', took: 'take', taken: 'take', lost: 'lose', held: 'hold',
  ran: 'run', fought: 'fight', left: 'leave', shot: 'shoot', won: 'win', drove: 'drive', driven: 'drive',
  withdrew: 'withdraw', withdrawn: 'withdraw', fell: 'fall', fallen: 'fall', swore: 'swear', sworn: 'swear',
  gave: 'give', given: 'give', went: 'go', gone: 'go', came: 'come', began: 'begin', begun: 'begin',
  broke: 'break', broken: 'break', hit: 'hit', led: 'lead', sent: 'send', set: 'set', met: 'meet',
  said: 'say', told: 'tell', got: 'get', gotten: 'get', made: 'make', saw: 'see', seen: 'see', put: 'put',
  dead: 'dead', died: 'die', dies: 'die', dying: 'die', freed: 'free', fed: 'feed', rode: 'ride',
  struck: 'strike', stricken: 'strike', underwent: 'undergo', overran: 'overrun', rose: 'rise', risen: 'rise',
  men: 'man', women: 'woman', children: 'child', people: 'people', news: 'news', isis: 'isis', isil: 'isil',
  was: 'be', were: 'be', is: 'be', are: 'be', been: 'be', being: 'be', has: 'have', had: 'have', having: 'have',
  wounded: 'wound', wounds: 'wound', wounding: 'wound', bombed: 'bomb', bombing: 'bomb', bombings: 'bomb',
  beheading: 'behead', beheadings: 'behead', beheaded: 'behead', killing: 'kill', killings: 'kill',
  fighting: 'fight', fighters: 'fighter', airstrikes: 'airstrike', strikes: 'strike', striking: 'strike',
  ousted: 'oust', seized: 'seize', seizing: 'seize', captured: 'capture', capturing: 'capture',
  liberated: 'liberate', liberating: 'liberate', executed: 'execute', executing: 'execute',
  retreated: 'retreat', retreating: 'retreat', surrendered: 'surrender', pledged: 'pledge', pledging: 'pledge',
  united: 'unite', uniting: 'unite', forced: 'force', forcing: 'force', pushed: 'push', pushing: 'push',
  ejected: 'eject', expelled: 'expel', expelling: 'expel', controlled: 'control', controlling: 'control',
  injured: 'injure', injuries: 'injury', casualties: 'casualty', militia: 'militia', militias: 'militia',
  assassinated: 'assassinate', assassinations: 'assassination', murdered: 'murder', released: 'release',
  cleared: 'clear', escaped: 'escape', declared: 'declare', established: 'establish', founded: 'found',
  celebrated: 'celebrate', celebrating: 'celebrate', celebrations: 'celebration', armed: 'arm', arms: 'arm',
  attacked: 'attack', attacking: 'attack', attacks: 'attack', clashed: 'clash', clashes: 'clash',
  battled: 'battle', battles: 'battle', battling: 'battle', recaptured: 'recapture', retook: 'retake', retaken: 'retake',
  secured: 'secure', securing: 'secure', abandoned: 'abandon', evacuated: 'evacuate', routed: 'rout',
  besieged: 'besiege', surrounded: 'surround', detained: 'detain', arrested: 'arrest', kidnapped: 'kidnap',
  abducted: 'abduct', displaced: 'displace', threatened: 'threaten', flooded: 'flood', floods: 'flood',
  hid: 'hide', hidden: 'hide', shown: 'show', kept: 'keep', brought: 'bring', dug: 'dig', caught: 'catch',
  sought: 'seek', threw: 'throw', thrown: 'throw', blew: 'blow', blown: 'blow', grew: 'grow', grown: 'grow',
  stood: 'stand', wrote: 'write', written: 'write', spoke: 'speak', spoken: 'speak', chose: 'choose', chosen: 'choose',
  forbade: 'forbid', forbidden: 'forbid', bought: 'buy', built: 'build', spent: 'spend', hung: 'hang',
});

const KEEP = new Set(['this', 'his', 'its', 'was', 'has', 'us', 'bus', 'gas', 'news', 'less', 'across', 'sirte', 'derna', 'process', 'isis', 'analysis', 'crisis', 'series', 'species', 'chaos', 'status', 'thus', 'always']);

/**
 * Words whose final e tells them from another word: without it a plane is a plan, a route a rout (a defeat),
 * to unite is a unit, a site is "sit", a note is "not". ("Mine" is not one: kept as "mine", the plural "mines" would
 * meet the stop word "mine" and be no content word at all.) Their inflections keep the e too ("routes",
 * "planes", "united", "noted"), so each stays one word of its own; a doubled consonant still tells the shorter word
 * ("planned", "hopped").
 */
const E_MAKES_ANOTHER_WORD = new Set(['plane', 'route', 'unite', 'site', 'note', 'wine', 'fine', 'rate', 'hope', 'hate', 'wage', 'scare', 'spite', 'ware', 'care', 'fate', 'cite', 'stare', 'bite', 'shine']);

const stems = new WordMemo<string>();

export function stemWord(word: string): string {
  const known = stems.get(word);
  if (known !== undefined) return known;
  const s = stemCore(word.toLowerCase());
  // "create"/"created"/"creating" all end as "creat": drop a final silent e, unless that makes another word.
  return stems.set(word, s.length > 3 && s.endsWith('e') && !s.endsWith('ee') && !E_MAKES_ANOTHER_WORD.has(s) ? s.slice(0, -1) : s);
}

function stemCore(w: string): string {
  const irr = IRREGULAR[w];
  if (irr !== undefined) return irr;
  if (w.length <= 3 || KEEP.has(w) || !/^[a-z]+$/.test(w)) return w;
  if (w.endsWith('ies') && w.length > 4) return w.slice(0, -3) + 'y';
  if (w.endsWith('sses')) return w.slice(0, -2);
  if (w.endsWith('ing') && w.length > 5) return withSilentE(w.slice(0, -3));
  if (w.endsWith('ied') && w.length > 4) return w.slice(0, -3) + 'y';
  if (w.endsWith('ed') && w.length > 4) {
    const base = w.slice(0, -2);
    return base.endsWith('e') ? base : withSilentE(base);
  }
  if (w.endsWith('es') && /(sh|ch|x|ss|z)es$/.test(w)) return w.slice(0, -2);
  if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) return w.slice(0, -1);
  return w;
}

/** A base left by -ed or -ing: "noted" is "note", not "not"; otherwise undoubled. */
function withSilentE(base: string): string {
  return E_MAKES_ANOTHER_WORD.has(base + 'e') ? base + 'e' : undouble(base);
}

/** "stopp" → "stop", but "kill" stays. */
function undouble(s: string): string {
  return /([bdgmnprt])\1$/.test(s) ? s.slice(0, -1) : s;
}
