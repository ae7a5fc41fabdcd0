import { type AppModule, sweepJob } from '../module.ts';
import { attendanceImport } from './excel-import.ts';
import './events.ts';
import { en, ja } from './messages.ts';
import { trainingMigrations } from './migrations.ts';
import { TRAINING_SWEEP, trainingSweep } from './reminders.ts';
import { trainingRoutes } from './routes.ts';

export { completion } from './completion.ts';
export type { TrainingTables } from './tables.ts';

/** Training plans, sessions, attendance, completion by unit and reminders (R-E9). */
export const trainingModule: AppModule = {
  name: 'training',
  migrations: trainingMigrations,
  messages: { ja, en },
  functions: [
    {
      key: 'training.manage',
      ja: '研修の計画・出欠記録・未受講者への通知',
      en: 'Plan training, record attendance, remind those who missed it',
      description: {
        ja: '研修を計画し、出欠を記録し、受講していない職員に知らせます。',
        en: 'Plans training, records attendance and reminds those who missed it.',
      },
    },
    {
      key: 'training.check',
      ja: '研修受講状況の確認（責任者）',
      en: 'Check training attendance (as the responsible officer)',
      description: {
        ja: '責任者として、職員の研修の受講状況を確かめます。',
        en: 'Checks the staff’s training attendance as the responsible officer.',
      },
    },
  ],
  jobs: [sweepJob(TRAINING_SWEEP, trainingSweep)],
  imports: [attendanceImport],
  routes: trainingRoutes,
};

export { audience } from './completion.ts';
