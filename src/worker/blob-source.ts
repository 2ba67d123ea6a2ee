import type { ByteSource } from '../core/session/byte-source';

/** A browser File or Blob as a byte source: streamed in chunks, re-readable. */
export function blobSource(blob: Blob, name: string): ByteSource {
  return {
    name,
    size: blob.size,
    async *chunks() {
      const reader = blob.stream().getReader();
      try {
        for (;;) {
          const { done, value } = await reader.read();
          if (done) return;
          yield value;
        }
      } finally {
        reader.releaseLock();
      }
    },
    async bytes() {
      return new Uint8Array(await blob.arrayBuffer());
    },
  };
}
