package io.plantaris.store;

import java.io.IOException;
import java.util.List;

/**
 * Creates the measurements as QuestDB tables before the first write: WAL tables with DEDUP UPSERT
 * KEYS on the designated timestamp and every tag, so that a point written twice (a spool replay) is
 * stored once, as InfluxDB does by its data model. Tables left to line-protocol auto-creation would
 * have no dedup and keep duplicates.
 */
final class QuestDbTables {
  static final List<String> DDL =
      List.of(
          "CREATE TABLE IF NOT EXISTS pl_rep (patient SYMBOL, device SYMBOL, side SYMBOL,"
              + " exercise SYMBOL, session_start_us LONG, set_index LONG, rep_index LONG,"
              + " hold_start_us LONG, down_start_us LONG, down_end_us LONG, up_ms LONG,"
              + " hold_ms LONG, down_ms LONG, valid BOOLEAN, flags VARCHAR, doubts VARCHAR,"
              + " peak_pitch_deg DOUBLE,"
              + " peak_height_mm DOUBLE, forefoot_fraction DOUBLE, range_fraction DOUBLE,"
              + " timestamp TIMESTAMP) TIMESTAMP(timestamp) PARTITION BY MONTH WAL"
              + " DEDUP UPSERT KEYS(timestamp, patient, device, side, exercise)",
          // a table made before doubts were stored gets the column
          "ALTER TABLE pl_rep ADD COLUMN IF NOT EXISTS doubts VARCHAR",
          "CREATE TABLE IF NOT EXISTS pl_rep_curve (patient SYMBOL, device SYMBOL, side SYMBOL,"
              + " exercise SYMBOL, start_offset_ms LONG, step_ms LONG, n LONG,"
              + " heel_share VARCHAR, pitch_deg VARCHAR, height_mm VARCHAR,"
              + " timestamp TIMESTAMP) TIMESTAMP(timestamp) PARTITION BY MONTH WAL"
              + " DEDUP UPSERT KEYS(timestamp, patient, device, side, exercise)",
          "CREATE TABLE IF NOT EXISTS pl_set (patient SYMBOL, device SYMBOL, exercise SYMBOL,"
              + " session_start_us LONG, set_index LONG, end_us LONG, reps LONG, valid_reps LONG,"
              + " tut_ms LONG, rm_signal VARCHAR, tempo_adherence DOUBLE, tempo_error_ms DOUBLE,"
              + " timestamp TIMESTAMP) TIMESTAMP(timestamp) PARTITION BY MONTH WAL"
              + " DEDUP UPSERT KEYS(timestamp, patient, device, exercise)",
          "CREATE TABLE IF NOT EXISTS pl_session (patient SYMBOL, exercise SYMBOL, end_us LONG,"
              + " sets LONG, reps LONG, valid_reps LONG, tut_ms LONG, timestamp TIMESTAMP)"
              + " TIMESTAMP(timestamp) PARTITION BY YEAR WAL"
              + " DEDUP UPSERT KEYS(timestamp, patient, exercise)",
          "CREATE TABLE IF NOT EXISTS pl_pain (patient SYMBOL, kind SYMBOL, score LONG,"
              + " note VARCHAR, timestamp TIMESTAMP) TIMESTAMP(timestamp) PARTITION BY YEAR WAL"
              + " DEDUP UPSERT KEYS(timestamp, patient, kind)",
          "CREATE TABLE IF NOT EXISTS pl_decision (patient SYMBOL, status SYMBOL,"
              + " decision_id VARCHAR, session_id VARCHAR, trigger_kind VARCHAR,"
              + " prescription_version LONG, rule_id VARCHAR, action VARCHAR,"
              + " load_change_kg DOUBLE, reasons VARCHAR, inputs VARCHAR, clinician VARCHAR,"
              + " reviewed_at_us LONG, note VARCHAR, replacement_action VARCHAR,"
              + " replacement_load_change_kg DOUBLE, timestamp TIMESTAMP) TIMESTAMP(timestamp)"
              + " PARTITION BY YEAR WAL DEDUP UPSERT KEYS(timestamp, patient, status)");

  private QuestDbTables() {}

  static void create(QuestDbSql sql) throws IOException {
    for (String ddl : DDL) {
      sql.exec(ddl);
    }
  }
}
