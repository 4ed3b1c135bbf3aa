// ClaimReview JSON-LD import: a fact-check becomes a claim with the fact-checker (stance from
// its rating) and the claimant as sources; the result passes the pack validator.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fromClaimReview, stanceOfRating } from '../../../src/core/pack/from-claim-review.js';
import { validatePack } from '../../../src/core/pack/validate-pack.js';
import { prepareImport } from '../../../src/background/prepare-import.js';

const review = {
  '@context': 'https://schema.org',
  '@type': 'ClaimReview',
  url: 'https://factcheck.example/derna',
  claimReviewed: 'Islamic State has left Derna for good.',
  datePublished: '2016-04-25',
  author: { '@type': 'Organization', name: 'Example Fact Check' },
  reviewRating: { '@type': 'Rating', ratingValue: 1, bestRating: 5, worstRating: 1, alternateName: 'False' },
  itemReviewed: { '@type': 'Claim', author: { '@type': 'Person', name: 'A Spokesman' }, datePublished: '2016-04-20', appearance: [{ url: 'https://claims.example/1' }] },
};

test('a ClaimReview becomes a valid pack with the checker contradicting and the claimant supporting', () => {
  const { pack, problems } = fromClaimReview({ '@graph': [review] });
  assert.deepEqual(problems, []);
  assert.ok(pack);
  assert.deepEqual(validatePack(JSON.parse(JSON.stringify(pack))).problems, []);
  const claim = pack.claims[0];
  assert.equal(claim?.statement, review.claimReviewed);
  assert.deepEqual(claim?.evidence.map((e) => [e.speaker, e.stance]), [['Example Fact Check', 'contradicts'], ['A Spokesman', 'supports']]);
});

test('ratings map to stances by label, then by scale; mixed ratings give none', () => {
  assert.equal(stanceOfRating({ alternateName: 'Mostly true' }), undefined);
  assert.equal(stanceOfRating({ alternateName: 'Correct' }), 'supports');
  assert.equal(stanceOfRating({ ratingValue: 5, bestRating: 5, worstRating: 1 }), 'supports');
  assert.equal(stanceOfRating({ ratingValue: 3, bestRating: 5, worstRating: 1 }), undefined);
});

test('a ClaimReview file is imported through the same path as a pack, and a broken one is refused with reasons', () => {
  const ok = prepareImport('checks.jsonld', JSON.stringify([review]), new Set());
  assert.equal(ok.ok, true);
  const bad = prepareImport('checks.jsonld', JSON.stringify({ ...review, claimReviewed: '', reviewRating: {} }), new Set());
  assert.equal(bad.ok, false);
  assert.match(bad.ok ? '' : bad.problems.join(' '), /claimReviewed/);
});
