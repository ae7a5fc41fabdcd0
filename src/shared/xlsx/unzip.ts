/**
 * Reads the wanted entries of a ZIP archive (an .xlsx) with a hard cap on what inflates: a zip bomb
 * stops at the cap instead of filling memory. Sizes in the archive's headers are not trusted; the
 * bytes actually inflated are counted as they come.
 */
import type * as Fflate from 'fflate';
import type { UnzipFile } from 'fflate';
import { FileFormatError } from '../file-error.ts';
import { onFirstUse } from '../on-first-use.ts';

const fflate = onFirstUse<typeof Fflate>('fflate');

/** Limits for one archive. */
export interface UnzipLimits {
  /** Most bytes all wanted entries may inflate to together. */
  maxBytes: number;
  /** Most entries the archive may hold. */
  maxEntries: number;
}

const CHUNK = 64 * 1024;

/** The wanted entries of the archive as bytes, keyed by path; throws FileFormatError over a limit. */
export function unzipEntries(
  zip: Uint8Array,
  wanted: (name: string) => boolean,
  limits: UnzipLimits,
): Map<string, Uint8Array> {
  if (zip.length < 4 || zip[0] !== 0x50 || zip[1] !== 0x4b) throw new FileFormatError('xlsx.not_xlsx');
  const parts = new Map<string, Uint8Array[]>();
  let total = 0;
  let entries = 0;
  let failure: FileFormatError | null = null;
  const stop = (e: FileFormatError, file?: UnzipFile) => {
    failure ??= e;
    file?.terminate();
  };
  const unzip = new (fflate().Unzip)((file) => {
    entries++;
    if (entries > limits.maxEntries) return stop(new FileFormatError('xlsx.too_many_entries'));
    if (!wanted(file.name) || failure) return;
    if (file.compression !== 0 && file.compression !== 8)
      return stop(new FileFormatError('xlsx.unsupported_compression'));
    const chunks: Uint8Array[] = [];
    parts.set(file.name, chunks);
    file.ondata = (err, data) => {
      if (failure) return;
      if (err) return stop(new FileFormatError('xlsx.corrupt'), file);
      total += data.length;
      if (total > limits.maxBytes)
        return stop(
          new FileFormatError('xlsx.too_large', { mb: Math.round(limits.maxBytes / 1048576) }),
          file,
        );
      chunks.push(data);
    };
    file.start();
  });
  unzip.register(fflate().UnzipInflate);
  try {
    for (let i = 0; i < zip.length && !failure; i += CHUNK) {
      unzip.push(zip.subarray(i, i + CHUNK), i + CHUNK >= zip.length);
    }
  } catch {
    failure ??= new FileFormatError('xlsx.corrupt');
  }
  if (failure) throw failure;
  const out = new Map<string, Uint8Array>();
  for (const [name, chunks] of parts) out.set(name, Buffer.concat(chunks));
  return out;
}
