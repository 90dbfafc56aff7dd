/**
 * The executor: the only code that opens sessions and transactions on Neo4j. Reads run in
 * `executeRead` (a cluster may serve them from followers), writes in `executeWrite` (the leader;
 * the driver retries the whole unit of work on transient errors), each with transaction metadata
 * naming the operation so it shows up in `SHOW TRANSACTIONS` and the query log. Every driver error
 * leaves through mapNeo4jError, so the rest of the adapter sees the API's errors only.
 */
import neo4j, { type Driver, type ManagedTransaction, type QueryResult } from 'neo4j-driver';
import { mapNeo4jError } from './errors.ts';

/** A statement as the builders in cypher/ return it: text with parameters only. */
export interface Statement {
  cypher: string;
  params: Record<string, unknown>;
}

export interface Neo4jTarget {
  uri: string;
  user: string;
  password: string;
  database?: string;
  /**
   * Longest a read transaction may run (ms; 0 or absent: no limit). Neo4j stops it and frees what
   * it held: a read no one waits for any more (a closed request, an analysis over a whole
   * province) cannot keep the database busy.
   */
  readTimeoutMs?: number;
}

/** Extra transaction metadata (e.g. a request id); `app` and `operation` are always set. */
export type TxMetadata = Record<string, string | number | boolean>;

export type Work<T> = (tx: ManagedTransaction) => Promise<T>;

export function run(tx: ManagedTransaction, statement: Statement): Promise<QueryResult> {
  return tx.run(statement.cypher, statement.params);
}

export class Executor {
  private constructor(
    readonly driver: Driver,
    readonly target: Neo4jTarget,
  ) {}

  /** Creates the driver and checks that the server answers and accepts the credentials. */
  static async connect(target: Neo4jTarget): Promise<Executor> {
    const driver = neo4j.driver(target.uri, neo4j.auth.basic(target.user, target.password), {
      disableLosslessIntegers: true,
      connectionAcquisitionTimeout: 20_000,
      // While Neo4j is down, answer 503 within seconds instead of retrying for the default 30 s.
      maxTransactionRetryTime: 3_000,
      maxConnectionPoolSize: 50,
      userAgent: 'chanjiao-atlas',
    });
    try {
      await driver.getServerInfo(target.database ? { database: target.database } : {});
    } catch (error) {
      await driver.close();
      throw mapNeo4jError(error, target);
    }
    return new Executor(driver, target);
  }

  private session(mode: 'READ' | 'WRITE') {
    return this.driver.session({
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
      ...(this.target.database && { database: this.target.database }),
    });
  }

  /** Runs `work` in a read transaction. */
  async read<T>(operation: string, work: Work<T>, metadata: TxMetadata = {}): Promise<T> {
    const session = this.session('READ');
    try {
      return await session.executeRead(work, {
        metadata: { ...metadata, app: 'chanjiao-atlas', operation },
        ...(this.target.readTimeoutMs && { timeout: this.target.readTimeoutMs }),
      });
    } catch (error) {
      throw mapNeo4jError(error, this.target);
    } finally {
      await session.close();
    }
  }

  /** Runs `work` in one write transaction: everything it runs commits together or not at all. */
  async write<T>(operation: string, work: Work<T>, metadata: TxMetadata = {}): Promise<T> {
    const session = this.session('WRITE');
    try {
      return await session.executeWrite(work, {
        metadata: { ...metadata, app: 'chanjiao-atlas', operation },
      });
    } catch (error) {
      throw mapNeo4jError(error, this.target);
    } finally {
      await session.close();
    }
  }

  /** Runs a read of one statement (the usual case for reads). */
  readOne(operation: string, statement: Statement): Promise<QueryResult> {
    return this.read(operation, (tx) => run(tx, statement));
  }

  /**
   * Runs statements one after another, each in its own auto-commit transaction: schema commands
   * (constraints, indexes) may not share a transaction with each other or with data.
   */
  async autoCommit(statements: string[]): Promise<void> {
    const session = this.session('WRITE');
    try {
      for (const statement of statements) await session.run(statement);
    } catch (error) {
      throw mapNeo4jError(error, this.target);
    } finally {
      await session.close();
    }
  }

  close(): Promise<void> {
    return this.driver.close();
  }
}
