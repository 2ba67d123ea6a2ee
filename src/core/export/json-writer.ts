/**
 * JSON written by hand so that numbers keep the exact digits Ferry read
 * ("1234.50" stays 1234.50, a 19-digit id stays whole) and objects built
 * from field paths have no prototype to pollute.
 */

/** A value at the end of a path: a string, a literal (number or boolean text written as is), or null. */
export class JsonLeaf {
  constructor(
    readonly kind: 'string' | 'raw' | 'null',
    readonly text: string,
  ) {}
}
export type JsonNode = JsonLeaf | JsonObject | JsonNode[];
export interface JsonObject {
  [key: string]: JsonNode;
}

export const jsonString = (value: string): JsonLeaf => new JsonLeaf('string', value);
export const jsonRaw = (text: string): JsonLeaf => new JsonLeaf('raw', text);
export const jsonNull: JsonLeaf = new JsonLeaf('null', 'null');

export function newObject(): JsonObject {
  return Object.create(null) as JsonObject;
}

/** Sets `value` at a dotted path ("Addresses.0.Street"), creating objects and arrays on the way. */
export function setPath(root: JsonObject, path: string, value: JsonLeaf): void {
  const parts = path.split('.');
  let node: JsonObject | JsonNode[] = root;
  for (let i = 0; i < parts.length - 1; i++) {
    const part = parts[i]!;
    const nextIsIndex = /^\d+$/.test(parts[i + 1]!);
    const container = node as Record<string, JsonNode>;
    let child = Array.isArray(node) ? node[Number(part)] : container[part];
    if (child === undefined) {
      child = nextIsIndex ? [] : newObject();
      if (Array.isArray(node)) node[Number(part)] = child;
      else container[part] = child;
    }
    node = child as JsonObject | JsonNode[];
  }
  const last = parts[parts.length - 1]!;
  if (Array.isArray(node)) node[Number(last)] = value;
  else node[last] = value;
}

export function serializeJson(node: JsonNode, indent = ''): string {
  if (Array.isArray(node)) {
    if (node.length === 0) return '[]';
    const inner = indent + '  ';
    return `[\n${Array.from(node, (n) => inner + serializeJson(n ?? jsonNull, inner)).join(',\n')}\n${indent}]`;
  }
  if (node instanceof JsonLeaf) return node.kind === 'string' ? JSON.stringify(node.text) : node.text;
  const keys = Object.keys(node);
  if (keys.length === 0) return '{}';
  const inner = indent + '  ';
  return `{\n${keys.map((k) => `${inner}${JSON.stringify(k)}: ${serializeJson(node[k]!, inner)}`).join(',\n')}\n${indent}}`;
}
