// The source comparison for one claim: one entry per source (outlet, date, speaker, stance,
// verbatim quote), grouped by independence, agreeing and conflicting accounts side by side.
import type { JSX } from 'preact';
import { useUi } from '../shared/ui-context.js';
import { groupByIndependence, type ComparisonRow } from './comparison-rows.js';

export interface ComparisonProps {
  statement: string;
  rows: readonly ComparisonRow[];
  /** Whether stances are relative to the page sentence or to the claim's own statement. */
  relativeTo: 'page' | 'claim';
  conflictNote?: string;
}

function EvidenceEntry({ row }: { row: ComparisonRow }): JSX.Element {
  const { t } = useUi();
  return (
    <li class={`evidence stance-${row.stance}`} data-source={row.source.id} data-stance={row.stance}>
      <div class="evidence-meta">
        <span class="outlet">{row.source.outlet}</span>
        <time dateTime={row.source.published}>{row.source.published}</time>
        <span class="speaker">{t('popupSpeaker', row.speaker)}</span>
        <span class="stance">{row.stance === 'supports' ? t('stanceSupports') : t('stanceContradicts')}</span>
      </div>
      <blockquote class="quote">{row.quote}</blockquote>
      {row.values !== undefined && row.values.length > 0 && <p class="values">{t('popupValues', row.values.join(', '))}</p>}
      {row.hedge !== undefined && <p class="hedge">{t('popupHedge', row.hedge)}</p>}
      {row.note !== undefined && <p class="note">{row.note}</p>}
      <p class="source-title">{row.source.title}</p>
    </li>
  );
}

export function Comparison({ statement, rows, relativeTo, conflictNote }: ComparisonProps): JSX.Element {
  const { t } = useUi();
  const groups = groupByIndependence(rows);
  return (
    <section class="comparison" aria-label={t('popupComparisonLabel')}>
      <h2>{t('popupComparisonHeading')}</h2>
      <p class="claim-statement">{statement}</p>
      <p class="hint">{relativeTo === 'page' ? t('popupStanceRelativePage') : t('popupStanceRelativeClaim')}</p>
      {conflictNote !== undefined && <p class="conflict-note">{conflictNote}</p>}
      {rows.length === 0 ? (
        <p class="empty">{t('popupNoOtherSources')}</p>
      ) : (
        <p class="independence-count">{t('popupIndependentCount', rows.length, groups.length)}</p>
      )}
      <div class="side-by-side">
        {(['supports', 'contradicts'] as const).map((stance) => {
          const column = groups.map((g) => ({ ...g, rows: g.rows.filter((r) => r.stance === stance) })).filter((g) => g.rows.length > 0);
          return (
            <div key={stance} class={stance === 'supports' ? 'column agree' : 'column conflict'}>
              <h3>{stance === 'supports' ? t('popupAgreeColumn') : t('popupConflictColumn')}</h3>
              {column.length === 0 ? (
                <p class="none">{t('popupNone')}</p>
              ) : (
                column.map((g) => (
                  <section class="independence-group" key={g.group} data-group={g.group} aria-label={t('popupGroupLabel', g.outlets.join(', '))}>
                    {g.outlets.length > 1 && <h4>{t('popupGroupLabel', g.outlets.join(', '))}</h4>}
                    <ul>
                      {g.rows.map((r, i) => (
                        <EvidenceEntry key={`${r.source.id}-${i}`} row={r} />
                      ))}
                    </ul>
                  </section>
                ))
              )}
            </div>
          );
        })}
      </div>
    </section>
  );
}
