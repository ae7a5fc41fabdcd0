import { useT } from '../i18n/index.tsx';
import { useFormat } from '../lib/format.ts';
import { kitTexts } from './i18n.ts';

export interface FunctionLabel {
  key: string;
  ja: string;
  en: string;
}

/**
 * Role functions as compact chips with their labels. A key the server has no label for (its label
 * equals the key) is shown as the key in a muted chip, so nothing is hidden.
 */
export function FunctionChips({ functions, empty = '—' }: { functions: FunctionLabel[]; empty?: string }) {
  const fm = useFormat();
  const c = useT(kitTexts);
  if (!functions.length) return <>{empty}</>;
  return (
    <ul className="chips">
      {functions.map((f) => {
        const label = fm.named(f.ja, f.en);
        const unlabeled = label === f.key;
        return (
          <li
            key={f.key}
            className={unlabeled ? 'chip chip--muted' : 'chip'}
            title={unlabeled ? c.noLabel : f.key}
          >
            {unlabeled ? <span className="mono">{f.key}</span> : label}
          </li>
        );
      })}
    </ul>
  );
}
