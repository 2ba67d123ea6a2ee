import isEmail from 'validator/es/lib/isEmail';
import { issue, warning } from '../issues';
import { accept, reject, type Read } from './types';

const DISPLAY_NAME = /^(.*?)<([^<>]+)>$/;

/**
 * Reads one e-mail address. "mailto:" is dropped; "Name <a@b.c>" keeps the
 * address and says so; several addresses in one cell are refused.
 */
export function readEmail(raw: string): Read {
  let s = raw.trim().replace(/^mailto:/i, '');
  const notes = [];
  const named = DISPLAY_NAME.exec(s);
  if (named !== null) {
    s = named[2]!.trim();
    notes.push(warning('email-display-name-removed', { name: named[1]!.trim().replace(/^"|"$/g, '') }));
  }
  if (/[\s,;]/.test(s) && s.split(/[\s,;]+/).filter((p) => p.includes('@')).length > 1) return reject(issue('multiple-values'));
  if (!isEmail(s, { require_tld: true, allow_ip_domain: false, allow_display_name: false, allow_utf8_local_part: true })) return reject(issue('not-an-email'));
  return accept(s, notes);
}
