import { defineTexts } from '../i18n/define.ts';

/** The refused screen: which function it needs and who in this body holds it. */
export const forbiddenTexts = defineTexts(
  {
    needs: 'この画面には「{fn}」の権限が必要です。',
    heldBy: 'この組織では、次の役割がこの権限を持っています。必要なときは、その方に依頼してください。',
    nobodyInRole: '（いま担当している人はいません）',
    noRole:
      'この組織では、この権限を持つ役割がまだありません。役割への権限の割当ては、「{admin}」の権限を持つ方が行います。',
    systemOnly: 'この画面は、システムの管理者だけが使えます。',
    listSep: '、',
  },
  {
    needs: 'This page needs the “{fn}” permission.',
    heldBy: 'In this organization, these roles hold it. Ask one of them if you need this done.',
    nobodyInRole: '(nobody holds this role at present)',
    noRole:
      'No role in this organization holds this permission yet. Permissions are given to roles by whoever holds “{admin}”.',
    systemOnly: 'Only the system administrators can use this page.',
    listSep: ', ',
  },
);
