/** Types of the requests API used by the screens, and the one PUT the shared client has no helper for. */
import { request } from '../../api/client.ts';

export type FieldType = 'text' | 'textarea' | 'date' | 'select' | 'asset' | 'checklist';
export interface FieldSpec {
  key: string;
  type: FieldType;
  label: { ja: string; en: string };
  required: boolean;
  options?: string[];
}
export interface ChainStep {
  function: string;
  mode: 'any' | 'all';
  unitScoped: boolean;
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
export interface TypesAnswer {
  items: RequestType[];
  functions: FunctionDef[];
}
export interface RequestSummary {
  id: string;
  typeCode: string;
  typeName: string;
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
  approvals: RequestSummary[];
  confirmations: RequestSummary[];
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
  }[];
}
export interface CatalogueEntry {
  key: string;
  seed: string;
  requirement: string;
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

export function put<T>(path: string, body: unknown): Promise<T> {
  return request<T>('PUT', path, body);
}

/** Name of a type in the UI language (English falls back to Japanese). */
export function typeName(t: { nameJa: string; nameEn: string }, lang: 'ja' | 'en'): string {
  return lang === 'en' && t.nameEn ? t.nameEn : t.nameJa;
}

/** Label of a function key from the server's list (the key itself when unknown). */
export function fnLabel(fns: FunctionDef[], key: string, lang: 'ja' | 'en'): string {
  const f = fns.find((x) => x.key === key);
  return f ? (lang === 'en' ? f.en : f.ja) : key;
}
