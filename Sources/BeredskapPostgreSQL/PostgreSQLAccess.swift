import Foundation

/// Access per administration in a PostgreSQL store, enforced by PostgreSQL itself: row-level security
/// on every table, decided by the capabilities the database's owner grants to logins.
///
/// One database holds the plans of every administration of the city. The role that owns the tables
/// (the one that ran the migrations) administers it; the tool otherwise connects as ordinary LOGIN
/// roles that the city's DBA creates. A login's capabilities are rows of `access_grants`:
///
/// - `coordinator ORG`: reads every table of the plans whose `plans.owner` is `ORG` and writes all of them
///   but the drill tables: edits and follows them up, imports new plans owned by `ORG`, records their
///   adoption and approval, and reads and adds to their change log.
/// - `central`: reads every plan's content, not the change log.
/// - `approver`: reads every plan; writes only what recording an adoption or approval writes
///   (`plan_versions.status`, `adopted_on`, `approved_on`; `plan_metadata`, `plan_approvals`; a change set of
///   kind `lifecycle` and its changes; the search index).
/// - `trainer`: reads every plan; writes the drill tables.
/// - `auditor`: reads every plan and the whole change log.
///
/// The owner reads and writes everything; a login without a grant sees no plan content.
///
/// Every table has `ENABLE` and `FORCE ROW LEVEL SECURITY` and these policies, the owner's
/// `beredskap_owner` (`TO` the table's owner, `USING (true)`) and, `TO` the group role, `beredskap_read`
/// (SELECT), `beredskap_insert`, `beredskap_update` (`USING` what the login reads, `WITH CHECK` what it
/// writes, so that an UPDATE of a row it reads but may not write fails with SQLSTATE 42501 rather than
/// changing nothing) and `beredskap_delete`. A DELETE of rows the login reads but may not write deletes
/// nothing and raises no error (PostgreSQL filters the rows a DELETE policy refuses), and neither does an
/// UPDATE or DELETE of rows it cannot read (they do not exist for it): the store checks
/// ``mayWritePlanSQL`` before it writes. The change log is append-only for logins: changes go to the
/// newest change set of a plan, and no login updates or deletes a change set or a change.
///
/// The policies call no function per row. What a login reads or writes is a set that a STABLE
/// SECURITY DEFINER function returns once per statement, `version_id IN (SELECT
/// beredskap_readable_versions())`, which PostgreSQL evaluates as a hashed subplan; a capability that
/// reaches every plan is a boolean InitPlan, `(SELECT beredskap_has_any('{central,…}'))`, evaluated
/// before it and short-circuiting it. The functions run as the owner, for whom every table has only the
/// owner's policy, `USING (true)`: no function's query reaches a policy that calls a function.
///
/// Every statement here is free of `?`, so that a connection that numbers `?` placeholders cannot
/// touch it; the statements that take arguments (``grantSQL``, ``revokeSQL``, …) use `?` for them.
package enum PostgreSQLAccess {
    /// A capability the owner grants to a login.
    package enum Capability: String, CaseIterable, Sendable {
        /// Reads, edits, imports and follows up the plans of one administration, and reads their history.
        case coordinator
        /// Reads every plan's content.
        case central
        /// Reads every plan and records adoptions and approvals.
        case approver
        /// Reads every plan and runs drills.
        case trainer
        /// Reads every plan and the whole change log.
        case auditor

        /// Whether a grant of the capability names the organization it applies to.
        package var takesOrganization: Bool { self == .coordinator }
    }

    /// What a write to a plan records, as ``mayWritePlanSQL`` asks about it.
    package enum WriteKind: String, CaseIterable, Sendable {
        /// The plan's content, its versions and its change log: a coordinator of the plan's administration.
        case content
        /// An adoption or approval: an approver, or a coordinator of the plan's administration.
        case approval
        /// A drill on the plan: a trainer.
        case drill
    }

    /// The NOLOGIN role that holds the table privileges every login needs, when the caller names none.
    package static let defaultGroupRole = "beredskap_users"

    /// The version-keyed tables that recording an adoption or approval writes, which an approver may
    /// therefore write for every plan (the others only a coordinator of the plan's administration).
    package static let approvalTables: Set<String> = [
        "plan_metadata", "plan_approvals", "approval_bodies", "search_index", "search_state",
    ]

    /// Tables an approver writes only some rows of, with the condition on those rows: what a decision
    /// rests on (`entity_basis` rows of `plan_approvals`), which recording a decision writes again.
    package static let approvalRows: [String: String] = ["entity_basis": "parent_table = 'plan_approvals'"]

    /// The tables whose policies ``installSQL(groupRole:versionTables:planTables:)`` writes itself, by
    /// name: they are keyed neither by a version nor by a plan, or by one in a way of their own.
    package static let fixedTables = [
        "plans", "changes", "drill_participants", "drill_log", "settings", "access_grants", "schema_migrations",
    ]

    // MARK: - Statements the store runs

    /// Grants a capability: arguments login, capability, organization (NULL but for `coordinator`).
    /// Returns one row, one boolean: true when the grant is new, false when the login had it already.
    ///
    /// Only the owner may run it. It makes the login a member of the group role, and refuses (with a
    /// message that names the login and a HINT saying what to do) an unknown capability, `coordinator`
    /// without an organization, an organization for another capability, a role that does not exist (it
    /// creates none: the DBA runs `CREATE ROLE name LOGIN`), a role that cannot log in, a superuser or
    /// BYPASSRLS role, and the owner or a role with its privileges.
    package static let grantSQL = "SELECT beredskap_access_grant(?, ?, ?)"

    /// Revokes grants: arguments login, capability, organization. A NULL capability revokes every grant
    /// of the login; a NULL organization with `coordinator` revokes its coordinator grants for every
    /// organization. Returns one row, one integer: how many grants it revoked (0 when the login had none
    /// of them, which is no error). A login left without grants leaves the group role.
    package static let revokeSQL = "SELECT beredskap_access_revoke(?, ?, ?)"

    /// Every grant, by login, capability and organization: columns login, capability, organization,
    /// granted_at (ISO 8601 in UTC, as the store writes timestamps) and granted_by (the session's login).
    /// The owner reads every grant; any other login, row-level security shows its own.
    package static let listSQL = """
        SELECT login, capability, organization, granted_at, granted_by FROM access_grants
        ORDER BY login, capability, organization NULLS FIRST
        """

    /// The grants of one login (argument: the login), as ``listSQL`` lists them.
    package static let listForLoginSQL = """
        SELECT login, capability, organization, granted_at, granted_by FROM access_grants WHERE login = ?
        ORDER BY capability, organization NULLS FIRST
        """

    /// The connected login's capabilities: columns capability and organization, one row per grant, and
    /// for the owner (or a role with its privileges) a row `owner` with a NULL organization. A login
    /// without grants gets no row.
    package static let capabilitiesSQL = "SELECT capability, organization FROM beredskap_capabilities()"

    /// Whether the connected login may write to a plan: arguments plan id and one of ``WriteKind``'s
    /// raw values. One row, one boolean; false for a plan that does not exist, an error (SQLSTATE 22023)
    /// for another kind. The store asks before it deletes, since a DELETE the policies refuse deletes
    /// nothing without an error.
    package static let mayWritePlanSQL = "SELECT beredskap_may_write_plan(?, ?)"

    // MARK: - Installing

    /// The SQL that installs access control: the `access_grants` table, the functions, the group role,
    /// row-level security with its policies on every table, and the privileges. The owner runs it once,
    /// in the migration that adds access, after every table exists; it is not meant to run twice.
    ///
    /// The SQL is several statements separated by semicolons (dollar-quoted function bodies and `DO`
    /// blocks among them), without arguments and without `?`. It works in the schema that comes first
    /// in the session's `search_path` (`current_schema()`), where the tables are, and pins the functions'
    /// `search_path` to that schema, then `pg_temp`. It ends by checking that every table of the schema
    /// has row-level security forced and a policy, and fails, naming them, when some have not: a table
    /// this call was not told of is not readable by everyone by default.
    ///
    /// The group role is cluster-wide: it is created when it does not exist, which needs CREATEROLE, and
    /// the owner needs the right to grant membership in it (CREATEROLE, or ADMIN OPTION on it). Every
    /// view of the schema is made `security_invoker` (PostgreSQL 15 or later): a view that ran with its
    /// owner's rights would show every login what the owner sees.
    ///
    /// - Parameters:
    ///   - groupRole: The NOLOGIN role every granted login is a member of; a plain lowercase identifier.
    ///     Give each database of a cluster a group role of its own.
    ///   - versionTables: Every table keyed by `version_id` (a plan version's row), `search_index` and
    ///     `search_state` included.
    ///   - planTables: Every table keyed by `plan_id`: `plan_versions`, `change_sets`, `drill_sessions`
    ///     get policies of their own; any other is read with the plan and written by its coordinators.
    /// - Returns: The SQL, to run as the owner.
    package static func installSQL(
        groupRole: String = defaultGroupRole, versionTables: [String], planTables: [String]
    ) -> String {
        precondition(isPlainIdentifier(groupRole), "the group role must be a plain lowercase identifier")
        for table in versionTables + planTables {
            precondition(isPlainIdentifier(table), "table names must be plain lowercase identifiers: \(table)")
        }
        var statements = [
            installHeader, ownershipCheckSQL, groupRoleSQL(groupRole), accessGrantsTableSQL, supportingIndexesSQL,
            identityFunctionsSQL,
            triggerFunctionsSQL, administrationFunctionsSQL(groupRole), protectFunctionSQL(groupRole), pinSearchPathSQL,
            functionPrivilegesSQL(groupRole),
        ]
        statements.append(contentsOf: fixedTablesSQL(groupRole))
        statements.append(contentsOf: planTables.map(planTableSQL))
        statements.append(
            contentsOf: versionTables.map { versionTableSQL($0, approverWrites: approvalTables.contains($0)) })
        statements.append(contentsOf: [viewsSQL(groupRole), schemaPrivilegesSQL(groupRole), verificationSQL])
        return statements.joined(separator: "\n\n") + "\n"
    }

    /// The SQL that gives a version-keyed table a later migration adds the policies, trigger and privileges
    /// every version table has (an approver writes it when it is one of ``approvalTables``). The owner runs
    /// it in that migration, after ``installSQL(groupRole:versionTables:planTables:)`` has run; the group
    /// role is the one that was installed. A table created without it is readable by no login.
    ///
    /// - Parameter table: The table, a plain lowercase identifier, with a `version_id` column.
    package static func policySQL(forNewVersionTable table: String) -> String {
        precondition(isPlainIdentifier(table), "table names must be plain lowercase identifiers: \(table)")
        return versionTableSQL(table, approverWrites: approvalTables.contains(table)) + "\n"
            + WrittenOut.migrationSQL(table: table, hasVersionID: true, hasPlanID: false)
    }

    /// The SQL that gives a plan-keyed table a later migration adds (one with a `plan_id` column) the
    /// policies, trigger and privileges of ``installSQL(groupRole:versionTables:planTables:)``'s plan tables
    /// other than `plan_versions`, `change_sets` and `drill_sessions`: read with the plan, written by a
    /// coordinator of its administration. The owner runs it in that migration.
    ///
    /// - Parameter table: The table, a plain lowercase identifier, with a `plan_id` column.
    package static func policySQL(forNewPlanTable table: String) -> String {
        precondition(isPlainIdentifier(table), "table names must be plain lowercase identifiers: \(table)")
        return planTableSQL(table) + "\n" + WrittenOut.migrationSQL(table: table, hasVersionID: false, hasPlanID: true)
    }

    // MARK: - Policy expressions

    /// The capabilities that read every plan's content.
    static let readsEveryPlan = "'{central,approver,trainer,auditor}'"

    /// A version-keyed row the login reads: any, for a capability that reads every plan; otherwise one of
    /// a plan of an administration it coordinates.
    static let readsVersion =
        "(SELECT beredskap_has_any(\(readsEveryPlan))) OR version_id IN (SELECT beredskap_readable_versions())"

    /// A version-keyed row the login writes: one of a plan of an administration it coordinates.
    static let writesVersion = "version_id IN (SELECT beredskap_coordinated_versions())"

    /// A row of one of ``approvalTables`` the login writes: any, for an approver; otherwise as
    /// ``writesVersion``.
    static let writesApprovalVersion = "(SELECT beredskap_has_any('{approver}')) OR " + writesVersion

    /// A plan-keyed row the login reads.
    static let readsPlan =
        "(SELECT beredskap_has_any(\(readsEveryPlan))) OR plan_id IN (SELECT beredskap_readable_plans())"

    /// A plan-keyed row the login writes: one of a plan of an administration it coordinates.
    static let writesPlan = "plan_id IN (SELECT beredskap_coordinated_plans())"

    /// A row of `plan_versions` the login may update: any, for an approver (a trigger keeps it to the
    /// status and the decision dates); a coordinator's own.
    static let updatesPlanVersion = "(SELECT beredskap_has_any('{approver}')) OR " + writesPlan

    /// A change set the login reads: any, for an auditor; its own administrations' for a coordinator; the
    /// `lifecycle` ones for an approver, who reads back what it records.
    static let readsChangeSet = """
        (SELECT beredskap_has_any('{auditor}')) OR plan_id IN (SELECT beredskap_coordinated_plans()) \
        OR (kind = 'lifecycle' AND (SELECT beredskap_has_any('{approver}')))
        """

    /// A change set the login may add: of a version of its own administration's plan, or of kind
    /// `lifecycle`, for an approver. Nobody but the owner changes or deletes one.
    static let insertsChangeSet = """
        (plan_id IN (SELECT beredskap_coordinated_plans()) \
        AND version_id IN (SELECT beredskap_coordinated_versions())) \
        OR (kind = 'lifecycle' AND (SELECT beredskap_has_any('{approver}')))
        """

    /// A change the login reads: one of a change set it reads.
    static let readsChange =
        "(SELECT beredskap_has_any('{auditor}')) OR change_set_id IN (SELECT beredskap_readable_change_sets())"

    /// A change the login may add: to the newest change set of a plan of its own administration, or to
    /// the newest change set of any plan when that is a `lifecycle` one and the login is an approver. The
    /// log is append-only: a change set once followed by another takes no more changes.
    static let insertsChange = "change_set_id IN (SELECT beredskap_open_change_sets())"

    /// A row of a drill session (`drill_participants`, `drill_log`) the login reads.
    static let readsDrillRow = """
        (SELECT beredskap_has_any(\(readsEveryPlan))) OR session_id IN (SELECT beredskap_readable_drill_sessions())
        """

    /// A drill row the login writes: any, for a trainer.
    static let writesDrill = "(SELECT beredskap_has_any('{trainer}'))"

    // MARK: - Pieces of the installation

    /// The installation's opening comment.
    static let installHeader = """
        -- Access per administration: generated by PostgreSQLAccess.installSQL, run once by the owner.
        """

    /// Refuses to install for a role that does not own the schema's tables: the functions run as the
    /// role that installs them, and the policies give everything to the tables' owner.
    static let ownershipCheckSQL = """
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
        """

    /// Creates the group role unless the cluster has it, and refuses one that can log in.
    static func groupRoleSQL(_ group: String) -> String {
        """
        DO $beredskap$
        BEGIN
            IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = \(literal(group))) THEN
                CREATE ROLE \(identifier(group)) NOLOGIN;
            ELSIF (SELECT rolcanlogin FROM pg_roles WHERE rolname = \(literal(group))) THEN
                RAISE EXCEPTION 'the group role "%" can log in', \(literal(group))
                    USING HINT = 'The group role holds the privileges of every granted login and must be NOLOGIN: '
                        || 'ALTER ROLE \(group) NOLOGIN, or install with another group role.';
            END IF;
        END
        $beredskap$;
        """
    }

    /// The table of grants, one row per login, capability and organization.
    static let accessGrantsTableSQL = """
        CREATE TABLE access_grants (
            login TEXT NOT NULL,
            capability TEXT NOT NULL CHECK (capability IN ('coordinator', 'central', 'approver', 'trainer', 'auditor')),
            organization TEXT,
            granted_at TEXT NOT NULL,
            granted_by TEXT NOT NULL,
            CHECK ((capability = 'coordinator') = (organization IS NOT NULL))
        );
        CREATE UNIQUE INDEX access_grants_unique ON access_grants (login, capability, (coalesce(organization, '')));
        """

    /// Indexes the functions' queries use: plans by owner, lifecycle change sets, drill sessions by plan.
    static let supportingIndexesSQL = """
        CREATE INDEX IF NOT EXISTS beredskap_plans_by_owner ON plans (owner);
        CREATE INDEX IF NOT EXISTS beredskap_change_sets_lifecycle ON change_sets (id) WHERE kind = 'lifecycle';
        CREATE INDEX IF NOT EXISTS beredskap_drill_sessions_by_plan ON drill_sessions (plan_id);
        """

    /// The functions the policies and the store call. Each takes the login as its last argument,
    /// `who name DEFAULT current_user`: a default is evaluated by the caller, so that a policy's call
    /// names the login whose query it is, where `current_user` inside the function, which runs as the
    /// owner, would name the owner. A session asking about a login it cannot become (`pg_has_role(session_user,
    /// who, 'MEMBER')` is false) gets nothing: a login cannot learn another's rights by naming it.
    static let identityFunctionsSQL = """
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
        """

    // MARK: - Read policies written out

    /// The read policies written out in SQL (PostgreSQL-only migration `v8-read-policies`): the same
    /// rows as the functions' policies of version 6, decided in the login's own query, where a call of
    /// a SECURITY DEFINER function is planned again in every statement and, in a new server process,
    /// first loads and compiles PL/pgSQL (together some 3 ms of a login's first read).
    ///
    /// A policy's expression is parsed when it is made, so its tables are the schema's whatever a
    /// session's `search_path`; the subqueries run as the login, under the policies of the tables they
    /// read: a login reads its own rows of `access_grants`, every row of `plans`, the versions of the
    /// plans it reads. So a version's rows are readable exactly when its `plan_versions` row is, a
    /// change when its change set is, a drill's rows when its session is.
    enum WrittenOut {
        /// The login holds one of `capabilities` (SQL string literals, separated by commas).
        static func holds(_ capabilities: String) -> String {
            "EXISTS (SELECT FROM access_grants g WHERE g.login = current_user::text AND g.capability IN (\(capabilities)))"
        }

        /// The capabilities that read every plan's content.
        static let everyPlan = "'central', 'approver', 'trainer', 'auditor'"

        /// The plans of the administrations the login coordinates.
        static let coordinatedPlans = """
            SELECT p.id FROM plans p WHERE p.owner IN (SELECT g.organization FROM access_grants g \
            WHERE g.login = current_user::text AND g.capability = 'coordinator')
            """

        /// A plan-keyed row the login reads.
        static let readsPlan = "\(holds(everyPlan)) OR plan_id IN (\(coordinatedPlans))"

        /// A version-keyed row the login reads.
        static let readsVersion = "\(holds(everyPlan)) OR version_id IN (SELECT v.row_id FROM plan_versions v)"

        /// A change set the login reads.
        static let readsChangeSet = """
            \(holds("'auditor'")) OR plan_id IN (\(coordinatedPlans)) \
            OR (kind = 'lifecycle' AND \(holds("'approver'")))
            """

        /// A change the login reads.
        static let readsChange = "\(holds("'auditor'")) OR change_set_id IN (SELECT s.id FROM change_sets s)"

        /// A row of a drill session the login reads.
        static let readsDrillRow = "\(holds(everyPlan)) OR session_id IN (SELECT d.id FROM drill_sessions d)"

        /// The read (and update) policy of `table`, given its name and key columns; nil for the tables
        /// every login reads alone or in full (`plans`, `settings`, `access_grants`, `schema_migrations`).
        static func reads(table: String, hasVersionID: Bool, hasPlanID: Bool) -> String? {
            switch table {
            case "changes": readsChange
            case "change_sets": readsChangeSet
            case "drill_participants", "drill_log": readsDrillRow
            default: hasVersionID ? readsVersion : hasPlanID ? readsPlan : nil
            }
        }

        /// The migration: every protected table of the schema gets its read and update policies'
        /// USING expression written out.
        static var migrationSQL: String {
            func literal(_ expression: String) -> String { "$expression$" + expression + "$expression$" }
            return """
                DO $beredskap$
                DECLARE
                    t regclass;
                    expression text;
                BEGIN
                    FOR t, expression IN
                        SELECT c.oid::regclass, CASE
                            WHEN c.relname = 'changes' THEN \(literal(readsChange))
                            WHEN c.relname = 'change_sets' THEN \(literal(readsChangeSet))
                            WHEN c.relname IN ('drill_participants', 'drill_log') THEN \(literal(readsDrillRow))
                            WHEN has.version_id THEN \(literal(readsVersion))
                            WHEN has.plan_id THEN \(literal(readsPlan))
                        END
                        FROM pg_class c
                        JOIN pg_policy p ON p.polrelid = c.oid AND p.polname = 'beredskap_read'
                        CROSS JOIN LATERAL (
                            SELECT bool_or(a.attname = 'version_id') AS version_id, bool_or(a.attname = 'plan_id') AS plan_id
                            FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
                        ) has
                        WHERE c.relnamespace = to_regnamespace(current_schema())
                    LOOP
                        CONTINUE WHEN expression IS NULL;
                        EXECUTE format('ALTER POLICY beredskap_read ON %s USING (%s)', t, expression);
                        EXECUTE format('ALTER POLICY beredskap_update ON %s USING (%s)', t, expression);
                    END LOOP;
                END
                $beredskap$;
                """
        }

        /// The same for one table a later migration adds.
        static func migrationSQL(table: String, hasVersionID: Bool, hasPlanID: Bool) -> String {
            guard let expression = reads(table: table, hasVersionID: hasVersionID, hasPlanID: hasPlanID) else {
                return ""
            }
            return "ALTER POLICY beredskap_read ON \(identifier(table)) USING (\(expression));\n"
                + "ALTER POLICY beredskap_update ON \(identifier(table)) USING (\(expression));\n"
        }
    }

    /// The triggers' functions: a row keeps the plan or version it belongs to (moving it would write to
    /// a plan the login may only read), and an approver changes a version's status and decision dates
    /// alone. The owner is exempt from both.
    static let triggerFunctionsSQL = """
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
        """

    /// The owner's functions that grant and revoke capabilities.
    static func administrationFunctionsSQL(_ group: String) -> String {
        let capabilityCheck = """
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
            """
        return """
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
            \(capabilityCheck)
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
                IF NOT pg_has_role(who, \(literal(group)), 'MEMBER') THEN
                    BEGIN
                        EXECUTE format('GRANT %I TO %I', \(literal(group)), who);
                    EXCEPTION WHEN insufficient_privilege THEN
                        RAISE EXCEPTION 'the owner "%" may not make "%" a member of the group role "%"',
                                current_user, who, \(literal(group))
                            USING ERRCODE = 'insufficient_privilege',
                                HINT = format('The database administrator gives the owner that right: ALTER ROLE %I CREATEROLE, '
                                    || 'or GRANT %I TO %I WITH ADMIN OPTION.', current_user, \(literal(group)), current_user);
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
            \(capabilityCheck)
                END IF;
                DELETE FROM access_grants g
                WHERE g.login = who AND (what IS NULL OR g.capability = what) AND (org IS NULL OR g.organization = org);
                GET DIAGNOSTICS removed = ROW_COUNT;
                IF NOT EXISTS (SELECT FROM access_grants g WHERE g.login = who)
                    AND EXISTS (
                        SELECT FROM pg_auth_members m
                        WHERE m.roleid = (SELECT r.oid FROM pg_roles r WHERE r.rolname = \(literal(group)))
                            AND m.member = (SELECT r.oid FROM pg_roles r WHERE r.rolname = who))
                THEN
                    EXECUTE format('REVOKE %I FROM %I', \(literal(group)), who);
                END IF;
                RETURN removed;
            END
            $fn$;
            """
    }

    /// The owner's function that protects one table: row-level security enabled and forced, the owner's
    /// policy, the group's policies from the expressions it is given (a NULL update check refuses every
    /// update with an error; a NULL insert check or delete expression leaves the command to the owner)
    /// and the group's privileges on the table and its sequences.
    static func protectFunctionSQL(_ group: String) -> String {
        """
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
            EXECUTE format('CREATE POLICY beredskap_read ON %s FOR SELECT TO %I USING (%s)', tbl, \(literal(group)), reads);
            IF inserts IS NOT NULL THEN
                EXECUTE format('CREATE POLICY beredskap_insert ON %s FOR INSERT TO %I WITH CHECK (%s)',
                    tbl, \(literal(group)), inserts);
            END IF;
            EXECUTE format('CREATE POLICY beredskap_update ON %s FOR UPDATE TO %I USING (%s) WITH CHECK (%s)',
                tbl, \(literal(group)), reads, coalesce(updates, 'false'));
            IF deletes IS NOT NULL THEN
                EXECUTE format('CREATE POLICY beredskap_delete ON %s FOR DELETE TO %I USING (%s)',
                    tbl, \(literal(group)), deletes);
            END IF;
            EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %s TO %I', tbl, \(literal(group)));
            FOR seq IN
                SELECT d.objid::regclass FROM pg_depend d JOIN pg_class s ON s.oid = d.objid
                WHERE d.classid = 'pg_class'::regclass AND d.refclassid = 'pg_class'::regclass
                    AND d.refobjid = tbl AND s.relkind = 'S'
            LOOP
                EXECUTE format('GRANT USAGE ON SEQUENCE %s TO %I', seq, \(literal(group)));
            END LOOP;
        END
        $fn$;
        """
    }

    /// Pins every `beredskap_` function's `search_path` to the current schema, then `pg_temp` (searched
    /// last, so that no login's temporary table can stand in for a table a SECURITY DEFINER function
    /// reads).
    static let pinSearchPathSQL = """
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
        """

    /// Who may call which function: the policies' functions the group (their callers are its members'
    /// queries), the store's two questions anyone (they answer for the caller alone), the rest the owner.
    static func functionPrivilegesSQL(_ group: String) -> String {
        """
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
        TO \(identifier(group));
        GRANT EXECUTE ON FUNCTION beredskap_capabilities(name), beredskap_may_write_plan(text, text, name) TO PUBLIC;
        """
    }

    /// The tables ``fixedTables`` names, with the column privileges of `settings`: a login updates its own
    /// rows' key and value, never the login a row belongs to.
    static func fixedTablesSQL(_ group: String) -> [String] {
        let ownSetting = "login = current_user::text"
        return [
            protectSQL("plans", reads: "true", inserts: "owner IN (SELECT beredskap_coordinated_organizations())"),
            protectSQL("changes", reads: readsChange, inserts: insertsChange),
            protectSQL(
                "drill_participants", reads: readsDrillRow, inserts: writesDrill, updates: writesDrill,
                deletes: writesDrill),
            protectSQL(
                "drill_log", reads: readsDrillRow, inserts: writesDrill, updates: writesDrill, deletes: writesDrill),
            protectSQL("settings", reads: "true", inserts: ownSetting, updates: ownSetting, deletes: ownSetting)
                + "\nREVOKE UPDATE ON settings FROM \(identifier(group));"
                + "\nGRANT UPDATE (key, value) ON settings TO \(identifier(group));",
            protectSQL("access_grants", reads: "login = current_user::text"),
            protectSQL("schema_migrations", reads: "true"),
        ]
    }

    /// What version 7 adds to the access: a coordinator archives and restores the plans of its own
    /// administration, writing only the plan's two archive columns (its owner stays the database
    /// owner's to change).
    static func archivingSQL(groupRole group: String) -> String {
        let coordinates = "owner IN (SELECT beredskap_coordinated_organizations())"
        return """
            DROP POLICY beredskap_update ON plans;
            CREATE POLICY beredskap_update ON plans FOR UPDATE TO \(identifier(group))
                USING (\(coordinates)) WITH CHECK (\(coordinates));
            REVOKE UPDATE ON plans FROM \(identifier(group));
            GRANT UPDATE (archived_at, archived_by) ON plans TO \(identifier(group));
            """
    }

    /// The policies of a plan-keyed table, by its name.
    static func planTableSQL(_ table: String) -> String {
        switch table {
        case "plan_versions":
            protectSQL(table, reads: readsPlan, inserts: writesPlan, updates: updatesPlanVersion, deletes: writesPlan)
                + "\n" + keepKeySQL(table, key: "plan_id")
                + "\nCREATE TRIGGER beredskap_guard_plan_version BEFORE UPDATE ON plan_versions"
                + " FOR EACH ROW EXECUTE FUNCTION beredskap_guard_plan_version();"
        case "change_sets":
            protectSQL(table, reads: readsChangeSet, inserts: insertsChangeSet)
        case "drill_sessions":
            protectSQL(table, reads: readsPlan, inserts: writesDrill, updates: writesDrill, deletes: writesDrill)
        default:
            protectSQL(table, reads: readsPlan, inserts: writesPlan, updates: writesPlan, deletes: writesPlan)
                + "\n" + keepKeySQL(table, key: "plan_id")
        }
    }

    /// The policies and trigger of a version-keyed table.
    static func versionTableSQL(_ table: String, approverWrites: Bool) -> String {
        let writes =
            approverWrites
            ? writesApprovalVersion
            : approvalRows[table].map { "((SELECT beredskap_has_any('{approver}')) AND \($0)) OR " + writesVersion }
                ?? writesVersion
        return protectSQL(table, reads: readsVersion, inserts: writes, updates: writes, deletes: writes) + "\n"
            + keepKeySQL(table, key: "version_id")
    }

    /// The call that protects one table with the given policy expressions (nil: see
    /// `beredskap_protect_table`).
    static func protectSQL(
        _ table: String, reads: String, inserts: String? = nil, updates: String? = nil, deletes: String? = nil
    ) -> String {
        func argument(_ expression: String?) -> String {
            expression.map { "$policy$" + $0 + "$policy$" } ?? "NULL"
        }
        return "SELECT beredskap_protect_table(\(literal(table))::regclass,\n    "
            + [reads, inserts, updates, deletes].map(argument).joined(separator: ",\n    ") + ");"
    }

    /// The trigger that keeps a row's `key` column as it is for everyone but the owner.
    static func keepKeySQL(_ table: String, key: String) -> String {
        "CREATE TRIGGER beredskap_keep_\(key) BEFORE UPDATE OF \(key) ON \(identifier(table))"
            + " FOR EACH ROW EXECUTE FUNCTION beredskap_keep_key(\(literal(key)));"
    }

    /// Makes every view of the schema run with its reader's rights and lets the group read it.
    static func viewsSQL(_ group: String) -> String {
        """
        DO $beredskap$
        DECLARE
            v regclass;
        BEGIN
            FOR v IN
                SELECT c.oid::regclass FROM pg_class c
                WHERE c.relnamespace = to_regnamespace(current_schema()) AND c.relkind = 'v'
            LOOP
                EXECUTE format('ALTER VIEW %s SET (security_invoker = true)', v);
                EXECUTE format('GRANT SELECT ON %s TO %I', v, \(literal(group)));
            END LOOP;
        END
        $beredskap$;
        """
    }

    /// The group's use of the schema and of every sequence in it.
    static func schemaPrivilegesSQL(_ group: String) -> String {
        """
        DO $beredskap$
        BEGIN
            EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I', current_schema(), \(literal(group)));
            EXECUTE format('GRANT USAGE ON ALL SEQUENCES IN SCHEMA %I TO %I', current_schema(), \(literal(group)));
        END
        $beredskap$;
        """
    }

    /// Fails the installation when a table of the schema has no forced row-level security or no policy.
    static let verificationSQL = """
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
        """

    // MARK: - Quoting

    /// Whether a name is a lowercase SQL identifier that needs no quoting: letters, digits and `_`, not
    /// starting with a digit, at most 63 bytes.
    static func isPlainIdentifier(_ name: String) -> Bool {
        let scalars = Array(name.unicodeScalars)
        guard let first = scalars.first, scalars.count <= 63, !("0"..."9").contains(first) else { return false }
        return scalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" }
    }

    /// A name as an SQL identifier, in double quotes.
    static func identifier(_ name: String) -> String {
        "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// A text as an SQL string literal, in single quotes.
    static func literal(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "''") + "'"
    }
}
