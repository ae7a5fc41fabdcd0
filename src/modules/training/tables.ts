/** Row types of the training module (研修・訓練, R-E9). */

export interface TrainingPlansTable {
  id: string;
  organization_id: string;
  fiscal_year: number;
  title: string;
  /** Who runs it: null for the body itself, else e.g. the member city's name. */
  organizer: string | null;
  /** all | units */
  audience: string;
  /** JSON string[]: unit ids when audience = units. */
  unit_ids: string;
  clause_path: string | null;
  description: string | null;
  created_by: string | null;
  created_at: string;
}

export interface TrainingSessionsTable {
  id: string;
  organization_id: string;
  plan_id: string;
  held_on: string;
  place: string | null;
  created_at: string;
}

export interface TrainingAttendanceTable {
  id: string;
  organization_id: string;
  session_id: string;
  user_id: string;
  /** 1 attended, 0 absent. */
  attended: number;
  /** manual | csv */
  source: string;
  recorded_by: string | null;
  recorded_at: string;
}

export interface TrainingChecksTable {
  id: string;
  organization_id: string;
  plan_id: string;
  checked_by: string;
  checked_at: string;
  note: string;
  /** Completion at the time of the check, e.g. 42/50. */
  completed: number;
  total: number;
}

export interface TrainingRemindersTable {
  organization_id: string;
  plan_id: string;
  user_id: string;
  reminded_at: string;
}

export interface TrainingTables {
  training_plans: TrainingPlansTable;
  training_sessions: TrainingSessionsTable;
  training_attendance: TrainingAttendanceTable;
  training_checks: TrainingChecksTable;
  training_reminders: TrainingRemindersTable;
}
