package local.neo4j;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;

/**
 * Starts Neo4j Community embedded, with Bolt on 127.0.0.1 only; auth is off unless the environment
 * variable NEO4J_LOCAL_PASSWORD gives the password of the user neo4j.
 *
 * <p>Usage: {@code java -Xmx1g <flags> -jar neo4j-local.jar [--port 7687] [--data .data/neo4j]
 * [--pagecache 256m] [--tx-timeout 30s]}
 *
 * <p>Prints exactly one line starting with {@code NEO4J_LOCAL_READY bolt://127.0.0.1:PORT} when Bolt
 * accepts connections. Stops cleanly on SIGTERM/SIGINT (shutdown hook) and when stdin reaches end of
 * file, so that the JVM never outlives the Node process that started it.
 */
public final class Launcher {
    private Launcher() {}

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        // Read from the environment, not the command line, so that `ps` does not show it.
        String password = System.getenv("NEO4J_LOCAL_PASSWORD");
        if (password != null && password.isEmpty()) {
            password = null;
        }
        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(options.dataDir)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", options.port))
                .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", options.port))
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(options.pageCache))
                .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                .setConfig(GraphDatabaseSettings.logical_log_rotation_threshold, ByteUnit.mebiBytes(32))
                .setConfig(GraphDatabaseSettings.transaction_timeout, options.txTimeout)
                .setConfig(GraphDatabaseSettings.auth_enabled, password != null)
                // Netty waits this many seconds of quiet per event loop group before the Bolt server
                // stops (default 5, twice: 10 s of every shutdown, the slow Ctrl-C). Connections are
                // closed by then anyway, so a local launcher need not wait.
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                .build();

        AtomicBoolean stopped = new AtomicBoolean(false);
        CountDownLatch done = new CountDownLatch(1);
        Runnable stop = () -> {
            if (stopped.compareAndSet(false, true)) {
                System.out.println("NEO4J_LOCAL_STOPPING");
                dbms.shutdown();
                System.out.println("NEO4J_LOCAL_STOPPED");
                System.out.flush();
            }
            done.countDown();
        };
        Runtime.getRuntime().addShutdownHook(new Thread(stop, "neo4j-local-shutdown"));

        GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        // The default database may still be starting after build(); wait so that "ready" means ready.
        // A database that failed to start (a corrupt transaction log, say) never becomes available:
        // ask the system database for its state between short waits, so that such a failure ends the
        // launcher at once instead of after the whole wait.
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (!db.isAvailable(250)) {
            String failure = startFailure(dbms);
            if (failure != null || System.nanoTime() > deadline) {
                System.err.println("NEO4J_LOCAL_FAILED " + (failure != null ? failure : "default database did not become available"));
                System.err.flush();
                System.exit(3);
            }
        }
        if (password != null) {
            // Every start sets the password it was given, so that the file in the data folder stays the truth.
            dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
        }
        System.out.println("NEO4J_LOCAL_READY bolt://127.0.0.1:" + options.port);
        System.out.flush();

        // A parent that dies without signalling us closes our stdin: treat end of file as "stop".
        Thread stdinWatcher = new Thread(() -> {
            try (InputStream in = System.in) {
                while (in.read() != -1) {
                    // Input is ignored; only its end matters.
                }
            } catch (IOException ignored) {
                // A broken pipe means the same as end of file.
            }
            System.exit(0); // runs the shutdown hook
        }, "neo4j-local-stdin");
        stdinWatcher.setDaemon(true);
        if (!options.ignoreStdin) {
            stdinWatcher.start();
        }
        done.await();
    }

    /** The default database's status message when it has stopped trying to start, else null. */
    private static String startFailure(DatabaseManagementService dbms) {
        try {
            return dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                    "SHOW DATABASE " + GraphDatabaseSettings.DEFAULT_DATABASE_NAME + " YIELD currentStatus, statusMessage",
                    Map.of(),
                    result -> {
                        if (!result.hasNext()) {
                            return null;
                        }
                        Map<String, Object> row = result.next();
                        String status = String.valueOf(row.get("currentStatus"));
                        String message = String.valueOf(row.get("statusMessage"));
                        return status.equals("online") || status.equals("starting") || message.isBlank() ? null : status + ": " + message;
                    });
        } catch (RuntimeException e) {
            // The system database itself may still be starting; the next round asks again.
            return null;
        }
    }

    /** Command-line options with the defaults documented in the README. */
    static final class Options {
        int port = 7687;
        Path dataDir = Path.of(".data/neo4j");
        String pageCache = "256m";
        Duration txTimeout = Duration.ofSeconds(60);
        boolean ignoreStdin = false;

        static Options parse(String[] args) {
            Options o = new Options();
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                switch (a) {
                    case "--port" -> o.port = Integer.parseInt(value(args, ++i, a));
                    case "--data" -> o.dataDir = Path.of(value(args, ++i, a));
                    case "--pagecache" -> o.pageCache = value(args, ++i, a);
                    case "--tx-timeout" -> o.txTimeout = Duration.ofSeconds(Long.parseLong(value(args, ++i, a).replace("s", "")));
                    case "--ignore-stdin" -> o.ignoreStdin = true;
                    default -> throw new IllegalArgumentException("unknown option " + a);
                }
            }
            if (o.port < 0 || o.port > 65535) {
                throw new IllegalArgumentException("--port must be 0..65535, got " + o.port);
            }
            return o;
        }

        private static String value(String[] args, int i, String name) {
            if (i >= args.length) {
                throw new IllegalArgumentException(name + " needs a value");
            }
            return args[i];
        }
    }
}
