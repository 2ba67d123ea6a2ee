import { createContext, useContext, type ReactNode } from 'react';
import type { FerryClient } from '../worker/client';

const ClientContext = createContext<FerryClient | null>(null);

export function ClientProvider({ client, children }: { client: FerryClient; children: ReactNode }) {
  return <ClientContext.Provider value={client}>{children}</ClientContext.Provider>;
}

/** The worker client: the UI's only way to the data. */
export function useClient(): FerryClient {
  const client = useContext(ClientContext);
  if (client === null) throw new Error('useClient outside ClientProvider');
  return client;
}
