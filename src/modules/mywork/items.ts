/** One thing waiting for a person, whatever module it comes from, and the order "my work" lists them in. */
import type { AuthContext } from '../../http/auth-context.ts';

/** Kinds of work, each named on the screen and in the digest by its own label. */
export const WORK_KINDS = [
  'approval',
  'confirmation',
  'incident_step',
  'incident_action',
  'assessment',
  'measure',
  'finding',
  'finding_follow_up',
  'audit',
  'training',
  'notice',
  'policy',
] as const;

export type WorkKind = (typeof WORK_KINDS)[number];

export interface WorkItem {
  kind: WorkKind;
  /** The record it is about (unique with the kind). */
  id: string;
  /** The record's own title, as its module keeps it. */
  title: string;
  /** A second line: the request type, the incident, the campaign, … */
  detail: string | null;
  /** How many things of this record wait (items to answer, findings to follow up), else null. */
  count: number | null;
  /** The date it is due (YYYY-MM-DD, Japan), when there is one. */
  dueOn: string | null;
  /** When it started to wait (ISO date or time). */
  since: string;
  /** The screen that opens it. */
  link: string;
}

/** What more a work item may say; what it leaves out is null. */
type WorkDetails = Partial<Pick<WorkItem, 'detail' | 'count' | 'dueOn'>>;

/** A work item: its kind, the record, its title, since when it waits and the screen that opens it. */
export function workItem(
  kind: WorkKind,
  id: string,
  title: string,
  since: string,
  link: string,
  more: WorkDetails = {},
): WorkItem {
  return {
    kind,
    id,
    title,
    detail: more.detail ?? null,
    count: more.count ?? null,
    dueOn: more.dueOn ?? null,
    since,
    link,
  };
}

/** Who the work is collected for: the fields of a session that decide what they are given. */
export type Person = Pick<AuthContext, 'organizationId' | 'userId' | 'unitId' | 'functions' | 'roleIds'>;

/** Oldest first: by due date (undated after dated), then by when it started to wait. */
export function byUrgency(a: WorkItem, b: WorkItem): number {
  if (a.dueOn !== b.dueOn) {
    if (a.dueOn === null) return 1;
    if (b.dueOn === null) return -1;
    return a.dueOn < b.dueOn ? -1 : 1;
  }
  return a.since < b.since ? -1 : a.since > b.since ? 1 : 0;
}
