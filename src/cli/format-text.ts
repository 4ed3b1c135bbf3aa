// Readable text output of an annotation result: each marked sentence, its verdict, and the sources' quotes.
import type { AnnotateResult } from '../core/index.js';

const MARK: Record<string, string> = { corroborated: '✔', contradicted: '✘', disputed: '⚖', unverified: '?' };

export function formatText(r: AnnotateResult): string {
  if (!r.about) return 'Not about this claim pack: nothing to mark.\n';
  const lines: string[] = [];
  lines.push(`${r.annotations.length} of ${r.sentences} sentences marked${r.selfSource !== undefined ? ` (page recognised as source ${r.selfSource}, left out)` : ''}.`);
  if (r.datedFromText !== undefined) lines.push(`No publication date was given: relative dates were read against ${r.datedFromText}, a date read from the text itself.`);
  lines.push('');
  for (const a of r.annotations) {
    const c = a.counts;
    lines.push(`${MARK[a.verdict] ?? ''} ${a.verdict.toUpperCase()} [${a.start}-${a.end}] ${c.sources} source(s), ${c.independent} independent`);
    lines.push(`  “${a.text}”`);
    for (const m of a.claims) {
      lines.push(`  claim ${m.id} (score ${m.score}): ${m.statement}`);
      if (m.evidence.length === 0) lines.push('    no other source speaks to it');
      for (const e of m.evidence) {
        const values = e.values !== undefined ? ` [says: ${e.values.join('; ')}]` : '';
        lines.push(`    ${e.stance === 'supports' ? '+' : '-'} ${e.source.outlet}, ${e.source.published} (${e.speaker}${e.hedge !== undefined ? ', ' + e.hedge : ''})${values}`);
        lines.push(`      “${e.quote}”`);
      }
      if (m.conflictNote !== undefined) lines.push(`    note: ${m.conflictNote}`);
    }
    lines.push('');
  }
  return lines.join('\n');
}
