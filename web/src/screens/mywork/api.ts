/** Paths and answer types of 「わたしの仕事」. */
import { request } from '../../api/client.ts';

export type WorkKind =
  | 'approval'
  | 'confirmation'
  | 'incident_step'
  | 'incident_action'
  | 'assessment'
  | 'measure'
  | 'finding'
  | 'finding_follow_up'
  | 'audit'
  | 'training'
  | 'notice'
  | 'policy';

export interface WorkItem {
  kind: WorkKind;
  id: string;
  title: string;
  detail: string | null;
  count: number | null;
  dueOn: string | null;
  since: string;
  link: string;
}

export const MY_WORK = '/api/my-work';
export const DIGEST = '/api/my-work/digest';

export const myWorkApi = {
  setDigest: (enabled: boolean) => request<{ enabled: boolean }>('PUT', DIGEST, { enabled }),
};
