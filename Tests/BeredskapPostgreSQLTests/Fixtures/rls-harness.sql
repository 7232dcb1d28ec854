-- Row-level security harness for PostgreSQLAccess (Sources/BeredskapPostgreSQL/PostgreSQLAccess.swift).
--
-- Run with psql as a superuser against a fresh, throwaway cluster (it creates cluster-wide roles):
--     psql -h SOCKETDIR -U postgres -X -f rls-harness.sql
-- Every check prints one line that starts with "ok" or "FAIL"; EXPLAIN ANALYZE output follows the
-- checks. The section between "BEGIN installSQL" and "END installSQL" is the output of
-- PostgreSQLAccess.installSQL(versionTables: [plan_metadata, plan_approvals, sections, search_index,
-- search_state], planTables: [plan_versions, change_sets, drill_sessions]); the one between
-- "BEGIN policySQL" and "END policySQL" is PostgreSQLAccess.policySQL(forNewVersionTable: "section_notes"), and
-- the next one PostgreSQLAccess.policySQL(forNewPlanTable: "plan_notes").
-- A Swift test can run the sections below with those strings put in their place.

\set ON_ERROR_STOP 1
\pset tuples_only on
\pset format unaligned
\pset footer off
SET client_min_messages = warning;

-- ---------------------------------------------------------------------------------------------
-- Roles: the owner, the logins the city's DBA created, a NOLOGIN role.
-- ---------------------------------------------------------------------------------------------
CREATE ROLE city_owner LOGIN CREATEROLE;
CREATE ROLE anna LOGIN;   -- coordinator socialforvaltningen
CREATE ROLE bo LOGIN;     -- coordinator kulturforvaltningen
CREATE ROLE cia LOGIN;    -- central
CREATE ROLE dan LOGIN;    -- approver
CREATE ROLE eva LOGIN;    -- trainer
CREATE ROLE fia LOGIN;    -- auditor
CREATE ROLE gus LOGIN;    -- no grant
CREATE ROLE hugo LOGIN;   -- coordinator kulturforvaltningen and central
CREATE ROLE ivy LOGIN;    -- member of the group role without a grant
CREATE ROLE jon LOGIN;    -- granted, then revoked
CREATE ROLE not_a_login NOLOGIN;
CREATE DATABASE beredskap OWNER city_owner;

\c beredskap postgres
SET client_min_messages = warning;
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT CREATE ON SCHEMA public TO city_owner;

-- The harness's checks: SECURITY INVOKER functions, so each runs with the rights of the login that calls it.
CREATE SCHEMA harness;
GRANT USAGE ON SCHEMA harness TO PUBLIC;

-- A query's row count.
CREATE FUNCTION harness.rows(label text, query text, expected bigint) RETURNS text LANGUAGE plpgsql AS $$
DECLARE n bigint;
BEGIN
    EXECUTE 'SELECT count(*) FROM (' || query || ') q' INTO n;
    RETURN CASE WHEN n = expected THEN 'ok   ' ELSE 'FAIL ' END || current_user || ': ' || label
        || ' (' || n || ' rows' || CASE WHEN n = expected THEN '' ELSE ', expected ' || expected END || ')';
EXCEPTION WHEN OTHERS THEN
    RETURN 'FAIL ' || current_user || ': ' || label || ' raised ' || SQLSTATE || ' ' || SQLERRM;
END $$;

-- The first column of a query's first row, as text.
CREATE FUNCTION harness.value(label text, query text, expected text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE v text;
BEGIN
    EXECUTE query INTO v;
    RETURN CASE WHEN v IS NOT DISTINCT FROM expected THEN 'ok   ' ELSE 'FAIL ' END || current_user || ': ' || label
        || ' (' || coalesce(v, 'NULL') || CASE WHEN v IS NOT DISTINCT FROM expected THEN '' ELSE ', expected '
        || coalesce(expected, 'NULL') END || ')';
EXCEPTION WHEN OTHERS THEN
    RETURN 'FAIL ' || current_user || ': ' || label || ' raised ' || SQLSTATE || ' ' || SQLERRM;
END $$;

-- Statements that succeed, changing `expected` rows (the last statement's count) when it is given;
-- rolled back unless `keep`.
CREATE FUNCTION harness.succeeds(label text, statements text, expected bigint DEFAULT NULL, keep boolean DEFAULT false)
RETURNS text LANGUAGE plpgsql AS $$
DECLARE n bigint;
BEGIN
    BEGIN
        EXECUTE statements;
        GET DIAGNOSTICS n = ROW_COUNT;
        IF NOT keep THEN RAISE EXCEPTION 'harness rollback' USING ERRCODE = 'HRRBK'; END IF;
    EXCEPTION
        WHEN SQLSTATE 'HRRBK' THEN NULL;
        WHEN OTHERS THEN RETURN 'FAIL ' || current_user || ': ' || label || ' raised ' || SQLSTATE || ' ' || SQLERRM;
    END;
    RETURN CASE WHEN expected IS NULL OR n = expected THEN 'ok   ' ELSE 'FAIL ' END || current_user || ': ' || label
        || ' (' || n || ' rows' || CASE WHEN expected IS NULL OR n = expected THEN '' ELSE ', expected ' || expected END
        || CASE WHEN keep THEN ', kept' ELSE ', rolled back' END || ')';
END $$;

-- Statements that fail with SQLSTATE `state`; rolled back.
CREATE FUNCTION harness.fails(label text, statements text, state text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE hint text;
BEGIN
    BEGIN
        EXECUTE statements;
        RAISE EXCEPTION 'no error' USING ERRCODE = 'HRNOE';
    EXCEPTION
        WHEN SQLSTATE 'HRNOE' THEN
            RETURN 'FAIL ' || current_user || ': ' || label || ' succeeded; expected ' || state;
        WHEN OTHERS THEN
            GET STACKED DIAGNOSTICS hint = PG_EXCEPTION_HINT;
            RETURN CASE WHEN SQLSTATE = state THEN 'ok   ' ELSE 'FAIL ' END || current_user || ': ' || label
                || ' -> ' || SQLSTATE || ' ' || SQLERRM || CASE WHEN hint <> '' THEN ' | HINT: ' || hint ELSE '' END;
    END;
END $$;

-- ---------------------------------------------------------------------------------------------
-- The store's schema (migrations v1-v5 as the PostgreSQL translation makes them, cut down to a
-- table of each kind) and its data, as the owner made them.
-- ---------------------------------------------------------------------------------------------
\c beredskap city_owner
SET client_min_messages = warning;

CREATE TABLE schema_migrations (identifier TEXT PRIMARY KEY);
CREATE TABLE settings (
    login TEXT NOT NULL DEFAULT current_user,
    key TEXT NOT NULL,
    value TEXT,
    PRIMARY KEY (login, key)
);
CREATE TABLE plans (
    id TEXT PRIMARY KEY,
    created_at TEXT NOT NULL,
    owner TEXT
);
CREATE TABLE plan_versions (
    row_id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    plan_id TEXT NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
    number BIGINT NOT NULL,
    status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'adopted', 'approved')),
    adopted_on TEXT,
    approved_on TEXT,
    created_at TEXT NOT NULL,
    UNIQUE (plan_id, number)
);
CREATE TABLE change_sets (
    id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    plan_id TEXT NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
    version_id BIGINT NOT NULL REFERENCES plan_versions(row_id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('create', 'edit', 'import', 'lifecycle', 'revision', 'undo')),
    created_at TEXT NOT NULL,
    author TEXT NOT NULL,
    message TEXT,
    undoes BIGINT REFERENCES change_sets(id)
);
CREATE INDEX change_sets_by_plan ON change_sets(plan_id, id);
CREATE TABLE changes (
    change_set_id BIGINT NOT NULL REFERENCES change_sets(id) ON DELETE CASCADE,
    sequence BIGINT NOT NULL,
    entity_kind TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    field TEXT,
    old_value TEXT,
    new_value TEXT,
    position BIGINT,
    PRIMARY KEY (change_set_id, sequence)
);
CREATE INDEX changes_by_entity ON changes(entity_kind, entity_id);
CREATE TABLE search_index (text TEXT, field TEXT, entity_kind TEXT, entity_id TEXT, version_id BIGINT, document tsvector);
CREATE INDEX search_index_by_version ON search_index(version_id);
CREATE TABLE search_state (
    version_id BIGINT PRIMARY KEY REFERENCES plan_versions(row_id) ON DELETE CASCADE,
    indexed_change_set BIGINT NOT NULL
);
CREATE TABLE plan_metadata (
    row_id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    version_id BIGINT NOT NULL REFERENCES plan_versions(row_id) ON DELETE CASCADE,
    parent_table TEXT,
    parent_row BIGINT,
    position BIGINT NOT NULL,
    id TEXT,
    title TEXT,
    owner_administration TEXT,
    time_zone TEXT
);
CREATE INDEX plan_metadata_by_id ON plan_metadata(version_id, id);
CREATE TABLE plan_approvals (
    row_id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    version_id BIGINT NOT NULL REFERENCES plan_versions(row_id) ON DELETE CASCADE,
    parent_table TEXT,
    parent_row BIGINT,
    position BIGINT NOT NULL,
    action TEXT,
    body TEXT,
    date TEXT,
    diary_number TEXT,
    note TEXT
);
CREATE INDEX plan_approvals_by_parent ON plan_approvals(version_id, parent_table, parent_row, position);
CREATE TABLE sections (
    row_id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    version_id BIGINT NOT NULL REFERENCES plan_versions(row_id) ON DELETE CASCADE,
    parent_table TEXT,
    parent_row BIGINT,
    position BIGINT NOT NULL,
    id TEXT,
    title TEXT,
    body TEXT,
    "insert" TEXT
);
CREATE INDEX sections_by_id ON sections(version_id, id);
CREATE INDEX sections_by_parent ON sections(version_id, parent_table, parent_row, position);
CREATE TABLE drill_sessions (
    id TEXT PRIMARY KEY,
    plan_id TEXT NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
    scenario TEXT NOT NULL,
    scenario_text TEXT,
    title TEXT NOT NULL,
    event_start TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('running', 'paused', 'ended')),
    minute DOUBLE PRECISION NOT NULL,
    started_at TEXT NOT NULL,
    ended_at TEXT,
    actions_name_inject INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE drill_participants (
    session_id TEXT NOT NULL REFERENCES drill_sessions(id) ON DELETE CASCADE,
    position BIGINT NOT NULL,
    role TEXT NOT NULL,
    person TEXT NOT NULL,
    PRIMARY KEY (session_id, position)
);
CREATE TABLE drill_log (
    session_id TEXT NOT NULL REFERENCES drill_sessions(id) ON DELETE CASCADE,
    sequence BIGINT NOT NULL,
    minute DOUBLE PRECISION NOT NULL,
    wall_time TEXT NOT NULL,
    kind TEXT NOT NULL,
    role TEXT,
    action TEXT,
    note TEXT,
    entered_by TEXT,
    inject BIGINT,
    step TEXT,
    option TEXT,
    objective TEXT,
    rating TEXT,
    PRIMARY KEY (session_id, sequence)
);
CREATE VIEW current_versions AS
    SELECT v.* FROM plan_versions v
    WHERE v.number = (SELECT max(number) FROM plan_versions w WHERE w.plan_id = v.plan_id);

INSERT INTO schema_migrations VALUES ('v1'), ('v2'), ('v3'), ('v4'), ('v5');
INSERT INTO plans VALUES
    ('soc-plan', '2026-01-01T00:00:00.000Z', 'socialforvaltningen'),
    ('kul-plan', '2026-01-01T00:00:00.000Z', 'kulturforvaltningen'),
    ('old-plan', '2025-01-01T00:00:00.000Z', NULL);
-- Versions 1 and 2 of soc-plan, 3 of kul-plan, 4 of old-plan.
INSERT INTO plan_versions (row_id, plan_id, number, status, approved_on, created_at) VALUES
    (1, 'soc-plan', 1, 'approved', '2026-02-01', '2026-01-01T00:00:00.000Z'),
    (2, 'soc-plan', 2, 'draft', NULL, '2026-03-01T00:00:00.000Z'),
    (3, 'kul-plan', 1, 'draft', NULL, '2026-01-01T00:00:00.000Z'),
    (4, 'old-plan', 1, 'draft', NULL, '2025-01-01T00:00:00.000Z');
SELECT setval(pg_get_serial_sequence('plan_versions', 'row_id'), 100);
-- Change sets 1-4 of soc-plan (4, an edit, the newest; 2 the lifecycle one), 5-6 of kul-plan, 7 of old-plan.
INSERT INTO change_sets (id, plan_id, version_id, kind, created_at, author, message) VALUES
    (1, 'soc-plan', 1, 'create', '2026-01-01T00:00:00.000Z', 'anna', NULL),
    (2, 'soc-plan', 1, 'lifecycle', '2026-02-01T00:00:00.000Z', 'dan', 'Kommunstyrelsen: godkänd'),
    (3, 'soc-plan', 2, 'revision', '2026-03-01T00:00:00.000Z', 'anna', 'Version 2'),
    (4, 'soc-plan', 2, 'edit', '2026-03-02T00:00:00.000Z', 'anna', NULL),
    (5, 'kul-plan', 3, 'create', '2026-01-01T00:00:00.000Z', 'bo', NULL),
    (6, 'kul-plan', 3, 'edit', '2026-01-02T00:00:00.000Z', 'bo', NULL),
    (7, 'old-plan', 4, 'create', '2025-01-01T00:00:00.000Z', 'city_owner', NULL);
SELECT setval(pg_get_serial_sequence('change_sets', 'id'), 100);
INSERT INTO changes VALUES
    (2, 0, 'plan', 'soc-plan', '@status', '"adopted"', '"approved"', NULL),
    (3, 0, 'plan', 'soc-plan', 'version', '"1"', '"2"', NULL),
    (4, 0, 'section', 's1', 'title', '"A"', '"B"', NULL),
    (4, 1, 'section', 's2', 'title', '"C"', '"D"', NULL),
    (6, 0, 'section', 'k1', 'body', '"x"', '"y"', NULL);
INSERT INTO plan_metadata (version_id, position, id, title, owner_administration) VALUES
    (1, 0, 'soc-plan', 'Socialförvaltningens plan', 'socialforvaltningen'),
    (2, 0, 'soc-plan', 'Socialförvaltningens plan', 'socialforvaltningen'),
    (3, 0, 'kul-plan', 'Kulturförvaltningens plan', 'kulturforvaltningen'),
    (4, 0, 'old-plan', 'En gammal plan', NULL);
INSERT INTO plan_approvals (version_id, position, action, body, date) VALUES
    (1, 0, 'adopted', 'Socialnämnden', '2026-01-15'),
    (1, 1, 'approved', 'Kommunstyrelsen', '2026-02-01');
-- Sections: 3 in each soc-plan version, 2 in kul-plan, 1 in old-plan.
INSERT INTO sections (version_id, position, id, title, body) VALUES
    (1, 0, 's1', 'Inledning', 'a'), (1, 1, 's2', 'Ansvar', 'b'), (1, 2, 's3', 'Larm', 'c'),
    (2, 0, 's1', 'Inledning', 'a'), (2, 1, 's2', 'Ansvar', 'b'), (2, 2, 's3', 'Larm', 'c'),
    (3, 0, 'k1', 'Kultur', 'x'), (3, 1, 'k2', 'Bibliotek', 'y'),
    (4, 0, 'o1', 'Gammalt', 'z');
INSERT INTO search_index (text, field, entity_kind, entity_id, version_id)
    SELECT title, 'title', 'section', id, version_id FROM sections;
INSERT INTO search_state VALUES (1, 2), (2, 4), (3, 6), (4, 7);
INSERT INTO drill_sessions (id, plan_id, scenario, title, event_start, state, minute, started_at) VALUES
    ('soc-drill', 'soc-plan', 'brand', 'Brand på boendet', '2026-04-01T09:00', 'ended', 60, '2026-04-01T09:00:00.000Z'),
    ('kul-drill', 'kul-plan', 'storm', 'Storm', '2026-04-02T09:00', 'running', 10, '2026-04-02T09:00:00.000Z');
INSERT INTO drill_participants VALUES ('soc-drill', 0, 'chef', 'Anna'), ('soc-drill', 1, 'press', 'Per'),
    ('kul-drill', 0, 'chef', 'Bo');
INSERT INTO drill_log (session_id, sequence, minute, wall_time, kind, role, action) VALUES
    ('soc-drill', 0, 0, '09:00', 'start', NULL, NULL), ('soc-drill', 1, 5, '09:05', 'action', 'chef', 'ringde'),
    ('soc-drill', 2, 60, '10:00', 'end', NULL, NULL), ('kul-drill', 0, 0, '09:00', 'start', NULL, NULL);
INSERT INTO settings (login, key, value) VALUES ('city_owner', 'default_plan', 'soc-plan'),
    ('anna', 'default_plan', 'soc-plan');

-- ---------------------------------------------------------------------------------------------
-- The migration that adds access: installSQL, as the owner.
-- ---------------------------------------------------------------------------------------------
BEGIN;
-- BEGIN installSQL
-- Access per administration: generated by PostgreSQLAccess.installSQL, run once by the owner.

DO $beredskap$
DECLARE
    others text;
BEGIN
    SELECT string_agg(c.relname || ' (' || pg_get_userbyid(c.relowner) || ')', ', ' ORDER BY c.relname) INTO others
    FROM pg_class c
    WHERE c.relnamespace = to_regnamespace(current_schema()) AND c.relkind IN ('r', 'p', 'v')
        AND NOT pg_has_role(current_user, c.relowner, 'USAGE');
    IF others IS NOT NULL THEN
        RAISE EXCEPTION 'access control is installed by the owner of the tables, not by "%"', current_user
            USING ERRCODE = 'insufficient_privilege',
                HINT = 'Run the migration as the role that owns them: ' || others || '.';
    END IF;
END
$beredskap$;

DO $beredskap$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'beredskap_users') THEN
        CREATE ROLE "beredskap_users" NOLOGIN;
    ELSIF (SELECT rolcanlogin FROM pg_roles WHERE rolname = 'beredskap_users') THEN
        RAISE EXCEPTION 'the group role "%" can log in', 'beredskap_users'
            USING HINT = 'The group role holds the privileges of every granted login and must be NOLOGIN: '
                || 'ALTER ROLE beredskap_users NOLOGIN, or install with another group role.';
    END IF;
END
$beredskap$;

CREATE TABLE access_grants (
    login TEXT NOT NULL,
    capability TEXT NOT NULL CHECK (capability IN ('coordinator', 'central', 'approver', 'trainer', 'auditor')),
    organization TEXT,
    granted_at TEXT NOT NULL,
    granted_by TEXT NOT NULL,
    CHECK ((capability = 'coordinator') = (organization IS NOT NULL))
);
CREATE UNIQUE INDEX access_grants_unique ON access_grants (login, capability, (coalesce(organization, '')));

CREATE INDEX IF NOT EXISTS beredskap_plans_by_owner ON plans (owner);
CREATE INDEX IF NOT EXISTS beredskap_change_sets_lifecycle ON change_sets (id) WHERE kind = 'lifecycle';
CREATE INDEX IF NOT EXISTS beredskap_drill_sessions_by_plan ON drill_sessions (plan_id);

CREATE FUNCTION beredskap_has_any(wanted text[], who name DEFAULT current_user) RETURNS boolean
    LANGUAGE plpgsql STABLE SECURITY DEFINER
AS $fn$
BEGIN
    RETURN pg_has_role(session_user, who, 'MEMBER')
        AND EXISTS (SELECT FROM access_grants g WHERE g.login = who::text AND g.capability = ANY (wanted));
END
$fn$;

CREATE FUNCTION beredskap_coordinated_organizations(who name DEFAULT current_user) RETURNS SETOF text
    LANGUAGE plpgsql STABLE SECURITY DEFINER ROWS 3
AS $fn$
BEGIN
    IF pg_has_role(session_user, who, 'MEMBER') THEN
        RETURN QUERY
            SELECT g.organization FROM access_grants g WHERE g.login = who::text AND g.capability = 'coordinator';
    END IF;
END
$fn$;

CREATE FUNCTION beredskap_coordinated_plans(who name DEFAULT current_user) RETURNS SETOF text
    LANGUAGE plpgsql STABLE SECURITY DEFINER ROWS 30
AS $fn$
DECLARE
    organizations text[] := ARRAY(SELECT beredskap_coordinated_organizations(who));
BEGIN
    RETURN QUERY SELECT p.id FROM plans p WHERE p.owner = ANY (organizations);
END
$fn$;

CREATE FUNCTION beredskap_readable_plans(who name DEFAULT current_user) RETURNS SETOF text
    LANGUAGE plpgsql STABLE SECURITY DEFINER ROWS 300
AS $fn$
BEGIN
    IF beredskap_has_any('{central,approver,trainer,auditor}', who) THEN
        RETURN QUERY SELECT p.id FROM plans p;
    ELSE
        RETURN QUERY SELECT beredskap_coordinated_plans(who);
    END IF;
END
$fn$;

CREATE FUNCTION beredskap_readable_versions(who name DEFAULT current_user) RETURNS SETOF bigint
    LANGUAGE plpgsql STABLE SECURITY DEFINER
AS $fn$
BEGIN
    IF beredskap_has_any('{central,approver,trainer,auditor}', who) THEN
        RETURN QUERY SELECT v.row_id FROM plan_versions v;
    ELSE
        RETURN QUERY SELECT beredskap_coordinated_versions(who);
    END IF;
END
$fn$;

CREATE FUNCTION beredskap_coordinated_versions(who name DEFAULT current_user) RETURNS SETOF bigint
    LANGUAGE plpgsql STABLE SECURITY DEFINER ROWS 100
AS $fn$
DECLARE
    organizations text[] := ARRAY(SELECT beredskap_coordinated_organizations(who));
BEGIN
    RETURN QUERY
        SELECT v.row_id FROM plan_versions v JOIN plans p ON p.id = v.plan_id WHERE p.owner = ANY (organizations);
END
$fn$;

CREATE FUNCTION beredskap_readable_change_sets(who name DEFAULT current_user) RETURNS SETOF bigint
    LANGUAGE plpgsql STABLE SECURITY DEFINER
AS $fn$
DECLARE
    coordinated text[];
BEGIN
    IF beredskap_has_any('{auditor}', who) THEN
        RETURN QUERY SELECT s.id FROM change_sets s;
        RETURN;
    END IF;
    coordinated := ARRAY(SELECT beredskap_coordinated_plans(who));
    RETURN QUERY SELECT s.id FROM change_sets s WHERE s.plan_id = ANY (coordinated);
    IF beredskap_has_any('{approver}', who) THEN
        RETURN QUERY SELECT s.id FROM change_sets s WHERE s.kind = 'lifecycle';
    END IF;
END
$fn$;

CREATE FUNCTION beredskap_open_change_sets(who name DEFAULT current_user) RETURNS SETOF bigint
    LANGUAGE plpgsql STABLE SECURITY DEFINER ROWS 30
AS $fn$
DECLARE
    organizations text[] := ARRAY(SELECT beredskap_coordinated_organizations(who));
    approves boolean := beredskap_has_any('{approver}', who);
BEGIN
    IF approves THEN
        RETURN QUERY
            SELECT newest.id
            FROM plans p
            CROSS JOIN LATERAL (
                SELECT s.id, s.kind FROM change_sets s WHERE s.plan_id = p.id ORDER BY s.id DESC LIMIT 1
            ) newest
            WHERE p.owner = ANY (organizations) OR newest.kind = 'lifecycle';
    ELSE
        RETURN QUERY
            SELECT newest.id
            FROM plans p
            CROSS JOIN LATERAL (
                SELECT s.id FROM change_sets s WHERE s.plan_id = p.id ORDER BY s.id DESC LIMIT 1
            ) newest
            WHERE p.owner = ANY (organizations);
    END IF;
END
$fn$;

CREATE FUNCTION beredskap_readable_drill_sessions(who name DEFAULT current_user) RETURNS SETOF text
    LANGUAGE plpgsql STABLE SECURITY DEFINER
AS $fn$
DECLARE
    plan_ids text[];
BEGIN
    IF beredskap_has_any('{central,approver,trainer,auditor}', who) THEN
        RETURN QUERY SELECT d.id FROM drill_sessions d;
    ELSE
        plan_ids := ARRAY(SELECT beredskap_coordinated_plans(who));
        RETURN QUERY SELECT d.id FROM drill_sessions d WHERE d.plan_id = ANY (plan_ids);
    END IF;
END
$fn$;

CREATE FUNCTION beredskap_capabilities(who name DEFAULT current_user)
    RETURNS TABLE (capability text, organization text)
    LANGUAGE sql STABLE SECURITY DEFINER
AS $fn$
    SELECT 'owner'::text, NULL::text
    WHERE pg_has_role(session_user, who, 'MEMBER') AND pg_has_role(who, current_user, 'USAGE')
    UNION ALL
    SELECT g.capability, g.organization FROM access_grants g
    WHERE g.login = who::text AND pg_has_role(session_user, who, 'MEMBER')
    ORDER BY 1, 2
$fn$;

CREATE FUNCTION beredskap_may_write_plan(plan_id text, what text, who name DEFAULT current_user)
    RETURNS boolean
    LANGUAGE plpgsql STABLE SECURITY DEFINER
AS $fn$
DECLARE
    plan_owner text;
BEGIN
    IF what IS NULL OR what NOT IN ('content', 'approval', 'drill') THEN
        RAISE EXCEPTION 'unknown kind of write "%"', what
            USING ERRCODE = 'invalid_parameter_value', HINT = 'Ask about content, approval or drill.';
    END IF;
    SELECT p.owner INTO plan_owner FROM plans p WHERE p.id = beredskap_may_write_plan.plan_id;
    IF NOT FOUND OR NOT pg_has_role(session_user, who, 'MEMBER') THEN
        RETURN false;
    END IF;
    IF pg_has_role(who, current_user, 'USAGE') THEN
        RETURN true;
    END IF;
    RETURN CASE what
        WHEN 'drill' THEN beredskap_has_any('{trainer}', who)
        WHEN 'approval' THEN beredskap_has_any('{approver}', who)
            OR plan_owner IN (SELECT beredskap_coordinated_organizations(who))
        ELSE plan_owner IN (SELECT beredskap_coordinated_organizations(who))
    END;
END
$fn$;

CREATE FUNCTION beredskap_keep_key() RETURNS trigger
    LANGUAGE plpgsql
AS $fn$
BEGIN
    IF (to_jsonb(NEW) -> TG_ARGV[0]) IS DISTINCT FROM (to_jsonb(OLD) -> TG_ARGV[0])
        AND NOT pg_has_role(current_user, (SELECT c.relowner FROM pg_class c WHERE c.oid = TG_RELID), 'USAGE')
    THEN
        RAISE EXCEPTION 'permission denied to move a row of % to another %', TG_TABLE_NAME, TG_ARGV[0]
            USING ERRCODE = 'insufficient_privilege',
                HINT = 'A row stays with the plan or version it belongs to: delete it and insert it where it belongs.';
    END IF;
    RETURN NEW;
END
$fn$;

CREATE FUNCTION beredskap_guard_plan_version() RETURNS trigger
    LANGUAGE plpgsql
AS $fn$
BEGIN
    IF (to_jsonb(NEW) - ARRAY['status', 'adopted_on', 'approved_on'])
            IS DISTINCT FROM (to_jsonb(OLD) - ARRAY['status', 'adopted_on', 'approved_on'])
        AND NOT beredskap_may_write_plan(OLD.plan_id, 'content', current_user)
    THEN
        RAISE EXCEPTION 'permission denied to change version % of plan "%" beyond its status and decision dates',
                OLD.number, OLD.plan_id
            USING ERRCODE = 'insufficient_privilege',
                HINT = 'Recording an adoption or approval changes status, adopted_on and approved_on; '
                    || 'anything else takes a coordinator of the administration that owns the plan.';
    END IF;
    RETURN NEW;
END
$fn$;

CREATE FUNCTION beredskap_access_grant(login text, capability text, organization text DEFAULT NULL)
    RETURNS boolean
    LANGUAGE plpgsql
AS $fn$
#variable_conflict use_column
DECLARE
    who text := beredskap_access_grant.login;
    what text := lower(btrim(beredskap_access_grant.capability));
    org text := nullif(btrim(beredskap_access_grant.organization), '');
    store_owner name := (SELECT pg_get_userbyid(c.relowner) FROM pg_class c WHERE c.oid = 'access_grants'::regclass);
    candidate record;
    added integer;
BEGIN
    IF what IS NULL THEN
        RAISE EXCEPTION 'a grant names a capability'
            USING ERRCODE = 'invalid_parameter_value',
                HINT = 'The capabilities are coordinator ORGANIZATION, central, approver, trainer and auditor.';
    END IF;
    IF what NOT IN ('coordinator', 'central', 'approver', 'trainer', 'auditor') THEN
        RAISE EXCEPTION 'unknown capability "%"', what
            USING ERRCODE = 'invalid_parameter_value',
                HINT = 'The capabilities are coordinator ORGANIZATION, central, approver, trainer and auditor.';
    END IF;
    IF what <> 'coordinator' AND org IS NOT NULL THEN
        RAISE EXCEPTION 'the % capability applies to every plan and takes no organization', what
            USING ERRCODE = 'invalid_parameter_value',
                HINT = format('Leave out the organization "%s", or use coordinator %s for that administration alone.',
                    org, org);
    END IF;
    IF what = 'coordinator' AND org IS NULL THEN
        RAISE EXCEPTION 'a coordinator grant names the organization whose plans "%" coordinates', who
            USING ERRCODE = 'invalid_parameter_value',
                HINT = 'Name the administration, as plans.owner does: coordinator socialforvaltningen, for one.';
    END IF;
    SELECT r.rolcanlogin, r.rolsuper, r.rolbypassrls INTO candidate FROM pg_roles r WHERE r.rolname = who;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'there is no login "%" in this database cluster', who
            USING ERRCODE = 'undefined_object',
                HINT = format('The database administrator creates logins, this tool does not: CREATE ROLE %I LOGIN; '
                    || 'then grant again.', who);
    END IF;
    IF NOT candidate.rolcanlogin THEN
        RAISE EXCEPTION 'the role "%" cannot log in', who
            USING ERRCODE = 'invalid_parameter_value',
                HINT = format('Grant capabilities to a login; the database administrator can make it one: ALTER ROLE %I LOGIN.',
                    who);
    END IF;
    IF candidate.rolsuper OR candidate.rolbypassrls THEN
        RAISE EXCEPTION 'the login "%" bypasses row-level security', who
            USING ERRCODE = 'invalid_parameter_value',
                HINT = 'A superuser or BYPASSRLS role reads and writes every row whatever it is granted; '
                    || 'grant capabilities to an ordinary login.';
    END IF;
    IF pg_has_role(who, store_owner, 'USAGE') THEN
        RAISE EXCEPTION 'the login "%" is the owner of the store or has its privileges', who
            USING ERRCODE = 'invalid_parameter_value',
                HINT = 'The owner reads and writes everything already; grant capabilities to the logins that use the store.';
    END IF;
    INSERT INTO access_grants (login, capability, organization, granted_at, granted_by)
    VALUES (who, what, org, to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), session_user)
    ON CONFLICT (login, capability, (coalesce(organization, ''))) DO NOTHING;
    GET DIAGNOSTICS added = ROW_COUNT;
    IF NOT pg_has_role(who, 'beredskap_users', 'MEMBER') THEN
        BEGIN
            EXECUTE format('GRANT %I TO %I', 'beredskap_users', who);
        EXCEPTION WHEN insufficient_privilege THEN
            RAISE EXCEPTION 'the owner "%" may not make "%" a member of the group role "%"',
                    current_user, who, 'beredskap_users'
                USING ERRCODE = 'insufficient_privilege',
                    HINT = format('The database administrator gives the owner that right: ALTER ROLE %I CREATEROLE, '
                        || 'or GRANT %I TO %I WITH ADMIN OPTION.', current_user, 'beredskap_users', current_user);
        END;
    END IF;
    RETURN added > 0;
END
$fn$;

CREATE FUNCTION beredskap_access_revoke(login text, capability text DEFAULT NULL, organization text DEFAULT NULL)
    RETURNS integer
    LANGUAGE plpgsql
AS $fn$
#variable_conflict use_column
DECLARE
    who text := beredskap_access_revoke.login;
    what text := nullif(lower(btrim(beredskap_access_revoke.capability)), '');
    org text := nullif(btrim(beredskap_access_revoke.organization), '');
    removed integer;
BEGIN
    IF what IS NOT NULL THEN
    IF what NOT IN ('coordinator', 'central', 'approver', 'trainer', 'auditor') THEN
        RAISE EXCEPTION 'unknown capability "%"', what
            USING ERRCODE = 'invalid_parameter_value',
                HINT = 'The capabilities are coordinator ORGANIZATION, central, approver, trainer and auditor.';
    END IF;
    IF what <> 'coordinator' AND org IS NOT NULL THEN
        RAISE EXCEPTION 'the % capability applies to every plan and takes no organization', what
            USING ERRCODE = 'invalid_parameter_value',
                HINT = format('Leave out the organization "%s", or use coordinator %s for that administration alone.',
                    org, org);
    END IF;
    END IF;
    DELETE FROM access_grants g
    WHERE g.login = who AND (what IS NULL OR g.capability = what) AND (org IS NULL OR g.organization = org);
    GET DIAGNOSTICS removed = ROW_COUNT;
    IF NOT EXISTS (SELECT FROM access_grants g WHERE g.login = who)
        AND EXISTS (
            SELECT FROM pg_auth_members m
            WHERE m.roleid = (SELECT r.oid FROM pg_roles r WHERE r.rolname = 'beredskap_users')
                AND m.member = (SELECT r.oid FROM pg_roles r WHERE r.rolname = who))
    THEN
        EXECUTE format('REVOKE %I FROM %I', 'beredskap_users', who);
    END IF;
    RETURN removed;
END
$fn$;

CREATE FUNCTION beredskap_protect_table(tbl regclass, reads text, inserts text, updates text, deletes text)
    RETURNS void
    LANGUAGE plpgsql
AS $fn$
DECLARE
    table_owner name := (SELECT pg_get_userbyid(c.relowner) FROM pg_class c WHERE c.oid = tbl);
    seq regclass;
BEGIN
    EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY', tbl);
    EXECUTE format('CREATE POLICY beredskap_owner ON %s TO %I USING (true) WITH CHECK (true)', tbl, table_owner);
    EXECUTE format('CREATE POLICY beredskap_read ON %s FOR SELECT TO %I USING (%s)', tbl, 'beredskap_users', reads);
    IF inserts IS NOT NULL THEN
        EXECUTE format('CREATE POLICY beredskap_insert ON %s FOR INSERT TO %I WITH CHECK (%s)',
            tbl, 'beredskap_users', inserts);
    END IF;
    EXECUTE format('CREATE POLICY beredskap_update ON %s FOR UPDATE TO %I USING (%s) WITH CHECK (%s)',
        tbl, 'beredskap_users', reads, coalesce(updates, 'false'));
    IF deletes IS NOT NULL THEN
        EXECUTE format('CREATE POLICY beredskap_delete ON %s FOR DELETE TO %I USING (%s)',
            tbl, 'beredskap_users', deletes);
    END IF;
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %s TO %I', tbl, 'beredskap_users');
    FOR seq IN
        SELECT d.objid::regclass FROM pg_depend d JOIN pg_class s ON s.oid = d.objid
        WHERE d.classid = 'pg_class'::regclass AND d.refclassid = 'pg_class'::regclass
            AND d.refobjid = tbl AND s.relkind = 'S'
    LOOP
        EXECUTE format('GRANT USAGE ON SEQUENCE %s TO %I', seq, 'beredskap_users');
    END LOOP;
END
$fn$;

DO $beredskap$
DECLARE
    f regprocedure;
BEGIN
    FOR f IN
        SELECT p.oid::regprocedure FROM pg_proc p
        WHERE p.pronamespace = to_regnamespace(current_schema()) AND left(p.proname, 10) = 'beredskap_'
    LOOP
        EXECUTE format('ALTER FUNCTION %s SET search_path = %I, pg_temp', f, current_schema());
    END LOOP;
END
$beredskap$;

REVOKE ALL ON FUNCTION
    beredskap_has_any(text[], name), beredskap_coordinated_organizations(name), beredskap_coordinated_plans(name),
    beredskap_readable_plans(name), beredskap_readable_versions(name), beredskap_coordinated_versions(name),
    beredskap_readable_change_sets(name), beredskap_open_change_sets(name), beredskap_readable_drill_sessions(name),
    beredskap_keep_key(), beredskap_guard_plan_version(),
    beredskap_access_grant(text, text, text), beredskap_access_revoke(text, text, text),
    beredskap_protect_table(regclass, text, text, text, text)
FROM PUBLIC;
GRANT EXECUTE ON FUNCTION
    beredskap_has_any(text[], name), beredskap_coordinated_organizations(name), beredskap_coordinated_plans(name),
    beredskap_readable_plans(name), beredskap_readable_versions(name), beredskap_coordinated_versions(name),
    beredskap_readable_change_sets(name), beredskap_open_change_sets(name), beredskap_readable_drill_sessions(name)
TO "beredskap_users";
GRANT EXECUTE ON FUNCTION beredskap_capabilities(name), beredskap_may_write_plan(text, text, name) TO PUBLIC;

SELECT beredskap_protect_table('plans'::regclass,
    $policy$true$policy$,
    $policy$owner IN (SELECT beredskap_coordinated_organizations())$policy$,
    NULL,
    NULL);

SELECT beredskap_protect_table('changes'::regclass,
    $policy$(SELECT beredskap_has_any('{auditor}')) OR change_set_id IN (SELECT beredskap_readable_change_sets())$policy$,
    $policy$change_set_id IN (SELECT beredskap_open_change_sets())$policy$,
    NULL,
    NULL);

SELECT beredskap_protect_table('drill_participants'::regclass,
    $policy$(SELECT beredskap_has_any('{central,approver,trainer,auditor}')) OR session_id IN (SELECT beredskap_readable_drill_sessions())$policy$,
    $policy$(SELECT beredskap_has_any('{trainer}'))$policy$,
    $policy$(SELECT beredskap_has_any('{trainer}'))$policy$,
    $policy$(SELECT beredskap_has_any('{trainer}'))$policy$);

SELECT beredskap_protect_table('drill_log'::regclass,
    $policy$(SELECT beredskap_has_any('{central,approver,trainer,auditor}')) OR session_id IN (SELECT beredskap_readable_drill_sessions())$policy$,
    $policy$(SELECT beredskap_has_any('{trainer}'))$policy$,
    $policy$(SELECT beredskap_has_any('{trainer}'))$policy$,
    $policy$(SELECT beredskap_has_any('{trainer}'))$policy$);

SELECT beredskap_protect_table('settings'::regclass,
    $policy$true$policy$,
    $policy$login = current_user::text$policy$,
    $policy$login = current_user::text$policy$,
    $policy$login = current_user::text$policy$);
REVOKE UPDATE ON settings FROM "beredskap_users";
GRANT UPDATE (key, value) ON settings TO "beredskap_users";

SELECT beredskap_protect_table('access_grants'::regclass,
    $policy$login = current_user::text$policy$,
    NULL,
    NULL,
    NULL);

SELECT beredskap_protect_table('schema_migrations'::regclass,
    $policy$true$policy$,
    NULL,
    NULL,
    NULL);

SELECT beredskap_protect_table('plan_versions'::regclass,
    $policy$(SELECT beredskap_has_any('{central,approver,trainer,auditor}')) OR plan_id IN (SELECT beredskap_readable_plans())$policy$,
    $policy$plan_id IN (SELECT beredskap_coordinated_plans())$policy$,
    $policy$(SELECT beredskap_has_any('{approver}')) OR plan_id IN (SELECT beredskap_coordinated_plans())$policy$,
    $policy$plan_id IN (SELECT beredskap_coordinated_plans())$policy$);
CREATE TRIGGER beredskap_keep_plan_id BEFORE UPDATE OF plan_id ON "plan_versions" FOR EACH ROW EXECUTE FUNCTION beredskap_keep_key('plan_id');
CREATE TRIGGER beredskap_guard_plan_version BEFORE UPDATE ON plan_versions FOR EACH ROW EXECUTE FUNCTION beredskap_guard_plan_version();

SELECT beredskap_protect_table('change_sets'::regclass,
    $policy$(SELECT beredskap_has_any('{auditor}')) OR plan_id IN (SELECT beredskap_coordinated_plans()) OR (kind = 'lifecycle' AND (SELECT beredskap_has_any('{approver}')))$policy$,
    $policy$(plan_id IN (SELECT beredskap_coordinated_plans()) AND version_id IN (SELECT beredskap_coordinated_versions())) OR (kind = 'lifecycle' AND (SELECT beredskap_has_any('{approver}')))$policy$,
    NULL,
    NULL);

SELECT beredskap_protect_table('drill_sessions'::regclass,
    $policy$(SELECT beredskap_has_any('{central,approver,trainer,auditor}')) OR plan_id IN (SELECT beredskap_readable_plans())$policy$,
    $policy$(SELECT beredskap_has_any('{trainer}'))$policy$,
    $policy$(SELECT beredskap_has_any('{trainer}'))$policy$,
    $policy$(SELECT beredskap_has_any('{trainer}'))$policy$);

SELECT beredskap_protect_table('plan_metadata'::regclass,
    $policy$(SELECT beredskap_has_any('{central,approver,trainer,auditor}')) OR version_id IN (SELECT beredskap_readable_versions())$policy$,
    $policy$(SELECT beredskap_has_any('{approver}')) OR version_id IN (SELECT beredskap_coordinated_versions())$policy$,
    $policy$(SELECT beredskap_has_any('{approver}')) OR version_id IN (SELECT beredskap_coordinated_versions())$policy$,
    $policy$(SELECT beredskap_has_any('{approver}')) OR version_id IN (SELECT beredskap_coordinated_versions())$policy$);
CREATE TRIGGER beredskap_keep_version_id BEFORE UPDATE OF version_id ON "plan_metadata" FOR EACH ROW EXECUTE FUNCTION beredskap_keep_key('version_id');

SELECT beredskap_protect_table('plan_approvals'::regclass,
    $policy$(SELECT beredskap_has_any('{central,approver,trainer,auditor}')) OR version_id IN (SELECT beredskap_readable_versions())$policy$,
    $policy$(SELECT beredskap_has_any('{approver}')) OR version_id IN (SELECT beredskap_coordinated_versions())$policy$,
    $policy$(SELECT beredskap_has_any('{approver}')) OR version_id IN (SELECT beredskap_coordinated_versions())$policy$,
    $policy$(SELECT beredskap_has_any('{approver}')) OR version_id IN (SELECT beredskap_coordinated_versions())$policy$);
CREATE TRIGGER beredskap_keep_version_id BEFORE UPDATE OF version_id ON "plan_approvals" FOR EACH ROW EXECUTE FUNCTION beredskap_keep_key('version_id');

SELECT beredskap_protect_table('sections'::regclass,
    $policy$(SELECT beredskap_has_any('{central,approver,trainer,auditor}')) OR version_id IN (SELECT beredskap_readable_versions())$policy$,
    $policy$version_id IN (SELECT beredskap_coordinated_versions())$policy$,
    $policy$version_id IN (SELECT beredskap_coordinated_versions())$policy$,
    $policy$version_id IN (SELECT beredskap_coordinated_versions())$policy$);
CREATE TRIGGER beredskap_keep_version_id BEFORE UPDATE OF version_id ON "sections" FOR EACH ROW EXECUTE FUNCTION beredskap_keep_key('version_id');

SELECT beredskap_protect_table('search_index'::regclass,
    $policy$(SELECT beredskap_has_any('{central,approver,trainer,auditor}')) OR version_id IN (SELECT beredskap_readable_versions())$policy$,
    $policy$(SELECT beredskap_has_any('{approver}')) OR version_id IN (SELECT beredskap_coordinated_versions())$policy$,
    $policy$(SELECT beredskap_has_any('{approver}')) OR version_id IN (SELECT beredskap_coordinated_versions())$policy$,
    $policy$(SELECT beredskap_has_any('{approver}')) OR version_id IN (SELECT beredskap_coordinated_versions())$policy$);
CREATE TRIGGER beredskap_keep_version_id BEFORE UPDATE OF version_id ON "search_index" FOR EACH ROW EXECUTE FUNCTION beredskap_keep_key('version_id');

SELECT beredskap_protect_table('search_state'::regclass,
    $policy$(SELECT beredskap_has_any('{central,approver,trainer,auditor}')) OR version_id IN (SELECT beredskap_readable_versions())$policy$,
    $policy$(SELECT beredskap_has_any('{approver}')) OR version_id IN (SELECT beredskap_coordinated_versions())$policy$,
    $policy$(SELECT beredskap_has_any('{approver}')) OR version_id IN (SELECT beredskap_coordinated_versions())$policy$,
    $policy$(SELECT beredskap_has_any('{approver}')) OR version_id IN (SELECT beredskap_coordinated_versions())$policy$);
CREATE TRIGGER beredskap_keep_version_id BEFORE UPDATE OF version_id ON "search_state" FOR EACH ROW EXECUTE FUNCTION beredskap_keep_key('version_id');

DO $beredskap$
DECLARE
    v regclass;
BEGIN
    FOR v IN
        SELECT c.oid::regclass FROM pg_class c
        WHERE c.relnamespace = to_regnamespace(current_schema()) AND c.relkind = 'v'
    LOOP
        EXECUTE format('ALTER VIEW %s SET (security_invoker = true)', v);
        EXECUTE format('GRANT SELECT ON %s TO %I', v, 'beredskap_users');
    END LOOP;
END
$beredskap$;

DO $beredskap$
BEGIN
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I', current_schema(), 'beredskap_users');
    EXECUTE format('GRANT USAGE ON ALL SEQUENCES IN SCHEMA %I TO %I', current_schema(), 'beredskap_users');
END
$beredskap$;

DO $beredskap$
DECLARE
    unprotected text;
BEGIN
    SELECT string_agg(c.relname, ', ' ORDER BY c.relname) INTO unprotected
    FROM pg_class c
    WHERE c.relnamespace = to_regnamespace(current_schema()) AND c.relkind IN ('r', 'p')
        AND NOT (c.relrowsecurity AND c.relforcerowsecurity AND EXISTS (SELECT FROM pg_policy p WHERE p.polrelid = c.oid));
    IF unprotected IS NOT NULL THEN
        RAISE EXCEPTION 'tables without row-level security: %', unprotected
            USING HINT = 'Pass every version-keyed table in versionTables and every plan-keyed one in planTables.';
    END IF;
END
$beredskap$;
-- END installSQL
INSERT INTO schema_migrations VALUES ('v6');
COMMIT;

-- A later migration adds a version table and runs policySQL for it.
BEGIN;
CREATE TABLE section_notes (
    row_id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    version_id BIGINT NOT NULL REFERENCES plan_versions(row_id) ON DELETE CASCADE,
    parent_table TEXT,
    parent_row BIGINT,
    position BIGINT NOT NULL,
    "value" TEXT
);
INSERT INTO section_notes (version_id, position, value) VALUES (2, 0, 'soc note'), (3, 0, 'kul note');
-- BEGIN policySQL
SELECT beredskap_protect_table('section_notes'::regclass,
    $policy$(SELECT beredskap_has_any('{central,approver,trainer,auditor}')) OR version_id IN (SELECT beredskap_readable_versions())$policy$,
    $policy$version_id IN (SELECT beredskap_coordinated_versions())$policy$,
    $policy$version_id IN (SELECT beredskap_coordinated_versions())$policy$,
    $policy$version_id IN (SELECT beredskap_coordinated_versions())$policy$);
CREATE TRIGGER beredskap_keep_version_id BEFORE UPDATE OF version_id ON "section_notes" FOR EACH ROW EXECUTE FUNCTION beredskap_keep_key('version_id');
-- END policySQL
CREATE TABLE plan_notes (
    row_id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    plan_id TEXT NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
    "value" TEXT
);
INSERT INTO plan_notes (plan_id, value) VALUES ('soc-plan', 'soc note'), ('kul-plan', 'kul note');
-- BEGIN policySQL(forNewPlanTable: "plan_notes")
SELECT beredskap_protect_table('plan_notes'::regclass,
    $policy$(SELECT beredskap_has_any('{central,approver,trainer,auditor}')) OR plan_id IN (SELECT beredskap_readable_plans())$policy$,
    $policy$plan_id IN (SELECT beredskap_coordinated_plans())$policy$,
    $policy$plan_id IN (SELECT beredskap_coordinated_plans())$policy$,
    $policy$plan_id IN (SELECT beredskap_coordinated_plans())$policy$);
CREATE TRIGGER beredskap_keep_plan_id BEFORE UPDATE OF plan_id ON "plan_notes" FOR EACH ROW EXECUTE FUNCTION beredskap_keep_key('plan_id');
-- END policySQL(forNewPlanTable: "plan_notes")
INSERT INTO schema_migrations VALUES ('v7');
COMMIT;

\echo '== owner: grants, refusals and the owner''s own rights'
SELECT harness.value('grant anna coordinator socialforvaltningen', $$SELECT beredskap_access_grant('anna', 'coordinator', 'socialforvaltningen')$$, 'true');
SELECT harness.value('grant bo coordinator kulturforvaltningen', $$SELECT beredskap_access_grant('bo', 'coordinator', 'kulturforvaltningen')$$, 'true');
SELECT harness.value('grant cia central', $$SELECT beredskap_access_grant('cia', 'central', NULL)$$, 'true');
SELECT harness.value('grant dan approver', $$SELECT beredskap_access_grant('dan', 'approver', NULL)$$, 'true');
SELECT harness.value('grant eva trainer', $$SELECT beredskap_access_grant('eva', 'trainer', NULL)$$, 'true');
SELECT harness.value('grant fia auditor', $$SELECT beredskap_access_grant('fia', 'auditor', NULL)$$, 'true');
SELECT harness.value('grant hugo coordinator kulturforvaltningen', $$SELECT beredskap_access_grant('hugo', 'coordinator', 'kulturforvaltningen')$$, 'true');
SELECT harness.value('grant hugo central', $$SELECT beredskap_access_grant('hugo', 'central', NULL)$$, 'true');
SELECT harness.value('grant again: no new grant', $$SELECT beredskap_access_grant('anna', 'coordinator', 'socialforvaltningen')$$, 'false');
SELECT harness.value('anna is now a member of beredskap_users', $$SELECT pg_has_role('anna', 'beredskap_users', 'MEMBER')$$, 'true');
SELECT harness.value('gus is no member', $$SELECT pg_has_role('gus', 'beredskap_users', 'MEMBER')$$, 'false');
SELECT harness.fails('grant to an unknown login', $$SELECT beredskap_access_grant('ghost', 'central', NULL)$$, '42704');
SELECT harness.fails('coordinator without organization', $$SELECT beredskap_access_grant('anna', 'coordinator', NULL)$$, '22023');
SELECT harness.fails('organization for central', $$SELECT beredskap_access_grant('cia', 'central', 'socialforvaltningen')$$, '22023');
SELECT harness.fails('unknown capability', $$SELECT beredskap_access_grant('cia', 'boss', NULL)$$, '22023');
SELECT harness.fails('grant to the owner', $$SELECT beredskap_access_grant('city_owner', 'central', NULL)$$, '22023');
SELECT harness.fails('grant to a superuser', $$SELECT beredskap_access_grant('postgres', 'auditor', NULL)$$, '22023');
SELECT harness.fails('grant to a NOLOGIN role', $$SELECT beredskap_access_grant('not_a_login', 'central', NULL)$$, '22023');
SELECT harness.value('grant jon central', $$SELECT beredskap_access_grant('jon', 'central', NULL)$$, 'true');
SELECT harness.value('grant jon trainer', $$SELECT beredskap_access_grant('jon', 'trainer', NULL)$$, 'true');
SELECT harness.value('revoke jon trainer', $$SELECT beredskap_access_revoke('jon', 'trainer', NULL)$$, '1');
SELECT harness.value('jon still a member', $$SELECT pg_has_role('jon', 'beredskap_users', 'MEMBER')$$, 'true');
SELECT harness.value('revoke a grant jon does not have', $$SELECT beredskap_access_revoke('jon', 'auditor', NULL)$$, '0');
SELECT harness.value('revoke everything of jon', $$SELECT beredskap_access_revoke('jon', NULL, NULL)$$, '1');
SELECT harness.value('jon left the group', $$SELECT pg_has_role('jon', 'beredskap_users', 'MEMBER')$$, 'false');
SELECT harness.rows('access list', $$SELECT login, capability, organization, granted_at, granted_by FROM access_grants ORDER BY login, capability, organization NULLS FIRST$$, 8);
SELECT login || ' ' || capability || coalesce(' ' || organization, '') || ' at ' || granted_at || ' by ' || granted_by
    FROM access_grants ORDER BY login, capability, organization NULLS FIRST;
SELECT harness.rows('owner reads every section', 'SELECT * FROM sections', 9);
SELECT harness.rows('owner reads every change set', 'SELECT * FROM change_sets', 7);
SELECT harness.value('owner capabilities', $$SELECT string_agg(capability || coalesce(' ' || organization, ''), ', ') FROM beredskap_capabilities()$$, 'owner');
SELECT harness.value('owner may write content', $$SELECT beredskap_may_write_plan('kul-plan', 'content')$$, 'true');
SELECT harness.succeeds('owner updates a plan', $$UPDATE plans SET owner = 'kulturforvaltningen' WHERE id = 'old-plan'$$, 1);
SELECT harness.succeeds('owner moves a section to another version', $$UPDATE sections SET version_id = 3 WHERE version_id = 4$$, 1);
SELECT harness.value('every table has forced row-level security', $$SELECT count(*) FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind = 'r' AND NOT (relrowsecurity AND relforcerowsecurity)$$, '0');
SELECT harness.value('views run as their reader', $$SELECT reloptions::text FROM pg_class WHERE oid = 'current_versions'::regclass$$, '{security_invoker=true}');

\c beredskap postgres
GRANT beredskap_users TO ivy;
\c beredskap anna
\echo '== anna: coordinator socialforvaltningen'
SELECT harness.value('capabilities', $$SELECT string_agg(capability || coalesce(' ' || organization, ''), ', ') FROM beredskap_capabilities()$$, 'coordinator socialforvaltningen');
SELECT harness.rows('plans: every plan and its owner is listed', 'SELECT id, owner FROM plans', 3);
SELECT harness.rows('plan_versions: her plan''s', 'SELECT * FROM plan_versions', 2);
SELECT harness.rows('sections: her plan''s', 'SELECT * FROM sections', 6);
SELECT harness.rows('sections of kul-plan: none', 'SELECT * FROM sections WHERE version_id = 3', 0);
SELECT harness.rows('plan_metadata', 'SELECT * FROM plan_metadata', 2);
SELECT harness.rows('search_index', 'SELECT * FROM search_index', 6);
SELECT harness.rows('section_notes (policySQL)', 'SELECT * FROM section_notes', 1);
SELECT harness.rows('current_versions view', 'SELECT * FROM current_versions', 1);
SELECT harness.rows('change_sets: her plan''s history', 'SELECT * FROM change_sets', 4);
SELECT harness.rows('changes: her plan''s history', 'SELECT * FROM changes', 4);
SELECT harness.rows('drill_sessions', 'SELECT * FROM drill_sessions', 1);
SELECT harness.rows('drill_log', 'SELECT * FROM drill_log', 3);
SELECT harness.rows('access_grants: her own', 'SELECT * FROM access_grants', 1);
SELECT harness.rows('settings: every login''s', 'SELECT * FROM settings', 2);
SELECT harness.rows('schema_migrations', 'SELECT * FROM schema_migrations', 7);
SELECT harness.succeeds('edit her sections', $$UPDATE sections SET title = 'Ny' WHERE version_id = 2$$, 3);
SELECT harness.succeeds('add a section to her plan, RETURNING', $$INSERT INTO sections (version_id, position, id, title) VALUES (2, 3, 's4', 'Ny') RETURNING row_id$$, 1);
SELECT harness.succeeds('delete a section of her plan', $$DELETE FROM sections WHERE version_id = 2 AND id = 's3'$$, 1);
SELECT harness.succeeds('add a note (policySQL table)', $$INSERT INTO section_notes (version_id, position, value) VALUES (2, 1, 'x')$$, 1);
SELECT harness.fails('add a note to kul-plan (policySQL table)', $$INSERT INTO section_notes (version_id, position, value) VALUES (3, 1, 'x')$$, '42501');
SELECT harness.rows('plan_notes (policySQL, plan table)', 'SELECT * FROM plan_notes', 1);
SELECT harness.succeeds('add a plan note', $$INSERT INTO plan_notes (plan_id, value) VALUES ('soc-plan', 'x')$$, 1);
SELECT harness.fails('add a plan note to kul-plan', $$INSERT INTO plan_notes (plan_id, value) VALUES ('kul-plan', 'x')$$, '42501');
SELECT harness.fails('move a plan note to kul-plan', $$UPDATE plan_notes SET plan_id = 'kul-plan' WHERE plan_id = 'soc-plan'$$, '42501');
SELECT harness.fails('add a section to kul-plan', $$INSERT INTO sections (version_id, position, id, title) VALUES (3, 9, 'x', 'x')$$, '42501');
SELECT harness.fails('move a section to another version', $$UPDATE sections SET version_id = 1 WHERE version_id = 2 AND id = 's1'$$, '42501');
SELECT harness.succeeds('adopt her plan (plan_versions)', $$UPDATE plan_versions SET status = 'adopted', adopted_on = '2026-05-01' WHERE row_id = 2$$, 1);
SELECT harness.succeeds('follow up: search_state upsert', $$INSERT INTO search_state VALUES (2, 5) ON CONFLICT (version_id) DO UPDATE SET indexed_change_set = excluded.indexed_change_set$$, 1);
SELECT harness.succeeds('import a plan of socialforvaltningen',
    $$INSERT INTO plans (id, created_at, owner) VALUES ('soc-ny', '2026-06-01T00:00:00.000Z', 'socialforvaltningen');
      INSERT INTO plan_versions (plan_id, number, status, created_at) VALUES ('soc-ny', 1, 'draft', '2026-06-01T00:00:00.000Z') RETURNING row_id;
      INSERT INTO sections (version_id, position, id, title) SELECT row_id, 0, 'n1', 'Ny' FROM plan_versions WHERE plan_id = 'soc-ny';
      INSERT INTO change_sets (plan_id, version_id, kind, created_at, author) SELECT 'soc-ny', row_id, 'import', '2026-06-01T00:00:00.000Z', 'anna' FROM plan_versions WHERE plan_id = 'soc-ny' RETURNING id;
      INSERT INTO changes (change_set_id, sequence, entity_kind, entity_id) SELECT id, 0, 'plan', 'soc-ny' FROM change_sets WHERE plan_id = 'soc-ny'$$, 1);
SELECT harness.fails('import a plan of kulturforvaltningen', $$INSERT INTO plans (id, created_at, owner) VALUES ('kul-ny', '2026-06-01T00:00:00.000Z', 'kulturforvaltningen')$$, '42501');
SELECT harness.succeeds('record an edit: change set, RETURNING, then its changes',
    $$INSERT INTO change_sets (plan_id, version_id, kind, created_at, author) VALUES ('soc-plan', 2, 'edit', '2026-06-02T00:00:00.000Z', 'anna') RETURNING id;
      INSERT INTO changes (change_set_id, sequence, entity_kind, entity_id) SELECT max(id), 0, 'section', 's1' FROM change_sets WHERE plan_id = 'soc-plan'$$, 1);
SELECT harness.succeeds('add a change to her plan''s newest change set', $$INSERT INTO changes (change_set_id, sequence, entity_kind, entity_id) VALUES (4, 9, 'section', 's1')$$, 1);
SELECT harness.fails('add a change to an older change set (the log is append-only)', $$INSERT INTO changes (change_set_id, sequence, entity_kind, entity_id) VALUES (3, 9, 'section', 's1')$$, '42501');
SELECT harness.fails('add a change to kul-plan''s change set', $$INSERT INTO changes (change_set_id, sequence, entity_kind, entity_id) VALUES (6, 9, 'section', 'k1')$$, '42501');
SELECT harness.fails('change set of kul-plan', $$INSERT INTO change_sets (plan_id, version_id, kind, created_at, author) VALUES ('kul-plan', 3, 'edit', 'now', 'anna')$$, '42501');
SELECT harness.fails('rewrite history', $$UPDATE change_sets SET message = 'x' WHERE id = 4$$, '42501');
SELECT harness.succeeds('delete history: nothing deleted, no error', $$DELETE FROM change_sets WHERE id = 4$$, 0);
SELECT harness.fails('write a drill log line', $$INSERT INTO drill_log (session_id, sequence, minute, wall_time, kind) VALUES ('soc-drill', 9, 1, '09:01', 'note')$$, '42501');
SELECT harness.fails('update a drill session', $$UPDATE drill_sessions SET state = 'paused'$$, '42501');
SELECT harness.value('may write content of her plan', $$SELECT beredskap_may_write_plan('soc-plan', 'content')$$, 'true');
SELECT harness.value('may record approval of her plan', $$SELECT beredskap_may_write_plan('soc-plan', 'approval')$$, 'true');
SELECT harness.value('may not drill', $$SELECT beredskap_may_write_plan('soc-plan', 'drill')$$, 'false');
SELECT harness.value('may not write kul-plan', $$SELECT beredskap_may_write_plan('kul-plan', 'content')$$, 'false');
SELECT harness.value('no such plan', $$SELECT beredskap_may_write_plan('nope', 'content')$$, 'false');
SELECT harness.fails('unknown kind of write', $$SELECT beredskap_may_write_plan('soc-plan', 'paint')$$, '22023');
SELECT harness.succeeds('her own setting', $$INSERT INTO settings (key, value) VALUES ('theme', 'dark')$$, 1);
SELECT harness.succeeds('her own setting, upsert', $$INSERT INTO settings (key, value) VALUES ('default_plan', 'soc-ny') ON CONFLICT (login, key) DO UPDATE SET value = excluded.value$$, 1);
SELECT harness.fails('a setting for bo', $$INSERT INTO settings (login, key, value) VALUES ('bo', 'theme', 'dark')$$, '42501');
SELECT harness.fails('the owner''s setting', $$UPDATE settings SET value = 'kul-plan' WHERE login = 'city_owner'$$, '42501');
SELECT harness.fails('take over the owner''s setting row', $$UPDATE settings SET login = 'anna' WHERE login = 'city_owner'$$, '42501');
SELECT harness.fails('schema_migrations', $$INSERT INTO schema_migrations VALUES ('v99')$$, '42501');
SELECT harness.fails('update schema_migrations', $$UPDATE schema_migrations SET identifier = 'x' WHERE identifier = 'v1'$$, '42501');
SELECT harness.fails('grant herself central', $$SELECT beredskap_access_grant('anna', 'central', NULL)$$, '42501');
SELECT harness.fails('write access_grants directly', $$INSERT INTO access_grants VALUES ('anna', 'central', NULL, 'now', 'anna')$$, '42501');
CREATE TEMP TABLE access_grants AS SELECT 'anna'::text AS login, 'auditor'::text AS capability, NULL::text AS organization;
SELECT harness.rows('a temporary access_grants of her own changes nothing', 'SELECT * FROM change_sets', 4);
DROP TABLE pg_temp.access_grants;
SELECT harness.rows('ask for cia''s versions: nothing', $$SELECT * FROM beredskap_readable_versions('cia')$$, 0);
SELECT harness.rows('ask for cia''s capabilities: nothing', $$SELECT * FROM beredskap_capabilities('cia')$$, 0);
SELECT harness.value('ask whether bo may write kul-plan: no answer, false', $$SELECT beredskap_may_write_plan('kul-plan', 'content', 'bo')$$, 'false');

\c beredskap bo
\echo '== bo: coordinator kulturforvaltningen'
SELECT harness.fails('update anna''s plan row', $$UPDATE plans SET owner = 'kulturforvaltningen' WHERE id = 'soc-plan'$$, '42501');
SELECT harness.succeeds('update anna''s sections: invisible, nothing updated', $$UPDATE sections SET title = 'x' WHERE version_id = 2$$, 0);
SELECT harness.succeeds('update anna''s plan_versions: invisible, nothing updated', $$UPDATE plan_versions SET status = 'approved' WHERE plan_id = 'soc-plan'$$, 0);
SELECT harness.succeeds('delete anna''s sections: invisible, nothing deleted', $$DELETE FROM sections WHERE version_id = 2$$, 0);
SELECT harness.fails('add a section to anna''s plan', $$INSERT INTO sections (version_id, position, id, title) VALUES (2, 9, 'x', 'x')$$, '42501');
SELECT harness.fails('add plan_metadata to anna''s plan', $$INSERT INTO plan_metadata (version_id, position, id) VALUES (1, 9, 'x')$$, '42501');
SELECT harness.fails('add search_index rows to anna''s plan', $$INSERT INTO search_index (text, version_id) VALUES ('x', 2)$$, '42501');
SELECT harness.fails('import a plan owned by socialforvaltningen', $$INSERT INTO plans (id, created_at, owner) VALUES ('soc-x', 'now', 'socialforvaltningen')$$, '42501');
SELECT harness.fails('a version of anna''s plan', $$INSERT INTO plan_versions (plan_id, number, created_at) VALUES ('soc-plan', 3, 'now')$$, '42501');
SELECT harness.fails('a change set of anna''s plan', $$INSERT INTO change_sets (plan_id, version_id, kind, created_at, author) VALUES ('soc-plan', 2, 'edit', 'now', 'bo')$$, '42501');
SELECT harness.succeeds('edit his own sections', $$UPDATE sections SET title = 'x' WHERE version_id = 3$$, 2);
SELECT harness.value('may not write soc-plan', $$SELECT beredskap_may_write_plan('soc-plan', 'content')$$, 'false');
BEGIN READ ONLY;
SELECT harness.rows('read only: sections', 'SELECT * FROM sections', 2);
SELECT harness.rows('read only: plan_versions', 'SELECT * FROM plan_versions', 1);
SELECT harness.rows('read only: current_versions view', 'SELECT * FROM current_versions', 1);
SELECT harness.rows('read only: change_sets', 'SELECT * FROM change_sets', 2);
SELECT harness.rows('read only: changes', 'SELECT * FROM changes', 1);
SELECT harness.rows('read only: drill_sessions', 'SELECT * FROM drill_sessions', 1);
SELECT harness.rows('read only: drill_participants', 'SELECT * FROM drill_participants', 1);
SELECT harness.rows('read only: search_index', 'SELECT * FROM search_index', 2);
SELECT harness.rows('read only: search_state', 'SELECT * FROM search_state', 1);
SELECT harness.rows('read only: section_notes', 'SELECT * FROM section_notes', 1);
SELECT harness.rows('read only: plan_notes', 'SELECT * FROM plan_notes', 1);
COMMIT;

\c beredskap cia
\echo '== cia: central'
BEGIN READ ONLY;
SELECT harness.rows('read only: every section', 'SELECT * FROM sections', 9);
SELECT harness.rows('read only: every version', 'SELECT * FROM plan_versions', 4);
SELECT harness.rows('read only: current_versions view', 'SELECT * FROM current_versions', 3);
SELECT harness.rows('read only: plan_metadata', 'SELECT * FROM plan_metadata', 4);
SELECT harness.rows('read only: drill_sessions', 'SELECT * FROM drill_sessions', 2);
SELECT harness.rows('read only: drill_log', 'SELECT * FROM drill_log', 4);
SELECT harness.rows('read only: change_sets: none', 'SELECT * FROM change_sets', 0);
SELECT harness.rows('read only: changes: none', 'SELECT * FROM changes', 0);
SELECT harness.rows('read only: plan_notes', 'SELECT * FROM plan_notes', 2);
COMMIT;
SELECT harness.fails('update a section', $$UPDATE sections SET title = 'x' WHERE version_id = 2$$, '42501');
SELECT harness.fails('add a section', $$INSERT INTO sections (version_id, position, id, title) VALUES (2, 9, 'x', 'x')$$, '42501');
SELECT harness.fails('approve (plan_versions)', $$UPDATE plan_versions SET status = 'approved' WHERE row_id = 3$$, '42501');
SELECT harness.fails('update plan_metadata', $$UPDATE plan_metadata SET title = 'x' WHERE version_id = 3$$, '42501');
SELECT harness.succeeds('delete sections: nothing deleted, no error', $$DELETE FROM sections$$, 0);
SELECT harness.fails('import a plan', $$INSERT INTO plans (id, created_at, owner) VALUES ('x', 'now', 'socialforvaltningen')$$, '42501');
SELECT harness.fails('update a drill session', $$UPDATE drill_sessions SET state = 'paused'$$, '42501');
SELECT harness.fails('write search_index', $$INSERT INTO search_index (text, version_id) VALUES ('x', 2)$$, '42501');
SELECT harness.value('may not write content', $$SELECT beredskap_may_write_plan('soc-plan', 'content')$$, 'false');

\c beredskap dan
\echo '== dan: approver'
SELECT harness.rows('every section', 'SELECT * FROM sections', 9);
SELECT harness.rows('change_sets: the lifecycle ones', 'SELECT * FROM change_sets', 1);
SELECT harness.rows('changes: of the lifecycle change sets', 'SELECT * FROM changes', 1);
SELECT harness.succeeds('approve kul-plan: plan_versions status and date', $$UPDATE plan_versions SET status = 'approved', approved_on = '2026-06-01' WHERE row_id = 3$$, 1);
SELECT harness.fails('change a version''s number', $$UPDATE plan_versions SET number = 7 WHERE row_id = 3$$, '42501');
SELECT harness.fails('move a version to another plan', $$UPDATE plan_versions SET plan_id = 'soc-plan', number = 9 WHERE row_id = 3$$, '42501');
SELECT harness.succeeds('update plan_metadata', $$UPDATE plan_metadata SET title = 'Godkänd' WHERE version_id = 3$$, 1);
SELECT harness.succeeds('add an approval, RETURNING', $$INSERT INTO plan_approvals (version_id, position, action, body, date) VALUES (3, 0, 'approved', 'Kommunstyrelsen', '2026-06-01') RETURNING row_id$$, 1);
SELECT harness.succeeds('replace approvals', $$DELETE FROM plan_approvals WHERE version_id = 1$$, 2);
SELECT harness.succeeds('record the lifecycle change set and its changes',
    $$INSERT INTO change_sets (plan_id, version_id, kind, created_at, author, message) VALUES ('kul-plan', 3, 'lifecycle', '2026-06-01T00:00:00.000Z', 'dan', 'godkänd') RETURNING id;
      INSERT INTO changes (change_set_id, sequence, entity_kind, entity_id, field) SELECT max(id), 0, 'plan', 'kul-plan', '@status' FROM change_sets WHERE plan_id = 'kul-plan';
      SELECT * FROM change_sets WHERE plan_id = 'kul-plan'$$, 1);
SELECT harness.fails('an edit change set', $$INSERT INTO change_sets (plan_id, version_id, kind, created_at, author) VALUES ('kul-plan', 3, 'edit', 'now', 'dan')$$, '42501');
SELECT harness.fails('a change to an edit change set', $$INSERT INTO changes (change_set_id, sequence, entity_kind, entity_id) VALUES (6, 9, 'section', 'k1')$$, '42501');
SELECT harness.succeeds('search_index rows', $$INSERT INTO search_index (text, field, entity_kind, entity_id, version_id) VALUES ('Godkänd', 'title', 'plan', 'kul-plan', 3)$$, 1);
SELECT harness.succeeds('search_state upsert', $$INSERT INTO search_state VALUES (3, 50) ON CONFLICT (version_id) DO UPDATE SET indexed_change_set = excluded.indexed_change_set$$, 1);
SELECT harness.fails('update a section', $$UPDATE sections SET title = 'x' WHERE version_id = 3$$, '42501');
SELECT harness.fails('add a section', $$INSERT INTO sections (version_id, position, id, title) VALUES (3, 9, 'x', 'x')$$, '42501');
SELECT harness.fails('a new version', $$INSERT INTO plan_versions (plan_id, number, created_at) VALUES ('kul-plan', 2, 'now')$$, '42501');
SELECT harness.value('may record approval of kul-plan', $$SELECT beredskap_may_write_plan('kul-plan', 'approval')$$, 'true');
SELECT harness.value('may not write its content', $$SELECT beredskap_may_write_plan('kul-plan', 'content')$$, 'false');

\c beredskap eva
\echo '== eva: trainer'
SELECT harness.rows('every section', 'SELECT * FROM sections', 9);
SELECT harness.rows('change_sets: none', 'SELECT * FROM change_sets', 0);
SELECT harness.succeeds('start a drill with players and log',
    $$INSERT INTO drill_sessions (id, plan_id, scenario, title, event_start, state, minute, started_at) VALUES ('eva-drill', 'kul-plan', 'storm', 'Storm 2', '2026-07-01T09:00', 'running', 0, 'now');
      INSERT INTO drill_participants VALUES ('eva-drill', 0, 'chef', 'Eva');
      INSERT INTO drill_log (session_id, sequence, minute, wall_time, kind) VALUES ('eva-drill', 0, 0, '09:00', 'start')$$, 1);
SELECT harness.succeeds('end a drill', $$UPDATE drill_sessions SET state = 'ended', ended_at = 'now' WHERE id = 'kul-drill'$$, 1);
SELECT harness.succeeds('delete a drill''s log', $$DELETE FROM drill_log WHERE session_id = 'soc-drill'$$, 3);
SELECT harness.fails('update a section', $$UPDATE sections SET title = 'x' WHERE version_id = 2$$, '42501');
SELECT harness.fails('add a section', $$INSERT INTO sections (version_id, position, id, title) VALUES (2, 9, 'x', 'x')$$, '42501');
SELECT harness.fails('approve', $$UPDATE plan_versions SET status = 'approved' WHERE row_id = 3$$, '42501');
SELECT harness.value('may drill', $$SELECT beredskap_may_write_plan('soc-plan', 'drill')$$, 'true');
SELECT harness.value('may not write content', $$SELECT beredskap_may_write_plan('soc-plan', 'content')$$, 'false');

\c beredskap fia
\echo '== fia: auditor'
BEGIN READ ONLY;
SELECT harness.rows('read only: every section', 'SELECT * FROM sections', 9);
SELECT harness.rows('read only: every change set', 'SELECT * FROM change_sets', 7);
SELECT harness.rows('read only: every change', 'SELECT * FROM changes', 5);
COMMIT;
SELECT harness.fails('rewrite history', $$UPDATE change_sets SET message = 'x' WHERE id = 1$$, '42501');
SELECT harness.fails('add a change', $$INSERT INTO changes (change_set_id, sequence, entity_kind, entity_id) VALUES (4, 9, 'x', 'x')$$, '42501');
SELECT harness.fails('add a section', $$INSERT INTO sections (version_id, position, id, title) VALUES (2, 9, 'x', 'x')$$, '42501');

\c beredskap gus
\echo '== gus: no grant, not a member'
SELECT harness.fails('sections', 'SELECT * FROM sections', '42501');
SELECT harness.fails('plans', 'SELECT * FROM plans', '42501');
SELECT harness.rows('capabilities: none', 'SELECT * FROM beredskap_capabilities()', 0);
SELECT harness.value('may not write', $$SELECT beredskap_may_write_plan('soc-plan', 'content')$$, 'false');

\c beredskap ivy
\echo '== ivy: member of beredskap_users without a grant'
SELECT harness.rows('plans are listed', 'SELECT * FROM plans', 3);
SELECT harness.rows('sections: none', 'SELECT * FROM sections', 0);
SELECT harness.rows('plan_versions: none', 'SELECT * FROM plan_versions', 0);
SELECT harness.rows('change_sets: none', 'SELECT * FROM change_sets', 0);
SELECT harness.rows('drill_log: none', 'SELECT * FROM drill_log', 0);
SELECT harness.rows('current_versions view: none', 'SELECT * FROM current_versions', 0);
SELECT harness.fails('import a plan', $$INSERT INTO plans (id, created_at, owner) VALUES ('x', 'now', 'socialforvaltningen')$$, '42501');

\c beredskap hugo
\echo '== hugo: coordinator kulturforvaltningen and central'
SELECT harness.rows('every section', 'SELECT * FROM sections', 9);
SELECT harness.rows('change_sets: kul-plan''s history only', 'SELECT * FROM change_sets', 2);
SELECT harness.fails('update anna''s sections, which he reads', $$UPDATE sections SET title = 'x' WHERE version_id = 2$$, '42501');
SELECT harness.fails('move anna''s sections into his plan', $$UPDATE sections SET version_id = 3 WHERE version_id = 2$$, '42501');
SELECT harness.fails('move anna''s version into his plan', $$UPDATE plan_versions SET plan_id = 'kul-plan', number = 5 WHERE row_id = 2$$, '42501');
SELECT harness.succeeds('update his own sections', $$UPDATE sections SET title = 'y' WHERE version_id = 3$$, 2);
SELECT harness.succeeds('delete anna''s sections: nothing deleted, no error', $$DELETE FROM sections WHERE version_id = 2$$, 0);

\c beredskap city_owner
\echo '== owner: revoke, and the owner as a member of the group role'
SELECT harness.value('revoke hugo central', $$SELECT beredskap_access_revoke('hugo', 'central', NULL)$$, '1');
SELECT harness.value('hugo still a member', $$SELECT pg_has_role('hugo', 'beredskap_users', 'MEMBER')$$, 'true');
\c beredskap hugo
SELECT harness.rows('hugo after the revoke: his plan''s sections', 'SELECT * FROM sections', 2);
\c beredskap postgres
GRANT beredskap_users TO city_owner;
\c beredskap city_owner
SELECT harness.rows('owner in the group: every section', 'SELECT * FROM sections', 9);
SELECT harness.rows('owner in the group: every change', 'SELECT * FROM changes', 5);
\c beredskap anna
SELECT harness.rows('anna while the owner is in the group', 'SELECT * FROM sections', 6);
\c beredskap postgres
REVOKE beredskap_users FROM city_owner;
\c beredskap postgres
\echo '== superuser acting as anna (SET ROLE)'
SET ROLE anna;
SELECT harness.rows('sections', 'SELECT * FROM sections', 6);
RESET ROLE;

-- ---------------------------------------------------------------------------------------------
-- Performance: 100,000 sections in 200 versions of 200 plans of 20 administrations, 100,000 change
-- sets and 200,000 changes.
-- ---------------------------------------------------------------------------------------------
\c beredskap city_owner
\echo '== performance'
INSERT INTO plans SELECT 'p' || i, 'now', 'org' || (i % 20) FROM generate_series(1, 200) i;
INSERT INTO plans VALUES ('soc-p', 'now', 'socialforvaltningen');
INSERT INTO plan_versions (row_id, plan_id, number, created_at) SELECT 1000 + i, 'p' || i, 1, 'now' FROM generate_series(1, 200) i;
INSERT INTO plan_versions (row_id, plan_id, number, created_at) VALUES (2000, 'soc-p', 1, 'now');
INSERT INTO sections (version_id, position, id, title, body)
    SELECT 1000 + (i % 200) + 1, i, 's' || i, 'Avsnitt ' || i, repeat('text ', 20) FROM generate_series(1, 99500) i;
INSERT INTO sections (version_id, position, id, title, body)
    SELECT 2000, i, 's' || i, 'Avsnitt ' || i, repeat('text ', 20) FROM generate_series(1, 500) i;
INSERT INTO change_sets (id, plan_id, version_id, kind, created_at, author)
    SELECT 10000 + i, 'p' || (i % 200 + 1), 1000 + (i % 200) + 1, CASE WHEN i % 100 = 0 THEN 'lifecycle' ELSE 'edit' END, 'now', 'x'
    FROM generate_series(1, 99500) i;
INSERT INTO change_sets (id, plan_id, version_id, kind, created_at, author)
    SELECT 200000 + i, 'soc-p', 2000, 'edit', 'now', 'anna' FROM generate_series(1, 500) i;
INSERT INTO changes (change_set_id, sequence, entity_kind, entity_id)
    SELECT id, s, 'section', 's' || s FROM change_sets, generate_series(0, 1) s WHERE id >= 10000;
SELECT setval(pg_get_serial_sequence('change_sets', 'id'), 300000);
\c beredskap postgres
ANALYZE;
\c beredskap city_owner
SELECT 'sections: ' || (SELECT count(*) FROM sections) || ', change_sets: ' || (SELECT count(*) FROM change_sets)
    || ', changes: ' || (SELECT count(*) FROM changes) || ', plan_versions: ' || (SELECT count(*) FROM plan_versions);

\echo '-- Each query runs once unseen first, so that the timings are of a session that has run it before.'
\echo '-- owner, one version of sections (no policy but the owner''s)'
\o /dev/null
SELECT * FROM sections WHERE version_id = 1100;
\o
EXPLAIN (ANALYZE, COSTS OFF) SELECT * FROM sections WHERE version_id = 1100;
\echo '-- owner, the history of one version'
\o /dev/null
SELECT c.* FROM changes c JOIN change_sets s ON s.id = c.change_set_id WHERE s.version_id = 2000;
\o
EXPLAIN (ANALYZE, COSTS OFF) SELECT c.* FROM changes c JOIN change_sets s ON s.id = c.change_set_id WHERE s.version_id = 2000;
\c beredskap anna
\echo '-- anna (coordinator), one version of sections'
\o /dev/null
SELECT * FROM sections WHERE version_id = 2000;
\o
EXPLAIN (ANALYZE, COSTS OFF) SELECT * FROM sections WHERE version_id = 2000;
\echo '-- anna, every section she reads (a sequential scan of 100,000 rows)'
EXPLAIN (ANALYZE, COSTS OFF) SELECT count(*) FROM sections;
\echo '-- anna, the history of one version'
\o /dev/null
SELECT c.* FROM changes c JOIN change_sets s ON s.id = c.change_set_id WHERE s.version_id = 2000;
\o
EXPLAIN (ANALYZE, COSTS OFF) SELECT c.* FROM changes c JOIN change_sets s ON s.id = c.change_set_id WHERE s.version_id = 2000;
\echo '-- anna, one change added to her plan''s newest change set'
EXPLAIN (ANALYZE, COSTS OFF) INSERT INTO changes (change_set_id, sequence, entity_kind, entity_id) VALUES (200500, 9, 'section', 's1');
\echo '-- anna, 100 sections added in one statement'
EXPLAIN (ANALYZE, COSTS OFF) INSERT INTO sections (version_id, position, id) SELECT 2000, 1000 + i, 'n' || i FROM generate_series(1, 100) i;
\c beredskap cia
\echo '-- cia (central), one version of sections'
\o /dev/null
SELECT * FROM sections WHERE version_id = 1100;
\o
EXPLAIN (ANALYZE, COSTS OFF) SELECT * FROM sections WHERE version_id = 1100;
\c beredskap fia
\echo '-- fia (auditor), the history of one version'
\o /dev/null
SELECT c.* FROM changes c JOIN change_sets s ON s.id = c.change_set_id WHERE s.version_id = 1100;
\o
EXPLAIN (ANALYZE, COSTS OFF) SELECT c.* FROM changes c JOIN change_sets s ON s.id = c.change_set_id WHERE s.version_id = 1100;
\c beredskap dan
\echo '-- dan (approver), the change sets he reads of one plan'
\o /dev/null
SELECT * FROM change_sets WHERE plan_id = 'p100';
\o
EXPLAIN (ANALYZE, COSTS OFF) SELECT * FROM change_sets WHERE plan_id = 'p100';
\echo '-- dan, one change added to a lifecycle change set (newest of its plan)'
INSERT INTO change_sets (plan_id, version_id, kind, created_at, author) VALUES ('p7', 1007, 'lifecycle', 'now', 'dan');
EXPLAIN (ANALYZE, COSTS OFF) INSERT INTO changes (change_set_id, sequence, entity_kind, entity_id) SELECT max(id), 0, 'plan', 'p7' FROM change_sets WHERE plan_id = 'p7';
