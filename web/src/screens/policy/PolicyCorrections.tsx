import { useState } from 'react';
import { useData, useMutate } from '../../api/query.ts';
import { Link } from '../../app/router.tsx';
import { FormAlert, Status } from '../../components/FormAlert.tsx';
import { Loaded } from '../../components/Loaded.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useT } from '../../i18n/index.tsx';
import type { ScreenProps } from '../../routes.tsx';
import { AxisFix } from './corrections/AxisFix.tsx';
import {
  type Correction,
  correctionsPath,
  type Reading,
  readingPath,
  undoCorrection,
  versionPath,
} from './corrections/api.ts';
import { ClauseFix } from './corrections/ClauseFix.tsx';
import { CorrectionList } from './corrections/CorrectionList.tsx';
import { LevelFix } from './corrections/LevelFix.tsx';
import { ObligationFix } from './corrections/ObligationFix.tsx';
import { RoleFix } from './corrections/RoleFix.tsx';
import { correctionsTexts } from './corrections/texts.ts';

/**
 * 読取り結果の訂正: the reviewer corrects what the engine misread in one version (clause headings and
 * levels, roles, who must act, classification), sees what is corrected and whether it applies, and undoes.
 */
export default function PolicyCorrections({ params }: ScreenProps) {
  const t = useT(correctionsTexts);
  const id = params.id;
  const reading = useData<Reading>(readingPath(id));
  const list = useData<{ items: Correction[] }>(correctionsPath(id));
  const [msg, setMsg] = useState<string | null>(null);
  const undo = useMutate((c: Correction) => undoCorrection(id, c.id), {
    invalidate: [versionPath(id)],
    onDone: () => setMsg(t.undone),
  });
  const saved = () => setMsg(t.saved);
  return (
    <>
      <PageHeading lead={t.lead}>{t.title}</PageHeading>
      <div className="actions">
        <Link href={`/policies/versions/${id}/proposals`}>{t.back}</Link>
      </div>
      <Status message={msg} />
      <FormAlert error={undo.error} />
      <Loaded query={list}>
        {({ items }) => (
          <Loaded query={reading}>
            {(r) => (
              <>
                <CorrectionList
                  items={items}
                  busy={undo.busy}
                  onUndo={(c) => {
                    setMsg(null);
                    void undo.run(c);
                  }}
                />
                <RoleFix versionId={id} roles={r.roles} corrections={items} onSaved={saved} />
                <ObligationFix
                  versionId={id}
                  obligations={r.obligations}
                  corrections={items}
                  onSaved={saved}
                />
                <ClauseFix versionId={id} clauses={r.clauses} corrections={items} onSaved={saved} />
                <LevelFix versionId={id} scheme={r.classification} corrections={items} onSaved={saved} />
                <AxisFix versionId={id} scheme={r.classification} onSaved={saved} />
              </>
            )}
          </Loaded>
        )}
      </Loaded>
    </>
  );
}
