package io.plantaris.registry.jdbc;

import io.plantaris.registry.ConcurrentWritesContract;
import io.plantaris.registry.ProgrammeRegistry;
import io.plantaris.registry.ProgrammeRegistryContract;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;

/**
 * The repository contract and the concurrent writers against a real PostgreSQL (Debian's package,
 * started here): the same migrations and SQL as on H2. Each test gets a database of its own.
 */
class PostgresProgrammeRepositoryIT {
  static PostgresServer server;
  static final AtomicInteger NEXT = new AtomicInteger();
  final List<JdbcProgrammeRepository> open = new ArrayList<>();
  DatabaseConfig current;

  @BeforeAll
  static void startServer() throws Exception {
    server = PostgresServer.start();
  }

  @AfterAll
  static void stopServer() {
    server.close();
  }

  @AfterEach
  void closeAll() {
    open.forEach(JdbcProgrammeRepository::close);
    open.clear();
  }

  ProgrammeRegistry fresh() {
    current = server.newDatabase("contract" + NEXT.incrementAndGet());
    return another();
  }

  ProgrammeRegistry another() {
    JdbcProgrammeRepository r = JdbcProgrammeRepository.open(current);
    open.add(r);
    return r;
  }

  @Nested
  class Contract extends ProgrammeRegistryContract {
    @Override
    protected ProgrammeRegistry fresh() {
      return PostgresProgrammeRepositoryIT.this.fresh();
    }

    @Override
    protected ProgrammeRegistry reopened() {
      return another();
    }
  }

  @Nested
  class ConcurrentWrites extends ConcurrentWritesContract {
    @Override
    protected ProgrammeRegistry fresh() {
      return PostgresProgrammeRepositoryIT.this.fresh();
    }

    @Override
    protected ProgrammeRegistry another() {
      return PostgresProgrammeRepositoryIT.this.another();
    }
  }
}
