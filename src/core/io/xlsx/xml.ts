/**
 * A small, forgiving scanner for the parts of OOXML that Ferry reads. It
 * yields tags and text in document order; namespace prefixes are dropped
 * (`x:c` is `c`), entities and `_xHHHH_` escapes are decoded by the callers
 * that need text. No DTDs, no external entities: nothing is ever fetched or
 * expanded beyond the five XML entities and numeric references.
 */

export interface XmlTag {
  readonly name: string;
  readonly closing: boolean;
  readonly selfClosing: boolean;
  /** Raw attribute text; read it with {@link attr}. */
  readonly attrs: string;
  /** Offset just after the tag's '>'. */
  readonly end: number;
}

const TAG = /<(\/?)(?:[A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>/y;

/** Iterates the tags of `xml`, skipping comments, processing instructions and CDATA markers. */
export function* tags(xml: string, from = 0): Generator<XmlTag> {
  let scanFrom = from;
  for (;;) {
    const lt = xml.indexOf('<', scanFrom);
    if (lt === -1) return;
    const next = xml.charCodeAt(lt + 1);
    if (next === 33 /* ! */ || next === 63 /* ? */) {
      const close = xml.startsWith('<!--', lt) ? xml.indexOf('-->', lt) : xml.indexOf('>', lt);
      if (close === -1) return;
      scanFrom = close + 1;
      continue;
    }
    TAG.lastIndex = lt;
    const m = TAG.exec(xml);
    if (m === null) return;
    const end = TAG.lastIndex;
    yield { name: m[2]!, closing: m[1] === '/', selfClosing: m[4] === '/', attrs: m[3]!, end };
    TAG.lastIndex = end;
    scanFrom = end;
  }
}

/** Value of attribute `name` (a plain word), whatever namespace prefix it carries. */
const attrPatterns = new Map<string, RegExp>();

export function attr(attrs: string, name: string): string | undefined {
  let re = attrPatterns.get(name);
  if (re === undefined) {
    re = new RegExp(`(?:^|\\s)(?:[\\w.-]+:)?${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`);
    attrPatterns.set(name, re);
  }
  const m = re.exec(attrs);
  if (m === null) return undefined;
  return decodeEntities(m[1] ?? m[2] ?? '');
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes the five XML entities and numeric character references. */
export function decodeEntities(text: string): string {
  if (text.indexOf('&') === -1) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (whole, ref: string) => {
    if (ref[0] === '#') {
      const cp = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(cp) && cp <= 0x10ffff ? String.fromCodePoint(cp) : whole;
    }
    return NAMED[ref] ?? whole;
  });
}

/** Decodes OOXML's `_xHHHH_` escapes (ST_Xstring), e.g. `_x000D_` for a carriage return. */
export function decodeOoxmlEscapes(text: string): string {
  if (text.indexOf('_x') === -1) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** Text content between offset `from` and the next '<'. */
export function textUntilTag(xml: string, from: number): string {
  const lt = xml.indexOf('<', from);
  return xml.slice(from, lt === -1 ? xml.length : lt);
}
