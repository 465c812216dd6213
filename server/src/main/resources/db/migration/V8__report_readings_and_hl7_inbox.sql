-- SonoBill schema, part 8 (issue 7): studies read from reports (free text, HL7 v2 ORU^R01, FHIR DiagnosticReport)
-- and the HL7 v2 messages as received.

-- What the report reader made of a study's report: where it came from, how sure it was, the text spans behind each
-- fact and what a coder should check. One row per study read from a report; structured studies have none. The
-- documentation and the coding themselves are in studies and coding_results, exactly as for any other study.
CREATE TABLE report_readings (
    study_id        BIGINT      PRIMARY KEY,
    organisation_id BIGINT      NOT NULL REFERENCES organisations (id),
    source          TEXT        NOT NULL CHECK (source IN ('text', 'hl7', 'fhir')),
    confidence      TEXT        NOT NULL CHECK (confidence IN ('ready', 'needs-review')),
    evidence        JSONB       NOT NULL CHECK (jsonb_typeof(evidence) = 'array'),
    review          JSONB       NOT NULL CHECK (jsonb_typeof(review) = 'array'),
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    CHECK (confidence = 'needs-review' OR review = '[]'::jsonb),
    FOREIGN KEY (organisation_id, study_id) REFERENCES studies (organisation_id, id)
);
CREATE INDEX report_readings_list ON report_readings (organisation_id, confidence, source);

-- Every HL7 v2 message received (MLLP listener or `sonobill hl7 import`), kept as received before anything is done
-- with it, so a message is never lost: a good one ends 'processed' (with its study) or 'duplicate' (its accession
-- was there already); one SonoBill cannot take ends 'refused' (answered AR/AE, with the problem) and one that failed
-- in the middle of its intake ends 'failed' (answered AE; the study was rolled back). Refused and failed messages
-- wait here for a person.
CREATE TABLE hl7_inbox (
    id              BIGSERIAL   PRIMARY KEY,
    organisation_id BIGINT      NOT NULL REFERENCES organisations (id),
    channel         TEXT        NOT NULL CHECK (channel IN ('mllp', 'file')),
    received_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    control_id      TEXT,       -- MSH-10, when the message has one
    message_type    TEXT,       -- MSH-9 (ORU^R01, ORM^O01...)
    raw             TEXT        NOT NULL,
    status          TEXT        NOT NULL DEFAULT 'received'
                                CHECK (status IN ('received', 'processed', 'duplicate', 'refused', 'failed')),
    error           TEXT,
    study_id        BIGINT,
    processed_at    TIMESTAMPTZ,
    CHECK (status NOT IN ('refused', 'failed') OR error IS NOT NULL),
    FOREIGN KEY (organisation_id, study_id) REFERENCES studies (organisation_id, id)
);
CREATE INDEX hl7_inbox_waiting ON hl7_inbox (organisation_id, received_at)
    WHERE status IN ('received', 'refused', 'failed');
