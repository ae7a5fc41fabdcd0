import { useData } from '../../api/query.ts';
import { Link } from '../../app/router.tsx';
import { AreaFrame } from '../../components/AreaFrame.tsx';
import { Loaded } from '../../components/Loaded.tsx';
import { useT } from '../../i18n/index.tsx';
import { useRegisterTabs } from '../registers/tabs.ts';
import type { ImportTargetInfo } from './api.ts';
import { importTexts } from './i18n.ts';

/** The registers the caller may fill from an Excel or CSV file. */
export default function ImportsHome() {
  const x = useT(importTexts);
  const targets = useData<{ items: ImportTargetInfo[] }>('/api/imports');
  return (
    <AreaFrame {...useRegisterTabs()} title={x.title} lead={x.lead}>
      <Loaded query={targets}>
        {({ items }) =>
          items.length === 0 ? (
            <p>{x.none}</p>
          ) : (
            <ul className="cards">
              {items.map((t) => (
                <li key={t.key} className="card">
                  <Link href={`/registers/imports/${t.key}`} className="card__link">
                    <span className="card__title">{t.label}</span>
                    <span className="card__body">
                      {t.fields
                        .map((f) => f.label)
                        .slice(0, 6)
                        .join('・')}
                    </span>
                  </Link>
                </li>
              ))}
            </ul>
          )
        }
      </Loaded>
    </AreaFrame>
  );
}
