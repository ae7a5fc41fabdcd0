/**
 * Issue 17, "every notification lands": one notification of every kind the server sends (each `notify(`
 * or `notifyPeople(` call in src/modules), made by the real action or sweep in the sample body hagi-nagato (seed 001), is
 * opened in Chromium by the person who received it. The screen must load (no 「ページが見つかりません」,
 * no endless 読み込み中, no failed load), show no raw key or id, and show the item the notification is about.
 * Sweeps (reminders, escalations) run for a later office day while the server is stopped, as the daily job
 * would on that day.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { openDatabase, sqliteFileIn } from '../src/db/connect.ts';
import { addMessages } from '../src/i18n/index.ts';
import { assessmentSweep } from '../src/modules/assessment/reminders.ts';
import { vendorReviewSweep } from '../src/modules/assessment/vendor-reviews-due.ts';
import { modules } from '../src/modules/registry.ts';
import { sweep as requestSweep } from '../src/modules/requests/reminders.ts';
import { addDays, isClosedDay } from '../src/shared/business-days.ts';
import { callApi } from './support/api.ts';
import { screenshot } from './support/browser.ts';
import { ROOT } from './support/build.ts';
import { browserRun } from './support/run.ts';

const LOGINS = ['hagi-ciso', 'hagi-sekinin', 'hagi-kanri', 'hagi-tanto', 'hagi-staff'] as const;
type Login = (typeof LOGINS)[number] | 'admin';

let blocker: string;
const pages = new Map<Login, Page>();
const page = (login: Login) => pages.get(login) as Page;

const run = browserRun({
  env: () => {
    // A backup directory that cannot be made (a file stands in its way): a backup taken now fails.
    blocker = fs.mkdtempSync(path.join(os.tmpdir(), 'mamori-no-backups-'));
    fs.writeFileSync(path.join(blocker, 'file'), '');
    return { BACKUP_DIR: path.join(blocker, 'file', 'backups'), BACKUP_TIME: 'off' };
  },
  ready: async (r) => {
    pages.set('admin', await r.signedIn('admin'));
    for (const login of LOGINS) pages.set(login, await r.signedIn(login));
  },
  cleanup: () => {
    if (blocker) fs.rmSync(blocker, { recursive: true, force: true });
  },
});

/** Calls the API from the person's signed-in page. */
const call = <T = unknown>(login: Login, method: string, url: string, body?: unknown) =>
  callApi<T>(page(login), method, url, body);

const isoDate = (days: number) =>
  new Date(Date.now() + 9 * 3600_000 + days * 86_400_000).toISOString().slice(0, 10);

/** Text that must never reach a clerk: `a.b_c` keys, `[bracketed]` keys, 8-hex ids, function keys. */
const RAW = [
  /\b[a-z]+(?:\.[a-z]+)*\.[a-z]+_[a-z_]+\b/,
  /\[[a-z_]+\]/,
  /\b[0-9a-f]{8}\b/,
  /\b(?:audits|assessment|incidents|org|requests|training|policy|vendors|assets|systems|reports|dashboard|backups|violations|compliance)\.[a-z_]+\b/,
];

/** One kind of notification: where the server sends it, its title, who gets it and what its screen shows. */
interface Kind {
  /** The source file of the `notify(` call (each call of a file is one kind). */
  file: string;
  title: RegExp;
  to: Login;
  shows: string | RegExp;
}

const KINDS: Kind[] = [
  { file: 'backups/run.ts', title: /バックアップに失敗しました/, to: 'admin', shows: /バックアップ/ },
  {
    file: 'training/reminders.ts',
    title: /研修「情報セキュリティ研修（通知確認）」を受講していません/,
    to: 'hagi-tanto',
    shows: '情報セキュリティ研修（通知確認）',
  },
  {
    file: 'assessment/publish.ts',
    title: /改善策の担当/,
    to: 'hagi-kanri',
    shows: '鍵管理簿の点検を毎月の議題にする',
  },
  {
    file: 'assessment/reminders.ts',
    title: /回答期限を過ぎています/,
    to: 'hagi-tanto',
    shows: 'サーバのアクセス記録を毎週確認していますか。',
  },
  {
    file: 'assessment/reminders.ts',
    title: /自己点検の未回答があります/,
    to: 'hagi-sekinin',
    shows: '令和8年度 自己点検（通知確認）',
  },
  {
    file: 'assessment/vendor-reviews.ts',
    title: /委託事業者の確認結果: 長門環境サービス/,
    to: 'hagi-sekinin',
    shows: '長門環境サービス株式会社',
  },
  {
    file: 'assessment/launch.ts',
    title: /自己点検への回答のお願い/,
    to: 'hagi-tanto',
    shows: 'サーバのアクセス記録を毎週確認していますか。',
  },
  {
    file: 'assessment/vendor-reviews-due.ts',
    title: /定期確認の時期です/,
    to: 'hagi-sekinin',
    shows: '萩清掃保守株式会社',
  },
  {
    file: 'incidents/steps.ts',
    title: /インシデント報告/,
    to: 'hagi-kanri',
    shows: 'USBメモリの紛失（通知確認）',
  },
  {
    file: 'incidents/registers.ts',
    title: /遵守状況の確認で問題点/,
    to: 'hagi-ciso',
    shows: '総務管理係の執務室の施錠',
  },
  {
    file: 'incidents/handling.ts',
    title: /対策の担当になりました/,
    to: 'hagi-kanri',
    shows: '記録媒体の持出し手順を見直す',
  },
  {
    file: 'incidents/violations.ts',
    title: /違反による情報システム利用停止/,
    to: 'hagi-ciso',
    shows: '私物USBメモリの無断使用',
  },
  {
    file: 'incidents/violations.ts',
    title: /利用停止の解除/,
    to: 'hagi-ciso',
    shows: '私物USBメモリの無断使用',
  },
  {
    file: 'audits/service.ts',
    title: /監査人に指名されました/,
    to: 'hagi-staff',
    shows: '令和8年度 内部監査（通知確認）',
  },
  {
    file: 'audits/findings.ts',
    title: /監査の指摘事項: 持出し記録簿の記入漏れ/,
    to: 'hagi-kanri',
    shows: '持出し記録簿の記入漏れ',
  },
  {
    file: 'requests/finalize.ts',
    title: /承認されました|許可されました/,
    to: 'hagi-staff',
    shows: '通知確認用の持出し',
  },
  {
    file: 'requests/reminders.ts',
    title: /返却期限を過ぎています/,
    to: 'hagi-staff',
    shows: '通知確認用の持出し',
  },
  {
    file: 'requests/reminders.ts',
    title: /承認待ちが滞っています/,
    to: 'hagi-sekinin',
    shows: '通知確認用の持出し',
  },
  {
    file: 'requests/aftercare.ts',
    title: /返却後の確認をお願いします/,
    to: 'hagi-kanri',
    shows: '通知確認用の持出し',
  },
  { file: 'requests/decide.ts', title: /却下されました/, to: 'hagi-staff', shows: '通知確認用の持出し' },
  {
    file: 'requests/decide.ts',
    title: /承認依頼.*前の段階|承認依頼/,
    to: 'hagi-sekinin',
    shows: '通知確認用の持出し',
  },
  {
    file: 'requests/submit.ts',
    title: /承認依頼|申請が届きました/,
    to: 'hagi-kanri',
    shows: '通知確認用の持出し',
  },
];

/** How many `notify(` / `notifyPeople(` calls each file of src/modules makes. */
function notifyCalls(): Map<string, number> {
  const dir = path.join(ROOT, 'src/modules');
  const out = new Map<string, number>();
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') && !p.includes('/notifications/')) {
        const n = (fs.readFileSync(p, 'utf8').match(/\bnotify(?:People)?\(/g) ?? []).length;
        if (n) out.set(path.relative(dir, p), n);
      }
    }
  };
  walk(dir);
  return out;
}

test('the list of kinds follows every notify( call of the server', () => {
  const declared = new Map<string, number>();
  for (const k of KINDS) declared.set(k.file, (declared.get(k.file) ?? 0) + 1);
  assert.deepEqual(Object.fromEntries([...declared].sort()), Object.fromEntries([...notifyCalls()].sort()));
});

/** The screen has loaded, is not 「ページが見つかりません」, failed no load and shows no raw key. */
async function assertLanded(p: Page, what: string): Promise<string> {
  await p.locator('main').waitFor();
  await p
    .waitForFunction(() => !document.querySelector('.loading'), undefined, { timeout: 10_000 })
    .catch(() => {
      throw new Error(`${what}: still 読み込み中 at ${p.url()}`);
    });
  const text = await p.locator('main').innerText();
  assert.doesNotMatch(text, /ページが見つかりません/, `${what}: ${p.url()}`);
  assert.equal(
    await p.locator('main .alert--error').count(),
    0,
    `${what}: a load failed at ${p.url()}\n${text}`,
  );
  for (const re of RAW) {
    const hit = text.match(re);
    assert.equal(hit, null, `${what}: raw text 「${hit?.[0]}」 at ${p.url()}`);
  }
  return text;
}

interface Person {
  id: string;
  loginId: string;
  roles: { roleId: string }[];
}

/** The first office day at least `days` ahead: the day the sweeps run for. */
function laterOfficeDay(days: number): string {
  let d = isoDate(days);
  while (isClosedDay(d)) d = addDays(d, 1);
  return d;
}

async function raiseEveryKind(): Promise<void> {
  const people = (await call<{ items: Person[] }>('hagi-sekinin', 'GET', '/api/org/people')).items;
  const person = (login: string) => people.find((x) => x.loginId === login) as Person;
  const units = await call<{ items: { id: string; name: string; children?: unknown[] }[] }>(
    'hagi-sekinin',
    'GET',
    '/api/org/units',
  );
  const flat = (ns: { id: string; name: string; children?: unknown[] }[]): { id: string; name: string }[] =>
    ns.flatMap((n) => [n, ...flat((n.children ?? []) as typeof ns)]);
  const soumu = flat(units.items).find((u) => u.name === '総務管理係')?.id as string;

  // Backups: a backup now fails and tells the hosting administrators.
  await call('admin', 'POST', '/api/system/backups');

  // Self-assessment: launched to the 担当者's role; a measure for the 管理者.
  const campaign = (
    await call<{ id: string }>('hagi-sekinin', 'POST', '/api/assessment/campaigns', {
      fiscalYear: 2026,
      title: '令和8年度 自己点検（通知確認）',
      dueOn: isoDate(20),
    })
  ).id;
  await call('hagi-sekinin', 'POST', `/api/assessment/campaigns/${campaign}/items`, {
    question: 'サーバのアクセス記録を毎週確認していますか。',
    respondentKind: 'roles',
    roleIds: [person('hagi-tanto').roles[0].roleId],
  });
  await call('hagi-sekinin', 'POST', `/api/assessment/campaigns/${campaign}/launch`);
  await call('hagi-sekinin', 'POST', `/api/assessment/campaigns/${campaign}/measures`, {
    title: '鍵管理簿の点検を毎月の議題にする',
    ownerUserId: person('hagi-kanri').id,
    dueOn: isoDate(30),
  });

  // Contractors: one reviewed now, one due for its periodic review.
  const vendor = await call<{ id: string }>('hagi-kanri', 'POST', '/api/vendors/vendors', {
    name: '長門環境サービス株式会社',
    auditStatus: 'unknown',
  });
  const contract = await call<{ id: string }>('hagi-kanri', 'POST', '/api/vendors/contracts', {
    vendorId: vendor.id,
    title: 'ごみ収集運搬業務委託',
  });
  await call('hagi-sekinin', 'POST', '/api/vendor-reviews', {
    vendorId: vendor.id,
    contractId: contract.id,
    kind: 'periodic',
    reviewedOn: isoDate(0),
    checklist: [{ text: '再委託の有無を確認した', ok: true, note: '' }],
    summary: '契約の条項どおり管理されている。',
  });
  const due = await call<{ id: string }>('hagi-kanri', 'POST', '/api/vendors/vendors', {
    name: '萩清掃保守株式会社',
    auditStatus: 'unknown',
  });
  await call('hagi-kanri', 'POST', '/api/vendors/contracts', {
    vendorId: due.id,
    title: '焼却施設保守点検業務委託',
    nextReviewOn: isoDate(5),
  });

  // Training: a session already held that the 担当者 missed.
  const plan = await call<{ id: string }>('hagi-sekinin', 'POST', '/api/training/plans', {
    fiscalYear: 2026,
    title: '情報セキュリティ研修（通知確認）',
    organizer: '事務局',
  });
  await call('hagi-sekinin', 'POST', `/api/training/plans/${plan.id}/sessions`, {
    heldOn: isoDate(-3),
    place: '会議室',
  });
  await call('hagi-sekinin', 'POST', `/api/training/plans/${plan.id}/remind`);

  // Incidents: staff report one (the chain's first step is told), the 責任者 assigns a 対策.
  const incident = (
    await call<{ id: string }>('hagi-staff', 'POST', '/api/incidents', {
      title: 'USBメモリの紛失（通知確認）',
      description: '施設点検記録を含むUSBメモリが見当たらない。',
      typeKey: 'lost_device',
      foundAt: new Date().toISOString(),
      personalInfo: 'no',
    })
  ).id;
  await call('hagi-sekinin', 'POST', `/api/incidents/${incident}/actions`, {
    kind: 'prevention',
    description: '記録媒体の持出し手順を見直す',
    ownerId: person('hagi-kanri').id,
    dueDate: isoDate(14),
  });
  await call('hagi-kanri', 'POST', '/api/compliance-checks', {
    scope: '総務管理係の執務室の施錠',
    findings: '退庁時に書庫が施錠されていない日があった。',
    result: 'findings',
  });

  // Audits: the appointed auditor is told; their finding goes to the audited unit's responders.
  const roles = (
    await call<{ items: { id: string; name: string; functions: { key: string }[] }[] }>(
      'hagi-ciso',
      'GET',
      '/api/org/roles',
    )
  ).items;
  const kanriRole = roles.find((r) => r.id === person('hagi-kanri').roles[0].roleId);
  assert.ok(kanriRole);
  await call('hagi-ciso', 'PUT', `/api/org/roles/${kanriRole.id}/functions`, {
    functions: [...kanriRole.functions.map((f) => f.key), 'audits.respond'],
  });
  const auditPlan = (
    await call<{ id: string }>('hagi-sekinin', 'POST', '/api/audits/plans', {
      kind: 'yearly',
      auditType: 'internal',
      title: '令和8年度 内部監査（通知確認）',
      fiscalYear: 2026,
      purpose: '情報セキュリティポリシーの遵守状況を確認する。',
      scopeUnits: [soumu],
      timing: '令和8年10月',
      structure: '監査人1名',
      criteria: '情報セキュリティ対策基準',
      auditorIds: [person('hagi-staff').id],
    })
  ).id;
  await call('hagi-staff', 'POST', `/api/audits/plans/${auditPlan}/findings`, {
    severity: 'medium',
    unitId: soumu,
    title: '持出し記録簿の記入漏れ',
    detail: '返却日の記入がない行がある。',
  });

  // Requests: a two-step type with a return and a confirmation after it.
  const type = await call<{ id: string }>('hagi-sekinin', 'POST', '/api/requests/types', {
    code: 'notice-check',
    nameJa: '通知確認用の持出し',
    definition: {
      fields: [{ key: 'purpose', type: 'textarea', label: { ja: '目的' }, required: true }],
      chain: [{ function: 'requests.approve.software_install' }, { function: 'requests.approve.take_out' }],
      returnTracking: { dueBusinessDays: 2 },
      confirmations: { count: 1, function: 'requests.approve.software_install' },
    },
  });
  const file = async () =>
    (
      await call<{ id: string }>('hagi-staff', 'POST', '/api/requests', {
        typeId: type.id,
        values: { purpose: '出張先での説明に使う。' },
      })
    ).id;
  const approve = (login: Login, id: string) =>
    call(login, 'POST', `/api/requests/${id}/decisions`, { decision: 'approve' });
  const returned = await file();
  await approve('hagi-kanri', returned);
  await approve('hagi-sekinin', returned);
  await call('hagi-staff', 'POST', `/api/requests/${returned}/return`);
  const kept = await file();
  await approve('hagi-kanri', kept);
  await approve('hagi-sekinin', kept);
  await call('hagi-kanri', 'POST', `/api/requests/${await file()}/decisions`, { decision: 'reject' });
  await file(); // left waiting at its first step: escalated by the sweep

  // Violations: a person's access is suspended and given back; the head of the body (組合管理者 in the
  // policy, here stood in for by the CISO) is told each time.
  const { stored: _stored, ...settings } = await call<Record<string, unknown>>(
    'hagi-ciso',
    'GET',
    '/api/incidents/settings',
  );
  await call('hagi-ciso', 'PUT', '/api/incidents/settings', {
    ...settings,
    head: { kind: 'user', ref: person('hagi-ciso').id, label: '組合管理者', skippableWhenMinor: true },
  });
  const subject = await call<{ id: string }>('hagi-ciso', 'POST', '/api/org/people', {
    loginId: 'hagi-rinji',
    displayName: '臨時 太郎',
    unitId: soumu,
  });
  const violation = await call<{ id: string }>('hagi-ciso', 'POST', '/api/violations', {
    subjectUserId: subject.id,
    description: '私物USBメモリの無断使用',
  });
  await call('hagi-ciso', 'POST', `/api/violations/${violation.id}/decide`, {
    decision: '指導の上、利用を停止する。',
    suspendAccess: true,
  });
  await call('hagi-ciso', 'POST', `/api/violations/${violation.id}/reinstate`, {
    reason: '研修を受講した。',
  });

  // The daily sweeps, run for an office day after every due date above.
  const day = laterOfficeDay(40);
  await run.server.restart(async (dataDir) => {
    // The sweeps name their notices by message codes, checked against the catalogues as the server loads them.
    for (const m of modules) if (m.messages) addMessages(m.messages.ja, m.messages.en);
    const database = await openDatabase({ sqliteFile: sqliteFileIn(dataDir), lockDir: dataDir });
    try {
      const a = await assessmentSweep(database.db, day);
      assert.ok(a.reminded >= 1 && a.escalated === 1, JSON.stringify(a));
      assert.equal(await vendorReviewSweep(database.db, day), 1);
      const r = await requestSweep(database.db, day);
      assert.ok(r.reminded >= 1 && r.escalated >= 1, JSON.stringify(r));
    } finally {
      await database.close();
    }
  });
}

/** The person's newest notification of the kind, waiting a little for what the job runner sends; else their titles. */
async function received(kind: Kind): Promise<{ title: string; link: string } | string> {
  let titles = '';
  for (let i = 0; i < 40; i++) {
    const list = await call<{ items: { title: string; link: string | null }[] }>(
      kind.to,
      'GET',
      '/api/notifications?limit=100',
    );
    const n = list.items.find((x) => kind.title.test(x.title));
    if (n?.link) return { title: n.title, link: n.link };
    titles = list.items.map((x) => x.title).join(' / ');
    await page(kind.to).waitForTimeout(500);
  }
  return titles;
}

test('every kind of notification opens, for the person who got it, a screen that shows its item', {
  timeout: 300_000,
}, async () => {
  await raiseEveryKind();
  const failures: string[] = [];
  for (const kind of KINDS) {
    const p = page(kind.to);
    const n = await received(kind);
    if (typeof n === 'string') {
      failures.push(`${kind.file}: ${kind.to} has no ${kind.title} (${n})`);
      continue;
    }
    try {
      await p.goto(n.link);
      const text = await assertLanded(p, `${kind.to}: 「${n.title}」`);
      const shows = typeof kind.shows === 'string' ? text.includes(kind.shows) : kind.shows.test(text);
      if (!shows)
        await p
          .locator('main')
          .getByText(kind.shows)
          .first()
          .waitFor({ timeout: 5_000 })
          .catch(() => {
            throw new Error(`does not show ${kind.shows}`);
          });
    } catch (e) {
      await screenshot(p, `notification-landing-${KINDS.indexOf(kind)}`);
      failures.push(
        `${kind.file}: ${kind.to} 「${n.title}」 → ${n.link}: ${(e as Error).message.split('\n')[0]}`,
      );
    }
  }
  assert.deepEqual(failures, []);
});
