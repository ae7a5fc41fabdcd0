import assert from 'node:assert/strict';
import { test } from 'node:test';
import { toQuestion, wholeQuestion } from './question.ts';

const KANRI = '情報セキュリティ管理者(係長)';

test('[R-I1] a check question keeps the policy sentence and changes only its ending', () => {
  assert.equal(
    toQuestion('職員は、パスワードを秘密にしなければならない。'),
    '職員は、パスワードを秘密にしているか。',
  );
  assert.equal(
    toQuestion('職員は、私物の端末を使用してはならない。'),
    '職員は、私物の端末を使用していないか。',
  );
});

test('[R-I1] a sentence that goes on from the one before is asked of the people it binds, by name', () => {
  const q = wholeQuestion(
    'また、改善が必要となる情報セキュリティ対策が確認された場合は、情報セキュリティ対策を適切に見直さなければならない。',
    [KANRI],
    `${KANRI}は、自己点検等の結果等に合わせ、情報セキュリティ対策を適切に見直さなければならない。`,
  );
  assert.equal(
    q,
    `${KANRI}は、改善が必要となる情報セキュリティ対策が確認された場合は、情報セキュリティ対策を適切に見直しているか。`,
  );
  assert.doesNotMatch(q, /^(また|なお)/);
});

test('[R-I1] a sentence that points back is asked after the sentence it points to', () => {
  const before = '不審なメールを受信した場合は、情報セキュリティ管理者(係長)に報告しなければならない。';
  const q = wholeQuestion('その際、当該メールの添付ファイルは開いてはならない。', ['職員'], before);
  assert.equal(q, `${before}職員は、その際、当該メールの添付ファイルは開いていないか。`);
});

test('[R-I1] a sentence that names its own subject is left as it is', () => {
  const s = `なお、${KANRI}は、ソフトウェアのライセンスを管理しなければならない。`;
  assert.equal(wholeQuestion(s, [KANRI]), `${KANRI}は、ソフトウェアのライセンスを管理しているか。`);
  assert.equal(
    wholeQuestion('職員は、パスワードを秘密にしなければならない。', ['職員'], '前の文。'),
    '職員は、パスワードを秘密にしているか。',
  );
});
