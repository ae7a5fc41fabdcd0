import { useState } from 'react';
import { api } from '../../api/client.ts';
import { Button } from '../../components/Button.tsx';
import { DataTable } from '../../components/DataTable.tsx';
import { FileField } from '../../components/Field.tsx';
import { FormAlert } from '../../components/FormAlert.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useAction } from '../../components/useAction.ts';
import { fmt, useT } from '../../i18n/index.tsx';
import { assetTexts } from './i18n.ts';

interface Report {
  valid: boolean;
  count: number;
  errors: { row: number; field: string; message: string }[];
}

/** CSV import: a dry run reports each bad row and field; the import runs only when all rows are valid. */
export default function AssetImport() {
  const a = useT(assetTexts);
  const { error, busy, run } = useAction();
  const [file, setFile] = useState<File | null>(null);
  const [encoding, setEncoding] = useState<'utf8' | 'sjis'>('utf8');
  const [report, setReport] = useState<Report | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const send = (dryRun: boolean) =>
    run(async () => {
      if (!file) return;
      const bytes = new Uint8Array(await file.arrayBuffer());
      let bin = '';
      for (const b of bytes) bin += String.fromCharCode(b);
      const body = { content: btoa(bin), encoding, dryRun };
      if (dryRun) setReport(await api.post<Report>('/api/assets/import', body));
      else
        setDone(
          fmt(a.imported, { n: (await api.post<{ imported: number }>('/api/assets/import', body)).imported }),
        );
    });
  return (
    <>
      <PageHeading>{a.import}</PageHeading>
      <FormAlert error={error} />
      {done && <p role="status">{done}</p>}
      <FileField
        id="import-file"
        label={a.file}
        accept=".csv,text/csv"
        onFile={(chosen) => {
          setFile(chosen);
          setReport(null);
        }}
      />
      <fieldset>
        <legend>{a.encoding}</legend>
        <label>
          <input type="radio" name="enc" checked={encoding === 'utf8'} onChange={() => setEncoding('utf8')} />{' '}
          UTF-8
        </label>
        <label>
          <input type="radio" name="enc" checked={encoding === 'sjis'} onChange={() => setEncoding('sjis')} />{' '}
          Shift_JIS
        </label>
      </fieldset>
      <div className="actions">
        <Button kind="plain" disabled={!file || busy} onClick={() => send(true)}>
          {a.dryRun}
        </Button>
        <Button kind="primary" disabled={!report?.valid || busy} onClick={() => send(false)}>
          {a.doImport}
        </Button>
      </div>
      {report && (
        <section aria-live="polite">
          <p>
            {report.valid ? fmt(a.valid, { n: report.count }) : fmt(a.invalid, { n: report.errors.length })}
          </p>
          {report.errors.length > 0 && (
            <DataTable
              rows={report.errors}
              columns={[
                { key: 'row', header: a.row, numeric: true },
                { key: 'field', header: a.field },
                { key: 'message', header: a.message },
              ]}
              rowKey={(e) => `${e.row}:${e.field}`}
              label={fmt(a.invalid, { n: report.errors.length })}
            />
          )}
        </section>
      )}
    </>
  );
}
