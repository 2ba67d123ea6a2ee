import { err, ok } from '../core/result';
import { Session } from '../core/session/session';
import { pastedSource } from '../core/session/byte-source';
import { parseTargetFileText, TargetRegistry, type RegisteredTarget } from '../core/targets/registry';
import { blobSource } from './blob-source';
import type { DownloadFile, Method, Params, Progress, Reply, TargetListing } from './protocol';
import type { ExportedFile } from '../core/export/export';
import { templateCsv } from '../core/export/template';
import type { ByteSource } from '../core/session/byte-source';

/** Lets the worker's message loop run: a cancel or a page request can be handled mid-task. */
const yieldNow = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

const UTF8_BOM = new Uint8Array([0xef, 0xbb, 0xbf]);

function toDownload(f: ExportedFile): DownloadFile {
  const parts: BlobPart[] = f.bom ? [UTF8_BOM, ...f.chunks] : [...f.chunks];
  return { name: f.name, blob: new Blob(parts, { type: `${f.mime};charset=utf-8` }), records: f.records };
}

function listing(e: RegisteredTarget): TargetListing {
  return { target: e.target, system: e.file.system, fileId: e.file.id, builtIn: e.builtIn, source: e.file.source, readings: e.file.readings, version: e.file.version };
}

export interface CallContext {
  readonly progress: (p: Progress) => void;
  readonly isCancelled: () => boolean;
}

/**
 * The worker's side of {@link FerryApi}: a Session over a target registry.
 * No postMessage here (the entry does that); the in-thread client calls it
 * directly in tests and where workers are unavailable.
 */
export class FerryHandler {
  private readonly registry = TargetRegistry.builtIn();
  private readonly session = new Session(this.registry);
  private source: ByteSource | null = null;
  /** Bumped whenever the dataset, header or validation changes. */
  version = 0;

  async call<M extends Method>(method: M, params: Params<M>, ctx: CallContext): Promise<Awaited<Reply<M>>> {
    const impl = this.methods[method] as unknown as (p: Params<M>, ctx: CallContext) => Promise<Awaited<Reply<M>>> | Awaited<Reply<M>>;
    return impl(params, ctx);
  }

  private async read(source: ByteSource, options: Params<'open'>['options'], ctx: CallContext) {
    const result = await this.session.open(source, options, {
      onProgress: (p) => ctx.progress({ stage: 'reading', done: p.bytesRead, total: p.bytesTotal, rows: p.records }),
      isCancelled: ctx.isCancelled,
      yieldNow,
    });
    if (result.ok) {
      this.source = source;
      this.version++;
    }
    return result;
  }

  private readonly methods: { [M in Method]: (p: Params<M>, ctx: CallContext) => Promise<Awaited<Reply<M>>> | Awaited<Reply<M>> } = {
    open: (p, ctx) => this.read(blobSource(p.source, p.name), p.options, ctx),
    openText: (p, ctx) => this.read({ ...pastedSource(p.text), name: p.name }, {}, ctx),
    reopen: async (p, ctx) => (this.source === null ? err({ kind: 'no-file' as const }) : this.read(this.source, p.options, ctx)),
    setHeader: (p) => {
      const r = this.session.setHeaderRecord(p.record);
      if (r.ok) this.version++;
      return r;
    },
    rawRecords: (p) => this.session.rawRecords(p.offset, p.limit),
    listTargets: () => this.registry.list().map(listing),
    addTargetFile: (p) => {
      const parsed = parseTargetFileText(p.text, this.registry.ids());
      if (!parsed.ok) return parsed;
      const clash = parsed.value.targets.find((t) => this.registry.get(t.id)?.builtIn === true);
      if (clash !== undefined) return err({ kind: 'rules' as const, problems: [{ target: clash.id, path: 'id', message: `"${clash.id}" is a built-in target's id; choose another` }] });
      this.registry.removeFile(parsed.value.id);
      this.registry.add(parsed.value, false);
      return ok(this.registry.list().map(listing));
    },
    removeTargetFile: (p) => {
      this.registry.removeFile(p.fileId);
      return this.registry.list().map(listing);
    },
    suggestTargets: () => this.session.suggestTargets(),
    template: (p) => {
      const entry = this.registry.get(p.targetId);
      return entry === undefined ? null : templateCsv(entry.target, p.example);
    },
    proposeMapping: (p) => this.session.proposeMapping(p.targetId, p.profile, p.learned),
    fieldValues: (p) => {
      const entry = this.registry.get(p.targetId);
      return entry === undefined ? { field: p.field, kind: 'list', values: [], distinct: 0 } : this.session.fieldValues(entry.target, p.source, p.field, p.valueMap, p.options);
    },
    validate: async (p, ctx) => {
      const total = this.session.getDataset()?.rowCount ?? 0;
      const r = await this.session.validate(p.mapping, {
        onProgress: (done) => ctx.progress({ stage: 'validating', done, total, rows: done }),
        isCancelled: ctx.isCancelled,
        yieldNow,
      });
      if (r.ok) this.version++;
      return r;
    },
    rows: (p) => this.session.rows(p.offset, p.limit, p.filter),
    exportFiles: (p) => {
      const r = this.session.export(p.request);
      if (!r.ok) return r;
      const e = r.value;
      return ok({ data: e.data.map(toDownload), report: toDownload(e.report), rejected: toDownload(e.rejected), summary: e.summary });
    },
  };
}
