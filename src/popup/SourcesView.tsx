// Every source of the packs, and a matrix of agreement and conflict between each pair.
import type { JSX } from 'preact';
import { computeSourceMatrix } from '../core/source-matrix.js';
import type { PackOverview } from '../core/pack/pack-overview.js';
import { useUi } from '../shared/ui-context.js';

export function SourcesView({ overviews }: { overviews: readonly PackOverview[] }): JSX.Element {
  const { t } = useUi();
  if (overviews.length === 0) return <p class="empty">{t('popupNoPacks')}</p>;
  return (
    <div class="sources-view">
      {overviews.map((pack) => {
        const sources = [...pack.sources].sort((a, b) => a.published.localeCompare(b.published));
        const matrix = computeSourceMatrix(sources.map((s) => s.id), pack.claims);
        return (
          <section key={pack.id} aria-label={pack.name}>
            <h2>{pack.name}</h2>
            <ol class="source-list">
              {sources.map((s, i) => (
                <li key={s.id} data-source={s.id}>
                  <span class="source-number">{i + 1}</span> <span class="outlet">{s.outlet}</span>{' '}
                  <time dateTime={s.published}>{s.published}</time> <span class="source-title">{s.title}</span>
                </li>
              ))}
            </ol>
            <h3>{t('popupMatrixHeading')}</h3>
            <p class="hint">{t('popupMatrixHint')}</p>
            <div class="matrix-scroll" tabIndex={0} role="region" aria-label={t('popupMatrixHeading')}>
              <table class="matrix">
                <thead>
                  <tr>
                    <td />
                    {sources.map((s, i) => (
                      <th key={s.id} scope="col" title={`${s.outlet} · ${s.published}`}>
                        {i + 1}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {sources.map((row, i) => (
                    <tr key={row.id}>
                      <th scope="row" title={`${row.outlet} · ${row.published}`}>
                        {i + 1} {row.outlet}
                      </th>
                      {sources.map((col) => {
                        if (col.id === row.id) return <td key={col.id} class="self">—</td>;
                        const cell = matrix.cell(row.id, col.id);
                        const cls = cell.conflict > 0 ? 'has-conflict' : cell.agree > 0 ? 'has-agree' : 'no-overlap';
                        return (
                          <td key={col.id} class={cls} data-agree={cell.agree} data-conflict={cell.conflict} title={t('popupMatrixCell', cell.agree, cell.conflict)}>
                            {cell.agree === 0 && cell.conflict === 0 ? '·' : t('popupMatrixCellShort', cell.agree, cell.conflict)}
                          </td>
                        );
                      })}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        );
      })}
    </div>
  );
}
