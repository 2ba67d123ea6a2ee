import { z } from 'zod';
import { err, ok, type Result } from '../result';
import { checkTargetFile, type TargetProblem } from '../schema/check-target';
import { targetFileSchema, type Target, type TargetFile } from '../schema/target';
import billing from './billing.json' with { type: 'json' };
import efimis from './efimis.json' with { type: 'json' };
import upflow from './upflow.json' with { type: 'json' };
import zencase from './zencase.json' with { type: 'json' };
import zenskar from './zenskar.json' with { type: 'json' };

/** The built-in target files, as shipped (one file per system, one target per importable entity). */
const BUILT_IN_FILES: readonly unknown[] = [zencase, upflow, zenskar, billing, efimis];

export type TargetFileError =
  | { readonly kind: 'not-json'; readonly message: string }
  | { readonly kind: 'shape'; readonly issues: readonly { path: string; message: string }[] }
  | { readonly kind: 'rules'; readonly problems: readonly TargetProblem[] };

/** Parses and checks a target file (built-in or user-made). */
export function parseTargetFile(input: unknown, knownTargets: ReadonlySet<string> = new Set()): Result<TargetFile, TargetFileError> {
  const parsed = targetFileSchema.safeParse(input);
  if (!parsed.success) {
    return err({ kind: 'shape', issues: parsed.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message })) });
  }
  const problems = checkTargetFile(parsed.data, knownTargets);
  return problems.length > 0 ? err({ kind: 'rules', problems }) : ok(parsed.data);
}

/** Parses a target file from JSON text. */
export function parseTargetFileText(text: string, knownTargets?: ReadonlySet<string>): Result<TargetFile, TargetFileError> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return err({ kind: 'not-json', message: e instanceof Error ? e.message : String(e) });
  }
  return parseTargetFile(json, knownTargets);
}

/** A target and the file it came from. */
export interface RegisteredTarget {
  readonly target: Target;
  readonly file: TargetFile;
  readonly builtIn: boolean;
}

/** Built-in targets plus any the user added; ids are unique across both. */
export class TargetRegistry {
  private readonly entries = new Map<string, RegisteredTarget>();

  static builtIn(): TargetRegistry {
    const registry = new TargetRegistry();
    const ids = new Set(BUILT_IN_FILES.flatMap((f) => z.object({ targets: z.array(z.object({ id: z.string() })) }).parse(f).targets.map((t) => t.id)));
    for (const raw of BUILT_IN_FILES) {
      const parsed = parseTargetFile(raw, ids);
      if (!parsed.ok) throw new Error(`Built-in target file is invalid: ${JSON.stringify(parsed.error)}`);
      registry.add(parsed.value, true);
    }
    return registry;
  }

  add(file: TargetFile, builtIn: boolean): void {
    for (const target of file.targets) this.entries.set(target.id, { target, file, builtIn });
  }

  /** Removes a user-added file's targets (built-ins stay). */
  removeFile(fileId: string): void {
    for (const [id, e] of this.entries) if (!e.builtIn && e.file.id === fileId) this.entries.delete(id);
  }

  get(id: string): RegisteredTarget | undefined {
    return this.entries.get(id);
  }

  ids(): ReadonlySet<string> {
    return new Set(this.entries.keys());
  }

  list(): RegisteredTarget[] {
    return [...this.entries.values()];
  }
}
