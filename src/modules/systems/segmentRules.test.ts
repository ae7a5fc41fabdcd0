import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { analyzePolicy } from '../policy/analyze.ts';
import { segmentProposals } from './proposals.ts';
import { checkSegments, type SegmentFacts } from './segmentRules.ts';

const seg = (id: string, flags: Partial<SegmentFacts> = {}): SegmentFacts => ({
  id,
  name: id,
  isolated: false,
  mfaRequired: false,
  internetFacing: false,
  monitored: false,
  sanitizedOnly: false,
  dedicatedTerminals: false,
  ...flags,
});
const segs = [
  seg('my', { isolated: true, mfaRequired: true }),
  seg('lg', { sanitizedOnly: true }),
  seg('net', { internetFacing: true, monitored: true }),
];
const sys = (id: string, segmentId: string | null, mfa = true) => ({
  id,
  name: id,
  segmentId,
  mfa,
  dedicatedTerminals: false,
});

describe('segment rule checker', () => {
  test('[R-C3] a connection out of the isolated segment is flagged, a connection inside it is not', () => {
    const systems = [sys('a', 'my'), sys('b', 'my'), sys('c', 'lg')];
    const f = checkSegments(segs, systems, [
      { id: 'in', fromSystemId: 'a', toSystemId: 'b', kind: 'normal' },
      { id: 'out', fromSystemId: 'a', toSystemId: 'c', kind: 'sanitized' },
    ]);
    assert.deepEqual(
      f.map((x) => [x.code, x.connectionId]),
      [['segments.isolated_connection', 'out']],
    );
    assert.deepEqual(f[0].systemIds, ['a', 'c']);
  });

  test('[R-C3] a system in an MFA-required segment without multi-factor sign-in is flagged', () => {
    const f = checkSegments(segs, [sys('a', 'my', false), sys('b', 'lg', false)], []);
    assert.deepEqual(
      f.map((x) => [x.code, x.systemIds[0]]),
      [['segments.mfa_missing', 'a']],
    );
  });

  test('[R-C4] LGWAN to Internet is flagged unless it passes 無害化通信', () => {
    const systems = [sys('l', 'lg'), sys('i', 'net')];
    for (const kind of ['normal', 'file_transfer', 'screen_transfer'] as const) {
      const f = checkSegments(segs, systems, [{ id: 'c', fromSystemId: 'i', toSystemId: 'l', kind }]);
      assert.equal(f[0]?.code, 'segments.unsanitized_crossing', kind);
      assert.equal(f[0].requirement, 'R-C4');
    }
    assert.deepEqual(
      checkSegments(segs, systems, [{ id: 'c', fromSystemId: 'l', toSystemId: 'i', kind: 'sanitized' }]),
      [],
    );
  });

  test('[R-C2] an Internet-facing segment without monitoring is flagged', () => {
    const unmonitored = [seg('net', { internetFacing: true })];
    const f = checkSegments(unmonitored, [sys('w', 'net')], []);
    assert.deepEqual(
      f.map((x) => [x.code, x.systemIds]),
      [['segments.monitoring_missing', ['w']]],
    );
    assert.deepEqual(checkSegments(segs, [], []), []);
  });

  test('[R-C1] a system without a segment, or without dedicated terminals where the segment needs them, is flagged', () => {
    const f = checkSegments([seg('lg', { dedicatedTerminals: true })], [sys('x', null), sys('y', 'lg')], []);
    assert.deepEqual(
      f.map((x) => x.code),
      ['segments.no_segment', 'segments.dedicated_terminal_missing'],
    );
  });
});

describe('segment proposals', () => {
  test('[R-C1] seed 001 proposes its segments with the clauses that set their rules', () => {
    const a = analyzePolicy(readFileSync('samples/policies/001-hagi-nagato-seiso.txt', 'utf8'), {
      omitOriginal: true,
    });
    const p = segmentProposals(a, new Set(['LGWAN接続系']));
    const lg = p.find((x) => x.title === 'LGWAN接続系');
    const net = p.find((x) => x.title === 'インターネット接続系');
    assert.ok(lg && net);
    assert.equal(lg.alreadyPresent, true);
    assert.equal(lg.clausePath, '第2章/3./①');
    assert.equal((lg.payload as { dedicatedTerminals: boolean }).dedicatedTerminals, true);
    assert.equal((net.payload as { internetFacing: boolean }).internetFacing, true);
    assert.equal(net.clausePath, '第1章/6./(3)/(イ)');
  });

  test('[R-P1] a sentence that sets several rules of a segment is shown once in its proposal', () => {
    const a = analyzePolicy(readFileSync('samples/policies/004-okayama-kyosai.txt', 'utf8'), {
      omitOriginal: true,
    });
    const my = segmentProposals(a, new Set()).find((x) => x.title === 'マイナンバー利用事務系');
    assert.ok(my);
    const rules = (my.payload as { rules: unknown[] }).rules;
    const lines = my.detail.split('\n');
    assert.ok(rules.length > lines.length, 'several rules come from one sentence');
    assert.equal(new Set(lines).size, lines.length, 'each sentence once');
  });

  test('[R-P1] a segment the text names without setting a rule links to the clause that names it', () => {
    const a = analyzePolicy(
      [
        '霞ヶ浦町情報セキュリティ対策基準',
        '',
        '第1条（目的）',
        'この基準は、情報資産を守るための基準を定める。',
        '',
        '第2条（ネットワーク）',
        '本町のネットワークは、LGWAN（総合行政ネットワーク）接続系とインターネット接続系に分ける。',
        '',
      ].join('\n'),
      { omitOriginal: true },
    );
    const p = segmentProposals(a, new Set());
    assert.deepEqual(
      p.map((x) => [x.title, x.clausePath]),
      [
        ['LGWAN接続系', '第2条'],
        ['インターネット接続系', '第2条'],
      ],
    );
  });
});
