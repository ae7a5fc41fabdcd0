import { type FormEvent, useState } from 'react';
import { localNow } from '../../components/DateTimeField.tsx';
import { TextField } from '../../components/Field.tsx';
import { FieldsForm } from '../../components/FieldsForm.tsx';
import { FilePicker } from '../../components/FilePicker.tsx';
import { FormAlert } from '../../components/FormAlert.tsx';
import { useAction } from '../../components/useAction.ts';
import { useT } from '../../i18n/index.tsx';
import { area, choice, incApi, type PersonOption, personChoice, val } from './parts.tsx';
import { incidentTexts } from './texts.ts';

type Done = () => Promise<void>;

/** How the detail's add forms look and end: a card, a secondary button, the detail loaded again. */
const card = (done: Done) => ({ className: 'inc-card', secondary: true, onDone: () => void done() });

/** Adds a containment, recovery, cause or prevention action with an owner and a due date. */
export function ActionForm({ id, people, done }: { id: string; people: PersonOption[]; done: Done }) {
  const x = useT(incidentTexts);
  return (
    <FieldsForm
      idPrefix="act"
      label={x.addAction}
      {...card(done)}
      submitLabel={x.addAction}
      submit={(v) =>
        incApi.post(`/api/incidents/${id}/actions`, {
          kind: v.kind,
          description: v.description,
          ownerId: v.ownerId || null,
          dueDate: v.dueDate || null,
        })
      }
      fields={[
        choice('kind', x.actionKind, x.actionKinds, 'prevention'),
        area('description', x.description, 2000, true),
        personChoice('ownerId', x.owner, people, x.ownerNone),
        { name: 'dueDate', kind: 'date', label: x.due },
      ]}
    />
  );
}

/** Records what was sent to the police or the 個人情報保護委員会, and when. */
export function ContactForm({ id, done }: { id: string; done: Done }) {
  const x = useT(incidentTexts);
  return (
    <FieldsForm
      idPrefix="con"
      label={x.addContact}
      {...card(done)}
      submitLabel={x.addContact}
      submit={(v) => incApi.post(`/api/incidents/${id}/contacts`, v)}
      fields={[
        choice('party', x.party, x.parties, 'police'),
        { name: 'partyName', label: x.partyName, required: true, maxLength: 200 },
        choice('reportKind', x.reportKind, x.reportKinds, 'other'),
        { name: 'sentAt', kind: 'datetime', label: x.sentAt, defaultValue: localNow(), required: true },
        area('content', x.content, 4000, true),
      ]}
    />
  );
}

function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

async function sha256(bytes: Uint8Array): Promise<string> {
  const d = await crypto.subtle.digest('SHA-256', bytes as BufferSource);
  return [...new Uint8Array(d)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Keeps an evidence file: the SHA-256 is computed here and compared with the one the server stored. */
export function EvidenceForm({ id, done }: { id: string; done: Done }) {
  const x = useT(incidentTexts);
  const { error, busy, run, field } = useAction();
  const [file, setFile] = useState<{ name: string; type: string; bytes: Uint8Array; hash: string } | null>(
    null,
  );
  const [stored, setStored] = useState<string | null>(null);
  async function pick(f: File | null) {
    setStored(null);
    if (!f) return setFile(null);
    const bytes = new Uint8Array(await f.arrayBuffer());
    setFile({ name: f.name, type: f.type || 'application/octet-stream', bytes, hash: await sha256(bytes) });
  }
  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    const description = val(new FormData(form), 'description');
    run(async () => {
      const r = await incApi.post<{ sha256: string }>(`/api/incidents/${id}/evidence`, {
        fileName: file?.name ?? '',
        contentType: file?.type ?? 'application/octet-stream',
        dataBase64: file ? toBase64(file.bytes) : '',
        description,
      });
      setStored(r.sha256);
      await done();
    });
  }
  return (
    <form onSubmit={submit} noValidate aria-label={x.evidenceUpload} className="inc-card">
      <FormAlert error={error} idPrefix="evi" />
      <div className="field">
        <label htmlFor="evi-file" className="field__label">
          {x.file}
        </label>
        {(field('fileName') || field('dataBase64')) && (
          <p className="field__error">{field('fileName') ?? field('dataBase64')}</p>
        )}
        <FilePicker id="evi-file" onFile={pick} aria-describedby={file ? 'evi-hash' : undefined} />
      </div>
      {file && (
        <p id="evi-hash">
          {x.hashHere}:{' '}
          <code className="inc-hash" data-testid="evidence-local-hash">
            {file.hash}
          </code>
        </p>
      )}
      {stored && (
        <p role="status" className={stored === file?.hash ? 'inc-ok' : 'inc-warn'}>
          {x.hashServer}: <code className="inc-hash">{stored}</code>{' '}
          {stored === file?.hash && `（${x.hashMatch}）`}
        </p>
      )}
      <TextField
        id="evi-description"
        name="description"
        label={x.evidenceDescription}
        required
        maxLength={1000}
        error={field('description')}
      />
      <button type="submit" className="btn btn--secondary" disabled={busy || !file}>
        {x.upload}
      </button>
    </form>
  );
}

/** Records a note, decision or the cause on the timeline. */
export function NoteForm({ id, done }: { id: string; done: Done }) {
  const x = useT(incidentTexts);
  return (
    <FieldsForm
      idPrefix="note"
      label={x.noteTitle}
      {...card(done)}
      submitLabel={x.add}
      submit={(v) => incApi.post(`/api/incidents/${id}/notes`, v)}
      fields={[choice('kind', x.noteKind, x.noteKinds, 'note'), area('text', x.text, 4000, true)]}
    />
  );
}

/** Closes the incident; open actions must be accepted explicitly. */
export function CloseForm({ id, done }: { id: string; done: Done }) {
  const x = useT(incidentTexts);
  return (
    <FieldsForm
      idPrefix="close"
      label={x.close}
      {...card(done)}
      secondary={false}
      submitLabel={x.close}
      keep
      submit={(v) =>
        incApi.post(`/api/incidents/${id}/close`, {
          acceptOpenActions: v.accept === 'on',
          note: v.note || null,
        })
      }
      fields={[area('note', x.closeNote, 2000), { name: 'accept', kind: 'check', label: x.acceptOpen }]}
    />
  );
}
