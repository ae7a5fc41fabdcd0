import { onFirstUse } from '../../shared/on-first-use.ts';

const PERIOD = 30;
// Loaded at the first second-factor step, not at start.
const otplib = () => import('otplib');
// The QR code of an enrolment: qrcode's encoder and its SVG writer only (`QRCode.toString(…, { type:
// 'svg' })` does exactly these two steps; the package's entry also loads its PNG and terminal writers).
const QR_OPTIONS = { type: 'svg', margin: 1, errorCorrectionLevel: 'M' } as const;
const qrEncoder = onFirstUse<{ create(text: string, opts: object): unknown }>('qrcode/lib/core/qrcode.js');
const qrSvgWriter = onFirstUse<{ render(qr: unknown, opts: object): string }>(
  'qrcode/lib/renderer/svg-tag.js',
);

/** The QR code of a text as an SVG document (as `QRCode.toString(text, QR_OPTIONS)` writes it). */
export function qrSvg(text: string): string {
  return qrSvgWriter().render(qrEncoder().create(text, QR_OPTIONS), QR_OPTIONS);
}

/** A new TOTP secret and its otpauth URI and QR code (SVG) for authenticator apps. */
export async function newTotp(
  issuer: string,
  label: string,
): Promise<{ secret: string; uri: string; qrSvg: string }> {
  const { generateSecret, generateURI } = await otplib();
  const secret = generateSecret();
  const uri = generateURI({ issuer, label, secret });
  return { secret, uri, qrSvg: qrSvg(uri) };
}

/**
 * Checks a 6-digit code, allowing one step of clock drift. Returns the time step used so the
 * caller can refuse a replay of the same code (last_step).
 */
export async function checkTotp(secret: string, code: string, lastStep: number): Promise<number | null> {
  if (!/^\d{6}$/.test(code)) return null;
  const r = (await otplib()).verifySync({ secret, token: code, epochTolerance: PERIOD });
  if (!r.valid) return null;
  const step = Math.floor(Date.now() / 1000 / PERIOD) + r.delta;
  if (step <= lastStep) return null;
  return step;
}
