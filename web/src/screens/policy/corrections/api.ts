/** Types and calls of the corrections API used by the corrections screen. */
import { api } from '../api.ts';

export type CorrectionKind = 'clause' | 'role' | 'actor' | 'level';

export interface Correction {
  id: string;
  kind: CorrectionKind;
  clausePath: string | null;
  target: string;
  change: Record<string, unknown>;
  applied: boolean;
  carried: boolean;
  createdBy: string | null;
  createdAt: string;
}

export interface ReadClause {
  path: string;
  depth: number;
  label: string;
  title?: string;
}
export interface ReadRole {
  name: string;
  post?: string;
  tier?: number;
  aliases?: string[];
  path: string;
}
export interface ReadObligation {
  path: string;
  text: string;
  modality: string;
  actors: string[];
  actorFrom?: string;
  approver?: string[];
  approverByLevel?: Record<string, string[]>;
}
export interface ReadLevel {
  axis: string;
  label: string;
  rank: number;
  definition?: string;
}
/** The parts of a version's reading the screen corrects. */
export interface Reading {
  clauses: ReadClause[];
  roles: ReadRole[];
  obligations: ReadObligation[];
  classification: { axes: string[]; levels: ReadLevel[] } | null;
}

export const readingOf = (versionId: string) =>
  api.get<Reading>(`/api/policy/versions/${versionId}/analysis`);
export const correctionsOf = async (versionId: string) =>
  (await api.get<{ items: Correction[] }>(`/api/policy/versions/${versionId}/corrections`)).items;
export const addCorrection = (versionId: string, body: Record<string, unknown>) =>
  api.post<{ id: string }>(`/api/policy/versions/${versionId}/corrections`, body);
export const undoCorrection = (versionId: string, id: string) =>
  api.delete(`/api/policy/versions/${versionId}/corrections/${id}`);
