import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { makeOrg, makeUser } from '../../../test/support/factories.ts';
import { auditEvents, signedIn, testAppPerFile } from '../../../test/support/http.ts';
import { importSample } from './test-helpers.ts';

const t = testAppPerFile();

describe('visibility, acknowledgements and reviews', () => {
  test('[R-I6] a restricted 実施手順 is never listed publicly and cannot be made public', async () => {
    const org = await makeOrg(t.db);
    const admin = await signedIn(t, await makeUser(t.db, org, { functions: ['policy.manage'] }));
    const reader = await signedIn(t, await makeUser(t.db, org, { functions: ['policy.read'] }));
    const nobody = await signedIn(t, await makeUser(t.db, org));
    const basic = await importSample(admin, '000-saitama-seibu-kankyo-gikai.txt');
    const proc = await importSample(
      admin,
      '001-hagi-nagato-seiso.txt',
      `?kind=${encodeURIComponent('実施手順')}`,
    );
    const pub = (await nobody.get('/api/policy/public')).json().items.map((d: { id: string }) => d.id);
    assert.deepEqual(pub, [basic.documentId], 'the 基本方針 is public by default; the 実施手順 is not');
    const doc = (await admin.get(`/api/policy/documents/${proc.documentId}`)).json();
    assert.equal(doc.visibility, 'restricted');
    // The kind asked for by its Japanese word is kept as its code; the detected kind too.
    assert.deepEqual(doc.kinds, ['procedures']);
    assert.deepEqual((await admin.get(`/api/policy/documents/${basic.documentId}`)).json().kinds, [
      'basic_policy',
    ]);
    const toPublic = await admin.put(`/api/policy/documents/${proc.documentId}/visibility`, {
      visibility: 'public',
    });
    assert.equal(toPublic.statusCode, 400);
    assert.equal(toPublic.json().error.code, 'policy.procedure_not_public');
    assert.equal(toPublic.json().error.fields[0].field, 'visibility');
    const withPublic = await importSample(
      admin,
      '001-hagi-nagato-seiso.txt',
      `?kind=${encodeURIComponent('実施手順')}`,
    );
    assert.equal(
      (await admin.get(`/api/policy/documents/${withPublic.documentId}`)).json().visibility,
      'restricted',
    );
    // Readers without policy.manage neither list nor open it.
    const listed = (await reader.get('/api/policy/documents')).json().items.map((d: { id: string }) => d.id);
    assert.ok(!listed.includes(proc.documentId));
    const open = await reader.get(`/api/policy/versions/${proc.versionId}`);
    assert.equal(open.statusCode, 403);
    assert.match(open.json().error.message, /「ポリシーの取込み・提案の採否・施行・見直し」/);
    assert.equal((await nobody.get(`/api/policy/versions/${proc.versionId}/search?q=x`)).statusCode, 403);
    // Visibility changes are audited.
    const toStaff = await admin.put(`/api/policy/documents/${proc.documentId}/visibility`, {
      visibility: 'staff',
    });
    assert.equal(toStaff.statusCode, 204, toStaff.body);
    const ev = (await auditEvents(t.db, org.id)).filter((e) => e.event === 'policy.visibility_changed');
    assert.deepEqual(
      ev.map((e) => [JSON.parse(e.data).before, JSON.parse(e.data).after]),
      [['restricted', 'staff']],
    );
    const bad = await admin.put(`/api/policy/documents/${proc.documentId}/visibility`, {
      visibility: 'everyone',
    });
    assert.equal(bad.json().error.fields[0].field, 'visibility');
  });

  test('[R-E1] staff acknowledge the version in force; the administrator sees who has not', async () => {
    const org = await makeOrg(t.db);
    const adminUser = await makeUser(t.db, org, { functions: ['policy.manage'] });
    const admin = await signedIn(t, adminUser);
    const staffA = await makeUser(t.db, org, { functions: ['policy.read'] });
    const staffB = await makeUser(t.db, org);
    const a = await signedIn(t, staffA);
    const { versionId, documentId } = await importSample(admin, '001-hagi-nagato-seiso.txt');
    // A draft cannot be acknowledged.
    assert.equal((await a.post(`/api/policy/versions/${versionId}/acknowledge`)).statusCode, 409);
    assert.equal((await admin.post(`/api/policy/versions/${versionId}/in-force`, {})).statusCode, 204);
    const pending = (await a.get('/api/policy/acknowledgements/pending')).json().items;
    assert.deepEqual(
      pending.map((p: { versionId: string }) => p.versionId),
      [versionId],
    );
    const ack = await a.post(`/api/policy/versions/${versionId}/acknowledge`);
    assert.equal(ack.statusCode, 200, ack.body);
    assert.equal((await a.get('/api/policy/acknowledgements/pending')).json().items.length, 0);
    const again = await a.post(`/api/policy/versions/${versionId}/acknowledge`);
    assert.equal(again.json().acknowledgedAt, ack.json().acknowledgedAt);
    const status = (await admin.get(`/api/policy/versions/${versionId}/acknowledgements`)).json();
    assert.deepEqual(
      status.acknowledged.map((u: { userId: string }) => u.userId),
      [staffA.id],
    );
    const notYet = status.notYet.map((u: { userId: string }) => u.userId).sort();
    assert.deepEqual(notYet, [adminUser.id, staffB.id].sort());
    const ev = (await auditEvents(t.db, org.id)).filter((e) => e.event === 'policy.acknowledged');
    assert.equal(ev.length, 1, 'acknowledging twice records once');
    assert.equal(ev[0].actor_id, staffA.id);
    assert.deepEqual(JSON.parse(ev[0].data), { documentId, number: 1 });
    assert.equal((await a.get(`/api/policy/versions/${versionId}/acknowledgements`)).statusCode, 403);
    const other = await signedIn(
      t,
      await makeUser(t.db, await makeOrg(t.db), { functions: ['policy.manage'] }),
    );
    assert.equal((await other.post(`/api/policy/versions/${versionId}/acknowledge`)).statusCode, 404);
    assert.equal((await other.get(`/api/policy/versions/${versionId}/acknowledgements`)).statusCode, 404);
  });

  test('[R-I2] a yearly review is opened for a fiscal year and closed with a new version of the same document', async () => {
    const org = await makeOrg(t.db);
    const admin = await signedIn(t, await makeUser(t.db, org, { functions: ['policy.manage'] }));
    const first = await importSample(admin, '004-okayama-kyosai.txt');
    const noYear = await admin.post('/api/policy/reviews', {
      documentId: first.documentId,
      trigger: 'yearly',
      reason: '年次見直し',
    });
    assert.equal(noYear.statusCode, 400);
    assert.equal(noYear.json().error.fields[0].field, 'fiscalYear');
    const open = await admin.post('/api/policy/reviews', {
      documentId: first.documentId,
      trigger: 'yearly',
      fiscalYear: 2026,
      reason: '令和8年度の定期見直し',
      inputs: '監査結果、自己点検結果',
      dueOn: '2027-03-31',
    });
    assert.equal(open.statusCode, 201, open.body);
    const id = open.json().id;
    const patched = await admin.patch(`/api/policy/reviews/${id}`, {
      inputs: '監査結果、自己点検結果、インシデント 2 件',
    });
    assert.equal(patched.json().inputs, '監査結果、自己点検結果、インシデント 2 件');
    const otherDoc = await importSample(admin, '000-saitama-seibu-kankyo-gikai.txt');
    const mismatch = await admin.post(`/api/policy/reviews/${id}/close`, {
      outcome: 'new_version',
      versionId: otherDoc.versionId,
    });
    assert.equal(mismatch.statusCode, 400);
    assert.equal(mismatch.json().error.fields[0].field, 'versionId');
    const second = await importSample(admin, '004-okayama-kyosai.txt', `?documentId=${first.documentId}`);
    const closed = await admin.post(`/api/policy/reviews/${id}/close`, {
      outcome: 'new_version',
      versionId: second.versionId,
    });
    assert.equal(closed.statusCode, 200, closed.body);
    assert.equal(closed.json().status, 'closed');
    assert.equal(closed.json().newVersionId, second.versionId);
    assert.equal(
      (await admin.post(`/api/policy/reviews/${id}/close`, { outcome: 'no_change', reason: 'x' })).statusCode,
      409,
    );
    const events = (await auditEvents(t.db, org.id)).filter((e) => e.target_id === id).map((e) => e.event);
    assert.deepEqual(events, ['policy.review_opened', 'policy.review_updated', 'policy.review_closed']);
  });

  test('[R-I5] a review triggered by an incident keeps its trigger and source, and may close with no change and a reason', async () => {
    const org = await makeOrg(t.db);
    const admin = await signedIn(t, await makeUser(t.db, org, { functions: ['policy.manage'] }));
    const doc = await importSample(admin, '000-saitama-seibu-kankyo-gikai.txt');
    // The source is a record of this organization: the incident the review follows from.
    const incident = await admin.post('/api/incidents', {
      title: 'USBメモリ紛失',
      description: '会議室でUSBメモリを紛失',
      typeKey: 'lost_device',
      foundAt: new Date().toISOString(),
      personalInfo: 'unknown',
    });
    assert.equal(incident.statusCode, 200, incident.body);
    const incidentId = incident.json().id as string;
    const open = await admin.post('/api/policy/reviews', {
      documentId: doc.documentId,
      trigger: 'incident',
      reason: 'USBメモリ紛失事案を受けた見直し',
      sourceType: 'incident',
      sourceId: incidentId,
    });
    assert.equal(open.statusCode, 201, open.body);
    assert.deepEqual(open.json().source, { type: 'incident', id: incidentId });
    const noReason = await admin.post(`/api/policy/reviews/${open.json().id}/close`, {
      outcome: 'no_change',
    });
    assert.equal(noReason.statusCode, 400);
    assert.equal(noReason.json().error.fields[0].field, 'reason');
    const closed = await admin.post(`/api/policy/reviews/${open.json().id}/close`, {
      outcome: 'no_change',
      reason: '現行規定で対応可能',
    });
    assert.equal(closed.json().outcome, 'no_change');
    assert.equal(closed.json().outcomeReason, '現行規定で対応可能');
    const ev = (await auditEvents(t.db, org.id)).filter((e) => e.event === 'policy.review_opened');
    assert.deepEqual(JSON.parse(ev[0].data).source, { type: 'incident', id: incidentId });
    const list = (await admin.get('/api/policy/reviews?status=closed')).json().items;
    assert.equal(list.length, 1);
    const bad = await admin.post('/api/policy/reviews', {
      documentId: doc.documentId,
      trigger: 'whim',
      reason: 'x',
    });
    assert.equal(bad.json().error.fields[0].field, 'trigger');
    const other = await signedIn(
      t,
      await makeUser(t.db, await makeOrg(t.db), { functions: ['policy.manage'] }),
    );
    assert.equal((await other.get(`/api/policy/reviews/${open.json().id}`)).statusCode, 404);
    const foreign = await other.post('/api/policy/reviews', {
      documentId: doc.documentId,
      trigger: 'other',
      reason: 'x',
    });
    assert.equal(foreign.statusCode, 400);
    assert.equal(foreign.json().error.fields[0].field, 'documentId');
    const reader = await signedIn(t, await makeUser(t.db, org, { functions: ['policy.read'] }));
    assert.equal((await reader.get('/api/policy/reviews')).statusCode, 403);
  });
});
