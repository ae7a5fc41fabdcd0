/** The scorer's axis comparison: the two ways the sets label one classification axis count as the same axis. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sameAxis } from '../../src/modules/policy/fixtures/score.ts';

test('an axis with or without 分類 or 区分 after its name is the same axis', () => {
  assert.ok(sameAxis('重要性', '重要性分類'));
  assert.ok(sameAxis('重要性分類', '重要性'));
  assert.ok(sameAxis('取扱区分', '取扱'));
  assert.ok(sameAxis('機密性', '機密性'));
});

test('other axes stay apart', () => {
  assert.ok(!sameAxis('重要性', '重要度'), 'a different word');
  assert.ok(!sameAxis('機密性分類', '完全性'));
  assert.ok(!sameAxis('区分', '分類'), 'the word alone names no axis');
  assert.ok(!sameAxis('', ''));
});
