import type { FerryClient } from '../worker/client';
import type { Locale } from '../core/messages';
import { ClientProvider } from './client-context';
import { I18nProvider } from './i18n/i18n';
import { Wizard } from './wizard/wizard';

export function App({ client, locale }: { client: FerryClient; locale?: Locale }) {
  return (
    <I18nProvider {...(locale === undefined ? {} : { locale })}>
      <ClientProvider client={client}>
        <Wizard />
      </ClientProvider>
    </I18nProvider>
  );
}
