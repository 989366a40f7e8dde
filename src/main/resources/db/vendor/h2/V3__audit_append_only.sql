-- audit_event is append-only: UPDATE and DELETE raise (a Java trigger, H2 has no PL language).
CREATE TRIGGER audit_event_no_change BEFORE UPDATE, DELETE ON audit_event
  FOR EACH ROW CALL 'io.plantaris.access.jdbc.AppendOnlyTrigger';

-- H2 runs no trigger on TRUNCATE, but refuses to truncate a table another table references: this
-- empty table is only that reference.
CREATE TABLE audit_event_no_truncate (
  seq BIGINT PRIMARY KEY REFERENCES audit_event (seq)
);
