// The page's results: counts by verdict, the marked sentences grouped by claim, and the source
// comparison for the selected claim. Explains itself when there is nothing to show.
import type { JSX } from 'preact';
import { VERDICTS, type Annotation, type ClaimMatch, type Verdict } from '../core/annotation-types.js';
import type { PackOverview } from '../core/pack/pack-overview.js';
import type { PopupState } from '../shared/messages.js';
import type { MessageKey } from '../shared/i18n.js';
import { useUi } from '../shared/ui-context.js';
import { Comparison } from './Comparison.js';
import { rowsFromEvidence, rowsFromOverview } from './comparison-rows.js';
import type { ClaimRef } from './TimelineView.js';
import { siteOf } from '../shared/site-of.js';
import type { PageKind } from '../shared/page-kind.js';

export const VERDICT_LABEL: Record<Verdict, MessageKey> = {
  corroborated: 'verdictCorroborated',
  contradicted: 'verdictContradicted',
  disputed: 'verdictDisputed',
  unverified: 'verdictUnverified',
};

export interface ClaimGroup {
  claim: ClaimMatch;
  sentences: Annotation[];
}

/** Marked sentences grouped by the claim they match (a sentence matching two claims appears under both). */
export function groupByClaim(annotations: readonly Annotation[]): ClaimGroup[] {
  const groups = new Map<string, ClaimGroup>();
  for (const a of annotations) {
    for (const c of a.claims) {
      const g = groups.get(c.id) ?? { claim: c, sentences: [] };
      g.sentences.push(a);
      groups.set(c.id, g);
    }
  }
  return [...groups.values()];
}

export interface PageViewProps {
  state: PopupState;
  /** Whether the content script can run in the tab's page, as far as the popup can tell from its address. */
  pageKind: PageKind;
  overviews: readonly PackOverview[];
  selected: ClaimRef | null;
  onSelect: (ref: ClaimRef | null) => void;
  onShowSentence: (a: Annotation) => void;
  onEnableSite: (site: string) => void;
  onReload: () => void;
}


function EmptyState({ state, pageKind, overviews, onEnableSite, onReload }: Pick<PageViewProps, 'state' | 'pageKind' | 'overviews' | 'onEnableSite' | 'onReload'>): JSX.Element | null {
  const { t } = useUi();
  const site = siteOf(state.url ?? state.results?.url);
  // A content script that spoke is proof enough that it runs there, whatever the address suggests.
  const heardFrom = state.report === 'heard' || state.report === 'failed';
  if (pageKind === 'unreadable' && !heardFrom) return <p class="empty" data-empty="cannot-read">{t('popupCannotRead')}</p>;
  if (!state.settings.enabled) return <p class="empty" data-empty="off">{t('popupOffEverywhere')}</p>;
  if (!state.siteActive) {
    return (
      <div class="empty" data-empty="site-off">
        <p>{t('popupOffForSite', site ?? '')}</p>
        {site !== undefined && (
          <button type="button" onClick={() => onEnableSite(site)}>
            {t('popupTurnOnForSite', site)}
          </button>
        )}
      </div>
    );
  }
  if (state.report === 'none' || state.report === 'failed') {
    return (
      <div class="empty" data-empty={state.report === 'none' ? 'reload' : 'failed'}>
        <p>{t(state.report === 'none' ? 'popupReloadToCheck' : 'popupPageRunFailed')}</p>
        <button type="button" onClick={onReload}>
          {t('popupReloadPage')}
        </button>
      </div>
    );
  }
  const topics = overviews.map((o) => o.name).join('; ');
  if (state.results === null) return <p class="empty" data-empty="no-results">{t('popupNoResults')}</p>;
  if (!state.results.result.about) return <p class="empty" data-empty="not-about">{t('popupNotAbout', topics)}</p>;
  if (state.results.result.annotations.length === 0) return <p class="empty" data-empty="no-marks">{t('popupNoMarks', topics)}</p>;
  return null;
}

export function PageView({ state, pageKind, overviews, selected, onSelect, onShowSentence, onEnableSite, onReload }: PageViewProps): JSX.Element {
  const { t } = useUi();
  const empty = <EmptyState state={state} pageKind={pageKind} overviews={overviews} onEnableSite={onEnableSite} onReload={onReload} />;
  const annotations = state.siteActive && state.results ? state.results.result.annotations : [];
  const groups = groupByClaim(annotations);
  const fromPage = selected ? groups.find((g) => g.claim.id === selected.claimId) : undefined;
  const overviewPack = selected ? overviews.find((o) => o.id === selected.packId) : undefined;
  const overviewClaim = selected && overviewPack ? overviewPack.claims.find((c) => c.id === selected.claimId) : undefined;

  return (
    <div class="page-view">
      {annotations.length === 0 ? (
        empty
      ) : (
        <>
          <section class="summary" data-testid="verdict-summary" aria-label={t('popupSummaryLabel')}>
            <p>{t('popupMarkedCount', annotations.length)}</p>
            <ul class="verdict-counts">
              {VERDICTS.map((v) => (
                <li key={v} class={`verdict verdict-${v}`} data-verdict={v}>
                  <span class="count">{state.results?.counts[v] ?? 0}</span> <span class="label">{t(VERDICT_LABEL[v])}</span>
                </li>
              ))}
            </ul>
          </section>
          <section class="claims" aria-label={t('popupClaimsLabel')}>
            <h2>{t('popupClaimsHeading')}</h2>
            <ul class="claim-groups">
              {groups.map((g) => {
                const isSelected = selected?.claimId === g.claim.id;
                return (
                  <li key={g.claim.id} class={isSelected ? 'claim-group selected' : 'claim-group'} data-claim={g.claim.id}>
                    <button
                      type="button"
                      class="claim-button"
                      aria-expanded={isSelected}
                      onClick={() => onSelect(isSelected ? null : { packId: overviews.find((o) => o.claims.some((c) => c.id === g.claim.id))?.id ?? '', claimId: g.claim.id })}
                    >
                      {g.claim.statement}
                    </button>
                    <ul class="sentences">
                      {g.sentences.map((a) => (
                        <li key={`${a.start}-${a.end}`} class={`sentence verdict-${a.verdict}`} data-verdict={a.verdict}>
                          <span class="verdict-tag">{t(VERDICT_LABEL[a.verdict])}</span> <q>{a.text}</q>{' '}
                          <button type="button" class="show-in-page" onClick={() => onShowSentence(a)}>
                            {t('popupShowInPage')}
                          </button>
                        </li>
                      ))}
                    </ul>
                  </li>
                );
              })}
            </ul>
          </section>
        </>
      )}
      {fromPage !== undefined ? (
        <Comparison statement={fromPage.claim.statement} rows={rowsFromEvidence(fromPage.claim.evidence)} relativeTo="page" {...(fromPage.claim.conflictNote === undefined ? {} : { conflictNote: fromPage.claim.conflictNote })} />
      ) : overviewClaim !== undefined && overviewPack !== undefined ? (
        <Comparison statement={overviewClaim.statement} rows={rowsFromOverview(overviewClaim, overviewPack.sources)} relativeTo="claim" {...(overviewClaim.conflictNote === undefined ? {} : { conflictNote: overviewClaim.conflictNote })} />
      ) : null}
    </div>
  );
}
