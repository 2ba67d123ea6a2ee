import type { IssueCode, IssueParams } from '../issues';

export type Locale = 'en' | 'fr';
export const LOCALES: readonly Locale[] = ['en', 'fr'];

/** What a message may say about an issue, besides its params. */
export interface MessageContext {
  /** Label of the field the issue is on, or null for a row-level issue. */
  readonly field: string | null;
  readonly value: string;
  readonly params: IssueParams;
  /** Labels for field keys named in params. */
  readonly labelOf: (key: string) => string;
}

/** A message catalogue for issues: what is wrong, and how to fix it. Every code must be present. */
export type IssueCatalogue = {
  readonly [C in IssueCode]: (c: MessageContext) => string;
};
