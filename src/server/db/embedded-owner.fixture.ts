/**
 * Test fixture: a separate process that starts the embedded server on a data dir and waits.
 * The embedded tests kill it with SIGKILL to leave an orphaned server behind, like `kill -9`.
 */
import { startEmbedded } from './embedded';

const dataDir = process.argv[2];
if (!dataDir) throw new Error('usage: embedded-owner.fixture.ts <dataDir>');
const server = await startEmbedded({
  dataDir,
  fsync: false,
  log: { info: () => undefined, warn: () => undefined },
});
process.stdout.write(`ready ${server.url}\n`);
setInterval(() => undefined, 60_000);
