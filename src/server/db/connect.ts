import type { Config } from '../config';
import { type Database, openDatabase } from './client';
import { type Logger, startEmbedded } from './embedded';

export interface Connection extends Database {
  url: string;
  embedded: boolean;
  /** Closes the pool, then stops the embedded server when this process owns it. */
  shutdown(): Promise<void>;
}

/** DATABASE_URL when set; otherwise the embedded server in CADRE_DATA_DIR. */
export async function connect(config: Config, log: Logger, poolSize = 10): Promise<Connection> {
  if (config.databaseUrl) {
    const database = openDatabase(config.databaseUrl, poolSize);
    return { ...database, url: config.databaseUrl, embedded: false, shutdown: () => database.close() };
  }
  const server = await startEmbedded({ dataDir: config.dataDir, log });
  const database = openDatabase(server.url, poolSize);
  return {
    ...database,
    url: server.url,
    embedded: true,
    shutdown: async () => {
      await database.close();
      await server.stop();
    },
  };
}
