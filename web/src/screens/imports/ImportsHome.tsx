import { useEffect, useState } from 'react';
import { api } from '../../api/client.ts';
import { Link } from '../../app/router.tsx';
import { FormAlert } from '../../components/FormAlert.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useAction } from '../../components/useAction.ts';
import { useT } from '../../i18n/index.tsx';
import type { ImportTargetInfo } from './api.ts';
import { importTexts } from './i18n.ts';

/** The registers the caller may fill from an Excel or CSV file. */
export default function ImportsHome() {
  const x = useT(importTexts);
  const { error, run } = useAction();
  const [items, setItems] = useState<ImportTargetInfo[] | null>(null);
  useEffect(() => {
    void run(async () => setItems((await api.get<{ items: ImportTargetInfo[] }>('/api/imports')).items));
  }, [run]);
  return (
    <>
      <PageHeading lead={x.lead}>{x.title}</PageHeading>
      <FormAlert error={error} />
      {items && items.length === 0 && <p>{x.none}</p>}
      {items && items.length > 0 && (
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
      )}
    </>
  );
}
