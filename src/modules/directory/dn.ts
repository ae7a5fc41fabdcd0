/** Reading distinguished names (RFC 4514) without a server: split into RDNs and find a person's unit. */

export interface Rdn {
  type: string;
  value: string;
}

function unescapeValue(raw: string): string {
  const bytes: number[] = [];
  const enc = new TextEncoder();
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i];
    if (ch === '\\' && i + 1 < raw.length) {
      const hex = raw.slice(i + 1, i + 3);
      if (/^[0-9a-fA-F]{2}$/.test(hex)) {
        bytes.push(Number.parseInt(hex, 16));
        i += 2;
      } else {
        bytes.push(...enc.encode(raw[i + 1]));
        i += 1;
      }
    } else {
      bytes.push(...enc.encode(ch));
    }
  }
  return new TextDecoder().decode(new Uint8Array(bytes)).trim();
}

/** Splits a DN into its RDNs (first = the entry itself); multi-valued RDNs keep their first part. */
export function parseDn(dn: string): Rdn[] {
  const parts: string[] = [];
  let current = '';
  for (let i = 0; i < dn.length; i++) {
    const ch = dn[i];
    if (ch === '\\' && i + 1 < dn.length) {
      current += ch + dn[i + 1];
      i++;
    } else if (ch === ',' || ch === ';') {
      parts.push(current);
      current = '';
    } else {
      current += ch;
    }
  }
  if (current.trim()) parts.push(current);
  return parts
    .map((p) => {
      const first = p.split(/(?<!\\)\+/)[0];
      const eq = first.indexOf('=');
      if (eq < 0) return null;
      return { type: first.slice(0, eq).trim().toLowerCase(), value: unescapeValue(first.slice(eq + 1)) };
    })
    .filter((r): r is Rdn => r !== null);
}

/** A DN in a comparable form: types lower-cased, values unescaped and lower-cased. */
export function normalizeDn(dn: string): string {
  return parseDn(dn)
    .map((r) => `${r.type}=${r.value.toLowerCase()}`)
    .join(',');
}

/**
 * The unit a person's DN places them in: the nearest OU below the search base
 * (uid=tanaka,ou=情報政策課,ou=総務部,ou=people,dc=… under ou=people → 情報政策課). Null when there is none.
 */
export function unitFromDn(dn: string, baseDn: string): string | null {
  const rdns = parseDn(dn);
  const base = parseDn(baseDn);
  const below = rdns.slice(1, Math.max(1, rdns.length - base.length));
  return below.find((r) => r.type === 'ou')?.value || null;
}
