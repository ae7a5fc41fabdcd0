import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { makeOrg, makeUser } from '../../../test/support/factories.ts';
import { auditEvents, signedIn, testAppPerFile } from '../../../test/support/http.ts';
import { rowsWhere } from '../../db/rows-in-org.ts';
import { newId } from '../../shared/ids.ts';
import { nowIso } from '../../shared/time.ts';
import { JobRunner } from '../jobs/runner.ts';
import { notify } from './service.ts';

const t = testAppPerFile();

describe('notifications', () => {
  test('in-app notice with unread count, and e-mail kept in the outbox without SMTP', async () => {
    const org = await makeOrg(t.db);
    const other = await makeOrg(t.db);
    const u = await makeUser(t.db, org);
    const stranger = await makeUser(t.db, other);
    await t.db.updateTable('users').set({ email: 'u@example.jp' }).where('id', '=', u.id).execute();
    const sent = await t.db.transaction().execute((trx) =>
      notify(trx, org.id, [u.id, stranger.id], {
        code: 'notice.requests.approval_requested',
        params: { type: { ja: '持出し申請', en: 'Take-out' }, requester: '山田' },
        link: '/requests/x',
      }),
    );
    assert.deepEqual(sent, [u.id], 'people of other organizations are skipped');
    const c = await signedIn(t, u);
    assert.equal((await c.get('/api/notifications/unread-count')).json().unread, 1);
    const list = (await c.get('/api/notifications')).json().items;
    assert.equal(list[0].title, '承認依頼: 持出し申請');
    assert.equal(list[0].body, '山田 さんから「持出し申請」の申請がありました。');
    const inEnglish = (
      await c.request('GET', '/api/notifications', undefined, { cookie: `${c.cookie}; lang=en` })
    ).json();
    assert.equal(inEnglish.items[0].title, 'Approval requested: Take-out', 'shown in the reader’s language');
    assert.equal(inEnglish.items[0].body, '山田 has filed a request “Take-out”.');
    const bad = await c.post('/api/notifications/read', { ids: 'x' });
    assert.equal(bad.statusCode, 400);
    assert.equal(bad.json().error.fields[0].field, 'ids');
    assert.equal((await c.post('/api/notifications/read', {})).json().marked, 1);
    assert.equal((await c.get('/api/notifications/unread-count')).json().unread, 0);
    assert.ok((await auditEvents(t.db, org.id)).some((e) => e.event === 'notifications.read'));
    const s = await signedIn(t, stranger);
    assert.equal((await s.get('/api/notifications')).json().items.length, 0);
    await new JobRunner(t.db, { id: 'mail' }).tick();
    const mail = await rowsWhere(t.db, 'mail_outbox', { organization_id: org.id });
    assert.equal(mail.length, 1);
    assert.equal(mail[0].status, 'logged');
    assert.equal(mail[0].to_address, 'u@example.jp');
    assert.equal(mail[0].subject, '[mamori] 承認依頼: 持出し申請 / Approval requested: Take-out');
    assert.equal(
      mail[0].body,
      '山田 さんから「持出し申請」の申請がありました。\n\nApproval requested: Take-out\n山田 has filed a request “Take-out”.\n\n/requests/x',
    );
  });

  test('a notice is a code with messages in both languages; older rows keep their words', async () => {
    const org = await makeOrg(t.db);
    const u = await makeUser(t.db, org);
    await assert.rejects(
      t.db.transaction().execute((trx) => notify(trx, org.id, [u.id], { code: 'notice.nothing_here' })),
      /notice\.nothing_here has no title message/,
    );
    await t.db
      .insertInto('notifications')
      .values({
        id: newId(),
        organization_id: org.id,
        user_id: u.id,
        title: '以前の通知',
        body: '本文',
        code: null,
        params: null,
        link: null,
        created_at: nowIso(),
        read_at: null,
      })
      .execute();
    const c = await signedIn(t, u);
    const items = (
      await c.request('GET', '/api/notifications', undefined, { cookie: `${c.cookie}; lang=en` })
    ).json().items;
    assert.deepEqual(
      items.map((i: { title: string; body: string }) => [i.title, i.body]),
      [['以前の通知', '本文']],
    );
  });
});
