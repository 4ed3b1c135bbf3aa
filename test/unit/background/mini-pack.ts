// A small, valid editorial pack for storage, import and UI tests (three sources, two claims),
// built with offsets computed from the texts so it passes validatePack.
import type { EditorialPack, Evidence, SourceRecord } from '../../../src/core/pack/pack-types.js';

const texts = {
  'alpha-2015-06-a': 'Fighters of the Shura Council drove Islamic State out of Derna on 14 June. Residents said seven fighters were killed.',
  'beta-2015-06-b': 'Islamic State still holds most of Derna, a spokesman said. The group denied it had been driven out.',
  'gamma-2016-04-c': 'By April 2016 Islamic State had retreated from Derna entirely. In June 2015 the Shura Council drove Islamic State out of Derna.',
};

function source(id: keyof typeof texts, outlet: string, published: string, relays: string[] = []): SourceRecord {
  return {
    id,
    file: `${id}.txt`,
    outlet,
    title: `Article ${id}`,
    language: 'en',
    published,
    publishedCertainty: 'stated',
    publishedBasis: 'dateline',
    relays,
    text: texts[id],
    furniture: [],
  };
}

function evidence(sourceId: keyof typeof texts, quote: string, stance: Evidence['stance'], speaker: string): Evidence {
  const start = texts[sourceId].indexOf(quote);
  if (start < 0) throw new Error(`fixture quote not in ${sourceId}: ${quote}`);
  return { source: sourceId, quote, start, end: start + quote.length, stance, speaker };
}

export function miniPack(overrides: Partial<EditorialPack> = {}): EditorialPack {
  return {
    id: 'mini-pack',
    name: 'Mini pack',
    version: '1.0.0',
    topicEntities: ['place:derna'],
    outlets: [
      { id: 'alpha', name: 'Alpha News', kind: 'newspaper' },
      { id: 'beta', name: 'Beta Wire', kind: 'wire' },
      { id: 'gamma', name: 'Gamma Times', kind: 'news-site' },
    ],
    sources: [source('alpha-2015-06-a', 'alpha', '2015-06-15'), source('beta-2015-06-b', 'beta', '2015-06-16'), source('gamma-2016-04-c', 'gamma', '2016-04-21')],
    entities: [
      { id: 'place:derna', kind: 'place', name: 'Derna', aliases: ['Derna', 'Darnah'] },
      { id: 'org:islamic-state', kind: 'organisation', name: 'Islamic State', aliases: ['Islamic State', 'ISIS', 'IS'] },
      { id: 'org:shura-council', kind: 'organisation', name: 'Shura Council', aliases: ['Shura Council'] },
    ],
    actions: [
      { id: 'expel', words: ['drive out', 'drove out', 'expel'], opposite: ['hold'] },
      { id: 'hold', words: ['hold', 'holds', 'control'], opposite: ['expel'] },
      { id: 'retreat', words: ['retreat', 'retreated', 'withdraw'] },
    ],
    claims: [
      {
        id: 'msc-expels-is-from-derna-2015-06',
        statement: 'The Shura Council drove Islamic State out of Derna in June 2015.',
        slots: { actors: ['org:shura-council'], actions: ['expel'], targets: ['org:islamic-state'], places: ['place:derna'], date: { from: '2015-06' } },
        evidence: [
          evidence('alpha-2015-06-a', 'Fighters of the Shura Council drove Islamic State out of Derna on 14 June.', 'supports', 'the author'),
          evidence('beta-2015-06-b', 'Islamic State still holds most of Derna, a spokesman said.', 'contradicts', 'an Islamic State spokesman'),
          evidence('gamma-2016-04-c', 'In June 2015 the Shura Council drove Islamic State out of Derna.', 'supports', 'the author'),
        ],
        conflictNote: 'Islamic State denied losing the city in June 2015.',
      },
      {
        id: 'is-retreats-from-derna-2016-04',
        statement: 'Islamic State retreated from Derna in April 2016.',
        slots: { actors: ['org:islamic-state'], actions: ['retreat'], places: ['place:derna'], date: { from: '2016-04' } },
        evidence: [evidence('gamma-2016-04-c', 'By April 2016 Islamic State had retreated from Derna entirely.', 'supports', 'the author')],
      },
    ],
    unchecked: [],
    ...overrides,
  };
}
