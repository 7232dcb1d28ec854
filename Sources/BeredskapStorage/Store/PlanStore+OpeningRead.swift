import BeredskapModel

extension PlanStore {
    /// What reading a plan on PostgreSQL starts from, in one statement: the plans the login sees, its
    /// default plan, the version of the plan it would choose (``resolve(_:version:_:)`` makes the
    /// choice, and reads again when it chooses another) and that version's read copy.
    ///
    /// A new connection's server process looks up every table and policy a statement touches; one
    /// statement instead of four saves it the planning of three and the client three round trips.
    struct OpeningRead {
        var listing: PlanListing
        var defaultPlan: EntityID?
        var found: FoundVersion?
        var copy: PlanRows.ReadCopy?

        init(_ id: EntityID?, version: Int?, _ db: any SQLConnection) throws {
            var listed: [SQLRow] = []
            for row in try SQLRow.fetchAll(db, sql: Self.sql, arguments: [id?.rawValue, version]) {
                switch row[0] as Int {
                case 0:
                    listed.append(SQLRow(columns: Array(row.columns[1...3]), values: Array(row.values[1...3])))
                case 1:
                    defaultPlan = (row[1] as String?).map { EntityID($0) }
                default:
                    guard let plan = row[1] as String? else { continue }
                    found = FoundVersion(plan: EntityID(plan), row: row[4], status: row[2], current: row[5])
                    if let layout = row[3] as String?, let rows = row[6] as String? {
                        copy = PlanRows.ReadCopy(layout: layout, rows: rows)
                    }
                }
            }
            listing = PlanListing(listed)
        }

        /// The statement: rows of part 0 (the listing: id, archived_at, archived_by, in the order of
        /// the ids), part 1 (the default plan's id) and part 2 (the plan chosen, the version's status,
        /// its copy's layout, its row, the current version's number, the copy's rows); its arguments
        /// the plan's id and the version's number, either NULL.
        static let sql = """
            WITH listing AS (\(PlanListing.sql(.postgreSQL))),
            default_plan AS (\(defaultPlanSQL(.postgreSQL))),
            chosen AS (
                SELECT coalesce(CAST(? AS TEXT),
                    (SELECT min(id) FROM listing WHERE archived_at IS NULL HAVING count(*) = 1),
                    (SELECT value FROM default_plan)) AS id
            ),
            found AS (\(findVersionSQL(plan: "(SELECT id FROM chosen)", version: "CAST(? AS INTEGER)")))
            SELECT 0 AS part, id, archived_at, archived_by, row_number() OVER (ORDER BY id) AS version_row,
                NULL::bigint AS current, NULL::text AS rows
            FROM listing
            UNION ALL SELECT 1, value, NULL, NULL, NULL, NULL, NULL FROM default_plan
            UNION ALL SELECT 2, (SELECT id FROM chosen), f.status, d.layout, f.row_id, f.current, d.rows
            FROM found f LEFT JOIN version_documents d ON d.version_id = f.row_id
            ORDER BY part, version_row
            """
    }
}
