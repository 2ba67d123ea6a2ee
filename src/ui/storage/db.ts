import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { MappingProfile } from '../../core/mapping/profile';

/** What Ferry keeps in this browser: mapping profiles and user-made targets. Never row data. */
interface FerryDb extends DBSchema {
  profiles: { key: string; value: { name: string; savedAt: string; profile: MappingProfile } };
  targets: { key: string; value: { id: string; text: string; savedAt: string } };
}

let db: Promise<IDBPDatabase<FerryDb>> | null = null;

export function ferryDb(): Promise<IDBPDatabase<FerryDb>> {
  db ??= openDB<FerryDb>('ferry', 1, {
    upgrade(database) {
      database.createObjectStore('profiles', { keyPath: 'name' });
      database.createObjectStore('targets', { keyPath: 'id' });
    },
  });
  return db;
}

