const PERIOD = 30;
// Loaded at the first second-factor step, not at start.
const otplib = () => import('otplib');

/** A new TOTP secret and its otpauth URI and QR code (SVG) for authenticator apps. */
export async function newTotp(
  issuer: string,
  label: string,
): Promise<{ secret: string; uri: string; qrSvg: string }> {
  const { generateSecret, generateURI } = await otplib();
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
export async function checkTotp(secret: string, code: string, lastStep: number): Promise<number | null> {
  if (!/^\d{6}$/.test(code)) return null;
  const r = (await otplib()).verifySync({ secret, token: code, epochTolerance: PERIOD });
  if (!r.valid) return null;
  const step = Math.floor(Date.now() / 1000 / PERIOD) + r.delta;
  if (step <= lastStep) return null;
  return step;
}
