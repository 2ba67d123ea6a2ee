/**
 * Byte-level sniffing: what kind of container a file is, and which text
 * encoding its bytes are in. Everything here looks at a prefix of the file;
 * the decoder in `decode.ts` confirms the guess over the whole file.
 */

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
export const TEXT_ENCODINGS: readonly TextEncodingName[] = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1252'];

export type EncodingEvidence =
  | 'bom' // a byte-order mark says so
  | 'utf16-pattern' // every other byte is NUL
  | 'valid-utf8' // multi-byte sequences decode as UTF-8
  | 'ascii' // only 7-bit bytes seen so far
  | 'invalid-utf8' // bytes that are not UTF-8: the Windows code page is the usual culprit
  | 'override'; // the user chose

export interface EncodingGuess {
  readonly encoding: TextEncodingName;
  readonly bom: boolean;
  readonly evidence: EncodingEvidence;
  /** Byte offset of the first byte that is not UTF-8, when evidence is invalid-utf8. */
  readonly invalidUtf8At?: number;
}

export type ContainerKind = 'empty' | 'text' | 'zip' | 'ole' | 'pdf' | 'gzip' | 'binary';

const startsWith = (bytes: Uint8Array, magic: readonly number[]) =>
  bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);

/** Recognises the file's container from its first bytes, whatever its name says. */
export function detectContainer(prefix: Uint8Array): ContainerKind {
  if (prefix.length === 0) return 'empty';
  if (startsWith(prefix, [0x50, 0x4b, 0x03, 0x04]) || startsWith(prefix, [0x50, 0x4b, 0x05, 0x06])) return 'zip';
  if (startsWith(prefix, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'ole';
  if (startsWith(prefix, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'pdf';
  if (startsWith(prefix, [0x1f, 0x8b])) return 'gzip';
  if (bomOf(prefix) !== null || utf16Pattern(prefix) !== null) return 'text';
  return looksBinary(prefix) ? 'binary' : 'text';
}

function bomOf(bytes: Uint8Array): TextEncodingName | null {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return 'utf-8';
  if (startsWith(bytes, [0xff, 0xfe])) return 'utf-16le';
  if (startsWith(bytes, [0xfe, 0xff])) return 'utf-16be';
  return null;
}

/** UTF-16 without a BOM: mostly-ASCII text leaves NUL in every other byte. */
function utf16Pattern(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > pairs * 0.6 && evenNul < pairs * 0.05) return 'utf-16le';
  if (evenNul > pairs * 0.6 && oddNul < pairs * 0.05) return 'utf-16be';
  return null;
}

/**
 * A text file has no NUL bytes and almost no C0 control characters besides
 * tab, line feed, form feed and carriage return.
 */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let nul = 0;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) nul++;
    else if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d && b !== 0x1b) control++;
  }
  return nul > 8 || nul + control > n * 0.02;
}

/**
 * Offset of the first byte that breaks UTF-8, or -1. A sequence cut off by
 * the end of the buffer is not an error unless `complete` says the buffer is
 * the whole file.
 */
export function findInvalidUtf8(bytes: Uint8Array, complete: boolean): number {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else return i;
    let cp = b & (need === 1 ? 0x1f : need === 2 ? 0x0f : 0x07);
    for (let k = 1; k <= need; k++) {
      if (i + k >= n) return complete ? i : -1;
      const c = bytes[i + k]!;
      if ((c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/**
 * Guesses the text encoding from a prefix of the file. `complete` says the
 * prefix is the whole file (so a truncated sequence at its end is an error).
 */
export function sniffEncoding(prefix: Uint8Array, complete: boolean): EncodingGuess {
  const bom = bomOf(prefix);
  if (bom !== null) return { encoding: bom, bom: true, evidence: 'bom' };
  const utf16 = utf16Pattern(prefix);
  if (utf16 !== null) return { encoding: utf16, bom: false, evidence: 'utf16-pattern' };
  const invalidAt = findInvalidUtf8(prefix, complete);
  if (invalidAt >= 0) return { encoding: 'windows-1252', bom: false, evidence: 'invalid-utf8', invalidUtf8At: invalidAt };
  let ascii = true;
  for (let i = 0; i < prefix.length; i++) {
    if (prefix[i]! >= 0x80) {
      ascii = false;
      break;
    }
  }
  return { encoding: 'utf-8', bom: false, evidence: ascii ? 'ascii' : 'valid-utf8' };
}

/** Length of the byte-order mark at the start of `bytes` for `encoding` (0 when absent). */
export function bomLength(bytes: Uint8Array, encoding: TextEncodingName): number {
  const bom = bomOf(bytes);
  if (bom !== encoding) return 0;
  return bom === 'utf-8' ? 3 : 2;
}
