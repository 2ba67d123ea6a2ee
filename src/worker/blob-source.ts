import type { ByteSource } from '../core/session/byte-source';

/** A browser File or Blob as a byte source: streamed in chunks, re-readable. */
export function blobSource(blob: Blob, name: string): ByteSource {
  return {
    name,
    size: blob.size,
    async *chunks() {
      if (typeof blob.stream !== 'function') {
        // Environments without Blob streams (jsdom): one chunk, still through the streaming decoder.
        yield await wholeBlob(blob);
        return;
      }
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
    bytes: () => wholeBlob(blob),
  };
}

/** All of a Blob's bytes (FileReader where Blob.arrayBuffer is missing, as in jsdom). */
function wholeBlob(blob: Blob): Promise<Uint8Array> {
  if (typeof blob.arrayBuffer === 'function') return blob.arrayBuffer().then((b) => new Uint8Array(b));
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read'));
    reader.readAsArrayBuffer(blob);
  });
}
