// The driver adapter the schema engine talks through: @prisma/adapter-pg with two repairs that
// the engine's migration commands need.
//  1. Introspection reads catalog columns of PostgreSQL's one-byte "char" type (pg_class.relkind
//     and the like), which adapter-pg 7.10 refuses ("Column type 'char' could not be
//     deserialized"). A single byte is text, so the client reports those columns as text.
//  2. adapter-pg's own shadow database drops the database while its pool is still connected, and
//     derives the shadow pool from a config whose connection string still names the main
//     database. Here the shadow database gets its own URL and is dropped after its pool closes.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { quoteIdentifier, withDatabase } from "./database-url";

const CHAR_OID = 18;
const TEXT_OID = 25;

function reportCharAsText(result: pg.QueryResult | undefined): void {
  for (const field of result?.fields ?? []) if (field.dataTypeID === CHAR_OID) field.dataTypeID = TEXT_OID;
}

class CatalogFriendlyClient extends pg.Client {
  // pg's query() has many overloads: a pool calls it with a callback, a checked-out client
  // without one (then it returns a promise). Both forms pass through here.
  override query(...args: unknown[]): never {
    const callbackIndex = args.findLastIndex((arg) => typeof arg === "function");
    if (callbackIndex >= 0) {
      const callback = args[callbackIndex] as (error: Error | null, result?: pg.QueryResult) => void;
      args[callbackIndex] = (error: Error | null, result?: pg.QueryResult) => {
        reportCharAsText(result);
        callback(error, result);
      };
    }
    const result = (super.query as (...a: unknown[]) => unknown)(...args);
    if (result instanceof Promise) {
      return result.then((value: pg.QueryResult) => {
        reportCharAsText(value);
        return value;
      }) as never;
    }
    return result as never;
  }
}

async function runOnServer(connectionString: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export class MigrationAdapterFactory implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = "postgres";
  readonly adapterName = "@prisma/adapter-pg";
  private readonly open = new Set<SqlDriverAdapter>();

  constructor(private readonly connectionString: string) {}

  private async connectTo(connectionString: string, afterDispose?: () => Promise<void>): Promise<SqlDriverAdapter> {
    const adapter = await new PrismaPg({ connectionString, Client: CatalogFriendlyClient } as pg.PoolConfig).connect();
    const dispose = adapter.dispose.bind(adapter);
    let disposed = false;
    adapter.dispose = async () => {
      if (disposed) return;
      disposed = true;
      this.open.delete(adapter);
      await dispose();
      await afterDispose?.();
    };
    this.open.add(adapter);
    return adapter;
  }

  connect(): Promise<SqlDriverAdapter> {
    return this.connectTo(this.connectionString);
  }

  async connectToShadowDb(): Promise<SqlDriverAdapter> {
    const name = `prisma_shadow_${randomUUID().replaceAll("-", "")}`;
    await runOnServer(this.connectionString, `CREATE DATABASE ${quoteIdentifier(name)}`);
    return this.connectTo(withDatabase(this.connectionString, name), () =>
      runOnServer(this.connectionString, `DROP DATABASE IF EXISTS ${quoteIdentifier(name)} WITH (FORCE)`),
    );
  }

  /** Closes every pool still open (the engine does not always dispose what it connected). */
  async closeAll(): Promise<void> {
    await Promise.all([...this.open].map((adapter) => adapter.dispose()));
  }
}
