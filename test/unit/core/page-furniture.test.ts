// Page furniture (teasers, cross-references, credits, file names, prompts, tags) gets no badge; the article text
// around it, and article sentences that merely look like it, are read as before.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../../../src/core/index.js';
import { isPageFurniture } from '../../../src/core/text/page-furniture.js';
import { segmentSentences } from '../../../src/core/text/segment-sentences.js';
import { index } from './shipped-index.js';

/** Each line of a page (lines apart by blank ones, as a copied page prints them) and whether it reads as furniture. */
function furnitureByLine(lines: readonly string[]): Map<string, boolean> {
  const text = lines.join('\n\n');
  return new Map(segmentSentences(text).map((s) => [s.text, isPageFurniture(s, text)]));
}

/** Asserts that each of `furniture` is recognised and none of `article` is, each as a page of its own under a headline. */
function assertSorted(furniture: readonly string[], article: readonly string[]): void {
  for (const line of furniture) {
    assert.equal(furnitureByLine(['Fighting in Derna', line]).get(line), true, `furniture: ${line}`);
  }
  for (const line of article) {
    assert.equal(furnitureByLine(['Fighting in Derna', line]).get(line), false, `article text: ${line}`);
  }
}

test('link teasers and cross-references are furniture; sentences that read, see or watch something are not', () => {
  assertSorted([
    'Read more: Rival militias agree a truce in the east',
    'READ MORE | How the jihadists lost their coastal stronghold',
    'Related: Egypt strikes militant camps after church attack',
    'See also: A timeline of the war for the city',
    'Also read: Five things to know about the Shura Council',
    'Watch: Residents return to the old town',
    'Click here to read the full statement',
    'For the full interview, click here.',
    'More on this story',
    '[See our earlier report, Jihadists lose their hold on the port city.]',
    '(Read more: The families who fled the fighting)',
  ], [
    'Read the statement closely and it admits the group lost its bases.',
    'Residents said they watched the convoys leave at dawn.',
    'See how quickly the front moved: by May the militants held only the outskirts.',
    'Watching from a rooftop, one man counted twenty trucks.',
    'Related fighting broke out in the hills south of the town the next day.',
    'More than forty fighters were killed in the clashes, a hospital official said.',
    '(The council did not say how many of its men had died.)',
    'Also on Monday, the army said it had shelled positions near the port.',
    'For the first time in a year, families crossed the bridge into the old city.',
    'Read more widely, the report suggests the group had been weakened for months.',
    '[The statement was later removed from the group\'s channel.]',
  ]);
});

test('image file names and slugs are furniture; dates, figures and hyphenated words in prose are not', () => {
  assertSorted([
    '15-06-10 Council fighters parade %22victory%22 convoy',
    'Screen Shot 2016-05-02 at 10.15.33 AM',
    'Screenshot 2015-06-12 at 09.01.44',
    'IMG_4410.jpg',
    'DSC00271',
    'militants-leave-eastern-city-2016.png',
    'shura-council-statement-april',
    'derna_old_city_clashes',
    '20160421_convoy_leaves_derna',
  ], [
    '2016-04-20: The council says the militants have fled their last bases.',
    'On 20-04-2016 the council announced that the city was free.',
    'Turnout fell to 20% in the eastern districts, officials said.',
    'The so-called al-Qaeda-linked brigade denied any role in the killings.',
    'Around 80% of the city was in the council\'s hands by the end of June.',
    'The group posted a video titled "The Liberation of the City" on its channel.',
    'Self-styled emirs ran the court from a former hotel.',
    '10 people were wounded when a car bomb went off near the hospital.',
    'The three-day battle for the port left dozens dead.',
  ]);
});

test('credits, bylines and wire footers are furniture; captions and sentences about photos or sources are not', () => {
  assertSorted([
    'Photo: Reuters',
    'Photograph: AFP/Getty Images',
    'Source: Al Jazeera and news agencies',
    'AFP/Getty Images',
    'Reuters/Stringer',
    '(Photo: handout from the council\'s media office)',
    'Image credit: social media',
    'Reporting by Jane Doe in Tunis; Writing by John Roe; Editing by Ann Smith',
    'Additional reporting by Omar al-Tarhuni',
    'By Jane Doe and John Roe',
    '© Reuters 2016',
  ], [
    'Photographs posted online showed black flags being torn down in the main square.',
    'Photo: Fighters of the Shura Council celebrate in the main square on April 20, 2016.',
    'Fighters of the Shura Council celebrate in the main square on April 20, 2016.',
    'Sources inside the city said the militants had left overnight.',
    'A source close to the council told Reuters that ten fighters were killed.',
    'Reporting by local journalists suggests the prison was emptied before the attack.',
    'By late June the militants had been pushed back to the eastern suburbs.',
    'By then, the council controlled most of the city.',
    'Images shared by residents showed the hotel in ruins.',
    'The pictures, which could not be verified, appeared to show bodies in the street.',
    'Reuters could not independently confirm the account.',
    'Sources: militants fled toward Sirte',
    'By the numbers: a year of fighting in the city',
  ]);
});

test('share, subscribe and comment prompts and tag lists are furniture; sentences about sharing or comments are not', () => {
  assertSorted([
    'Share this article',
    'Sign up for our daily newsletter',
    'Subscribe to our Middle East briefing',
    'Leave a comment',
    '14 Comments',
    'COMMENTS',
    'Please read our rules before posting a comment.',
    '• Jane Reader says:',
    'desert_fox says: April 22, 2016 at 6:41 pm',
    'Follow us on Twitter',
    'Tags: Libya, jihadism, Derna',
    'Filed under: Africa, Middle East',
  ], [
    'The council did not comment on the report.',
    'Residents share their bread with the fighters at the checkpoints.',
    'Comments by the council\'s spokesman angered the militants.',
    'Several commanders signed up for the new alliance that spring.',
    'He says the group will never return.',
    'A resident, Ali, says: "We can finally breathe again."',
    'Leaders of the alliance followed the talks from the coast.',
    'Please, one woman begged, let the children leave first.',
    'Tagged as traitors, the council\'s men were hunted by the group.',
    'Topics such as the prison and the court came up at every meeting.',
    'Two comments by the army spokesman were widely shared.',
    'Posted on the group\'s channel, the video showed a burning car.',
  ]);
});

test('titles listed under a bare "Read more" or "Related stories" line are furniture; a headline is not', () => {
  const page = [
    'Militants abandon their last bases in the eastern city',
    'The council said its fighters had entered the outskirts at dawn.',
    'Related stories',
    'Shura Council fighters parade through the old city',
    'Jihadists regroup near Sirte',
  ];
  const read = furnitureByLine(page);
  assert.equal(read.get('Militants abandon their last bases in the eastern city'), false);
  assert.equal(read.get('The council said its fighters had entered the outskirts at dawn.'), false);
  assert.equal(read.get('Related stories'), true);
  assert.equal(read.get('Shura Council fighters parade through the old city'), true);
  assert.equal(read.get('Jihadists regroup near Sirte'), true);
});

test('annotate() leaves a teaser, a cross-reference and a file name unmarked and marks the article sentences beside them', () => {
  const killing = 'Islamic State gunmen assassinated two senior commanders of the Mujahideen Shura Council, Nasr al-Akar and Faraj al-Houti, in Derna in June 2015.';
  const caption = 'Fighters of the Mujahideen Shura Council celebrate in Derna after the Islamic State withdrew from the city in April 2016.';
  const teaser = 'READ MORE: Shura Council commanders Nasr al-Akar and Faraj al-Houti shot dead by IS in Derna';
  const reference = '[See our earlier report, Islamic State fighters driven out of Derna by the Shura Council.]';
  const fileName = '15-06-10 IS gunmen kill %22Shura Council%22 commanders in Derna';
  const lines = ['Islamic State loses ground in Derna', fileName, caption, 'Photo: Reuters', killing, teaser,
    'The killings set off weeks of fighting between the two groups.', reference];
  const text = lines.join('\n\n');
  const r = annotate(index, text, { published: '2016-04-25' });
  // Furniture still counts as a sentence of the page.
  assert.equal(r.sentences, lines.length);
  const marked = new Set(r.annotations.map((a) => a.text));
  for (const line of [teaser, reference, fileName]) assert.equal(marked.has(line), false, `unmarked: ${line}`);
  const killingMark = r.annotations.find((a) => a.text === killing);
  assert.ok(killingMark?.claims.some((c) => c.id === 'is-kills-msc-commanders-akar-houti-2015-06'));
  // A caption that states a fact in a full sentence is article text.
  assert.ok(r.annotations.find((a) => a.text === caption)?.claims.some((c) => c.id === 'is-withdraws-from-derna-2016-04'));
});

test("a reader's comment under a comment section's header gets no badge; a quote an article introduces with \"says:\" does", () => {
  const claimed = 'The Shura Council drove Islamic State fighters out of their last positions around Derna in April 2016.';
  const marked = (text: string): string[] => annotate(index, text, { published: '2016-05-02' }).annotations.map((a) => a.text);
  const article = 'Derna after the jihadists';
  const withComments = [article, 'The town was calm on Sunday.', '3 Comments', '• Omar Ben Ali says:', claimed, 'derna_watch says: May 1, 2016 at 9:14 pm', 'Good report.'].join('\n\n');
  assert.deepEqual(marked(withComments).filter((t) => t === claimed), [], 'the comment is not marked');
  // The same sentence as the article's own, and as a quote the article introduces with "says:", is marked.
  assert.deepEqual(marked([article, claimed].join('\n\n')).filter((t) => t === claimed), [claimed]);
  const quoted = [article, 'A council commander, Ali Omar, spoke to reporters.', 'Ali Omar says:', claimed].join('\n\n');
  assert.deepEqual(marked(quoted).filter((t) => t === claimed), [claimed], 'a quote introduced by "says:" in the article is marked');
});
