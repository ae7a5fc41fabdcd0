/** Bytes → text: UTF-8 (with or without BOM, or UTF-16 with BOM) or Shift_JIS/CP932. */
import type Iconv from 'iconv-lite';
import { onFirstUse } from '../../../shared/on-first-use.ts';

import { PolicyInputError } from './errors.ts';

const iconvLite = onFirstUse<typeof Iconv>('iconv-lite');

/** Upper bound on input size; larger files are refused before any parsing. */
export const MAX_POLICY_BYTES = 5 * 1024 * 1024;

/** True when the bytes are valid UTF-8 (a truncated final sequence counts as valid). */
function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Share of characters that are control characters other than tab/newline: binary data has many. */
function controlRatio(text: string): number {
  if (text.length === 0) return 0;
  let bad = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0xfffd) bad++;
  }
  return bad / text.length;
}

/** Decodes a text file, detecting UTF-8/UTF-16 BOMs and falling back to CP932 (Shift_JIS). */
export function decodeText(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new PolicyInputError('policy.empty');
  if (bytes.length > MAX_POLICY_BYTES) throw new PolicyInputError('policy.too_large');
  let text: string;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    text = new TextDecoder('utf-8').decode(bytes.subarray(3));
  } else if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
  } else if (isUtf8(bytes)) {
    text = new TextDecoder('utf-8').decode(bytes);
  } else {
    text = iconvLite().decode(Buffer.from(bytes), 'cp932');
  }
  if (text.includes('\u0000') || controlRatio(text) > 0.01) throw new PolicyInputError('policy.binary');
  if (text.trim().length === 0) throw new PolicyInputError('policy.empty');
  return text.replace(/\r\n?/g, '\n');
}
