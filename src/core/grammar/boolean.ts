import { fold } from '../text/fold';
import { issue } from '../issues';
import { accept, reject, type Read } from './types';

const TRUE = new Set(['yes', 'y', 'true', 't', '1', 'oui', 'o', 'vrai', 'v', 'x', 'on', 'ja', 'j', 'si', 'enabled', 'active', 'checked', '✓', '✔', 'ok']);
const FALSE = new Set(['no', 'n', 'false', 'f', '0', 'non', 'faux', 'off', 'nein', 'disabled', 'inactive', 'unchecked']);

/** Reads yes/no words in English, French, German and Spanish, 1/0, true/false and check marks. Empty is missing, never false. */
export function readBoolean(raw: string, output: { true: string; false: string }): Read {
  const t = raw.trim();
  const key = t === '✓' || t === '✔' ? t : fold(t);
  if (TRUE.has(key)) return accept(output.true);
  if (FALSE.has(key)) return accept(output.false);
  return reject(issue('not-a-boolean'));
}
