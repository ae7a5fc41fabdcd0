import { type ChangeEvent, type FormEvent, useState } from 'react';
import { TextField } from '../../components/Field.tsx';
import { FormAlert } from '../../components/FormAlert.tsx';
import { useAction } from '../../components/useAction.ts';
import { useT } from '../../i18n/index.tsx';
import { incApi, localNow, type PersonOption, SelectField, TextArea, toIso, val } from './parts.tsx';
import { incidentTexts } from './texts.ts';

/** Adds a containment, recovery, cause or prevention action with an owner and a due date. */
export function ActionForm({
  id,
  people,
  done,
}: {
  id: string;
  people: PersonOption[];
  done: () => Promise<void>;
}) {
  const x = useT(incidentTexts);
  const { error, busy, run, field } = useAction();
  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    const f = new FormData(form);
    run(async () => {
      await incApi.post(`/api/incidents/${id}/actions`, {
        kind: val(f, 'kind'),
        description: val(f, 'description'),
        ownerId: val(f, 'ownerId') || null,
        dueDate: val(f, 'dueDate') || null,
      });
      form.reset();
      await done();
    });
  }
  return (
    <form onSubmit={submit} noValidate aria-label={x.addAction} className="inc-card">
      <FormAlert error={error} idPrefix="act" />
      <SelectField id="act-kind" name="kind" label={x.actionKind} defaultValue="prevention">
        {Object.entries(x.actionKinds).map(([k, v]) => (
          <option key={k} value={k}>
            {v}
          </option>
        ))}
      </SelectField>
      <TextArea
        id="act-description"
        name="description"
        label={x.description}
        required
        maxLength={2000}
        error={field('description')}
      />
      <SelectField id="act-ownerId" name="ownerId" label={x.owner} defaultValue="" error={field('ownerId')}>
        <option value="">{x.ownerNone}</option>
        {people.map((p) => (
          <option key={p.id} value={p.id}>
            {p.displayName}（{p.loginId}）
          </option>
        ))}
      </SelectField>
      <TextField id="act-dueDate" name="dueDate" type="date" label={x.due} error={field('dueDate')} />
      <button type="submit" className="btn btn--secondary" disabled={busy}>
        {x.addAction}
      </button>
    </form>
  );
}

/** Records what was sent to the police or the 個人情報保護委員会, and when. */
export function ContactForm({ id, done }: { id: string; done: () => Promise<void> }) {
  const x = useT(incidentTexts);
  const { error, busy, run, field } = useAction();
  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    const f = new FormData(form);
    run(async () => {
      await incApi.post(`/api/incidents/${id}/contacts`, {
        party: val(f, 'party'),
        partyName: val(f, 'partyName'),
        reportKind: val(f, 'reportKind'),
        sentAt: toIso(f.get('sentAt')),
        content: val(f, 'content'),
      });
      form.reset();
      await done();
    });
  }
  return (
    <form onSubmit={submit} noValidate aria-label={x.addContact} className="inc-card">
      <FormAlert error={error} idPrefix="con" />
      <SelectField id="con-party" name="party" label={x.party} defaultValue="police">
        {Object.entries(x.parties).map(([k, v]) => (
          <option key={k} value={k}>
            {v}
          </option>
        ))}
      </SelectField>
      <TextField
        id="con-partyName"
        name="partyName"
        label={x.partyName}
        required
        maxLength={200}
        error={field('partyName')}
      />
      <SelectField id="con-reportKind" name="reportKind" label={x.reportKind} defaultValue="other">
        {Object.entries(x.reportKinds).map(([k, v]) => (
          <option key={k} value={k}>
            {v}
          </option>
        ))}
      </SelectField>
      <TextField
        id="con-sentAt"
        name="sentAt"
        type="datetime-local"
        label={x.sentAt}
        defaultValue={localNow()}
        required
        error={field('sentAt')}
      />
      <TextArea
        id="con-content"
        name="content"
        label={x.content}
        required
        maxLength={4000}
        error={field('content')}
      />
      <button type="submit" className="btn btn--secondary" disabled={busy}>
        {x.addContact}
      </button>
    </form>
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
export function EvidenceForm({ id, done }: { id: string; done: () => Promise<void> }) {
  const x = useT(incidentTexts);
  const { error, busy, run, field } = useAction();
  const [file, setFile] = useState<{ name: string; type: string; bytes: Uint8Array; hash: string } | null>(
    null,
  );
  const [stored, setStored] = useState<string | null>(null);
  async function pick(e: ChangeEvent<HTMLInputElement>) {
    const f = e.target.files?.[0];
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
        <input
          id="evi-file"
          type="file"
          className="input"
          onChange={pick}
          aria-describedby={file ? 'evi-hash' : undefined}
        />
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
export function NoteForm({ id, done }: { id: string; done: () => Promise<void> }) {
  const x = useT(incidentTexts);
  const { error, busy, run, field } = useAction();
  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    const f = new FormData(form);
    run(async () => {
      await incApi.post(`/api/incidents/${id}/notes`, { kind: val(f, 'kind'), text: val(f, 'text') });
      form.reset();
      await done();
    });
  }
  return (
    <form onSubmit={submit} noValidate aria-label={x.noteTitle} className="inc-card">
      <FormAlert error={error} idPrefix="note" />
      <SelectField id="note-kind" name="kind" label={x.noteKind} defaultValue="note">
        {Object.entries(x.noteKinds).map(([k, v]) => (
          <option key={k} value={k}>
            {v}
          </option>
        ))}
      </SelectField>
      <TextArea id="note-text" name="text" label={x.text} required maxLength={4000} error={field('text')} />
      <button type="submit" className="btn btn--secondary" disabled={busy}>
        {x.add}
      </button>
    </form>
  );
}

/** Closes the incident; open actions must be accepted explicitly. */
export function CloseForm({ id, done }: { id: string; done: () => Promise<void> }) {
  const x = useT(incidentTexts);
  const { error, busy, run, field } = useAction();
  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    run(async () => {
      await incApi.post(`/api/incidents/${id}/close`, {
        acceptOpenActions: f.get('accept') === 'on',
        note: val(f, 'note') || null,
      });
      await done();
    });
  }
  return (
    <form onSubmit={submit} noValidate aria-label={x.close} className="inc-card">
      <FormAlert error={error} idPrefix="close" />
      <TextArea id="close-note" name="note" label={x.closeNote} maxLength={2000} error={field('note')} />
      <div className="checkbox field">
        <input type="checkbox" id="close-accept" name="accept" />
        <label htmlFor="close-accept">{x.acceptOpen}</label>
      </div>
      <button type="submit" className="btn btn--primary" disabled={busy}>
        {x.close}
      </button>
    </form>
  );
}
