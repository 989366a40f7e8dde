-- What the overview of a clinician's 200 patients reads, without reading the rest (issue 12).
-- The decisions waiting for a clinician's review, one row each (issue 12, the overview's "a
-- decision waits for your review"): the newest record of each (patient, decision) when that record
-- is a proposal. Written in the transaction that adds the decision record (RecordTables), so it
-- agrees with decision on every replica; it saves the overview reading every decision record of
-- 200 patients (36,000 rows at 26 weeks) to find the few still proposed.
-- record_seq: the waiting record; first_seq: the decision's first record (the order it was made).

CREATE TABLE decision_waiting (
  patient_id VARCHAR(96) NOT NULL REFERENCES patient (id),
  decision_id VARCHAR(96) NOT NULL,
  record_seq BIGINT NOT NULL REFERENCES decision (seq),
  first_seq BIGINT NOT NULL,
  PRIMARY KEY (patient_id, decision_id)
);

INSERT INTO decision_waiting (patient_id, decision_id, record_seq, first_seq)
SELECT d.patient_id, d.id, d.seq,
  (SELECT MIN(f.seq) FROM decision f WHERE f.patient_id = d.patient_id AND f.id = d.id)
FROM decision d
WHERE d.status = 'PROPOSED'
  AND NOT EXISTS (SELECT 1 FROM decision n WHERE n.patient_id = d.patient_id AND n.id = d.id
    AND n.seq > d.seq);

-- The overview's pain is the pain during exercise (rising or not): one kind of a patient's range,
-- sought without reading the before and next-morning reports, two thirds of the rows.
CREATE INDEX pain_report_by_patient_and_kind ON pain_report (patient_id, kind, at_nanos, seq);
