-- SonoBill schema, part 4: the patient's other claims, as the scrubber reads them for its history (frequency limits,
-- same-day edits across claims). Without this index the query walked every claim of the organisation in the date
-- window (claims_list leads with status) and filtered by patient: each scrub cost more as the organisation grew.
CREATE INDEX claims_patient ON claims (organisation_id, patient_id, date_of_service);
