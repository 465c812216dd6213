-- SonoBill schema, part 3 (issue 4): what the API's workflow needs on top of the records.

-- API tokens for systems (an interface engine, a script). Only a SHA-256 of the token is kept; the token itself is
-- shown once, when it is made. A token acts as its user, with the user's roles and organisation.
CREATE TABLE api_tokens (
    id              BIGSERIAL PRIMARY KEY,
    organisation_id BIGINT      NOT NULL,
    user_id         BIGINT      NOT NULL,
    name            TEXT        NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    token_hash      TEXT        NOT NULL UNIQUE CHECK (token_hash ~ '^[0-9a-f]{64}$'),
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    revoked_at      TIMESTAMPTZ,
    FOREIGN KEY (organisation_id, user_id) REFERENCES users (organisation_id, id)
);

-- What a claim says beyond its lines: the providers, the authorisation, where the service was furnished.
ALTER TABLE claims
    ADD COLUMN billing_npi            TEXT CHECK (billing_npi ~ '^[0-9]{10}$'),
    ADD COLUMN rendering_npi          TEXT CHECK (rendering_npi ~ '^[0-9]{10}$'),
    ADD COLUMN ordering_npi           TEXT CHECK (ordering_npi ~ '^[0-9]{10}$'),
    ADD COLUMN prior_authorization    TEXT,
    ADD COLUMN state                  CHAR(2),
    ADD COLUMN pricing_locality       TEXT,
    ADD COLUMN date_of_service        DATE,
    ADD COLUMN scrub_status           TEXT CHECK (scrub_status IN ('clean', 'held', 'blocked')),
    ADD COLUMN expected_payment       NUMERIC(12, 2),
    ADD COLUMN revenue_at_risk        NUMERIC(12, 2),
    ADD COLUMN paid_amount            NUMERIC(12, 2) NOT NULL DEFAULT 0,
    ADD COLUMN patient_responsibility NUMERIC(12, 2) NOT NULL DEFAULT 0,
    ADD COLUMN payer_claim_number     TEXT,
    ADD COLUMN created_by             TEXT;
CREATE INDEX claims_list ON claims (organisation_id, status, date_of_service);

-- Which studies a claim bills. A study is billed on one claim at a time (a corrected claim replaces the claim).
CREATE TABLE claim_studies (
    organisation_id BIGINT NOT NULL,
    claim_id        BIGINT NOT NULL,
    study_id        BIGINT NOT NULL,
    PRIMARY KEY (claim_id, study_id),
    FOREIGN KEY (organisation_id, claim_id) REFERENCES claims (organisation_id, id) ON DELETE CASCADE,
    FOREIGN KEY (organisation_id, study_id) REFERENCES studies (organisation_id, id)
);
CREATE INDEX claim_studies_study ON claim_studies (organisation_id, study_id);

-- Each scrub of a claim, kept: the findings as the engine wrote them (docs/claim-format.md) and the money figures.
CREATE TABLE claim_scrubs (
    id               BIGSERIAL PRIMARY KEY,
    organisation_id  BIGINT         NOT NULL,
    claim_id         BIGINT         NOT NULL,
    claim_version    INTEGER        NOT NULL,
    status           TEXT           NOT NULL CHECK (status IN ('clean', 'held', 'blocked')),
    result           JSONB          NOT NULL,
    expected_payment NUMERIC(12, 2),
    revenue_at_risk  NUMERIC(12, 2) NOT NULL DEFAULT 0,
    scrubbed_by      TEXT           NOT NULL,
    scrubbed_at      TIMESTAMPTZ    NOT NULL DEFAULT now(),
    FOREIGN KEY (organisation_id, claim_id) REFERENCES claims (organisation_id, id) ON DELETE CASCADE
);
CREATE INDEX claim_scrubs_claim ON claim_scrubs (claim_id, id DESC);

-- A finding a person decided to let pass, with the reason, who and when (the engine's Override).
CREATE TABLE finding_overrides (
    id              BIGSERIAL PRIMARY KEY,
    organisation_id BIGINT      NOT NULL,
    claim_id        BIGINT      NOT NULL,
    finding_code    TEXT        NOT NULL CHECK (finding_code ~ '^SB-[A-Z]+-[0-9]{3}$'),
    line_code       TEXT,
    reason          TEXT        NOT NULL CHECK (length(reason) >= 10),
    overridden_by   TEXT        NOT NULL,
    at              TIMESTAMPTZ NOT NULL DEFAULT now(),
    FOREIGN KEY (organisation_id, claim_id) REFERENCES claims (organisation_id, id) ON DELETE CASCADE
);

CREATE INDEX studies_list ON studies (organisation_id, status, date_of_service);
CREATE INDEX coding_results_study ON coding_results (study_id, version DESC);

-- The practice's charge for each code (its charge master): what a claim line bills before the payer's fee applies.
CREATE TABLE charge_master (
    organisation_id BIGINT         NOT NULL REFERENCES organisations (id),
    code            TEXT           NOT NULL CHECK (code ~ '^[0-9A-Z][0-9]{3}[0-9A-Z]$'),
    charge          NUMERIC(12, 2) NOT NULL CHECK (charge >= 0),
    PRIMARY KEY (organisation_id, code)
);

-- Claim numbers (CLM01) come from one sequence: they never repeat, whichever organisation asks.
CREATE SEQUENCE claim_number_seq START 100001;
