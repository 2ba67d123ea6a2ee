import { bomLength, findInvalidUtf8, type TextEncodingName } from './encoding';

/**
 * Windows-1252 bytes 0x80..0x9F. Node's own decoder maps them to C1 controls
 * (nodejs/node#56542), so Ferry carries the table and decodes this code page
 * itself, identically in browsers and in Node.
 */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8d, 0x017d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x9d, 0x017e, 0x0178,
];

function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const codes = new Uint16Array(Math.min(bytes.length, 8192));
  for (let start = 0; start < bytes.length; start += codes.length) {
    const end = Math.min(bytes.length, start + codes.length);
    for (let i = start; i < end; i++) {
      const b = bytes[i]!;
      codes[i - start] = b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80]! : b;
    }
    parts.push(String.fromCharCode.apply(null, codes.subarray(0, end - start) as unknown as number[]));
  }
  return parts.join('');
}

/** Raised when bytes declared (or guessed) as UTF-8 are not. */
export class InvalidUtf8Error extends Error {
  readonly code = 'invalid-utf8';
  constructor(readonly byteOffset: number) {
    super(`Invalid UTF-8 at byte ${byteOffset}`);
    this.name = 'InvalidUtf8Error';
  }
}

export interface StreamDecoder {
  /** Decodes the next chunk. Multi-byte characters may straddle chunks. */
  push(chunk: Uint8Array): string;
  /** Flushes what is left at the end of the input. */
  end(): string;
}

/**
 * A streaming decoder. The byte-order mark is dropped; UTF-8 is decoded
 * strictly (an invalid byte raises {@link InvalidUtf8Error} with its offset)
 * so a wrong guess is never turned silently into U+FFFD.
 */
export function createDecoder(encoding: TextEncodingName): StreamDecoder {
  let offset = 0;
  let first = true;
  if (encoding === 'windows-1252') {
    return {
      push(chunk) {
        return decodeWindows1252(chunk);
      },
      end: () => '',
    };
  }
  const decoder = new TextDecoder(encoding, { fatal: encoding === 'utf-8', ignoreBOM: true });
  const strip = (chunk: Uint8Array) => {
    if (!first) return chunk;
    first = false;
    const n = bomLength(chunk, encoding);
    offset += n;
    return n > 0 ? chunk.subarray(n) : chunk;
  };
  return {
    push(chunk) {
      const body = strip(chunk);
      try {
        const text = decoder.decode(body, { stream: true });
        offset += body.length;
        return text;
      } catch {
        throw new InvalidUtf8Error(offset + Math.max(0, findInvalidUtf8(body, false)));
      }
    },
    end() {
      try {
        return decoder.decode();
      } catch {
        throw new InvalidUtf8Error(offset);
      }
    },
  };
}
