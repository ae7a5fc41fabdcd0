/** Paths, types and calls of the corrections API used by the corrections screen. */
import { api } from '../api.ts';

export type CorrectionKind = 'clause' | 'role' | 'actor' | 'level' | 'axis';

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

/** Everything of a version that a correction changes (reading, corrections, proposals, clause tree). */
export const versionPath = (versionId: string) => `/api/policy/versions/${versionId}`;
export const readingPath = (versionId: string) => `${versionPath(versionId)}/analysis`;
export const correctionsPath = (versionId: string) => `${versionPath(versionId)}/corrections`;

export const addCorrection = (versionId: string, body: Record<string, unknown>) =>
  api.post<{ id: string }>(correctionsPath(versionId), body);
export const undoCorrection = (versionId: string, id: string) =>
  api.delete(`${correctionsPath(versionId)}/${encodeURIComponent(id)}`);
