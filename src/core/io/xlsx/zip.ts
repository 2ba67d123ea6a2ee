import { unzipSync } from 'fflate';
import { err, ok, type Result } from '../../result';

/** Limits that keep a hostile archive from exhausting the worker (zip bombs). */
export const ZIP_LIMITS = {
  maxEntries: 10_000,
  maxEntryBytes: 512 * 1024 * 1024,
  maxTotalBytes: 1024 * 1024 * 1024,
  /** Above this size an entry must not inflate more than `maxRatio` times. */
  ratioCheckFrom: 16 * 1024 * 1024,
  maxRatio: 200,
} as const;

export type ZipProblem =
  | { readonly kind: 'not-a-zip' }
  | { readonly kind: 'too-many-entries'; readonly entries: number }
  | { readonly kind: 'entry-too-large'; readonly name: string; readonly bytes: number }
  | { readonly kind: 'suspicious-ratio'; readonly name: string; readonly ratio: number }
  | { readonly kind: 'encrypted' };

/**
 * Extracts the named entries from a ZIP archive. Sizes are checked against
 * {@link ZIP_LIMITS} from the central directory before anything is inflated,
 * and inflation writes into a buffer of the declared size, so a lying header
 * truncates output instead of growing memory.
 */
export function extractEntries(data: Uint8Array, wanted: (name: string) => boolean): Result<Map<string, Uint8Array>, ZipProblem> {
  let entries = 0;
  let total = 0;
  let problem: ZipProblem | null = null;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(data, {
      filter(file) {
        entries++;
        if (problem !== null) return false;
        if (entries > ZIP_LIMITS.maxEntries) {
          problem = { kind: 'too-many-entries', entries };
          return false;
        }
        if (!wanted(file.name)) return false;
        if (file.originalSize > ZIP_LIMITS.maxEntryBytes) {
          problem = { kind: 'entry-too-large', name: file.name, bytes: file.originalSize };
          return false;
        }
        const ratio = file.originalSize / Math.max(1, file.size);
        if (file.originalSize > ZIP_LIMITS.ratioCheckFrom && ratio > ZIP_LIMITS.maxRatio) {
          problem = { kind: 'suspicious-ratio', name: file.name, ratio: Math.round(ratio) };
          return false;
        }
        total += file.originalSize;
        if (total > ZIP_LIMITS.maxTotalBytes) {
          problem = { kind: 'entry-too-large', name: file.name, bytes: total };
          return false;
        }
        return true;
      },
    });
  } catch {
    return err(looksEncrypted(data) ? { kind: 'encrypted' } : { kind: 'not-a-zip' });
  }
  if (problem !== null) return err(problem);
  const out = new Map<string, Uint8Array>();
  for (const name of Object.keys(files)) out.set(name, files[name]!);
  return ok(out);
}

/** Password-protected OOXML files are OLE containers, not ZIPs; a ZIP can also flag encryption per entry. */
function looksEncrypted(data: Uint8Array): boolean {
  return data.length > 8 && (data[6]! & 1) === 1;
}
