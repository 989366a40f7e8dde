-- Indexes for reading many patients at once (issue 12, a clinician's overview of 200 patients).
-- A decision's records by its id: the review after a proposal, and the first record of an id,
-- found without reading the patient's other decisions (PatientBatches.proposedDecisions).
CREATE INDEX decision_by_patient_and_id ON decision (patient_id, id, seq);
