/**
 * Parts of an editor of an ordered list (approver chains, form fields, register columns): moving an item up
 * or down and removing it.
 */
import { useT } from '../i18n/index.tsx';
import { kitTexts } from './i18n.ts';

/** The list with item `i` swapped with its neighbour `by` places away (unchanged at either end). */
export function moveItem<T>(list: T[], i: number, by: number): T[] {
  const j = i + by;
  if (j < 0 || j >= list.length) return list;
  const out = [...list];
  [out[i], out[j]] = [out[j], out[i]];
  return out;
}

/** 上へ / 下へ, and a remove button when `onRemove` is given. */
export function MoveButtons({
  index,
  count,
  onMove,
  onRemove,
  removeLabel,
  canRemove = true,
  className = 'rq-buttons',
  buttonClass = 'btn btn--secondary btn--small',
}: {
  index: number;
  count: number;
  onMove(by: number): void;
  onRemove?: () => void;
  removeLabel?: string;
  canRemove?: boolean;
  className?: string;
  buttonClass?: string;
}) {
  const c = useT(kitTexts);
  return (
    <div className={className}>
      <button type="button" className={buttonClass} disabled={index === 0} onClick={() => onMove(-1)}>
        {c.up}
      </button>
      <button type="button" className={buttonClass} disabled={index === count - 1} onClick={() => onMove(1)}>
        {c.down}
      </button>
      {onRemove && (
        <button
          type="button"
          className="btn btn--danger-text btn--small"
          disabled={!canRemove}
          onClick={onRemove}
        >
          {removeLabel}
        </button>
      )}
    </div>
  );
}
