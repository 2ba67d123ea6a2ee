import type { Issue } from '../issues';
import type { Target } from '../schema/target';
import { issueMessagesEn } from './issue-messages-en';
import { issueMessagesFr } from './issue-messages-fr';
import type { IssueCatalogue, Locale } from './types';

export type { Locale } from './types';
export { LOCALES } from './types';

const CATALOGUES: Readonly<Record<Locale, IssueCatalogue>> = { en: issueMessagesEn, fr: issueMessagesFr };

/** The one place an issue becomes words. */
export function issueMessage(issue: Pick<Issue, 'code' | 'field' | 'value' | 'params'>, target: Target, locale: Locale): string {
  const labelOf = (key: string) => target.fields.find((f) => f.key === key)?.label ?? key;
  return CATALOGUES[locale][issue.code]({ field: issue.field === null ? null : labelOf(issue.field), value: issue.value, params: issue.params, labelOf });
}
