import type { MessageContext } from './types';

/** Reading an issue's params into message text, the same way in every language. */
export const list = (v: unknown) => (Array.isArray(v) ? v.join(', ') : String(v ?? ''));

/** Field keys in `params[key]` as the target's labels. */
export const labels = (c: MessageContext, key: string) => (Array.isArray(c.params[key]) ? (c.params[key] as string[]).map(c.labelOf).join(', ') : '');

/** The first five line numbers in `params.lines`, then how many more (worded by `more`). */
export const lines = (c: MessageContext, more: (n: number) => string) => {
  const l = c.params['lines'];
  if (!Array.isArray(l)) return '';
  const shown = l.slice(0, 5).join(', ');
  return l.length > 5 ? `${shown} ${more(l.length - 5)}` : shown;
};
