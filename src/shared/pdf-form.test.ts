import assert from 'node:assert/strict';
import { test } from 'node:test';
import { titleLayout, titlePieces } from './pdf-form.ts';

test('a 決裁 title breaks only between the roles it names, each role’s name on one line', () => {
  assert.deepEqual(titlePieces('情報セキュリティ管理者'), ['情報セキュリティ管理者']);
  assert.deepEqual(titlePieces('情報セキュリティ管理者・情報セキュリティ責任者'), [
    '情報セキュリティ管理者・',
    '情報セキュリティ責任者',
  ]);
  // 11 characters of 7 pt and the cell's padding fit the box.
  const one = titleLayout('情報セキュリティ管理者');
  assert.equal(one.fontSize, 7);
  assert.ok(one.width - 12 >= 11 * 7);
  // A name longer than the widest box is set smaller rather than broken.
  const long = titleLayout('最高情報セキュリティ責任者代理補佐官');
  assert.equal(long.width, 110);
  assert.ok(long.fontSize < 7 && long.fontSize * 17 <= 110 - 12);
  assert.deepEqual(titleLayout('課長'), { width: 62, fontSize: 7 });
});
