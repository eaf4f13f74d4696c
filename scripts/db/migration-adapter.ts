// The driver adapter the schema engine talks through: @prisma/adapter-pg with two repairs that
// the engine's migration commands need.
//  1. Introspection reads catalog columns of PostgreSQL's one-byte "char" type (pg_class.relkind,
//     pg_constraint.contype), which adapter-pg 7.10 refuses ("Column type 'char' could not be
//     deserialized"). The pg client reports them as text so adapter-pg accepts the result, and
//     the adapter hands them to the engine as single characters, which is what it reads them as.
//  2. adapter-pg's own shadow database drops the database while its pool is still connected, and
//     derives the shadow pool from a config whose connection string still names the main
//     database. Here the shadow database gets its own URL and is dropped after its pool closes.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { ColumnTypeEnum, type SqlDriverAdapter, type SqlMigrationAwareDriverAdapterFactory, type SqlQueryable } from "@prisma/driver-adapter-utils";
import { quoteIdentifier, withDatabase } from "./database-url";

const CHAR_OID = 18;
const TEXT_OID = 25;

/** Result rows whose columns were "char", by column index (rows is the array adapter-pg returns). */
const charColumnsOfRows = new WeakMap<unknown[], number[]>();

function hideCharColumns(result: pg.QueryResult | undefined): void {
  if (!result?.fields) return;
  const indexes = result.fields.flatMap((field, index) => (field.dataTypeID === CHAR_OID ? [index] : []));
  if (indexes.length === 0) return;
  for (const index of indexes) result.fields[index]!.dataTypeID = TEXT_OID;
  charColumnsOfRows.set(result.rows, indexes);
}

class CatalogFriendlyClient extends pg.Client {
  // pg's query() has many overloads: a pool calls it with a callback, a checked-out client
  // without one (then it returns a promise). Both forms pass through here.
  override query(...args: unknown[]): never {
    const callbackIndex = args.findLastIndex((arg) => typeof arg === "function");
    if (callbackIndex >= 0) {
      const callback = args[callbackIndex] as (error: Error | null, result?: pg.QueryResult) => void;
      args[callbackIndex] = (error: Error | null, result?: pg.QueryResult) => {
        hideCharColumns(result);
        callback(error, result);
      };
    }
    const result = (super.query as (...a: unknown[]) => unknown)(...args);
    if (result instanceof Promise) {
      return result.then((value: pg.QueryResult) => {
        hideCharColumns(value);
        return value;
      }) as never;
    }
    return result as never;
  }
}

/** Gives "char" columns back their type (a single character) in what the engine receives. */
function restoreCharColumns<T extends SqlQueryable>(queryable: T): T {
  const queryRaw = queryable.queryRaw.bind(queryable);
  queryable.queryRaw = async (query) => {
    const result = await queryRaw(query);
    for (const index of charColumnsOfRows.get(result.rows) ?? []) result.columnTypes[index] = ColumnTypeEnum.Character;
    return result;
  };
  return queryable;
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
    const adapter = restoreCharColumns(await new PrismaPg({ connectionString, Client: CatalogFriendlyClient } as pg.PoolConfig).connect());
    const startTransaction = adapter.startTransaction.bind(adapter);
    adapter.startTransaction = async (isolationLevel) => restoreCharColumns(await startTransaction(isolationLevel));
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
