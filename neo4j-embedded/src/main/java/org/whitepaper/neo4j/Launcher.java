package org.whitepaper.neo4j;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * Runs Neo4j Community embedded with Bolt on 127.0.0.1.
 *
 * <p>Arguments: {@code --data-dir DIR --port N [--page-cache-mb N]}. The password, when auth is
 * wanted, comes from the environment variable {@code NEO4J_EMBEDDED_PASSWORD} so that it never
 * shows in a process list. Prints one
 * line {@code NEO4J_READY bolt://127.0.0.1:N} when Bolt accepts connections. Shuts down cleanly on
 * SIGTERM, and also when standard input closes, which is how it notices that the Node process
 * that started it has died (even by SIGKILL), so no orphan is left behind.
 */
public final class Launcher {
  private Launcher() {}

  public static void main(String[] args) throws Exception {
    Options options = Options.parse(args);
    DatabaseManagementService dbms = start(options);
    Runtime.getRuntime().addShutdownHook(new Thread(dbms::shutdown, "neo4j-shutdown"));

    if (options.password != null) {
      setPassword(dbms, options.password);
    }
    System.out.println("NEO4J_READY bolt://127.0.0.1:" + options.port);
    System.out.flush();

    waitForStdinToClose();
    // The parent is gone: exit, which runs the shutdown hook and flushes the store.
    System.exit(0);
  }

  private static DatabaseManagementService start(Options options) {
    Path home = Path.of(options.dataDir).toAbsolutePath();
    return new DatabaseManagementServiceBuilder(home)
        .setConfig(BoltConnector.enabled, true)
        .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", options.port))
        .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", options.port))
        .setConfig(HttpConnector.enabled, false)
        .setConfig(HttpsConnector.enabled, false)
        .setConfig(GraphDatabaseSettings.auth_enabled, options.password != null)
        .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(options.pageCacheMb))
        .setConfig(GraphDatabaseSettings.udc_enabled, false)
        .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
        .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofSeconds(60))
        // Netty's default quiet period holds every stop for seconds; connections are already
        // closed by the time this process is told to stop, so there is nothing to wait for.
        .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
        .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(2))
        .build();
  }

  /** Sets the password of the default user, so clients connect with auth as configured. */
  private static void setPassword(DatabaseManagementService dbms, String password) {
    dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME)
        .executeTransactionally(
            "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
            Map.of("password", password));
  }

  private static void waitForStdinToClose() {
    InputStream in = System.in;
    byte[] buffer = new byte[256];
    try {
      while (in.read(buffer) != -1) {
        // Input is ignored; only its end matters.
      }
    } catch (IOException ignored) {
      // A broken pipe means the parent is gone, the same as end of input.
    }
  }

  private static final class Options {
    String dataDir;
    int port = 7687;
    String password;
    long pageCacheMb = 64;

    static Options parse(String[] args) {
      Options o = new Options();
      for (int i = 0; i < args.length; i++) {
        String value = i + 1 < args.length ? args[i + 1] : null;
        switch (args[i]) {
          case "--data-dir" -> o.dataDir = require(args[i], value);
          case "--port" -> o.port = Integer.parseInt(require(args[i], value));
          case "--page-cache-mb" -> o.pageCacheMb = Long.parseLong(require(args[i], value));
          default -> throw new IllegalArgumentException("Unknown argument: " + args[i]);
        }
        i++;
      }
      String password = System.getenv("NEO4J_EMBEDDED_PASSWORD");
      o.password = password == null || password.isEmpty() ? null : password;
      if (o.dataDir == null) {
        throw new IllegalArgumentException("--data-dir is required");
      }
      return o;
    }

    private static String require(String name, String value) {
      if (value == null) {
        throw new IllegalArgumentException(name + " needs a value");
      }
      return value;
    }
  }
}
