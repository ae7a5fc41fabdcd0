import { useState } from 'react';
import { FilePicker } from '../../components/FilePicker.tsx';
import { FormAlert } from '../../components/FormAlert.tsx';
import { useAction } from '../../components/useAction.ts';
import { fmt, useT } from '../../i18n/index.tsx';
import { useText } from '../dashboard/texts.ts';
import { attachEvidence, type Evidence, type Mine } from './mine-api.ts';
import { mineTexts } from './mine-texts.ts';

/** The evidence kept with an item (from the server, so it stays after a reload) and attaching another. */
export function MineEvidence({ item, n }: { item: Mine; n: number }) {
  const x = useText();
  const m = useT(mineTexts);
  const [list, setList] = useState<Evidence[]>(item.evidence);
  const [file, setFile] = useState<File | null>(null);
  const { error, busy, run } = useAction();
  const id = `resp-${item.id}`;
  return (
    <form
      className="form"
      onSubmit={(e) => {
        e.preventDefault();
        if (!file) return;
        void run(async () => {
          const r = await attachEvidence(item.id, file);
          setList((l) => [
            ...l,
            {
              id: r.id,
              fileName: file.name,
              sha256: r.sha256,
              size: file.size,
              createdAt: new Date().toISOString(),
            },
          ]);
        });
      }}
    >
      <FormAlert error={error} />
      {list.length > 0 && (
        <>
          <p className="as-item__meta">{m.kept}</p>
          <ul className="link-list" aria-live="polite">
            {list.map((h) => (
              <li key={h.id}>
                {h.fileName}（{fmt(m.bytes, { n: String(h.size) })}）:{' '}
                <span className="as-hash">{fmt(m.hash, { sha: h.sha256 })}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      <div className="field">
        <label htmlFor={`${id}-file`} className="field__label">
          {x.evidence}
          <span className="visually-hidden">（{n}）</span>
        </label>
        <FilePicker id={`${id}-file`} accept=".pdf,.png,.jpg,.jpeg,.txt,.csv,.xlsx,.docx" onFile={setFile} />
      </div>
      <button type="submit" className="btn btn--secondary btn--small" disabled={busy || !file}>
        {x.upload}
        <span className="visually-hidden">（{n}）</span>
      </button>
    </form>
  );
}
