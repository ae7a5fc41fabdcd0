// Fills a freshly started mamori through its HTTP API: at least one write in every module, by the demo
// organization's own people, so that an upgrade test has real rows and real audit chains to keep.

/** The client the caller brings (test/support's HttpClient): cookie and CSRF aware. */
export interface ApiClient {
  call(
    method: string,
    url: string,
    body?: unknown,
  ): Promise<{ status: number; json: () => unknown; text: string }>;
  firstSignIn(loginId: string, oneTime: string, newPassword: string): Promise<string>;
}

/** A signed-in person's new password and TOTP secret, so a test can sign in again after the upgrade. */
export interface Credential {
  loginId: string;
  password: string;
  totpSecret: string;
}

// biome-ignore lint/suspicious/noExplicitAny: answers are JSON of each route's own shape
type Json = any;

async function ok(c: ApiClient, method: string, url: string, body?: unknown): Promise<Json> {
  const r = await c.call(method, url, body);
  if (r.status >= 300) throw new Error(`${method} ${url} answered ${r.status}: ${r.text.slice(0, 400)}`);
  return r.text ? r.json() : null;
}

/** Signs in the system administrator and the demo people, then writes in every module. */
export async function populate(
  base: string,
  oneTime: Map<string, string>,
  client: (base: string) => ApiClient,
): Promise<Credential[]> {
  const creds: Credential[] = [];
  const signIn = async (loginId: string) => {
    const c = client(base);
    const password = `Upgrade-Fixture-${creds.length + 1}-Pass!`;
    const totpSecret = await c.firstSignIn(loginId, oneTime.get(loginId) as string, password);
    creds.push({ loginId, password, totpSecret });
    return c;
  };

  // system: a third organization, made by the hosting administrator.
  const admin = await signIn('admin');
  await ok(admin, 'POST', '/api/system/organizations', { code: 'upgrade-fixture', name: '移行試験組合' });

  const ciso = await signIn('hagi-ciso');
  const sekinin = await signIn('hagi-sekinin');
  const kanri = await signIn('hagi-kanri');
  const staff = await signIn('hagi-staff');

  // org: a unit, a notice read by staff, a committee.
  const units: Json = await ok(ciso, 'GET', '/api/org/units');
  const unitList: Json[] = units.items ?? units;
  const parent = unitList[0].id;
  const unit: Json = await ok(ciso, 'POST', '/api/org/units', {
    name: '移行試験係',
    kind: '係',
    parentId: parent,
  });
  const notice: Json = await ok(sekinin, 'POST', '/api/org/notices', {
    title: '移行前のお知らせ',
    body: '版の更新で失われないことを確かめるためのお知らせです。',
    audience: 'all',
  });
  await ok(staff, 'POST', `/api/org/notices/${notice.id}/read`);
  await ok(ciso, 'POST', '/api/org/committees', { name: '移行試験委員会' });

  // policy: staff acknowledge the version in force.
  const pending: Json = await ok(staff, 'GET', '/api/policy/acknowledgements/pending');
  for (const v of pending.items ?? []) await ok(staff, 'POST', `/api/policy/versions/${v.id}/acknowledge`);

  // registers: an asset, a system, software, a vendor.
  const scheme: Json = await ok(kanri, 'GET', '/api/classification');
  // The lowest level of every axis of the organization's own scheme.
  const levels = (scheme.active?.axes ?? []).map((a: Json) => a.levels[a.levels.length - 1].id);
  const asset: Json = await ok(kanri, 'POST', '/api/assets', {
    levels,
    assetNo: 'UP-001',
    name: '移行試験台帳',
    kind: 'information',
    ownerUnitId: unit.id,
    status: 'registered',
  });
  await ok(kanri, 'POST', '/api/systems/systems', { name: '移行試験システム', ownerUnitId: unit.id });
  await ok(kanri, 'POST', '/api/software/products', { product: '移行試験ソフト', version: '1.0' });
  await ok(kanri, 'POST', '/api/vendors/vendors', { name: '移行試験株式会社', auditStatus: 'not_audited' });

  // incidents: a report by staff (the chain notifies the officers).
  await ok(staff, 'POST', '/api/incidents', {
    title: 'USBメモリの紛失（移行試験）',
    description: '移行試験のための報告',
    typeKey: 'lost_device',
    foundAt: '2026-04-28T01:00:00.000Z',
    personalInfo: 'no',
  });

  // requests: a take-out of the asset, decided by whoever the chain names first.
  const types: Json = await ok(staff, 'GET', '/api/requests/types');
  const takeOut = types.items.find((t: Json) => t.topic === 'take_out');
  if (!takeOut) throw new Error('the demo organization has no take-out request type');
  {
    const req: Json = await ok(staff, 'POST', '/api/requests', {
      typeId: takeOut.id,
      values: {
        asset: asset.id,
        take_out_date: '2026-06-01',
        return_due: '2026-06-03',
        destination: '本庁舎',
        purpose: '会議資料',
      },
    });
    await ok(sekinin, 'POST', `/api/requests/${req.id}/decisions`, { decision: 'approve' });
  }

  // assurance: a self-assessment campaign, an audit plan, a training plan with a session.
  await ok(sekinin, 'POST', '/api/assessment/campaigns', { fiscalYear: 2026, title: '令和8年度 自己点検' });
  await ok(sekinin, 'POST', '/api/audits/plans', {
    kind: 'yearly',
    auditType: 'internal',
    title: '令和8年度 内部監査',
    fiscalYear: 2026,
    purpose: '移行試験',
    timing: '10月',
    structure: '監査責任者と監査人',
    criteria: '情報セキュリティポリシー',
  });
  const plan: Json = await ok(sekinin, 'POST', '/api/training/plans', {
    fiscalYear: 2026,
    title: '情報セキュリティ研修',
  });
  await ok(sekinin, 'POST', `/api/training/plans/${plan.id}/sessions`, {
    heldOn: '2026-07-01',
    place: '大会議室',
  });

  // notifications: the staff member reads what came in.
  await ok(staff, 'POST', '/api/notifications/read', {});
  return creds;
}
