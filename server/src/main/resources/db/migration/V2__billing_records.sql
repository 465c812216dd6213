-- SonoBill schema, part 2 (issue 4): the billing records, from order to appeal.
-- Tenancy is enforced by the database: every table carries organisation_id, and every reference to another
-- organisation-owned row goes through a composite key (organisation_id, id), so a row can never point into another
-- organisation's data.

ALTER TABLE organisations ADD CONSTRAINT organisations_self UNIQUE (id);
ALTER TABLE users ADD CONSTRAINT users_org_id UNIQUE (organisation_id, id);

CREATE TABLE payers (
    id              BIGSERIAL PRIMARY KEY,
    organisation_id BIGINT NOT NULL REFERENCES organisations (id),
    code            TEXT   NOT NULL,
    name            TEXT   NOT NULL,
    rule_pack       TEXT   NOT NULL,              -- the payer rule pack id (docs/payer-rules.md)
    payer_id_x12    TEXT,                         -- the payer's id on 837/835 (NM1*PR)
    UNIQUE (organisation_id, code),
    UNIQUE (organisation_id, id)
);

CREATE TABLE providers (
    id              BIGSERIAL PRIMARY KEY,
    organisation_id BIGINT NOT NULL REFERENCES organisations (id),
    npi             TEXT   NOT NULL CHECK (npi ~ '^[0-9]{10}$'),
    name            TEXT   NOT NULL,
    role            TEXT   NOT NULL CHECK (role IN ('billing', 'rendering', 'ordering', 'interpreting', 'technologist')),
    specialty       TEXT,
    UNIQUE (organisation_id, npi, role),
    UNIQUE (organisation_id, id)
);

-- Only what billing needs: who the patient is on the claim, sex and birth date for the edits.
CREATE TABLE patients (
    id              BIGSERIAL PRIMARY KEY,
    organisation_id BIGINT NOT NULL REFERENCES organisations (id),
    mrn             TEXT   NOT NULL,
    last_name       TEXT   NOT NULL,
    first_name      TEXT   NOT NULL,
    sex             CHAR(1) NOT NULL CHECK (sex IN ('F', 'M', 'U')),
    birth_date      DATE,
    UNIQUE (organisation_id, mrn),
    UNIQUE (organisation_id, id)
);

CREATE TABLE orders (
    id                   BIGSERIAL PRIMARY KEY,
    organisation_id      BIGINT      NOT NULL REFERENCES organisations (id),
    patient_id           BIGINT      NOT NULL,
    ordering_provider_id BIGINT,
    accession            TEXT        NOT NULL,
    ordered_exam         TEXT        NOT NULL,
    indication_codes     TEXT[]      NOT NULL DEFAULT '{}',
    ordered_at           TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (organisation_id, accession),
    UNIQUE (organisation_id, id),
    FOREIGN KEY (organisation_id, patient_id) REFERENCES patients (organisation_id, id),
    FOREIGN KEY (organisation_id, ordering_provider_id) REFERENCES providers (organisation_id, id)
);

CREATE TABLE studies (
    id                     BIGSERIAL PRIMARY KEY,
    organisation_id        BIGINT      NOT NULL REFERENCES organisations (id),
    patient_id             BIGINT      NOT NULL,
    order_id               BIGINT,
    interpreting_provider_id BIGINT,
    accession              TEXT        NOT NULL,
    date_of_service        DATE        NOT NULL,
    modality_family        TEXT        NOT NULL,
    technologist           TEXT,
    status                 TEXT        NOT NULL DEFAULT 'received'
                           CHECK (status IN ('received', 'coded', 'needs-review', 'accepted', 'billed')),
    documentation          JSONB,      -- the study document (docs/study-format.md)
    report_text            TEXT,
    version                INTEGER     NOT NULL DEFAULT 0,
    created_at             TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (organisation_id, accession),
    UNIQUE (organisation_id, id),
    FOREIGN KEY (organisation_id, patient_id) REFERENCES patients (organisation_id, id),
    FOREIGN KEY (organisation_id, order_id) REFERENCES orders (organisation_id, id),
    FOREIGN KEY (organisation_id, interpreting_provider_id) REFERENCES providers (organisation_id, id)
);

-- Versioned coding: the engine's result, then each coder change with its reason, who and when.
CREATE TABLE coding_results (
    id              BIGSERIAL PRIMARY KEY,
    organisation_id BIGINT      NOT NULL REFERENCES organisations (id),
    study_id        BIGINT      NOT NULL,
    version         INTEGER     NOT NULL CHECK (version >= 1),
    source          TEXT        NOT NULL CHECK (source IN ('engine', 'coder')),
    result          JSONB       NOT NULL,
    changed_by      TEXT        NOT NULL,
    change_reason   TEXT,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (study_id, version),
    CHECK (source = 'engine' OR change_reason IS NOT NULL),
    FOREIGN KEY (organisation_id, study_id) REFERENCES studies (organisation_id, id)
);

CREATE TABLE claims (
    id                    BIGSERIAL PRIMARY KEY,
    organisation_id       BIGINT        NOT NULL REFERENCES organisations (id),
    claim_number          TEXT          NOT NULL,          -- CLM01, the patient control number
    patient_id            BIGINT        NOT NULL,
    payer_id              BIGINT        NOT NULL,
    claim_type            TEXT          NOT NULL CHECK (claim_type IN ('professional', 'institutional')),
    frequency             CHAR(1)       NOT NULL DEFAULT '1' CHECK (frequency IN ('1', '7', '8')),
    original_claim_number TEXT,
    place_of_service      CHAR(2)       NOT NULL CHECK (place_of_service ~ '^[0-9]{2}$'),
    status                TEXT          NOT NULL DEFAULT 'draft',
    total_charge          NUMERIC(12, 2) NOT NULL DEFAULT 0 CHECK (total_charge >= 0),
    version               INTEGER       NOT NULL DEFAULT 0,  -- optimistic locking: each update adds one
    created_at            TIMESTAMPTZ   NOT NULL DEFAULT now(),
    updated_at            TIMESTAMPTZ   NOT NULL DEFAULT now(),
    UNIQUE (organisation_id, claim_number),
    UNIQUE (organisation_id, id),
    CHECK (frequency = '1' OR original_claim_number IS NOT NULL),
    FOREIGN KEY (organisation_id, patient_id) REFERENCES patients (organisation_id, id),
    FOREIGN KEY (organisation_id, payer_id) REFERENCES payers (organisation_id, id)
);

-- The claim lifecycle (issue 4): draft → scrubbed → ready → submitted → accepted/rejected → paid/partially-paid/denied
-- → appealed/corrected/closed. A status change not listed here is refused by the trigger below.
CREATE TABLE claim_status_transitions (
    from_status TEXT NOT NULL,
    to_status   TEXT NOT NULL,
    PRIMARY KEY (from_status, to_status)
);
INSERT INTO claim_status_transitions (from_status, to_status) VALUES
    ('draft', 'scrubbed'), ('scrubbed', 'scrubbed'), ('scrubbed', 'draft'), ('scrubbed', 'ready'), ('ready', 'draft'),
    ('ready', 'submitted'), ('submitted', 'accepted'), ('submitted', 'rejected'), ('rejected', 'draft'),
    ('rejected', 'corrected'), ('accepted', 'paid'), ('accepted', 'partially-paid'), ('accepted', 'denied'),
    ('partially-paid', 'paid'), ('partially-paid', 'appealed'), ('partially-paid', 'corrected'),
    ('partially-paid', 'closed'), ('denied', 'appealed'), ('denied', 'corrected'), ('denied', 'closed'),
    ('denied', 'paid'), ('appealed', 'paid'), ('appealed', 'partially-paid'), ('appealed', 'denied'),
    ('appealed', 'closed'), ('corrected', 'closed'), ('paid', 'closed'), ('paid', 'denied'), ('paid', 'partially-paid');

ALTER TABLE claims ADD CONSTRAINT claims_status_known CHECK (status IN ('draft', 'scrubbed', 'ready', 'submitted',
    'accepted', 'rejected', 'paid', 'partially-paid', 'denied', 'appealed', 'corrected', 'closed'));

CREATE FUNCTION claims_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.version <> OLD.version + 1 THEN
        RAISE EXCEPTION 'claim % was changed by someone else (version % expected, % given)', OLD.claim_number,
            OLD.version + 1, NEW.version USING ERRCODE = 'serialization_failure';
    END IF;
    IF NEW.status <> OLD.status AND NOT EXISTS (SELECT 1 FROM claim_status_transitions t
                                                WHERE t.from_status = OLD.status AND t.to_status = NEW.status) THEN
        RAISE EXCEPTION 'claim % cannot go from % to %', OLD.claim_number, OLD.status, NEW.status
            USING ERRCODE = 'check_violation';
    END IF;
    NEW.updated_at := now();
    RETURN NEW;
END;
$$;

CREATE TRIGGER claims_guard BEFORE UPDATE ON claims FOR EACH ROW EXECUTE FUNCTION claims_guard();

CREATE TABLE claim_lines (
    id              BIGSERIAL PRIMARY KEY,
    organisation_id BIGINT         NOT NULL REFERENCES organisations (id),
    claim_id        BIGINT         NOT NULL,
    line_number     SMALLINT       NOT NULL CHECK (line_number BETWEEN 1 AND 50),
    code            TEXT           NOT NULL CHECK (code ~ '^[0-9A-Z][0-9]{3}[0-9A-Z]$'),
    modifiers       TEXT[]         NOT NULL DEFAULT '{}' CHECK (cardinality(modifiers) <= 4),
    units           INTEGER        NOT NULL DEFAULT 1 CHECK (units BETWEEN 1 AND 999),
    charge          NUMERIC(12, 2) NOT NULL CHECK (charge >= 0),
    pointers        SMALLINT[]     NOT NULL DEFAULT '{1}' CHECK (cardinality(pointers) BETWEEN 1 AND 4),
    date_of_service DATE           NOT NULL,
    control_number  TEXT           NOT NULL,              -- REF*6R, what the 835 names the line by
    paid            NUMERIC(12, 2) NOT NULL DEFAULT 0,
    UNIQUE (claim_id, line_number),
    UNIQUE (organisation_id, control_number),
    UNIQUE (organisation_id, id),
    FOREIGN KEY (organisation_id, claim_id) REFERENCES claims (organisation_id, id) ON DELETE CASCADE
);

CREATE TABLE claim_diagnoses (
    organisation_id BIGINT   NOT NULL,
    claim_id        BIGINT   NOT NULL,
    position        SMALLINT NOT NULL CHECK (position BETWEEN 1 AND 12),
    code            TEXT     NOT NULL,
    PRIMARY KEY (claim_id, position),
    FOREIGN KEY (organisation_id, claim_id) REFERENCES claims (organisation_id, id) ON DELETE CASCADE
);

CREATE TABLE submission_batches (
    id                  BIGSERIAL PRIMARY KEY,
    organisation_id     BIGINT      NOT NULL REFERENCES organisations (id),
    kind                TEXT        NOT NULL CHECK (kind IN ('837P', '837I')),
    interchange_control BIGINT      NOT NULL CHECK (interchange_control BETWEEN 1 AND 999999999),
    created_at          TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (organisation_id, interchange_control),     -- control numbers never repeat
    UNIQUE (organisation_id, id)
);

CREATE TABLE batch_claims (
    organisation_id BIGINT NOT NULL,
    batch_id        BIGINT NOT NULL,
    claim_id        BIGINT NOT NULL,
    PRIMARY KEY (batch_id, claim_id),
    FOREIGN KEY (organisation_id, batch_id) REFERENCES submission_batches (organisation_id, id),
    FOREIGN KEY (organisation_id, claim_id) REFERENCES claims (organisation_id, id)
);

CREATE TABLE acknowledgements (
    id              BIGSERIAL PRIMARY KEY,
    organisation_id BIGINT      NOT NULL REFERENCES organisations (id),
    batch_id        BIGINT      NOT NULL,
    kind            TEXT        NOT NULL CHECK (kind IN ('999', '277CA')),
    accepted        BOOLEAN     NOT NULL,
    detail          JSONB       NOT NULL DEFAULT '{}',
    received_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    FOREIGN KEY (organisation_id, batch_id) REFERENCES submission_batches (organisation_id, id)
);

-- An 835 payment: posted once. Re-reading the same file finds the same payer and trace number and posts nothing.
CREATE TABLE remittances (
    id              BIGSERIAL PRIMARY KEY,
    organisation_id BIGINT         NOT NULL REFERENCES organisations (id),
    payer_id        BIGINT         NOT NULL,
    trace_number    TEXT           NOT NULL,            -- TRN02
    payment_amount  NUMERIC(12, 2) NOT NULL,            -- BPR02
    paid_on         DATE,
    received_at     TIMESTAMPTZ    NOT NULL DEFAULT now(),
    UNIQUE (organisation_id, payer_id, trace_number),
    UNIQUE (organisation_id, id),
    FOREIGN KEY (organisation_id, payer_id) REFERENCES payers (organisation_id, id)
);

CREATE TABLE remittance_claims (
    id                     BIGSERIAL PRIMARY KEY,
    organisation_id        BIGINT         NOT NULL,
    remittance_id          BIGINT         NOT NULL,
    claim_id               BIGINT         NOT NULL,
    status_code            TEXT           NOT NULL,     -- CLP02 (22 = reversal)
    payer_claim_number     TEXT           NOT NULL,     -- CLP07
    charge                 NUMERIC(12, 2) NOT NULL,
    paid                   NUMERIC(12, 2) NOT NULL,
    patient_responsibility NUMERIC(12, 2) NOT NULL DEFAULT 0,
    UNIQUE (remittance_id, claim_id, payer_claim_number, status_code),
    UNIQUE (organisation_id, id),
    FOREIGN KEY (organisation_id, remittance_id) REFERENCES remittances (organisation_id, id),
    FOREIGN KEY (organisation_id, claim_id) REFERENCES claims (organisation_id, id)
);

CREATE TABLE adjustments (
    id                  BIGSERIAL PRIMARY KEY,
    organisation_id     BIGINT         NOT NULL,
    remittance_claim_id BIGINT         NOT NULL,
    claim_line_id       BIGINT,
    group_code          CHAR(2)        NOT NULL CHECK (group_code IN ('CO', 'PR', 'OA', 'PI', 'CR')),
    carc                TEXT           NOT NULL,
    rarcs               TEXT[]         NOT NULL DEFAULT '{}',
    amount              NUMERIC(12, 2) NOT NULL,
    quantity            NUMERIC(9, 2),
    FOREIGN KEY (organisation_id, remittance_claim_id) REFERENCES remittance_claims (organisation_id, id),
    FOREIGN KEY (organisation_id, claim_line_id) REFERENCES claim_lines (organisation_id, id)
);

CREATE TABLE denials (
    id              BIGSERIAL PRIMARY KEY,
    organisation_id BIGINT      NOT NULL REFERENCES organisations (id),
    claim_id        BIGINT      NOT NULL,
    root_cause      TEXT        NOT NULL,
    status          TEXT        NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'working', 'appealed', 'corrected',
                                                                        'written-off', 'billed-patient', 'closed')),
    owner_user_id   BIGINT,
    next_deadline   DATE,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (organisation_id, id),
    FOREIGN KEY (organisation_id, claim_id) REFERENCES claims (organisation_id, id),
    FOREIGN KEY (organisation_id, owner_user_id) REFERENCES users (organisation_id, id)
);
-- One queue entry per denied claim while it is being worked: never duplicated.
CREATE UNIQUE INDEX denials_one_open_per_claim ON denials (claim_id) WHERE status NOT IN ('closed', 'written-off');

CREATE TABLE appeals (
    id               BIGSERIAL PRIMARY KEY,
    organisation_id  BIGINT         NOT NULL,
    denial_id        BIGINT         NOT NULL,
    level            SMALLINT       NOT NULL CHECK (level BETWEEN 1 AND 5),
    status           TEXT           NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'filed', 'overturned',
                                                                              'partly-overturned', 'upheld')),
    filed_on         DATE,
    decided_on       DATE,
    amount_recovered NUMERIC(12, 2) NOT NULL DEFAULT 0 CHECK (amount_recovered >= 0),
    UNIQUE (denial_id, level),
    FOREIGN KEY (organisation_id, denial_id) REFERENCES denials (organisation_id, id)
);
