package io.plantaris.store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads history from QuestDB with SQL over its HTTP {@code /exec} endpoint, authenticated with HTTP
 * basic auth when credentials are given. Many patients' rows come in one query per {@link #CHUNK}
 * of them ({@code patient IN (...)}).
 */
public final class QuestDbHistoryReader extends RowsHistoryReader {
  /** Patients per query: keeps the query's URL a few kilobytes long. */
  static final int CHUNK = 100;

  /**
   * @param credentials null for a store without authentication
   */
  public QuestDbHistoryReader(String baseUrl, StoreCredentials credentials) {
    this(new QuestDbSql(baseUrl, credentials), new BadRows());
  }

  QuestDbHistoryReader(String baseUrl, StoreCredentials credentials, BadRows badRows) {
    this(new QuestDbSql(baseUrl, credentials), badRows);
  }

  private QuestDbHistoryReader(QuestDbSql sql, BadRows badRows) {
    super(badRows, new Sql(sql));
  }

  /** The SQL of a measurement's rows in a time range, for one patient or several. */
  private record Sql(QuestDbSql sql) implements RowQuery {
    @Override
    public List<Map<String, Object>> select(String m, String patient, long from, long to)
        throws IOException {
      return sql.query(query(m, "patient = " + QuestDbSql.quote(patient), from, to));
    }

    @Override
    public List<Map<String, Object>> selectMany(
        String m, Collection<String> patients, long from, long to) throws IOException {
      List<String> all = new ArrayList<>(patients);
      List<Map<String, Object>> out = new ArrayList<>();
      for (int i = 0; i < all.size(); i += CHUNK) {
        String in =
            all.subList(i, Math.min(all.size(), i + CHUNK)).stream()
                .map(QuestDbSql::quote)
                .collect(Collectors.joining(", "));
        out.addAll(sql.query(query(m, "patient IN (" + in + ")", from, to)));
      }
      return out;
    }

    private static String query(String m, String patients, long from, long to) {
      return "SELECT * FROM "
          + m
          + " WHERE "
          + patients
          + " AND timestamp >= CAST("
          + from
          + " AS TIMESTAMP) AND timestamp < CAST("
          + to
          + " AS TIMESTAMP) ORDER BY timestamp";
    }
  }
}
