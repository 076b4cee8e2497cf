import pg from 'pg';
import { postgresAnswers, startEmbeddedPostgres } from '../../test/helpers/postgres-server.js';

/** The machine's PostgreSQL if it answers, otherwise an embedded one for the benchmark's lifetime. */
export async function benchPostgres(): Promise<{ url: string; stop: () => Promise<void> }> {
  const local = process.env.WAYBILL_BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  if (await postgresAnswers(local)) return { url: local, stop: async () => undefined };
  return startEmbeddedPostgres();
}

/** A fresh database for one run, so runs never see each other's rows. */
export async function freshDatabase(baseUrl: string, name: string): Promise<string> {
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  try {
    await admin.query(`drop database if exists ${name}`);
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return url.toString();
}
