import { useState } from 'react';
import { useData } from '../../api/query.ts';
import { Button } from '../../components/Button.tsx';
import { Loaded } from '../../components/Loaded.tsx';
import { useT } from '../../i18n/index.tsx';
import { type AssetPick, assetsPath } from './api.ts';
import { requestTexts } from './i18n.ts';

export interface ChosenAsset {
  id: string;
  label: string;
  assetClass: string | null;
}

export const picked = (a: AssetPick): ChosenAsset => ({
  id: a.id,
  label: `${a.number} ${a.name}`,
  assetClass: a.classLabel,
});

/**
 * Step 1 of a new request: the assets this person may choose (their unit's, their own, and what they may
 * read in the register), searched by number or name, or a number typed from the label.
 */
export function AssetStep({ onChoose }: { onChoose(a: ChosenAsset): void }) {
  const x = useT(requestTexts);
  const [q, setQ] = useState('');
  const [asked, setAsked] = useState('');
  const [manualNo, setManualNo] = useState('');
  const found = useData<{ items: AssetPick[] }>(assetsPath(asked), { keepPrevious: true });
  return (
    <>
      <form
        aria-label={x.asset}
        className="rq-row"
        onSubmit={(e) => {
          e.preventDefault();
          setAsked(q);
        }}
      >
        <label htmlFor="rq-asset-q" className="field__label">
          {x.assetSearch}
          <input
            id="rq-asset-q"
            className="input"
            type="search"
            value={q}
            onChange={(e) => setQ(e.target.value)}
          />
        </label>
        <button type="submit" className="btn btn--secondary">
          {x.search}
        </button>
      </form>
      <Loaded query={found}>
        {({ items }) => (
          <ul className="rq-assets" aria-label={x.asset}>
            {items.map((a) => (
              <li key={a.id}>
                <span>
                  <strong>{a.number}</strong> {a.name}{' '}
                  {a.classLabel && <span className="tag">{a.classLabel}</span>}
                </span>
                <Button
                  small
                  aria-label={`${x.choose}: ${a.number} ${a.name}`}
                  onClick={() => onChoose(picked(a))}
                >
                  {x.choose}
                </Button>
              </li>
            ))}
            {!items.length && <li>{x.none}</li>}
          </ul>
        )}
      </Loaded>
      <form
        className="rq-row"
        onSubmit={(e) => {
          e.preventDefault();
          if (manualNo.trim()) onChoose({ id: manualNo.trim(), label: manualNo.trim(), assetClass: null });
        }}
      >
        <p className="field__hint">{x.noAssetAccess}</p>
        <label>
          {x.assetNoInput}
          <input
            className="input"
            value={manualNo}
            maxLength={40}
            onChange={(e) => setManualNo(e.target.value)}
          />
        </label>
        <button type="submit" className="btn btn--secondary">
          {x.choose}
        </button>
      </form>
    </>
  );
}
