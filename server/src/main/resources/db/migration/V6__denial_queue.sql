-- SonoBill schema, part 6 (issue 6): the denial queue (one entry per denied claim, classified, owned, dated and
-- prioritised), appeals with their letters, and the monthly trend figures kept up to date by triggers.

-- The queue entry. Its classification (root cause, action, owner role, reason, source) comes from the engine's
-- CARC/RARC table (engine/src/main/resources/denial/denial-causes.tsv) for the line with the most money denied.
-- Priority is stored, not computed per query: it is refreshed when the entry changes and once a day for the days
-- left, so the queue reads the top entries from an index however long it is.
ALTER TABLE denials
    ADD COLUMN payer_id          BIGINT,
    ADD COLUMN service_date      DATE,                     -- the claim's date of service (trend month)
    ADD COLUMN received_on       DATE,                     -- the payer's decision (835 date): the clocks start here
    ADD COLUMN denied_amount     NUMERIC(12, 2) NOT NULL DEFAULT 0,
    ADD COLUMN group_code        CHAR(2),
    ADD COLUMN carc              TEXT,
    ADD COLUMN rarcs             TEXT[]         NOT NULL DEFAULT '{}',
    ADD COLUMN action            TEXT,
    ADD COLUMN owner_role        TEXT,
    ADD COLUMN team              TEXT,
    ADD COLUMN appealable        BOOLEAN        NOT NULL DEFAULT true,
    ADD COLUMN reason            TEXT,
    ADD COLUMN fix               TEXT,
    ADD COLUMN source            TEXT,
    ADD COLUMN deadline_what     TEXT,
    ADD COLUMN level             SMALLINT       NOT NULL DEFAULT 0,   -- appeal levels filed so far
    ADD COLUMN chance            NUMERIC(4, 3),
    ADD COLUMN chance_basis      TEXT,
    ADD COLUMN expected_recovery NUMERIC(12, 2),
    ADD COLUMN priority          NUMERIC(14, 4) NOT NULL DEFAULT 0,
    ADD COLUMN priority_on       DATE,
    ADD COLUMN low_dollar        BOOLEAN        NOT NULL DEFAULT false,
    ADD COLUMN escalated_on      DATE,
    ADD COLUMN outcome           TEXT CHECK (outcome IN ('overturned', 'partly-overturned', 'upheld',
                                                         'paid-on-correction', 'written-off', 'billed-patient')),
    ADD COLUMN recovered         NUMERIC(12, 2) NOT NULL DEFAULT 0,
    ADD COLUMN resolved_on       DATE,
    ADD COLUMN resolution_note   TEXT,
    ADD COLUMN corrected_claim_id BIGINT,
    ADD COLUMN version           INTEGER        NOT NULL DEFAULT 0,
    ADD COLUMN updated_at        TIMESTAMPTZ    NOT NULL DEFAULT now();
ALTER TABLE denials ADD CONSTRAINT denials_payer FOREIGN KEY (organisation_id, payer_id)
    REFERENCES payers (organisation_id, id);
ALTER TABLE denials ADD CONSTRAINT denials_corrected_claim FOREIGN KEY (organisation_id, corrected_claim_id)
    REFERENCES claims (organisation_id, id);

-- Entries written before this migration (the demo's, and those posted from 835s) keep their claim's facts; the
-- server classifies those without an action when it starts (DenialQueue.classifyUnclassified).
UPDATE denials d SET payer_id = c.payer_id, service_date = c.date_of_service,
                     received_on = d.created_at::date
FROM claims c WHERE c.id = d.claim_id;
UPDATE denials d SET denied_amount = s.amount
FROM (SELECT denial_id, sum(amount) AS amount FROM denial_lines GROUP BY denial_id) s WHERE s.denial_id = d.id;

-- One entry per claim while it can be worked: an entry billed to the patient has ended too (V2 counted only closed
-- and written-off entries as ended), so a later denial of the claim opens a new one rather than joining it.
DROP INDEX denials_one_open_per_claim;
CREATE UNIQUE INDEX denials_one_open_per_claim ON denials (claim_id)
    WHERE status NOT IN ('closed', 'written-off', 'billed-patient');

-- The queue: the open entries by priority, by deadline, by owner.
CREATE INDEX denials_queue ON denials (organisation_id, priority DESC, id)
    WHERE status IN ('open', 'working', 'appealed', 'corrected');
CREATE INDEX denials_due ON denials (organisation_id, next_deadline)
    WHERE status IN ('open', 'working', 'appealed', 'corrected');
CREATE INDEX denials_owner ON denials (organisation_id, owner_user_id, priority DESC)
    WHERE status IN ('open', 'working', 'appealed', 'corrected');

-- A denied line may come from a claim-level denial or a paper decision (no 835 line), and carries the facts the
-- trends group by, copied when it is written: the claim's payer, place of service and ordering provider, the line's
-- code and date, the study's interpreting physician and technologist.
ALTER TABLE denial_lines
    ALTER COLUMN remittance_line_id DROP NOT NULL,
    ADD COLUMN payer_id                 BIGINT,
    ADD COLUMN procedure                TEXT,
    ADD COLUMN modifiers                TEXT[] NOT NULL DEFAULT '{}',
    ADD COLUMN service_date             DATE,
    ADD COLUMN place_of_service         CHAR(2),
    ADD COLUMN ordering_npi             TEXT,
    ADD COLUMN interpreting_provider_id BIGINT,
    ADD COLUMN technologist             TEXT,
    ADD COLUMN action                   TEXT;
CREATE UNIQUE INDEX denial_lines_without_remittance ON denial_lines (denial_id, claim_line_id, carc, group_code)
    WHERE remittance_line_id IS NULL;
CREATE INDEX denial_lines_denial ON denial_lines (denial_id);
UPDATE denial_lines dl SET payer_id = c.payer_id, place_of_service = c.place_of_service,
                           ordering_npi = c.ordering_npi, service_date = c.date_of_service
FROM denials d JOIN claims c ON c.id = d.claim_id WHERE d.id = dl.denial_id;
UPDATE denial_lines dl SET procedure = l.code, modifiers = l.modifiers, service_date = l.date_of_service
FROM claim_lines l WHERE l.id = dl.claim_line_id;
UPDATE denial_lines dl SET interpreting_provider_id = s.interpreting_provider_id, technologist = s.technologist
FROM denials d JOIN claim_studies cs ON cs.claim_id = d.claim_id JOIN studies s ON s.id = cs.study_id
WHERE d.id = dl.denial_id;

-- Where a payer wants appeals sent (the letter's address block); empty when not on file.
ALTER TABLE payers ADD COLUMN appeals_address TEXT[] NOT NULL DEFAULT '{}';

-- Who owns new entries: the most specific rule that matches (root cause, payer, amount), else the role the table
-- names, unassigned.
CREATE TABLE denial_assignment_rules (
    id              BIGSERIAL PRIMARY KEY,
    organisation_id BIGINT         NOT NULL REFERENCES organisations (id),
    root_cause      TEXT,
    payer_id        BIGINT,
    min_amount      NUMERIC(12, 2),
    user_id         BIGINT         NOT NULL,
    created_by      TEXT           NOT NULL,
    created_at      TIMESTAMPTZ    NOT NULL DEFAULT now(),
    FOREIGN KEY (organisation_id, user_id) REFERENCES users (organisation_id, id),
    FOREIGN KEY (organisation_id, payer_id) REFERENCES payers (organisation_id, id)
);

-- An appeal (or a Medicare clerical reopening) at one level, with the letter as the specialist edited it and, once
-- filed, the PDF exactly as it was sent.
ALTER TABLE appeals
    ADD COLUMN kind        TEXT        NOT NULL DEFAULT 'appeal' CHECK (kind IN ('appeal', 'reopening')),
    ADD COLUMN due_on      DATE,
    ADD COLUMN letter      TEXT,
    ADD COLUMN letter_pdf  BYTEA,
    ADD COLUMN note        TEXT,
    ADD COLUMN created_by  TEXT,
    ADD COLUMN created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    ADD COLUMN updated_by  TEXT,
    ADD COLUMN version     INTEGER     NOT NULL DEFAULT 0;
ALTER TABLE appeals ADD CONSTRAINT appeals_org_id UNIQUE (organisation_id, id);
-- A Medicare clerical reopening is not an appeal level: it is kept at level 0, the appeals at 1 to 5.
ALTER TABLE appeals DROP CONSTRAINT appeals_level_check;
ALTER TABLE appeals ADD CONSTRAINT appeals_level_check
    CHECK (level BETWEEN 0 AND 5 AND ((kind = 'reopening') = (level = 0)));

-- The trends, by month of service: billed lines (counted once, when a claim is first submitted), denied lines and
-- claims, and resolutions, for each dimension a manager asks about. The triggers below add rows of deltas in the
-- transaction that changes the records: appended, never updated in place, so concurrent submissions, postings and
-- resolutions never wait on each other's trend rows (an upsert of a shared month row would serialise them and could
-- deadlock). Reports sum the rows; the daily pass folds each organisation's rows into one per key and month
-- (denial_trends_compact), so a report reads a few thousand rows however many denial lines there are.
CREATE TABLE denial_trends (
    organisation_id BIGINT         NOT NULL,
    month           DATE           NOT NULL,
    dimension       TEXT           NOT NULL CHECK (dimension IN ('all', 'payer', 'code', 'root-cause', 'carc', 'pos',
                                                                 'ordering', 'interpreting', 'technologist')),
    key             TEXT           NOT NULL,
    billed_claims   INTEGER        NOT NULL DEFAULT 0,
    billed_lines    INTEGER        NOT NULL DEFAULT 0,
    billed_amount   NUMERIC(14, 2) NOT NULL DEFAULT 0,
    rejected_claims INTEGER        NOT NULL DEFAULT 0,
    denied_claims   INTEGER        NOT NULL DEFAULT 0,
    denied_lines    INTEGER        NOT NULL DEFAULT 0,
    denied_amount   NUMERIC(14, 2) NOT NULL DEFAULT 0,
    resolved        INTEGER        NOT NULL DEFAULT 0,
    resolution_days BIGINT         NOT NULL DEFAULT 0,
    resolved_amount NUMERIC(14, 2) NOT NULL DEFAULT 0,
    recovered       NUMERIC(14, 2) NOT NULL DEFAULT 0
);
CREATE INDEX denial_trends_report ON denial_trends (organisation_id, dimension, month);

-- Folds an organisation's trend rows into one per dimension, key and month (the daily pass). Rows added meanwhile by
-- other transactions are not seen by the DELETE and stay as they are, to be folded next time.
CREATE FUNCTION denial_trends_compact(org BIGINT) RETURNS void LANGUAGE sql AS $$
    WITH gone AS (DELETE FROM denial_trends WHERE organisation_id = org RETURNING *)
    INSERT INTO denial_trends (organisation_id, month, dimension, key, billed_claims, billed_lines, billed_amount,
                               rejected_claims, denied_claims, denied_lines, denied_amount, resolved, resolution_days,
                               resolved_amount, recovered)
    SELECT organisation_id, month, dimension, key, sum(billed_claims), sum(billed_lines), sum(billed_amount),
           sum(rejected_claims), sum(denied_claims), sum(denied_lines), sum(denied_amount), sum(resolved),
           sum(resolution_days), sum(resolved_amount), sum(recovered)
    FROM gone GROUP BY organisation_id, month, dimension, key
$$;

-- When a claim was first submitted: billed once in the trends, and the proof of timely filing an appeal can cite.
ALTER TABLE claims ADD COLUMN first_submitted_on DATE;

CREATE FUNCTION claims_first_submission() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.status = 'submitted' AND NEW.first_submitted_on IS NULL THEN
        NEW.first_submitted_on := current_date;
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER claims_first_submission BEFORE UPDATE OF status ON claims FOR EACH ROW
    EXECUTE FUNCTION claims_first_submission();

-- The trend keys of a billed line: one row per dimension (root cause and CARC exist only once denied).
CREATE FUNCTION billed_line_dimensions(payer BIGINT, code TEXT, pos TEXT, ordering TEXT, interpreting BIGINT,
                                       technologist TEXT) RETURNS TABLE (dimension TEXT, key TEXT)
LANGUAGE sql IMMUTABLE AS $$
    VALUES ('all', ''), ('payer', payer::text), ('code', code), ('pos', pos), ('ordering', coalesce(ordering, '')),
           ('interpreting', coalesce(interpreting::text, '')), ('technologist', coalesce(technologist, ''))
$$;

-- Adds the lines of claims first submitted to the billed trends (the statement trigger below). A replacement or void (frequency 7, 8) bills nothing new: its original was counted.
-- PL/pgSQL, not SQL: its statement's plan is prepared once per session, where a SQL function called from the row
-- trigger would be planned again for every claim submitted.
CREATE FUNCTION denial_trends_add_billed(claim_ids BIGINT[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO denial_trends (organisation_id, month, dimension, key, billed_claims, billed_lines, billed_amount)
    SELECT c.organisation_id, date_trunc('month', l.date_of_service)::date, d.dimension, d.key,
           CASE WHEN d.dimension = 'all' THEN count(DISTINCT l.claim_id) ELSE 0 END, count(*), sum(l.charge)
    FROM claims c
    JOIN claim_lines l ON l.claim_id = c.id
    LEFT JOIN LATERAL (SELECT s.interpreting_provider_id, s.technologist FROM claim_studies cs
                       JOIN studies s ON s.id = cs.study_id WHERE cs.claim_id = c.id
                       ORDER BY s.id LIMIT 1) s ON true
    CROSS JOIN LATERAL billed_line_dimensions(c.payer_id, l.code, c.place_of_service::text, c.ordering_npi,
                                              s.interpreting_provider_id, s.technologist) AS d
    WHERE c.id = ANY(claim_ids) AND c.frequency = '1'
    GROUP BY 1, 2, 3, 4;
END;
$$;

-- Once per statement, for the claims it submitted for the first time: a batch of claims is counted in one insert.
CREATE FUNCTION denial_trends_billed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM denial_trends_add_billed(ARRAY(SELECT n.id FROM submitted_after n JOIN submitted_before o ON o.id = n.id
                                           WHERE o.first_submitted_on IS NULL AND n.first_submitted_on IS NOT NULL));
    RETURN NULL;
END;
$$;
CREATE TRIGGER denial_trends_billed AFTER UPDATE ON claims
    REFERENCING OLD TABLE AS submitted_before NEW TABLE AS submitted_after
    FOR EACH STATEMENT EXECUTE FUNCTION denial_trends_billed();

CREATE FUNCTION denial_trends_rejected() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO denial_trends (organisation_id, month, dimension, key, rejected_claims)
    VALUES (NEW.organisation_id, date_trunc('month', coalesce(NEW.date_of_service, NEW.created_at::date))::date,
            'all', '', 1);
    RETURN NULL;
END;
$$;
CREATE TRIGGER denial_trends_rejected AFTER UPDATE OF status ON claims FOR EACH ROW
    WHEN (NEW.status = 'rejected' AND OLD.status <> 'rejected')
    EXECUTE FUNCTION denial_trends_rejected();

-- The trend keys of a denied line: one row per dimension.
CREATE FUNCTION denial_line_dimensions(n denial_lines) RETURNS TABLE (dimension TEXT, key TEXT)
LANGUAGE sql IMMUTABLE AS $$
    VALUES ('all', ''), ('payer', n.payer_id::text), ('code', coalesce(n.procedure, '')),
           ('root-cause', n.root_cause), ('carc', n.group_code || '-' || n.carc),
           ('pos', coalesce(n.place_of_service::text, '')), ('ordering', coalesce(n.ordering_npi, '')),
           ('interpreting', coalesce(n.interpreting_provider_id::text, '')),
           ('technologist', coalesce(n.technologist, ''))
$$;

CREATE FUNCTION denial_trends_denied_lines() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO denial_trends (organisation_id, month, dimension, key, denied_lines, denied_amount)
    SELECT n.organisation_id, date_trunc('month', n.service_date)::date, d.dimension, d.key,
           count(DISTINCT coalesce(n.claim_line_id, -n.id)), sum(n.amount)
    FROM new_lines n CROSS JOIN LATERAL denial_line_dimensions(n) AS d
    WHERE n.service_date IS NOT NULL AND n.payer_id IS NOT NULL
    GROUP BY 1, 2, 3, 4;
    RETURN NULL;
END;
$$;
CREATE TRIGGER denial_trends_denied_lines AFTER INSERT ON denial_lines REFERENCING NEW TABLE AS new_lines
    FOR EACH STATEMENT EXECUTE FUNCTION denial_trends_denied_lines();

CREATE FUNCTION denial_trends_denied_claims() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO denial_trends (organisation_id, month, dimension, key, denied_claims)
    SELECT n.organisation_id, date_trunc('month', n.service_date)::date, 'all', '', count(*)
    FROM new_denials n WHERE n.service_date IS NOT NULL
    GROUP BY 1, 2;
    RETURN NULL;
END;
$$;
CREATE TRIGGER denial_trends_denied_claims AFTER INSERT ON denials REFERENCING NEW TABLE AS new_denials
    FOR EACH STATEMENT EXECUTE FUNCTION denial_trends_denied_claims();

-- A resolution counts once, under the month of service, for the whole organisation, the root cause and the payer:
-- days from the payer's decision to the resolution, and what came back.
CREATE FUNCTION denial_trends_resolved() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.service_date IS NULL THEN
        RETURN NULL;
    END IF;
    INSERT INTO denial_trends (organisation_id, month, dimension, key, resolved, resolution_days, resolved_amount,
                               recovered)
    SELECT NEW.organisation_id, date_trunc('month', NEW.service_date)::date, d.dimension, d.key, 1,
           greatest(0, NEW.resolved_on - coalesce(NEW.received_on, NEW.created_at::date)), NEW.denied_amount,
           NEW.recovered
    FROM (VALUES ('all', ''), ('payer', coalesce(NEW.payer_id::text, '')), ('root-cause', NEW.root_cause))
         AS d(dimension, key);
    RETURN NULL;
END;
$$;
CREATE TRIGGER denial_trends_resolved AFTER UPDATE OF resolved_on ON denials FOR EACH ROW
    WHEN (OLD.resolved_on IS NULL AND NEW.resolved_on IS NOT NULL)
    EXECUTE FUNCTION denial_trends_resolved();

-- What was billed, denied and resolved before this migration enters the trends once, here. The claims guard is
-- off while the first submissions are dated (it would otherwise ask each row for a new version); dating them is what
-- counts them as billed (the statement trigger above).
ALTER TABLE claims DISABLE TRIGGER claims_guard;
UPDATE claims c SET first_submitted_on = coalesce((SELECT min(b.created_at)::date FROM batch_claims bc
                                                   JOIN submission_batches b ON b.id = bc.batch_id
                                                   WHERE bc.claim_id = c.id), c.created_at::date)
WHERE c.status NOT IN ('draft', 'scrubbed', 'ready') AND c.first_submitted_on IS NULL;
ALTER TABLE claims ENABLE TRIGGER claims_guard;
INSERT INTO denial_trends (organisation_id, month, dimension, key, denied_lines, denied_amount)
SELECT n.organisation_id, date_trunc('month', n.service_date)::date, d.dimension, d.key,
       count(DISTINCT coalesce(n.claim_line_id, -n.id)), sum(n.amount)
FROM denial_lines n CROSS JOIN LATERAL denial_line_dimensions(n) AS d
WHERE n.service_date IS NOT NULL AND n.payer_id IS NOT NULL
GROUP BY 1, 2, 3, 4;
INSERT INTO denial_trends (organisation_id, month, dimension, key, denied_claims)
SELECT organisation_id, date_trunc('month', service_date)::date, 'all', '', count(*)
FROM denials WHERE service_date IS NOT NULL GROUP BY 1, 2;
INSERT INTO denial_trends (organisation_id, month, dimension, key, rejected_claims)
SELECT organisation_id, date_trunc('month', coalesce(date_of_service, created_at::date))::date, 'all', '', count(*)
FROM claims c
WHERE status = 'rejected' OR EXISTS (SELECT 1 FROM claim_acknowledgements ca WHERE ca.claim_id = c.id
                                     AND NOT ca.accepted)
GROUP BY 1, 2;
