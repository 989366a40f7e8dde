package io.plantaris.access.jdbc;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.plantaris.registry.jdbc.DatabaseConfig;
import io.plantaris.registry.jdbc.JdbcProgrammeRepository;
import io.plantaris.registry.jdbc.PostgresServer;
import io.plantaris.registry.jdbc.Sql;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The access stores' contract on a real PostgreSQL (Debian's package, started here), where the
 * audit table's trigger also refuses TRUNCATE.
 */
class PostgresAccessStoresIT extends AccessStoresContract {
  static PostgresServer server;
  static final AtomicInteger NEXT = new AtomicInteger();
  DatabaseConfig current;

  @BeforeAll
  static void startServer() throws Exception {
    server = PostgresServer.start();
  }

  @AfterAll
  static void stopServer() {
    server.close();
  }

  @Override
  protected void freshDatabase() {
    current = server.newDatabase("access" + NEXT.incrementAndGet());
  }

  @Override
  protected JdbcProgrammeRepository reopen() {
    return JdbcProgrammeRepository.open(current);
  }

  @Test
  void theTriggerItselfRefusesTruncate() {
    new JdbcAuditLog(a).record("ann", "patient", "read", "p1", "trends", "allowed");
    assertThatThrownBy(() -> a.transaction(c -> Sql.update(c, "TRUNCATE audit_event")))
        .hasMessageContaining("audit_event is append-only: TRUNCATE refused");
  }
}
