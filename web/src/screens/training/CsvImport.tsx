import { useState } from 'react';
import { useMutate } from '../../api/query.ts';
import { FilePicker } from '../../components/FilePicker.tsx';
import { FormAlert } from '../../components/FormAlert.tsx';
import { fmt, useT } from '../../i18n/index.tsx';
import { fileBase64, SelectField } from '../dashboard/kit.tsx';
import { assuranceTexts } from '../dashboard/texts.ts';
import { type ImportResult, TRAINING, trainingApi } from './api.ts';

/** Attendance of one session from a CSV (trial run first, then import); errors by row. */
export function CsvImport({ sessionId, label }: { sessionId: string; label: string }) {
  const x = useT(assuranceTexts);
  const [file, setFile] = useState<File | null>(null);
  const [encoding, setEncoding] = useState('utf8');
  const [result, setResult] = useState<ImportResult | null>(null);
  const id = `csv-${sessionId}`;
  const importer = useMutate(
    async (dryRun: boolean) =>
      trainingApi.importAttendance(sessionId, {
        encoding,
        dataBase64: await fileBase64(file as File),
        dryRun,
      }),
    { invalidate: [TRAINING], onDone: setResult },
  );
  const { error, busy, field } = importer;
  const send = (dryRun: boolean) => (file ? importer.run(dryRun) : Promise.resolve(undefined));
  return (
    <div className="as-box">
      <h4>
        {x.importCsv}（{label}）
      </h4>
      <p className="field__hint">{x.csvHint}</p>
      <FormAlert error={error} />
      <div className="as-grid">
        <div className={`field${field('dataBase64') ? ' field--error' : ''}`}>
          <label htmlFor={`${id}-file`} className="field__label">
            {x.csvFile}
          </label>
          {field('dataBase64') && <p className="field__error">{field('dataBase64')}</p>}
          <FilePicker
            id={`${id}-file`}
            accept=".csv,text/csv"
            onFile={(file) => {
              setFile(file);
              setResult(null);
            }}
          />
        </div>
        <SelectField
          id={`${id}-encoding`}
          label={x.encoding}
          value={encoding}
          onChange={setEncoding}
          options={[
            { value: 'utf8', label: 'UTF-8' },
            { value: 'sjis', label: 'Shift_JIS' },
          ]}
        />
      </div>
      <div className="actions">
        <button
          type="button"
          className="btn btn--secondary btn--small"
          disabled={busy || !file}
          onClick={() => void send(true)}
        >
          {x.dryRun}
        </button>
        <button
          type="button"
          className="btn btn--primary btn--small"
          disabled={busy || !file || !result || result.imported || result.errors.length > 0}
          onClick={() => void send(false)}
        >
          {x.doImport}
        </button>
      </div>
      <div role="status" aria-live="polite">
        {result && (
          <div className={result.errors.length ? 'alert alert--error' : 'alert alert--success'}>
            <p className="alert__title">
              {fmt(result.imported ? x.importedReport : x.dryRunReport, {
                rows: result.rows,
                attended: result.attended,
                absent: result.absent,
                errors: result.errors.length,
              })}
            </p>
            {result.errors.length > 0 && (
              <ul className="alert__list">
                {result.errors.map((e) => (
                  <li key={e.row}>
                    {fmt(x.row, { row: e.row })}: {e.message}
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
      </div>
    </div>
  );
}
