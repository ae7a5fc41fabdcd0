import { useEffect, useState } from 'react';
import { Link } from '../../app/router.tsx';
import { FormAlert, Status } from '../../components/FormAlert.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useAction } from '../../components/useAction.ts';
import type { ScreenProps } from '../../routes.tsx';
import {
  addCorrection,
  type Correction,
  correctionsOf,
  type Reading,
  readingOf,
  undoCorrection,
} from './corrections/api.ts';
import { ClauseFix } from './corrections/ClauseFix.tsx';
import { CorrectionList } from './corrections/CorrectionList.tsx';
import { useCorrectionsText } from './corrections/i18n.ts';
import { LevelFix } from './corrections/LevelFix.tsx';
import { ObligationFix } from './corrections/ObligationFix.tsx';
import { RoleFix } from './corrections/RoleFix.tsx';

/**
 * 読取り結果の訂正: the reviewer corrects what the engine misread in one version (clause headings and
 * levels, roles, who must act, classification), sees what is corrected and whether it applies, and undoes.
 */
export default function PolicyCorrections({ params }: ScreenProps) {
  const t = useCorrectionsText();
  const { error, busy, run } = useAction();
  const [reading, setReading] = useState<Reading | null>(null);
  const [items, setItems] = useState<Correction[]>([]);
  const [msg, setMsg] = useState<string | null>(null);
  const load = async () => {
    const [r, c] = await Promise.all([readingOf(params.id), correctionsOf(params.id)]);
    setReading(r);
    setItems(c);
  };
  // biome-ignore lint/correctness/useExhaustiveDependencies: reload when the version changes
  useEffect(() => void run(load), [params.id]);
  /** Records a correction (errors stay with the form that sent it), then shows the new reading. */
  const save = async (body: Record<string, unknown>) => {
    setMsg(null);
    await addCorrection(params.id, body);
    await load();
    setMsg(t.saved);
  };
  const undo = (c: Correction) =>
    run(async () => {
      setMsg(null);
      await undoCorrection(params.id, c.id);
      await load();
      setMsg(t.undone);
    });
  return (
    <>
      <PageHeading lead={t.lead}>{t.title}</PageHeading>
      <div className="actions">
        <Link href={`/policies/versions/${params.id}/proposals`}>{t.back}</Link>
      </div>
      <Status message={msg} />
      <FormAlert error={error} />
      {reading && (
        <>
          <CorrectionList items={items} busy={busy} onUndo={undo} />
          <RoleFix roles={reading.roles} corrections={items} save={save} />
          <ObligationFix obligations={reading.obligations} corrections={items} save={save} />
          <ClauseFix clauses={reading.clauses} corrections={items} save={save} />
          <LevelFix scheme={reading.classification} corrections={items} save={save} />
        </>
      )}
    </>
  );
}
