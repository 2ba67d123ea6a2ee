/** Where a file's bytes come from: a browser File, a Node file, a pasted string. Readable more than once. */
export interface ByteSource {
  readonly name: string;
  readonly size: number;
  /** Streams the bytes from the start, in chunks of any size. */
  chunks(): AsyncIterable<Uint8Array>;
  /** All bytes at once (for ZIP-based formats). */
  bytes(): Promise<Uint8Array>;
}

/** A source over bytes already in memory, cut into chunks of `chunkSize` (tests use small ones). */
export function memorySource(name: string, data: Uint8Array, chunkSize = 1 << 20): ByteSource {
  return {
    name,
    size: data.length,
    async *chunks() {
      for (let i = 0; i < data.length; i += chunkSize) yield data.subarray(i, Math.min(data.length, i + chunkSize));
    },
    bytes: () => Promise.resolve(data),
  };
}

/** Text pasted from a spreadsheet (tab-separated), as UTF-8 bytes. */
export function pastedSource(text: string): ByteSource {
  return memorySource('pasted.tsv', new TextEncoder().encode(text));
}
