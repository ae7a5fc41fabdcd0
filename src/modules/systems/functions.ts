import type { FunctionDef } from '../module.ts';

/** Role functions of the systems registers; `registers.read` reads every register of mamori's register modules. */
export const systemsFunctions: FunctionDef[] = [
  {
    key: 'systems.read',
    ja: '情報システム・ネットワーク区分の閲覧',
    en: 'Read systems and network segments',
  },
  {
    key: 'systems.manage',
    ja: '情報システム・ネットワーク区分・機器・回線の管理',
    en: 'Manage systems, segments, equipment and lines',
  },
  { key: 'registers.read', ja: '各台帳の閲覧（読み取り専用）', en: 'Read all registers (read-only)' },
];

/** Who may read the systems registers. */
export const SYSTEMS_READ = ['systems.read', 'systems.manage', 'registers.read'];
/** Who may change them. */
export const SYSTEMS_WRITE = ['systems.manage'];
