// For one claim, its evidence ordered by publication date: how the account changed over time.
import type { JSX } from 'preact';
import { timelineOf, type PackOverview } from '../core/pack/pack-overview.js';
import { useUi } from '../shared/ui-context.js';

export interface ClaimRef {
  packId: string;
  claimId: string;
}

export interface TimelineViewProps {
  overviews: readonly PackOverview[];
  selected: ClaimRef | null;
  onSelect: (ref: ClaimRef) => void;
}

export function TimelineView({ overviews, selected, onSelect }: TimelineViewProps): JSX.Element {
  const { t } = useUi();
  const allClaims = overviews.flatMap((p) => p.claims.map((c) => ({ packId: p.id, claim: c })));
  if (allClaims.length === 0) return <p class="empty">{t('popupNoPacks')}</p>;
  const current = selected ?? { packId: allClaims[0]?.packId ?? '', claimId: allClaims[0]?.claim.id ?? '' };
  const pack = overviews.find((p) => p.id === current.packId);
  const rows = pack ? timelineOf(pack, current.claimId) : [];
  const value = `${current.packId}\u0000${current.claimId}`;
  return (
    <div class="timeline-view">
      <label class="field">
        <span>{t('popupTimelineClaim')}</span>
        <select
          value={value}
          onChange={(e) => {
            const [packId, claimId] = e.currentTarget.value.split('\u0000');
            if (packId !== undefined && claimId !== undefined) onSelect({ packId, claimId });
          }}
        >
          {allClaims.map(({ packId, claim }) => (
            <option key={`${packId}-${claim.id}`} value={`${packId}\u0000${claim.id}`}>
              {claim.statement}
            </option>
          ))}
        </select>
      </label>
      {rows.length === 0 ? (
        <p class="empty">{t('popupTimelineEmpty')}</p>
      ) : (
        <ol class="timeline">
          {rows.map(({ source, evidence }, i) => (
            <li key={`${source.id}-${i}`} class={`stance-${evidence.stance}`} data-source={source.id}>
              <time dateTime={source.published}>{source.published}</time> <span class="outlet">{source.outlet}</span>{' '}
              <span class="stance">{evidence.stance === 'supports' ? t('stanceSupportsClaim') : t('stanceContradictsClaim')}</span>
              <span class="speaker">{t('popupSpeaker', evidence.speaker)}</span>
              <blockquote class="quote">{evidence.quote}</blockquote>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
