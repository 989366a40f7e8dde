-- Audit files of earlier versions already moved into audit_event, by the SHA-256 of their
-- contents: written in the transaction that appends the file's lines, so a start killed before
-- the file is renamed does not append the same lines again. (V5 is left to the programme's
-- indexes.)
CREATE TABLE audit_import (
  file_sha256 VARCHAR(64) PRIMARY KEY,
  file_name VARCHAR(1000) NOT NULL,
  lines INTEGER NOT NULL,
  imported_at_millis BIGINT NOT NULL
);
