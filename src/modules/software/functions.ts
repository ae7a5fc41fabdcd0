import type { FunctionDef } from '../module.ts';

/** Role functions of the software registers. */
export const softwareFunctions: FunctionDef[] = [
  {
    key: 'software.manage',
    ja: 'ソフトウェア台帳・共用ID台帳の管理',
    en: 'Manage the software and shared-ID registers',
    description: {
      ja: '導入したソフトウェアと、共用IDの台帳を管理します。',
      en: 'Keeps the registers of installed software and shared IDs.',
    },
  },
];

export const SOFTWARE_READ = ['software.manage', 'registers.read'];
export const SOFTWARE_WRITE = ['software.manage'];
