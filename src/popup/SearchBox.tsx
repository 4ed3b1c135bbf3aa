// Search over the packs' claims; works on any page, including pages with no results.
import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { ClaimHit } from '../shared/messages.js';
import { useUi } from '../shared/ui-context.js';
import type { ClaimRef } from './TimelineView.js';

export function SearchBox({ onSelect }: { onSelect: (ref: ClaimRef) => void }): JSX.Element {
  const { api, t } = useUi();
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<ClaimHit[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (query.trim() === '') {
      setHits(null);
      return;
    }
    let current = true;
    void api.request({ type: 'searchClaims', query, limit: 10 }).then((reply) => {
      if (!current) return;
      if (reply.ok) {
        setHits(reply.value);
        setError(null);
      } else setError(reply.error);
    });
    return () => {
      current = false;
    };
  }, [query, api]);

  return (
    <div class="search" role="search">
      <label class="field">
        <span>{t('popupSearchLabel')}</span>
        <input type="search" value={query} placeholder={t('popupSearchPlaceholder')} onInput={(e) => setQuery(e.currentTarget.value)} />
      </label>
      {error !== null && <p role="alert" class="error">{error}</p>}
      {hits !== null && (
        <div aria-live="polite">
          {hits.length === 0 ? (
            <p class="empty">{t('popupSearchNoHits', query)}</p>
          ) : (
            <ul class="search-hits">
              {hits.map((h) => (
                <li key={`${h.packId}-${h.claimId}`}>
                  <button
                    type="button"
                    onClick={() => {
                      onSelect({ packId: h.packId, claimId: h.claimId });
                      setQuery('');
                    }}
                  >
                    {h.statement}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
