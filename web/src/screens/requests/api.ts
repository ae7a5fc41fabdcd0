/** The requests API: paths, answer shapes and the changes the screens make. */
import { api, query } from '../../api/client.ts';
import { inLang } from '../../i18n/define.ts';

export type FieldType = 'text' | 'textarea' | 'date' | 'select' | 'asset' | 'checklist';
export interface FieldSpec {
  key: string;
  type: FieldType;
  label: { ja: string; en: string };
  required: boolean;
  options?: string[];
  /** A date filled in with the day of filing. */
  initial?: 'today';
}
export interface ChainStep {
  function: string;
  mode: 'any' | 'all';
  unitScoped: boolean;
  /** Only holders of `function` in these roles (the body's role names). */
  roles?: string[];
  /** Approving roles chosen by the asset's level (kept as the policy proposed them). */
  byLevel?: { levels: string[]; roles: string[] }[];
}
export interface TypeDefinition {
  flow: 'approval' | 'notice' | 'consultation';
  fields: FieldSpec[];
  levels: string[];
  chain: ChainStep[];
  returnTracking: { dueBusinessDays: number; fromField?: string } | null;
  confirmations: { count: number; function: string } | null;
  escalateAfterDays: number;
}
export interface RequestType {
  id: string;
  code: string;
  nameJa: string;
  nameEn: string;
  topic: string | null;
  recordKind: string | null;
  clausePath: string | null;
  source: string;
  active: boolean;
  definition: TypeDefinition;
}
export interface FunctionDef {
  key: string;
  ja: string;
  en: string;
}
/** An axis of the body's classification scheme with its level names (重要性II, 機密性3), for the type editor. */
export interface SchemeAxisChoice {
  axis: string;
  levels: string[];
}
/** A role of the body with the request functions it holds, for the type editor's approver picker. */
export interface RoleChoice {
  id: string;
  name: string;
  functions: string[];
}
/** A clause of the body's policy in force, for the type editor's 根拠条項 picker. */
export interface ClauseChoice {
  path: string;
  /** Its heading, or the start of its text. */
  text: string;
  /** The policy document it is in. */
  document: string;
}
export interface TypesAnswer {
  items: RequestType[];
  functions: FunctionDef[];
  /** Given to those who set types up: what the editor offers to choose from. */
  scheme?: SchemeAxisChoice[];
  roles?: RoleChoice[];
  clauses?: ClauseChoice[];
}
export interface RequestSummary {
  id: string;
  typeCode: string;
  typeName: string;
  typeNameEn: string;
  requesterId: string;
  status: string;
  currentStep: number;
  assetId: string | null;
  assetClass: string | null;
  approvalRequired: boolean;
  dueOn: string | null;
  returnedAt: string | null;
  submittedAt: string;
  decidedAt: string | null;
  clausePath: string | null;
  version: number;
  /** 受付番号: the 年度 (by the year it starts) and the serial in it. */
  reference: RequestReference | null;
}
export interface RequestReference {
  fiscalYear: number;
  serial: number;
}
/** An inbox row: also who asks and the form's dates as filed (dueOn is the asked return until approval). */
export interface InboxItem extends RequestSummary {
  requesterName: string;
  askedDates: { label: { ja: string; en: string }; value: string }[];
}
export interface RequestDetail extends RequestSummary {
  /** The asset as the office knows it: number and name (never its id). */
  assetLabel: string | null;
  requesterName: string;
  values: Record<string, string | string[]>;
  definition: TypeDefinition;
  decisions: {
    step: number;
    userId: string;
    userLabel: string;
    function: string;
    acting: boolean;
    decision: 'approve' | 'reject';
    comment: string | null;
    decidedAt: string;
  }[];
  confirmations: { userLabel: string; note: string | null; confirmedAt: string }[];
  timeline: { seq: number; event: string; at: string; actor: string | null; data: Record<string, unknown> }[];
  can: { decide: boolean; withdraw: boolean; markReturned: boolean; confirm: boolean };
}
export interface Inbox {
  counts: { approvals: number; confirmations: number; overdue: number };
  approvals: InboxItem[];
  confirmations: InboxItem[];
  /** Cursors of the next pages (null at the end). */
  next: { approvals: string | null; confirmations: string | null };
}
export interface Needed {
  asset: { id: string; name: string | null } | null;
  assetClass: string | null;
  types: {
    id: string;
    code: string;
    name: string;
    nameEn: string;
    clausePath: string | null;
    approvalRequired: boolean;
    approvers: string[];
    /** per step, the roles that approve (the policy's for the asset's level, else those holding the function) */
    approverRoles: string[][];
  }[];
}
export interface CatalogueEntry {
  key: string;
  seed: string;
  requirement: string | null;
  added: boolean;
  type: Omit<RequestType, 'id' | 'source'>;
}
export interface RecordRow {
  id: string;
  requestId: string;
  kind: string;
  occurredOn: string;
  person: string;
  unit: string | null;
  assetId: string | null;
  /** The asset's number and name (never shown as its id). */
  asset: string | null;
  assetClass: string | null;
  approvers: string | null;
  approvedOn: string | null;
  dueOn: string | null;
  returnedAt: string | null;
  confirmers: string | null;
  fields: Record<string, unknown>;
}
/** An asset as GET /api/assets lists it (only what the picker needs). */
/** An asset the person may file about (GET /api/requests/assets): number, name and class. */
export interface AssetPick {
  id: string;
  number: string;
  name: string;
  classLabel: string | null;
}

export const REQUESTS = '/api/requests';
export const TYPES = `${REQUESTS}/types`;
export const INBOX = `${REQUESTS}/inbox`;
export const CATALOGUE = `${REQUESTS}/catalogue`;
/** Every function modules declare, when the caller may read them (org routes). */
export const ORG_FUNCTIONS = '/api/org/functions';
export const requestPath = (id: string) => `${REQUESTS}/${id}`;
export const minePath = (status: string) => `${REQUESTS}/mine${query({ status })}`;
export const recordsPath = (f: { kind: string; from: string; to: string }) =>
  `${REQUESTS}/records${query(f)}`;
export const recordsExportPath = (f: { kind: string; from: string; to: string }, format: string) =>
  `${REQUESTS}/records/export${query({ ...f, format })}`;
export const assetsPath = (q: string) => `${REQUESTS}/assets${query({ q: q.trim() || undefined })}`;
export const neededPath = (assetId: string, assetClass: string | null) =>
  `${REQUESTS}/needed${query({ assetId, assetClass: assetClass ?? undefined })}`;

export type TypeDraft = Omit<RequestType, 'id' | 'source'>;

export const requestsApi = {
  submit: (body: { typeId: string; assetClass: string | null; values: Record<string, string | string[]> }) =>
    api.post<{ id: string }>(REQUESTS, body),
  decide: (id: string, decision: 'approve' | 'reject', comment: string | null) =>
    api.post(`${requestPath(id)}/decisions`, { decision, comment }),
  markReturned: (id: string) => api.post(`${requestPath(id)}/return`),
  confirm: (id: string, note: string | null) => api.post(`${requestPath(id)}/confirmations`, { note }),
  withdraw: (id: string) => api.post(`${requestPath(id)}/withdraw`),
  createType: (body: TypeDraft) => api.post<{ id: string }>(TYPES, body),
  saveType: (id: string, body: TypeDraft) => api.put(`${TYPES}/${id}`, body),
  addFromCatalogue: (key: string) => api.post(`${CATALOGUE}/${encodeURIComponent(key)}`),
};

/** Name of a type in the UI language (English falls back to Japanese). */
export function typeName(t: { nameJa: string; nameEn: string }, lang: 'ja' | 'en'): string {
  return inLang(lang, t.nameJa, t.nameEn);
}

/** A form field's label in the UI language (English falls back to Japanese). */
export function fieldLabel(f: { label: { ja: string; en: string } }, lang: 'ja' | 'en'): string {
  return inLang(lang, f.label.ja, f.label.en);
}

/** Label of a function key from the server's list (the key itself when unknown). */
export function fnLabel(fns: FunctionDef[], key: string, lang: 'ja' | 'en'): string {
  const f = fns.find((x) => x.key === key);
  return f ? inLang(lang, f.ja, f.en) : key;
}
