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

/** The body's daily e-mail: on or off, and the hour (Japan time) it goes out from. */
export interface DigestSetting {
  enabled: boolean;
  hour: number;
}

export const myWorkApi = {
  setDigest: (s: DigestSetting) => request<DigestSetting>('PUT', DIGEST, s),
};
