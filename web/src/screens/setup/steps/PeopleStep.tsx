import { type FormEvent, useState } from 'react';
import { api } from '../../../api/client.ts';
import { useMutate } from '../../../api/query.ts';
import { Button } from '../../../components/Button.tsx';
import { FileField } from '../../../components/Field.tsx';
import { FormAlert } from '../../../components/FormAlert.tsx';
import { resetDirectory } from '../../../components/Pickers.tsx';
import { fmt, useT } from '../../../i18n/index.tsx';
import { fileBody, type ImportResult, type Inspection } from '../../imports/api.ts';
import type { SetupStatus } from '../api.ts';
import { anyFilled, EMPTY_ROW, type StaffRow, staffCsv } from '../staffCsv.ts';
import { setupTexts } from '../texts.ts';
import { Passwords } from './Passwords.tsx';
import { RolesStep } from './RolesStep.tsx';
import { StaffTable } from './StaffTable.tsx';

const REGISTER = 'org.people';

/** Imports a staff list file through the staff import (columns found by their headings; units added). */
async function importStaff(body: { fileName: string; content: string }): Promise<ImportResult> {
  const seen = await api.post<Inspection>(`/api/imports/${REGISTER}/inspect`, body);
  return api.post<ImportResult>(`/api/imports/${REGISTER}`, { ...body, mapping: seen.mapping });
}

/** A text as the file body the import takes (UTF-8 bytes in base64). */
function textBody(text: string): { fileName: string; content: string } {
  const bytes = new TextEncoder().encode(text);
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return { fileName: 'staff.csv', content: btoa(bin) };
}

/** People from the staff list (Excel or CSV) or typed into a table; their one-time passwords shown once. */
export function PeopleStep({ status }: { status: SetupStatus }) {
  const s = useT(setupTexts);
  const [rows, setRows] = useState<StaffRow[]>([EMPTY_ROW, EMPTY_ROW, EMPTY_ROW]);
  const [result, setResult] = useState<ImportResult | null>(null);
  // The state is read again only when the roles are given (or passed over): the passwords stay until then.
  const run = useMutate((body: { fileName: string; content: string }) => importStaff(body), {
    onDone: (r) => {
      resetDirectory();
      setResult(r);
    },
  });
  // Choosing the file imports it (choosing it again after a refusal tries again).
  async function importFile(file: File | null) {
    if (file) await run.run(await fileBody(file));
  }
  function submitRows(e: FormEvent) {
    e.preventDefault();
    void run.run(textBody(staffCsv(rows)));
  }
  if (result)
    return (
      <>
        <p role="status">{fmt(s.staffDone, { n: result.created })}</p>
        <Passwords items={result.handover} />
        {/* The next step, roles by post, is offered right here: the people it needs were just added. */}
        <h3>{s.steps.roles}</h3>
        <p>{s.rolesNext}</p>
        <RolesStep status={status} />
      </>
    );
  return (
    <>
      {status.people > 0 && <p>{fmt(s.peopleNow, { n: status.people, u: status.units })}</p>}
      <FormAlert error={run.error} />
      <form className="form" onSubmit={(e) => e.preventDefault()}>
        <FileField
          id="setup-staff-file"
          className="input"
          label={s.staffFile}
          hint={s.staffFileHint}
          accept=".xlsx,.csv,text/csv"
          disabled={run.busy}
          onFile={(f) => void importFile(f)}
        />
      </form>
      <form className="form" onSubmit={submitRows}>
        <h3>{s.orType}</h3>
        <StaffTable rows={rows} onChange={setRows} />
        <div className="actions">
          <Button onClick={() => setRows([...rows, EMPTY_ROW])}>{s.addRow}</Button>
          <button type="submit" className="btn btn--primary" disabled={run.busy || !anyFilled(rows)}>
            {s.saveRows}
          </button>
        </div>
      </form>
    </>
  );
}
