import { generateSecret, generateURI, verifySync } from 'otplib';

const PERIOD = 30;

/** A new TOTP secret and its otpauth URI and QR code (SVG) for authenticator apps. */
export async function newTotp(
  issuer: string,
  label: string,
): Promise<{ secret: string; uri: string; qrSvg: string }> {
  const secret = generateSecret();
  const uri = generateURI({ issuer, label, secret });
  const QRCode = (await import('qrcode')).default; // on first use only
  const qrSvg = await QRCode.toString(uri, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
  return { secret, uri, qrSvg };
}

/**
 * Checks a 6-digit code, allowing one step of clock drift. Returns the time step used so the
 * caller can refuse a replay of the same code (last_step).
 */
export function checkTotp(secret: string, code: string, lastStep: number): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  const r = verifySync({ secret, token: code, epochTolerance: PERIOD });
  if (!r.valid) return null;
  const step = Math.floor(Date.now() / 1000 / PERIOD) + r.delta;
  if (step <= lastStep) return null;
  return step;
}
