/**
 * The executor: the only code that opens sessions and transactions on Neo4j. Reads run in read
 * sessions (a cluster may serve them from followers), writes in `executeWrite` (the leader; the
 * driver retries the whole unit of work on transient errors), each with transaction metadata
 * naming the operation so it shows up in `SHOW TRANSACTIONS` and the query log. Every driver error
 * leaves through mapNeo4jError, so the rest of the adapter sees the API's errors only.
 *
 * A read whose statements need not share a transaction (`readEach`, `readOne`) runs each in an
 * auto-commit transaction: one round trip per statement, where a transaction function takes one
 * more for its COMMIT. Neo4j reads at read-committed isolation, so statements in one transaction
 * do not see one snapshot either; what a shared transaction does give is node ids that stay valid
 * from one statement to the next (neighbourhood.ts), and such reads use `read`. Measured against
 * the server of the 1M database on a 2-core machine, a one-statement read with a new session each:
 * p50 0.9–1.2 ms auto-commit, 2.2–2.6 ms as a transaction function (300 reads, the third round of
 * three, three runs).
 */
import neo4j, {
  isRetryableError,
  type Driver,
  type ManagedTransaction,
  type QueryResult,
} from 'neo4j-driver';

/** A transaction's settings, as both `executeRead` and an auto-commit `run` take them. */
interface TransactionConfig {
  metadata: Record<string, unknown>;
  timeout?: number;
}
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

/** What runs statements: a transaction, or a session running each in its own (`readEach`). */
export interface Runner {
  run(cypher: string, params: Record<string, unknown>): PromiseLike<QueryResult>;
}

export type Work<T> = (tx: ManagedTransaction) => Promise<T>;

export function run(tx: Runner, statement: Statement): Promise<QueryResult> {
  return Promise.resolve(tx.run(statement.cypher, statement.params));
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

  private readConfig(operation: string, metadata: TxMetadata): TransactionConfig {
    return {
      metadata: { ...metadata, app: 'chanjiao-atlas', operation },
      ...(this.target.readTimeoutMs && { timeout: this.target.readTimeoutMs }),
    };
  }

  /** Runs `work` in one read transaction (its statements see the same node ids). */
  async read<T>(operation: string, work: Work<T>, metadata: TxMetadata = {}): Promise<T> {
    const session = this.session('READ');
    try {
      return await session.executeRead(work, this.readConfig(operation, metadata));
    } catch (error) {
      throw mapNeo4jError(error, this.target);
    } finally {
      await session.close();
    }
  }

  /**
   * Runs `work`, each of its statements in its own auto-commit read transaction (see the head of
   * this file). When a statement fails with an error the driver would retry (Neo4j restarting, a
   * transient error), the whole of `work` runs again in `read`, whose transaction function
   * retries it; so `work` must only read.
   */
  async readEach<T>(
    operation: string,
    work: (runner: Runner) => Promise<T>,
    metadata: TxMetadata = {},
  ): Promise<T> {
    const session = this.session('READ');
    const config = this.readConfig(operation, metadata);
    try {
      return await work({ run: (cypher, params) => session.run(cypher, params, config) });
    } catch (error) {
      if (!isRetryableError(error)) throw mapNeo4jError(error, this.target);
    } finally {
      await session.close();
    }
    return this.read(operation, work, metadata);
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

  /** Runs a read of one statement (the usual case for reads) in an auto-commit transaction. */
  readOne(operation: string, statement: Statement): Promise<QueryResult> {
    return this.readEach(operation, (runner) => run(runner, statement));
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
