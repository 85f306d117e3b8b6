import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { DatabaseBusyError, ServiceUnavailableError } from '../errors';
import { Availability } from './availability';
import type { OpsLog } from './ops-log';
import { cypher } from './cypher-files';
import { translateNeo4jError } from './neo4j-errors';
import { toCypherParams, toPlain } from './plain';

export type Row = Record<string, unknown>;
export type Params = Record<string, unknown>;

export interface DatabaseOptions {
  uri: string;
  user?: string;
  password?: string;
  database?: string;
  queryTimeoutMs: number;
  /** Most connections to Neo4j at once (the driver's default is 100). */
  maxConnectionPoolSize?: number;
  /** How long a query may wait for a free connection; defaults to the query timeout (at least 1 s). */
  connectionAcquisitionTimeoutMs?: number;
  /**
   * How long Neo4j may stay unresponsive (no answer at all, the circuit open) before health calls
   * it unable to serve: a few seconds of that is overload, which passes; half a minute is a freeze.
   */
  unresponsiveGraceMs?: number;
  /** Where the circuit's opening and closing are logged; without it they are silent. */
  opsLog?: OpsLog;
}

/** The client gave up: Neo4j sent nothing, not even its own timeout error. */
class NoAnswerError extends ServiceUnavailableError {}

// Leeway after the query timeout before the client gives up by itself: Neo4j's own timeout
// error, when Neo4j can still send one, arrives first and says more.
const CLIENT_GRACE_MS = 500;

/**
 * up: serving. busy: the circuit is open after a run of busy answers (it closes by itself).
 * unresponsive: Neo4j sent nothing in time, for less than the grace (overload, or a freeze begun).
 * unreachable: Neo4j could not be reached, or stayed unresponsive past the grace. stopped: the
 * server process is gone.
 */
export interface DatabaseHealth {
  state: 'up' | 'busy' | 'unresponsive' | 'unreachable' | 'stopped';
  detail?: string;
}

/** A transaction handed to write work: run named Cypher files, get plain rows back. */
export interface WriteWork {
  run(name: string, params?: Params): Promise<Row[]>;
  runText(text: string, params?: Params): Promise<Row[]>;
}

/**
 * The one place that touches neo4j-driver: one driver per process, reads in read transactions
 * (routed to readers on a cluster), plain rows out. Everything it runs comes from cypher/ files.
 */
export class Database {
  private readonly driver: Driver;
  private readonly listeners = new Set<(name: string) => void>();
  private readonly availability: Availability;
  private running = 0;
  private gone: string | undefined;

  constructor(private readonly options: DatabaseOptions) {
    const auth = options.password ? neo4j.auth.basic(options.user ?? 'neo4j', options.password) : undefined;
    this.driver = neo4j.driver(options.uri, auth, {
      // Fail fast when the server is away instead of queueing requests for a minute.
      connectionAcquisitionTimeout: options.connectionAcquisitionTimeoutMs ?? Math.max(options.queryTimeoutMs, 1_000),
      ...(options.maxConnectionPoolSize ? { maxConnectionPoolSize: options.maxConnectionPoolSize } : {}),
      connectionTimeout: 5_000,
      maxTransactionRetryTime: 2_000,
      disableLosslessIntegers: false,
    });
    this.availability = new Availability(() => this.probe());
    // Without these lines an overload that opened the circuit showed only as fast 503s: the
    // operator could not tell "Neo4j busy" from "Neo4j gone", nor when it passed.
    const opsLog = options.opsLog;
    if (opsLog) {
      this.availability.onChange((change) =>
        change.open
          ? opsLog.warn({ event: 'circuit-open', reason: change.reason }, `Neo4j is ${change.reason}: queries fail at once with SERVICE_UNAVAILABLE until a probe gets an answer`)
          : opsLog.info({ event: 'circuit-closed', downMs: change.downMs }, `Neo4j answers again; queries are served (the circuit was open ${change.downMs} ms)`),
      );
    }
  }

  /**
   * Runs cypher/<name>.cypher in a read transaction. READ access mode is sent to the server, which
   * refuses any write in such a transaction (Neo.ClientError.Statement.AccessMode): the database
   * itself guarantees that no API path writes.
   */
  async read(name: string, params: Params = {}): Promise<Row[]> {
    return this.readOnce(name, params, this.options.queryTimeoutMs, this.clientTimeoutMs(), true);
  }

  /**
   * A read bounded to `ms` in all (Neo4j's transaction timeout and the client's give-up), for a
   * health check that must answer in time. Its timeouts do not count as busy answers: a check
   * that is slow under load must not open the circuit for the requests.
   */
  async readWithin(name: string, ms: number, params: Params = {}): Promise<Row[]> {
    return this.readOnce(name, params, ms, ms, false);
  }

  private async readOnce(name: string, params: Params, txTimeoutMs: number, giveUpMs: number, countBusy: boolean): Promise<Row[]> {
    this.notify(name);
    if (this.gone !== undefined) throw new ServiceUnavailableError(`The graph database is not running (${this.gone}); try again shortly`);
    if (this.availability.isDown) throw new ServiceUnavailableError();
    this.running += 1;
    const query = this.driver
      .executeQuery(cypher(name), toCypherParams(params), {
        routing: neo4j.routing.READ,
        database: this.options.database,
        transactionConfig: { timeout: txTimeoutMs },
      })
      .finally(() => {
        this.running -= 1;
      });
    try {
      const result = await giveUpAfter(query, giveUpMs);
      this.availability.recordSuccess();
      return result.records.map((record) => toPlain(record.toObject()) as Row);
    } catch (error) {
      const translated = translateNeo4jError(error);
      if (countBusy && translated instanceof ServiceUnavailableError) this.availability.markDown(translated instanceof NoAnswerError ? 'unresponsive' : 'unreachable');
      if (countBusy && translated instanceof DatabaseBusyError) this.availability.recordBusy();
      throw translated;
    }
  }

  /**
   * The server process is known to be gone (the embedded JVM exited): every read fails at once,
   * and health says so, until `serverBack()`. The circuit is opened too, so that after the restart
   * the probe, not a client's request, finds the first working connection.
   */
  serverGone(reason: string): void {
    this.gone = reason;
    this.availability.markDown('unreachable');
  }

  serverBack(): void {
    this.gone = undefined;
  }

  /** What /health reports, from state in memory only (never a query, so it answers under any load). */
  get health(): DatabaseHealth {
    if (this.gone !== undefined) return { state: 'stopped', detail: this.gone };
    const reason = this.availability.reason;
    if (reason === 'unreachable') return { state: 'unreachable', detail: 'the last query or probe could not reach Neo4j' };
    if (reason === 'unresponsive') {
      const forMs = this.availability.downForMs;
      const graceMs = this.options.unresponsiveGraceMs ?? 30_000;
      return { state: forMs >= graceMs ? 'unreachable' : 'unresponsive', detail: `Neo4j has not answered for ${Math.round(forMs / 1000)} s` };
    }
    if (reason === 'busy') return { state: 'busy', detail: 'queries timed out in a row; probing' };
    return { state: 'up' };
  }

  /**
   * Runs cypher/<name>.cypher in one read transaction and hands its rows to `onRow` one by one, as
   * the driver pulls them in batches: an export of the whole graph never holds it in memory. Not
   * retried (rows already handed on cannot be taken back); `onRow` may wait (backpressure), and the
   * driver pulls the next batch only when it is done. `timeoutMs` replaces the query timeout, since
   * an export of a large graph takes longer than any API read.
   */
  async stream(name: string, params: Params, onRow: (row: Row) => void | Promise<void>, timeoutMs = this.options.queryTimeoutMs): Promise<number> {
    this.notify(name);
    if (this.availability.isDown) throw new ServiceUnavailableError();
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: neo4j.session.READ });
    this.running += 1;
    let rows = 0;
    try {
      const tx = await session.beginTransaction({ timeout: timeoutMs });
      try {
        for await (const record of tx.run(cypher(name), toCypherParams(params))) {
          await onRow(toPlain(record.toObject()) as Row);
          rows += 1;
        }
        await tx.commit();
      } finally {
        if (tx.isOpen()) await tx.rollback();
      }
      this.availability.recordSuccess();
      return rows;
    } catch (error) {
      const translated = translateNeo4jError(error);
      if (translated instanceof ServiceUnavailableError) this.availability.markDown();
      throw translated;
    } finally {
      this.running -= 1;
      await session.close();
    }
  }

  // Waiting for a connection and then running the query: past both, a frozen Neo4j (which neither
  // answers nor closes the socket) will not answer either, so the request stops waiting for it.
  private clientTimeoutMs(): number {
    const acquisition = this.options.connectionAcquisitionTimeoutMs ?? Math.max(this.options.queryTimeoutMs, 1_000);
    return Math.max(acquisition, this.options.queryTimeoutMs) + CLIENT_GRACE_MS;
  }

  /** Reads started and not yet settled: 0 when idle; a number that stays up means a hung query. */
  get readsInFlight(): number {
    return this.running;
  }

  /** False while the last query found Neo4j unreachable and no probe has reached it since. */
  get reachable(): boolean {
    return !this.availability.isDown;
  }

  /** Runs the work in one write transaction: all of it commits, or none of it. */
  async write<T>(work: (tx: WriteWork) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      return await session.executeWrite((tx) => work(this.wrap(tx)));
    } catch (error) {
      throw translateNeo4jError(error);
    } finally {
      await session.close();
    }
  }

  /** Runs statements one by one outside explicit transactions (schema commands need that). */
  async runAutoCommit(statements: string[]): Promise<void> {
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      for (const statement of statements) await session.run(statement);
    } catch (error) {
      throw translateNeo4jError(error);
    } finally {
      await session.close();
    }
  }

  /** Reports each named query run, so that tests and benchmarks can count round trips. */
  onQuery(listener: (name: string) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async ping(): Promise<void> {
    await this.driver.verifyConnectivity({ database: this.options.database });
  }

  async close(): Promise<void> {
    this.availability.close();
    await this.driver.close();
  }

  // The circuit's probe: the readiness query in an auto-commit transaction, which the driver does
  // not retry, so that each probe answers at once and the first one after Neo4j is back succeeds.
  private async probe(): Promise<void> {
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: neo4j.session.READ });
    try {
      await session.run(cypher('health/ready'));
    } finally {
      await session.close();
    }
  }

  private wrap(tx: ManagedTransaction): WriteWork {
    const runText = async (text: string, params: Params = {}): Promise<Row[]> => {
      const result = await tx.run(text, toCypherParams(params));
      return result.records.map((record) => toPlain(record.toObject()) as Row);
    };
    return {
      runText,
      run: (name, params) => {
        this.notify(name);
        return runText(cypher(name), params);
      },
    };
  }

  private notify(name: string): void {
    for (const listener of this.listeners) listener(name);
  }
}

/**
 * Settles with `work`, or rejects with ServiceUnavailableError after `ms`: by then Neo4j has not even
 * sent its own timeout error, so it is not answering at all (the circuit opens). The query itself runs
 * on (the driver cannot cancel it); its late result is dropped and `readsInFlight` counts it until then.
 */
function giveUpAfter<T>(work: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new NoAnswerError(`The graph database did not answer within ${ms} ms; try again shortly`)), ms);
    work.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}
