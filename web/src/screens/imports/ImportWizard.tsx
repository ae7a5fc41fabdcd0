import { useState } from 'react';
import { api } from '../../api/client.ts';
import { useData } from '../../api/query.ts';
import { Button } from '../../components/Button.tsx';
import { DataTable } from '../../components/DataTable.tsx';
import { FileField, SelectField, TextField } from '../../components/Field.tsx';
import { FormAlert } from '../../components/FormAlert.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useAction } from '../../components/useAction.ts';
import { fmt, useT } from '../../i18n/index.tsx';
import type { ScreenProps } from '../../routes.tsx';
import { type DryRun, fileBody, type ImportResult, type ImportTargetInfo, type Inspection } from './api.ts';
import { ImportContext } from './ImportContext.tsx';
import { ImportMapping } from './ImportMapping.tsx';
import { importTexts } from './i18n.ts';

/**
 * Upload → sheet and heading row → columns with a preview → trial run naming each bad row and column
 * as Excel shows them → import of every row or none.
 */
export default function ImportWizard({ params }: ScreenProps) {
  const x = useT(importTexts);
  const register = params.register;
  const { error, busy, run, setError } = useAction();
  const [file, setFile] = useState<File | null>(null);
  const [encoding, setEncoding] = useState<'auto' | 'utf8' | 'sjis'>('auto');
  const [found, setFound] = useState<Inspection | null>(null);
  const [sheet, setSheet] = useState('');
  const [headingRow, setHeadingRow] = useState<number | ''>('');
  const [mapping, setMapping] = useState<Record<string, number>>({});
  const [context, setContext] = useState<Record<string, unknown>>({});
  const [dry, setDry] = useState<DryRun | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);

  const targets = useData<{ items: ImportTargetInfo[] }>('/api/imports');
  const target = targets.data?.items.find((t) => t.key === register) ?? null;

  const body = async () => ({
    ...(await fileBody(file as File)),
    encoding,
    ...(sheet ? { sheet } : {}),
    ...(headingRow ? { headingRow } : {}),
  });
  const inspect = (again: boolean) =>
    run(async () => {
      if (!file) return;
      const b = await body();
      const r = await api.post<Inspection>(
        `/api/imports/${register}/inspect`,
        again ? b : { ...b, sheet: undefined, headingRow: undefined },
      );
      setFound(r);
      setSheet(r.sheet);
      setHeadingRow(r.headingRow);
      setMapping(r.mapping);
      setDry(null);
      setResult(null);
    });
  const submit = (dryRun: boolean) =>
    run(async () => {
      const payload = { ...(await body()), mapping, ...(target?.context ? { context } : {}), dryRun };
      if (dryRun) setDry(await api.post<DryRun>(`/api/imports/${register}`, payload));
      else {
        setResult(await api.post<ImportResult>(`/api/imports/${register}`, payload));
        setDry(null);
      }
    });

  return (
    <>
      <PageHeading lead={x.lead}>{target ? `${x.title}：${target.label}` : x.title}</PageHeading>
      <FormAlert error={error ?? targets.error} />
      {result && (
        <section className="alert alert--success" role="status">
          <p className="alert__title">
            {fmt(x.done, { n: result.imported, created: result.created, updated: result.updated })}
          </p>
          {result.handover.length > 0 && (
            <DataTable
              rows={result.handover}
              rowKey={(h) => h.label}
              caption={x.handover}
              columns={[
                { key: 'label', header: x.account },
                { key: 'value', header: x.password, sortable: false, cell: (h) => <code>{h.value}</code> },
              ]}
            />
          )}
        </section>
      )}

      <section aria-labelledby="imp-step1">
        <h2 id="imp-step1">{x.step1}</h2>
        <FileField
          id="import-file"
          label={x.file}
          accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onFile={(chosen) => {
            setFile(chosen);
            setFound(null);
            setDry(null);
            setResult(null);
            setSheet('');
            setHeadingRow('');
            setError(null);
          }}
        />
        {file && /\.csv$/i.test(file.name) && (
          <fieldset>
            <legend>{x.encoding}</legend>
            {(['auto', 'utf8', 'sjis'] as const).map((e) => (
              <label key={e}>
                <input type="radio" name="enc" checked={encoding === e} onChange={() => setEncoding(e)} />{' '}
                {e === 'auto' ? x.auto : e === 'utf8' ? 'UTF-8' : 'Shift_JIS'}
              </label>
            ))}
          </fieldset>
        )}
        <div className="actions">
          <Button kind="primary" disabled={!file || busy} onClick={() => inspect(false)}>
            {x.read}
          </Button>
        </div>
      </section>

      {found && (
        <section aria-labelledby="imp-step2">
          <h2 id="imp-step2">{x.step2}</h2>
          <div className="rq-row">
            <SelectField
              id="import-sheet"
              label={x.sheet}
              value={sheet}
              onChange={(e) => setSheet(e.target.value)}
              options={found.sheets.map((s) => ({ value: s, label: s }))}
            />
            <TextField
              id="import-heading-row"
              label={x.headingRow}
              inputMode="numeric"
              value={headingRow}
              onChange={(e) => setHeadingRow(Number(e.target.value.normalize('NFKC')) || '')}
            />
            <Button kind="plain" disabled={busy} onClick={() => inspect(true)}>
              {x.reread}
            </Button>
          </div>
          <p>{fmt(x.rows, { n: found.rowCount })}</p>
        </section>
      )}

      {found && (
        <section aria-labelledby="imp-step3">
          <h2 id="imp-step3">{x.step3}</h2>
          {found.remembered && <p>{x.remembered}</p>}
          <ImportMapping
            found={found}
            mapping={mapping}
            onChange={(next) => {
              setMapping(next);
              setDry(null);
            }}
          />
          {target?.context && <ImportContext register={register} value={context} onChange={setContext} />}
        </section>
      )}

      {found && (
        <section aria-labelledby="imp-step4">
          <h2 id="imp-step4">{x.step4}</h2>
          <div className="actions">
            <Button kind="plain" disabled={busy} onClick={() => submit(true)}>
              {x.dryRun}
            </Button>
            <Button kind="primary" disabled={!dry?.valid || busy} onClick={() => submit(false)}>
              {fmt(x.doImport, { n: dry?.count ?? 0 })}
            </Button>
          </div>
          {dry && (
            <div aria-live="polite">
              <p>{dry.valid ? fmt(x.valid, { n: dry.count }) : fmt(x.invalid, { n: dry.errorCount })}</p>
              {dry.errors.length > 0 && (
                <DataTable
                  rows={dry.errors}
                  rowKey={(e) => `${e.row}:${e.column}:${e.field}:${e.code}`}
                  label={x.message}
                  columns={[
                    {
                      key: 'row',
                      header: x.where,
                      numeric: true,
                      className: 'rq-nowrap',
                      cell: (e) => `${e.row}${e.letter ? ` / ${e.letter}` : ''}`,
                    },
                    { key: 'message', header: x.message },
                  ]}
                />
              )}
            </div>
          )}
        </section>
      )}
    </>
  );
}
