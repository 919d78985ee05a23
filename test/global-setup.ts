// Before the suite: make sure PostgreSQL answers (every storage test runs on it too).
import pg from "pg";
import { postgresUrl } from "./stores.ts";

async function postgresReachable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: postgresUrl });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

export default async function setup() {
  if (!(await postgresReachable())) {
    throw new Error(
      `PostgreSQL is not reachable at ${postgresUrl}. Start it (pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start) or set TEST_DATABASE_URL.`,
    );
  }
}
