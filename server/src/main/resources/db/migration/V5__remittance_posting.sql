-- SonoBill schema, part 5 (issue 5): posting 835 remittances exactly once, with every line and adjustment kept.

-- A remittance is one 835 transaction set (BPR/TRN). Re-reading the same file finds the same payer and trace
-- number (UNIQUE in V2) and then the same claim positions (below): nothing posts twice.
ALTER TABLE remittances
    ADD COLUMN payer_identifier    TEXT,          -- TRN03 (1 + the payer's tax id) or the N1*PR id, as the file says
    ADD COLUMN method              TEXT,          -- BPR04: ACH, CHK, BOP, FWT, NON
    ADD COLUMN handling_code       TEXT,          -- BPR01
    ADD COLUMN interchange_control TEXT,          -- ISA13 of the file it came in
    ADD COLUMN transaction_control TEXT,          -- ST02
    ADD COLUMN source_name         TEXT,          -- the file name (never its content)
    ADD COLUMN findings            JSONB NOT NULL DEFAULT '[]',  -- balancing findings of the payer's file
    ADD COLUMN posted_by           TEXT;

-- A claim payment (CLP) is kept even when no claim of ours carries its patient control number: a person matches
-- it. Its place in the transaction set makes it unique, so a payer that repeats a CLP still has both posted.
ALTER TABLE remittance_claims
    ALTER COLUMN claim_id DROP NOT NULL,
    ADD COLUMN position               INTEGER,
    ADD COLUMN patient_control_number TEXT,     -- CLP01
    ADD COLUMN filing_indicator       TEXT,     -- CLP06
    ADD COLUMN remarks                TEXT[] NOT NULL DEFAULT '{}';   -- MOA/MIA remark codes
UPDATE remittance_claims rc SET position = o.n, patient_control_number = c.claim_number
FROM (SELECT id, row_number() OVER (PARTITION BY remittance_id ORDER BY id) AS n FROM remittance_claims) o,
     claims c
WHERE o.id = rc.id AND c.id = rc.claim_id;
ALTER TABLE remittance_claims ALTER COLUMN position SET NOT NULL,
                              ALTER COLUMN patient_control_number SET NOT NULL;
DO $$
DECLARE
    name TEXT;
BEGIN
    -- V2's unique key (remittance, claim, payer claim number, status) let a repeated CLP vanish; the position replaces it
    SELECT conname INTO name FROM pg_constraint
    WHERE conrelid = 'remittance_claims'::regclass AND contype = 'u'
      AND pg_get_constraintdef(oid) LIKE 'UNIQUE (remittance_id, claim_id, payer_claim_number, status_code)';
    IF name IS NOT NULL THEN
        EXECUTE 'ALTER TABLE remittance_claims DROP CONSTRAINT ' || quote_ident(name);
    END IF;
END;
$$;
ALTER TABLE remittance_claims ADD CONSTRAINT remittance_claims_once UNIQUE (remittance_id, position);
CREATE INDEX remittance_claims_claim ON remittance_claims (organisation_id, claim_id);

-- A service line payment (SVC), matched to our line by REF*6R, else by code, modifiers and date. Its CAS
-- adjustments are part of it (loop 2110), kept as parallel arrays, one element per CAS triplet: an 835 is mostly
-- lines and their adjustments, and a row per triplet with its own keys would double what posting writes. The view
-- line_adjustments below gives them one row each. What a line of ours was paid is the sum of the payments matched
-- to it (claim_lines.paid holds only what was posted by other means, such as the demo's payments).
CREATE TABLE remittance_lines (
    id                  BIGSERIAL PRIMARY KEY,
    organisation_id     BIGINT           NOT NULL,
    remittance_claim_id BIGINT           NOT NULL,
    position            INTEGER          NOT NULL,          -- the SVC's place in the claim payment
    claim_line_id       BIGINT,
    matched_by          TEXT             NOT NULL CHECK (matched_by IN ('control-number', 'code-and-date', 'code',
                                                                        'unmatched')),
    code                TEXT             NOT NULL,          -- SVC01-2 (the adjudicated code)
    modifiers           TEXT[]           NOT NULL DEFAULT '{}',
    submitted_code      TEXT,                               -- SVC06-2 when the payer changed the code
    charge              NUMERIC(12, 2)   NOT NULL,
    paid                NUMERIC(12, 2)   NOT NULL,
    allowed             NUMERIC(12, 2),                     -- AMT*B6
    units               NUMERIC(9, 2)    NOT NULL,
    control_number      TEXT,                               -- REF*6R
    date_of_service     DATE,
    remarks             TEXT[]           NOT NULL DEFAULT '{}',   -- LQ*HE
    cas_groups          TEXT[]           NOT NULL DEFAULT '{}',   -- CAS01, one per triplet
    cas_carcs           TEXT[]           NOT NULL DEFAULT '{}',   -- CAS02/05/08/...
    cas_amounts         NUMERIC(12, 2)[] NOT NULL DEFAULT '{}',   -- CAS03/06/09/...
    cas_quantities      NUMERIC(9, 2)[]  NOT NULL DEFAULT '{}',   -- CAS04/07/10/... (null when absent)
    UNIQUE (remittance_claim_id, position),
    CHECK (cardinality(cas_groups) = cardinality(cas_carcs) AND cardinality(cas_carcs) = cardinality(cas_amounts)
           AND cardinality(cas_amounts) = cardinality(cas_quantities)),
    FOREIGN KEY (organisation_id, remittance_claim_id) REFERENCES remittance_claims (organisation_id, id),
    FOREIGN KEY (organisation_id, claim_line_id) REFERENCES claim_lines (organisation_id, id)
);
CREATE INDEX remittance_lines_claim_line ON remittance_lines (organisation_id, claim_line_id);

-- Every line-level CAS triplet as a row.
CREATE VIEW line_adjustments AS
SELECT l.organisation_id, l.remittance_claim_id, l.id AS remittance_line_id, l.claim_line_id, a.n AS position,
       a.group_code, a.carc, l.remarks AS rarcs, a.amount, a.quantity
FROM remittance_lines l,
     unnest(l.cas_groups, l.cas_carcs, l.cas_amounts, l.cas_quantities) WITH ORDINALITY
         AS a(group_code, carc, amount, quantity, n);

-- The adjustments table keeps claim-level CAS (loop 2100) of posted 835s.
CREATE INDEX adjustments_remittance_claim ON adjustments (organisation_id, remittance_claim_id);

-- Provider-level adjustments (PLB): interest, forward balances, recoupments; not tied to one claim.
CREATE TABLE provider_adjustments (
    id                BIGSERIAL PRIMARY KEY,
    organisation_id   BIGINT         NOT NULL,
    remittance_id     BIGINT         NOT NULL,
    position          INTEGER        NOT NULL,
    provider_id       TEXT           NOT NULL,      -- PLB01
    fiscal_period_end DATE,                         -- PLB02
    reason            TEXT           NOT NULL,      -- PLB03-1 (WO overpayment recovery, L6 interest, FB forward balance)
    reference         TEXT,                         -- PLB03-2
    amount            NUMERIC(12, 2) NOT NULL,      -- positive reduces the payment, negative increases it
    UNIQUE (remittance_id, position),
    FOREIGN KEY (organisation_id, remittance_id) REFERENCES remittances (organisation_id, id)
);

-- What a denial is made of: the denied or partly denied lines with the adjustments that denied them.
CREATE TABLE denial_lines (
    id                 BIGSERIAL PRIMARY KEY,
    organisation_id    BIGINT         NOT NULL,
    denial_id          BIGINT         NOT NULL,
    remittance_line_id BIGINT         NOT NULL,
    claim_line_id      BIGINT,
    denied_in_full     BOOLEAN        NOT NULL,
    group_code         CHAR(2)        NOT NULL,
    carc               TEXT           NOT NULL,
    rarcs              TEXT[]         NOT NULL DEFAULT '{}',
    amount             NUMERIC(12, 2) NOT NULL,
    root_cause         TEXT           NOT NULL,
    UNIQUE (denial_id, remittance_line_id, carc, group_code),
    FOREIGN KEY (organisation_id, denial_id) REFERENCES denials (organisation_id, id),
    FOREIGN KEY (remittance_line_id) REFERENCES remittance_lines (id)
);
CREATE INDEX denials_claim ON denials (organisation_id, claim_id);
CREATE INDEX finding_overrides_claim ON finding_overrides (claim_id);

-- Payers answer without a 277CA first (the 835 is the first word), reverse and correct payments, and pay what
-- they denied: the lifecycle takes these steps too. A reversal alone leaves the claim accepted, awaiting the
-- corrected payment. A payer may reject (277CA) a claim its clearinghouse accepted.
INSERT INTO claim_status_transitions (from_status, to_status) VALUES
    ('submitted', 'paid'), ('submitted', 'partially-paid'), ('submitted', 'denied'),
    ('paid', 'accepted'), ('partially-paid', 'accepted'), ('denied', 'accepted'), ('denied', 'partially-paid'),
    ('appealed', 'accepted'), ('partially-paid', 'denied'), ('accepted', 'rejected')
ON CONFLICT DO NOTHING;

-- A submission batch keeps the 837 it sent (downloadable again byte for byte) and its envelope control numbers.
ALTER TABLE submission_batches
    ADD COLUMN group_control INTEGER,          -- GS06
    ADD COLUMN content       TEXT,             -- the 837 as written
    ADD COLUMN created_by    TEXT;

-- A 999 or 277CA is kept even when it answers a batch we cannot find; who answered is kept apart: a
-- clearinghouse's rejection is fixed and resent, a payer's is a claim the payer has refused.
ALTER TABLE acknowledgements
    ALTER COLUMN batch_id DROP NOT NULL,
    ADD COLUMN answered_by        TEXT CHECK (answered_by IN ('clearinghouse', 'payer')),
    ADD COLUMN group_control      TEXT,     -- the GS06 / ST02 it answers (AK1/AK2, or the 277CA's trace)
    ADD COLUMN transaction_control TEXT,
    ADD COLUMN source_name        TEXT,
    ADD COLUMN interchange_control TEXT;    -- ISA13 of the acknowledgement itself: the same file is kept once
CREATE UNIQUE INDEX acknowledgements_once ON acknowledgements (organisation_id, kind, interchange_control,
    group_control, transaction_control) WHERE interchange_control IS NOT NULL;

CREATE TABLE claim_acknowledgements (
    id                     BIGSERIAL PRIMARY KEY,
    organisation_id        BIGINT      NOT NULL,
    acknowledgement_id     BIGINT      NOT NULL REFERENCES acknowledgements (id),
    claim_id               BIGINT,
    patient_control_number TEXT        NOT NULL,
    accepted               BOOLEAN     NOT NULL,
    status                 JSONB       NOT NULL DEFAULT '[]',  -- STC category/status/entity codes with our text
    payer_claim_number     TEXT,
    FOREIGN KEY (organisation_id, claim_id) REFERENCES claims (organisation_id, id)
);
CREATE INDEX claim_acknowledgements_claim ON claim_acknowledgements (organisation_id, claim_id);

-- What an 837 needs beyond the claim: who submits to whom (1000A/1000B), the billing provider's tax id and address
-- (2010AA), the subscriber's member id and address (2010BA), the payer's id and filing indicator (2010BB, SBR09).
-- Missing values are not guessed: the writer refuses the claim naming the loop and element.
ALTER TABLE organisations
    ADD COLUMN x12_sender_id     TEXT,      -- ISA06/GS02 and 1000A NM109 as the clearinghouse knows us
    ADD COLUMN x12_receiver_id   TEXT,      -- ISA08/GS03 and 1000B NM109
    ADD COLUMN x12_receiver_name TEXT,
    ADD COLUMN x12_production    BOOLEAN NOT NULL DEFAULT false,   -- ISA15 P, else T
    ADD COLUMN contact_name      TEXT,      -- 1000A PER02
    ADD COLUMN contact_phone     TEXT;      -- 1000A PER04, ten digits
ALTER TABLE providers
    ADD COLUMN tax_id        TEXT CHECK (tax_id ~ '^[0-9]{9}$'),
    ADD COLUMN taxonomy      TEXT,
    ADD COLUMN address_line1 TEXT,
    ADD COLUMN address_line2 TEXT,
    ADD COLUMN city          TEXT,
    ADD COLUMN state         CHAR(2),
    ADD COLUMN zip           TEXT;
ALTER TABLE patients
    ADD COLUMN member_id     TEXT,
    ADD COLUMN group_number  TEXT,
    ADD COLUMN address_line1 TEXT,
    ADD COLUMN address_line2 TEXT,
    ADD COLUMN city          TEXT,
    ADD COLUMN state         CHAR(2),
    ADD COLUMN zip           TEXT;
ALTER TABLE payers
    ADD COLUMN filing_indicator TEXT;       -- SBR09: MB Medicare Part B, CI commercial, HM HMO, MC Medicaid
UPDATE payers SET filing_indicator = CASE rule_pack WHEN 'medicare' THEN 'MB' WHEN 'commercial-hmo' THEN 'HM' ELSE 'CI' END;
CREATE SEQUENCE interchange_control_seq MINVALUE 1 MAXVALUE 999999999 NO CYCLE;   -- ISA13 never repeats
-- The transaction set (ST02) of the batch's 837 that carries the claim: a 999 accepts or rejects per set.
ALTER TABLE batch_claims ADD COLUMN transaction_control TEXT;
