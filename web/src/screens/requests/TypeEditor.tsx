import { useState } from 'react';
import { useData, useMutate } from '../../api/query.ts';
import { Link, navigate, readFlash } from '../../app/router.tsx';
import { CheckField, SelectField, TextField } from '../../components/Field.tsx';
import { FormAlert, Status } from '../../components/FormAlert.tsx';
import { Loaded } from '../../components/Loaded.tsx';
import { useI18n, useT } from '../../i18n/index.tsx';
import type { ScreenProps } from '../../routes.tsx';
import { AftercareEditor } from './AftercareEditor.tsx';
import {
  type ClauseChoice,
  type FunctionDef,
  ORG_FUNCTIONS,
  type RoleChoice,
  requestsApi,
  type SchemeAxisChoice,
  TYPES,
  type TypeDefinition,
  type TypeDraft,
  type TypesAnswer,
  typeName,
} from './api.ts';
import { ChainEditor } from './ChainEditor.tsx';
import { ClausePicker } from './ClausePicker.tsx';
import { FieldsEditor } from './FieldsEditor.tsx';
import { requestTexts } from './i18n.ts';
import { LevelPicker } from './LevelPicker.tsx';
import { RequestsFrame } from './RequestsFrame.tsx';

const BLANK: TypeDraft = {
  code: '',
  nameJa: '',
  nameEn: '',
  topic: null,
  recordKind: null,
  clausePath: null,
  active: true,
  definition: {
    flow: 'approval',
    // Most permissions are about an asset: a new type asks for it first (remove the field when not).
    fields: [
      {
        key: 'asset',
        type: 'asset',
        label: { ja: '対象の情報資産', en: 'Information asset' },
        required: true,
      },
      { key: 'purpose', type: 'textarea', label: { ja: '目的・理由', en: 'Purpose' }, required: true },
    ],
    levels: [],
    chain: [{ function: '', mode: 'any', unitScoped: false }],
    returnTracking: null,
    confirmations: null,
    escalateAfterDays: 3,
  },
};

/** Add or change a request type: names, form fields, approver chain, classes, return tracking and confirmations. */
export default function TypeEditor({ params }: ScreenProps) {
  const x = useT(requestTexts);
  const types = useData<TypesAnswer>(TYPES);
  // Every function modules declare when the caller may read them (org routes), else the requests ones.
  const orgFns = useData<{ items: FunctionDef[] }>(ORG_FUNCTIONS);
  const fns = orgFns.data?.items ?? (orgFns.error ? types.data?.functions : undefined) ?? [];
  return (
    <Loaded query={types}>
      {(t) => {
        const found = params.id ? t.items.find((i) => i.id === params.id) : undefined;
        if (params.id && !found) return <p className="empty">{x.none}</p>;
        const { id: _id, source: _source, ...draft } = found ?? { ...BLANK, id: '', source: '' };
        return (
          <TypeForm
            key={params.id ?? 'new'}
            id={params.id}
            initial={draft}
            fns={fns}
            scheme={t.scheme ?? []}
            roles={t.roles}
            clauses={t.clauses ?? []}
          />
        );
      }}
    </Loaded>
  );
}

function TypeForm({
  id,
  initial,
  fns,
  scheme,
  roles,
  clauses,
}: {
  id?: string;
  initial: TypeDraft;
  fns: FunctionDef[];
  scheme: SchemeAxisChoice[];
  roles?: RoleChoice[];
  clauses: ClauseChoice[];
}) {
  const x = useT(requestTexts);
  const { lang } = useI18n();
  const [draft, setDraft] = useState<TypeDraft>(initial);
  const [done, setDone] = useState<string | null>(readFlash() === 'saved' ? x.saved : null);
  const def = draft.definition;
  const setDef = (patch: Partial<TypeDefinition>) => setDraft({ ...draft, definition: { ...def, ...patch } });
  const save = useMutate(
    async (body: TypeDraft) => {
      if (!id) return (await requestsApi.createType(body)).id;
      await requestsApi.saveType(id, body);
      return id;
    },
    {
      invalidate: [TYPES],
      onDone: (newId) => {
        if (id) setDone(x.saved);
        else navigate(`/requests/types/${newId}`, { replace: true, flash: 'saved' });
      },
    },
  );
  const submit = () => {
    setDone(null);
    void save.run({
      ...draft,
      // The inner name of a new type: nobody types or sees it.
      code: draft.code || `t${Date.now().toString(36)}`,
      topic: draft.topic || null,
      recordKind: draft.recordKind || null,
      clausePath: draft.clausePath || null,
    });
  };
  const text = (key: 'nameJa' | 'nameEn', label: string) => (
    <TextField
      id={`te-${key}`}
      label={label}
      value={draft[key]}
      onChange={(e) => setDraft({ ...draft, [key]: e.target.value })}
    />
  );
  return (
    <RequestsFrame title={id ? typeName(draft, lang) : x.addType}>
      <p>
        <Link href="/requests/types">← {x.types}</Link>
      </p>
      <form
        className="form rq-form"
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <FormAlert error={save.error} />
        <Status message={done} />
        {text('nameJa', x.nameJa)}
        {text('nameEn', x.nameEn)}
        <ClausePicker
          value={draft.clausePath}
          clauses={clauses}
          onChange={(clausePath) => setDraft({ ...draft, clausePath })}
        />
        <SelectField
          id="te-kind"
          label={x.recordKind}
          value={draft.recordKind ?? ''}
          onChange={(e) => setDraft({ ...draft, recordKind: e.target.value })}
        >
          <option value="">{x.recordNone}</option>
          {draft.recordKind && !x.recordKinds[draft.recordKind] && (
            <option value={draft.recordKind}>{draft.recordKind}</option>
          )}
          {Object.entries(x.recordKinds).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </SelectField>
        <CheckField
          id="te-active"
          label={x.active}
          checked={draft.active}
          onChange={(v) => setDraft({ ...draft, active: v })}
        />
        <SelectField
          id="te-flow"
          label={x.flow}
          value={def.flow}
          onChange={(e) => setDef({ flow: e.target.value as TypeDefinition['flow'] })}
          options={Object.entries(x.flows).map(([value, label]) => ({ value, label }))}
        />
        <LevelPicker scheme={scheme} levels={def.levels} onChange={(levels) => setDef({ levels })} />
        <ChainEditor
          chain={def.chain}
          fns={fns}
          roles={roles}
          topic={draft.topic}
          onChange={(chain) => setDef({ chain })}
        />
        <AftercareEditor def={def} fns={fns} onChange={setDef} />
        <FieldsEditor fields={def.fields} onChange={(fields) => setDef({ fields })} />
        <div className="actions">
          <button type="submit" className="btn btn--primary" disabled={save.busy}>
            {x.save}
          </button>
        </div>
      </form>
    </RequestsFrame>
  );
}
