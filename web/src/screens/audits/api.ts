/** The audits API (監査): paths, answer shapes and the changes the screens make. */
import { api } from '../../api/client.ts';
import type { Named } from '../dashboard/kit.tsx';

export interface PlanRow {
  id: string;
  kind: string;
  auditType: string;
  title: string;
  fiscalYear: number;
  toYear: number | null;
  status: string;
  parentId: string | null;
}

export interface Finding {
  id: string;
  severity: string;
  clausePath: string | null;
  unitId: string | null;
  systemId: string | null;
  title: string;
  detail: string;
  status: string;
  dueOn: string | null;
  closedAt: string | null;
  responses: { kind: string; body: string; at: string }[];
}

/** What the caller may do with a plan: by function, or as an auditor appointed to it. */
export interface Abilities {
  manage: boolean;
  auditor: boolean;
  carryOut: boolean;
  respond: boolean;
  unitId: string | null;
}

export interface Plan extends Omit<PlanRow, 'parentId'> {
  purpose: string;
  timing: string;
  structure: string;
  criteria: string;
  auditorOrg: string | null;
  orderedBy: string | null;
  reportedAt: string | null;
  units: Named[];
  systems: Named[];
  auditors: { userId: string; name: string; lead: boolean }[];
  findings: Finding[];
  can: Abilities;
}

export interface NewPlan {
  kind: string;
  auditType: string;
  title: string;
  fiscalYear: number;
  toYear?: number;
  parentId?: string;
  purpose: string;
  scopeUnits: string[];
  scopeSystems: string[];
  timing: string;
  structure: string;
  criteria: string;
  auditorOrg?: string;
  orderedBy?: string;
  auditorIds: string[];
}

export interface NewFinding {
  severity: string;
  clausePath?: string;
  unitId?: string;
  systemId?: string;
  title: string;
  detail: string;
  dueOn?: string;
}

export const PLANS = '/api/audits/plans';
export const planPath = (id: string) => `${PLANS}/${id}`;
export const reportPdfPath = (id: string) => `${planPath(id)}/report.pdf`;

export const auditsApi = {
  createPlan: (body: NewPlan) => api.post<{ id: string }>(PLANS, body),
  issueReport: (planId: string) => api.post(`${planPath(planId)}/report`),
  close: (planId: string) => api.post(`${planPath(planId)}/close`),
  addAuditor: (planId: string, userId: string, lead: boolean) =>
    api.post(`${planPath(planId)}/auditors`, { userId, lead }),
  addFinding: (planId: string, body: NewFinding) => api.post(`${planPath(planId)}/findings`, body),
  respond: (findingId: string, body: string) =>
    api.post(`/api/audits/findings/${findingId}/response`, { body }),
  followUp: (findingId: string, body: string, close: boolean) =>
    api.post(`/api/audits/findings/${findingId}/follow-up`, { body, close }),
};
