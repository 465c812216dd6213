-- SonoBill schema, part 1 (issue 4): tenants, people and their roles, and the append-only audit trail.
-- Every business row belongs to one organisation; one organisation never reads another's rows.

CREATE TABLE organisations (
    id          BIGSERIAL PRIMARY KEY,
    code        TEXT        NOT NULL UNIQUE CHECK (code ~ '^[a-z0-9][a-z0-9-]*$'),
    name        TEXT        NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE users (
    id              BIGSERIAL PRIMARY KEY,
    organisation_id BIGINT      NOT NULL REFERENCES organisations (id),
    username        TEXT        NOT NULL CHECK (length(username) BETWEEN 2 AND 64),
    display_name    TEXT        NOT NULL,
    -- a bcrypt or argon2 hash, never a password
    password_hash   TEXT        NOT NULL CHECK (password_hash ~ '^\$(2[aby]|argon2id)\$'),
    active          BOOLEAN     NOT NULL DEFAULT TRUE,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (organisation_id, username)
);

-- The roles of issue 4: who may do what is decided per endpoint from these.
CREATE TABLE user_roles (
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role    TEXT   NOT NULL CHECK (role IN ('coder', 'biller', 'denial-specialist', 'manager', 'auditor', 'admin')),
    PRIMARY KEY (user_id, role)
);

-- Who did what to which record, with the record before and after, and when. The application only ever inserts:
-- the trigger below refuses updates, deletes and truncation, whoever asks.
CREATE TABLE audit_events (
    id              BIGSERIAL PRIMARY KEY,
    organisation_id BIGINT      NOT NULL REFERENCES organisations (id),
    actor           TEXT        NOT NULL,
    action          TEXT        NOT NULL,
    entity          TEXT        NOT NULL,
    entity_id       TEXT        NOT NULL,
    before_state    JSONB,
    after_state     JSONB,
    at              TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX audit_events_entity ON audit_events (organisation_id, entity, entity_id, at);

CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_events is append-only: % is not allowed', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER audit_events_no_update_or_delete
    BEFORE UPDATE OR DELETE ON audit_events
    FOR EACH ROW EXECUTE FUNCTION audit_events_append_only();

CREATE TRIGGER audit_events_no_truncate
    BEFORE TRUNCATE ON audit_events
    FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only();
