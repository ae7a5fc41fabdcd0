import assert from 'node:assert/strict';
import { test } from 'node:test';
import QRCode from 'qrcode';
import { newTotp, qrSvg } from './totp.ts';

test('the enrolment QR code is the SVG qrcode itself writes, for short and long texts', async () => {
  const opts = { type: 'svg', margin: 1, errorCorrectionLevel: 'M' } as const;
  for (const text of [
    'a',
    `otpauth://totp/mamori:${'長い名前'.repeat(20)}?secret=${'A'.repeat(32)}&issuer=mamori`,
  ]) {
    const ours = qrSvg(text);
    assert.match(ours, /^<svg /);
    assert.equal(ours, await QRCode.toString(text, opts));
  }
  const t = await newTotp('mamori', 'admin');
  assert.equal(t.qrSvg, await QRCode.toString(t.uri, opts));
});
