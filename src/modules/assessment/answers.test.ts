/** Answering many items at once (all or none, each audited) and evidence that stays listed with its item. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { auditEvents, signedIn, testAppPerFile } from '../../../test/support/http.ts';
import { launchedCampaign, policyOrg } from './testkit.ts';

const t = testAppPerFile();

interface Mine {
  id: string;
  answer: string | null;
  comment: string | null;
  evidence: { fileName: string; sha256: string; size: number }[];
}

async function launched() {
  const s = await policyOrg(t);
  await launchedCampaign(s.c);
  const chief = await signedIn(t, { id: s.chief.id, organizationId: s.org.id });
  const keeper = await signedIn(t, { id: s.keeper.id, organizationId: s.org.id });
  const mine = (await chief.get('/api/assessment/mine')).json() as Mine[];
  assert.ok(mine.length >= 3, 'the chief has several items');
  return { s, chief, keeper, mine };
}

test('[R-I1] several answers are saved at once, each with its own audit event', async () => {
  const { s, chief, mine } = await launched();
  const before = (await auditEvents(t.db, s.org.id)).length;
  const r = await chief.post('/api/assessment/answers', {
    answers: [
      { responseId: mine[0].id, answer: 'done', comment: '毎月確認している' },
      { responseId: mine[1].id, answer: 'partial' },
      { responseId: mine[2].id, answer: 'na' },
    ],
  });
  assert.equal(r.statusCode, 200, r.body);
  assert.equal(r.json().saved, 3);
  const now = (await chief.get('/api/assessment/mine')).json() as Mine[];
  assert.deepEqual(
    now.slice(0, 3).map((m) => [m.answer, m.comment]),
    [
      ['done', '毎月確認している'],
      ['partial', null],
      ['na', null],
    ],
  );
  const events = (await auditEvents(t.db, s.org.id))
    .slice(before)
    .filter((e) => e.event === 'assessment.answered');
  assert.deepEqual(
    events.map((e) => JSON.parse(e.data).answer),
    ['done', 'partial', 'na'],
  );
});

test('[R-I1] a batch with an item the person may not answer saves nothing and says which one', async () => {
  const { s, chief, keeper, mine } = await launched();
  const keeperItem = ((await keeper.get('/api/assessment/mine')).json() as Mine[])[0];
  assert.ok(keeperItem);
  const before = (await auditEvents(t.db, s.org.id)).length;
  const r = await chief.post('/api/assessment/answers', {
    answers: [
      { responseId: mine[0].id, answer: 'done' },
      { responseId: keeperItem.id, answer: 'done' },
    ],
  });
  assert.equal(r.statusCode, 403, r.body);
  assert.equal(r.json().error.fields[0].field, 'answers.1.responseId');
  assert.equal(((await chief.get('/api/assessment/mine')).json() as Mine[])[0].answer, null);
  assert.equal((await auditEvents(t.db, s.org.id)).length, before, 'nothing written');
  const twice = await chief.post('/api/assessment/answers', {
    answers: [
      { responseId: mine[0].id, answer: 'done' },
      { responseId: mine[0].id, answer: 'not_done' },
    ],
  });
  assert.equal(twice.statusCode, 400);
  assert.equal(twice.json().error.fields[0].field, 'answers.1.responseId');
  assert.match(twice.json().error.message, /同じ点検項目/);
  const bad = await chief.post('/api/assessment/answers', {
    answers: [{ responseId: mine[0].id, answer: '?' }],
  });
  assert.equal(bad.statusCode, 400);
  assert.equal(bad.json().error.fields[0].field, 'answers.0.answer');
});

test('[R-I1] an attached evidence file stays listed with its item when the list is read again', async () => {
  const { chief, mine } = await launched();
  const data = Buffer.from('点検記録 2026-04');
  const r = await chief.post(`/api/assessment/responses/${mine[1].id}/evidence`, {
    fileName: '点検記録.txt',
    contentType: 'text/plain',
    dataBase64: data.toString('base64'),
  });
  assert.equal(r.statusCode, 201, r.body);
  const again = (await chief.get('/api/assessment/mine')).json() as Mine[];
  const item = again.find((m) => m.id === mine[1].id) as Mine;
  assert.deepEqual(
    item.evidence.map((e) => [e.fileName, e.sha256, e.size]),
    [['点検記録.txt', r.json().sha256, data.length]],
  );
  assert.deepEqual(
    again.filter((m) => m.id !== mine[1].id).flatMap((m) => m.evidence),
    [],
  );
});

test('[R-I1] answers typed but not submitted are kept on the server per person and campaign, and leave the draft once submitted', async () => {
  const { s, chief, keeper, mine } = await launched();
  const campaignId = (
    await t.db
      .selectFrom('assessment_responses')
      .select('campaign_id')
      .where('id', '=', mine[0].id)
      .executeTakeFirstOrThrow()
  ).campaign_id;
  const url = `/api/assessment/campaigns/${campaignId}/draft`;
  assert.deepEqual((await chief.get(url)).json(), { answers: [], savedAt: null });
  const before = (await auditEvents(t.db, s.org.id)).length;
  const typed = [
    { responseId: mine[0].id, answer: 'done', comment: '毎月確認している' },
    { responseId: mine[1].id, answer: '', comment: '確認中' },
    { responseId: mine[2].id, answer: 'partial', comment: '' },
  ];
  const put = await chief.put(url, { answers: typed });
  assert.equal(put.statusCode, 200, put.body);
  assert.ok(put.json().savedAt);
  // Another device of the same person (a new session) finds the draft.
  const elsewhere = await signedIn(t, { id: s.chief.id, organizationId: s.org.id });
  assert.deepEqual((await elsewhere.get(url)).json().answers, typed);
  assert.equal((await auditEvents(t.db, s.org.id)).length, before, 'a draft is not a record: no audit event');
  // Nothing is an answer until submitted.
  assert.equal(((await chief.get('/api/assessment/mine')).json() as Mine[])[0].answer, null);
  // Someone else's draft is their own; an item that is not the caller's cannot be drafted.
  assert.deepEqual((await keeper.get(url)).json().answers, []);
  const keeperItem = ((await keeper.get('/api/assessment/mine')).json() as Mine[])[0];
  const foreign = await chief.put(url, {
    answers: [...typed, { responseId: keeperItem.id, answer: 'done', comment: '' }],
  });
  assert.equal(foreign.statusCode, 400);
  assert.equal(foreign.json().error.fields[0].field, 'answers.3.responseId');
  assert.match(foreign.json().error.message, /あなたが回答する項目/);
  const bad = await chief.put(url, { answers: [{ responseId: mine[0].id, answer: 'maybe', comment: '' }] });
  assert.equal(bad.statusCode, 400);
  assert.equal(bad.json().error.fields[0].field, 'answers.0.answer');
  // Submitting two of them removes those two from the draft, in the same transaction as their audit events.
  const sent = await chief.post('/api/assessment/answers', {
    answers: [
      { responseId: mine[0].id, answer: 'done', comment: '毎月確認している' },
      { responseId: mine[2].id, answer: 'partial' },
    ],
  });
  assert.equal(sent.statusCode, 200, sent.body);
  assert.deepEqual(
    (await elsewhere.get(url)).json().answers.map((a: { responseId: string }) => a.responseId),
    [mine[1].id],
  );
  const answered = (await auditEvents(t.db, s.org.id))
    .slice(before)
    .filter((e) => e.event === 'assessment.answered');
  assert.equal(answered.length, 2, 'the submission is audited');
  // The last one submitted alone empties the draft.
  assert.equal(
    (await chief.post(`/api/assessment/responses/${mine[1].id}/answer`, { answer: 'na' })).statusCode,
    204,
  );
  assert.deepEqual((await chief.get(url)).json(), { answers: [], savedAt: null });
  // Another body's campaign answers 404.
  const other = await policyOrg(t);
  const otherCampaign = (
    await other.c.post('/api/assessment/campaigns', { fiscalYear: 2026, title: '別' })
  ).json().id;
  assert.equal((await chief.get(`/api/assessment/campaigns/${otherCampaign}/draft`)).statusCode, 404);
  assert.equal(
    (await chief.put(`/api/assessment/campaigns/${otherCampaign}/draft`, { answers: [] })).statusCode,
    404,
  );
});
