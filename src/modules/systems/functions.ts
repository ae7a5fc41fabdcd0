import type { FunctionDef } from '../module.ts';

/** Role functions of the systems registers; `registers.read` reads every register of mamori's register modules. */
export const systemsFunctions: FunctionDef[] = [
  {
    key: 'systems.read',
    ja: '情報システム・ネットワーク区分の閲覧',
    en: 'Read systems and network segments',
    description: {
      ja: '情報システムとネットワークの区分の台帳を見ます。',
      en: 'Sees the registers of systems and network segments.',
    },
  },
  {
    key: 'systems.manage',
    ja: '情報システム・ネットワーク区分・機器・回線の管理',
    en: 'Manage systems, segments, equipment and lines',
    description: {
      ja: '情報システム、ネットワークの区分、機器、回線の台帳を管理します。',
      en: 'Keeps the registers of systems, segments, equipment and lines.',
    },
  },
  {
    key: 'registers.read',
    ja: '各台帳の閲覧（読み取り専用）',
    en: 'Read all registers (read-only)',
    description: {
      ja: 'すべての台帳を見ます（変更はできません）。',
      en: 'Sees every register (without changing anything).',
    },
  },
];

/** Who may read the systems registers. */
export const SYSTEMS_READ = ['systems.read', 'systems.manage', 'registers.read'];
/** Who may change them. */
export const SYSTEMS_WRITE = ['systems.manage'];
