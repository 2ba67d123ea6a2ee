import { createReadStream, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { ByteSource } from '../core/session/byte-source';

/** A file on disk as a byte source, streamed in 1 MiB chunks. */
export function nodeFileSource(path: string): ByteSource {
  const size = statSync(path).size;
  return {
    name: basename(path),
    size,
    async *chunks() {
      for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
        const buf = chunk as Buffer;
        yield new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
      }
    },
    async bytes() {
      const buf = await readFile(path);
      return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
    },
  };
}
