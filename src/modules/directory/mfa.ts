/** Whether an OpenID provider's sign-in counts as multi-factor (RFC 8176 amr values, or the body's acr values). */

// RFC 8176 methods by the kind of factor they prove.
const KNOWLEDGE = new Set(['pwd', 'pin', 'kba']);
const POSSESSION = new Set(['otp', 'hwk', 'swk', 'sms', 'tel', 'sc', 'pop']);
const INHERENCE = new Set(['fpt', 'face', 'iris', 'retina', 'vbm']);

/**
 * True when the provider asserts multi-factor sign-in: an amr value the body lists (default mfa,
 * mca), methods of two different kinds (password and one-time code, key and PIN…), or an acr
 * value the body lists (a Keycloak level, a URN).
 */
export function providerAssertsMfa(
  claims: { amr?: unknown; acr?: unknown },
  cfg: { mfaAmr: string[]; mfaAcr: string[] },
): boolean {
  const amr = Array.isArray(claims.amr) ? claims.amr.filter((v): v is string => typeof v === 'string') : [];
  if (amr.some((m) => cfg.mfaAmr.includes(m))) return true;
  const kinds = [KNOWLEDGE, POSSESSION, INHERENCE].filter((k) => amr.some((m) => k.has(m))).length;
  if (kinds >= 2) return true;
  return typeof claims.acr === 'string' && cfg.mfaAcr.includes(claims.acr);
}
