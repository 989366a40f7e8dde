package io.plantaris.store;

/**
 * Reads history from QuestDB with SQL over its HTTP {@code /exec} endpoint, authenticated with HTTP
 * basic auth when credentials are given.
 */
public final class QuestDbHistoryReader extends RowsHistoryReader {
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
    super(
        badRows,
        (m, patient, from, to) ->
            sql.query(
                "SELECT * FROM "
                    + m
                    + " WHERE patient = "
                    + QuestDbSql.quote(patient)
                    + " AND timestamp >= CAST("
                    + from
                    + " AS TIMESTAMP) AND timestamp < CAST("
                    + to
                    + " AS TIMESTAMP) ORDER BY timestamp"));
  }
}
