// Words and icons for verdicts: the badge's accessible name, its icon, the card's labels.
// The icon differs by shape, not only colour, so the verdict reads without colour vision.
import type { Annotation, Verdict } from '../core/annotation-types.js';

export const VERDICT_ICON: Record<Verdict, string> = {
  corroborated: '✓',
  contradicted: '✕',
  disputed: '±',
  unverified: '?',
};

export const VERDICT_LABEL: Record<Verdict, string> = {
  corroborated: 'Corroborated',
  contradicted: 'Contradicted',
  disputed: 'Disputed',
  unverified: 'Unverified',
};

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** e.g. "Contradicted by 2 sources (1 independent)". */
export function badgeLabel(annotation: Pick<Annotation, 'verdict' | 'counts'>): string {
  const { verdict, counts } = annotation;
  const independent = `(${counts.independent} independent)`;
  switch (verdict) {
    case 'corroborated':
      return `Corroborated by ${plural(counts.sources, 'source')} ${independent}`;
    case 'contradicted':
      return `Contradicted by ${plural(counts.sources, 'source')} ${independent}`;
    case 'disputed':
      return `Disputed: ${counts.supporting} ${counts.supporting === 1 ? 'source agrees' : 'sources agree'}, ${counts.contradicting} ${counts.contradicting === 1 ? 'disagrees' : 'disagree'} ${independent}`;
    case 'unverified':
      return 'Unverified: no other source speaks to this';
  }
}
