package io.plantaris.store;

/** Reads history from QuestDB with SQL over its HTTP {@code /exec} endpoint. */
public final class QuestDbHistoryReader extends RowsHistoryReader {
  public QuestDbHistoryReader(String baseUrl) {
    this(new QuestDbSql(baseUrl));
  }

  private QuestDbHistoryReader(QuestDbSql sql) {
    super(
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
