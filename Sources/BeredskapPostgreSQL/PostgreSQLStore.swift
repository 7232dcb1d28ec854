import BeredskapModel
import BeredskapStorage
import Foundation

/// Opens stores on PostgreSQL, for a city whose administrations share one database, and administers
/// who may do what in it.
///
/// ```swift
/// let store = try PostgreSQLStore.open(.postgreSQL("postgresql://anna@db.stad.se/beredskap"))
/// print(try store.plans().map { "\($0.id) \($0.owner?.rawValue ?? "")" })
/// ```
///
/// The same `PlanStore` API then works as on SQLite: change sets, history, undo, lifecycle, drills
/// and search; what the login may read and write is decided by the database's row-level security.
public enum PostgreSQLStore {
    /// Opens the store at `location`: a PostgreSQL database for `StoreLocation/postgreSQL(_:)`,
    /// otherwise as `PlanStore/open(_:author:seed:checks:)` opens it.
    ///
    /// A database without the store's schema gets it, and the built-in plan when `seed` is true, when
    /// the login owns the database; any other login is told who must set it up. Over TCP the
    /// connection is encrypted as the URI's `sslmode` (or `PGSSLMODE`) says, as libpq does it: TLS when
    /// the server offers it by default; `require`, `verify-ca` or `verify-full` to insist on it, the last
    /// two checking the server's certificate against `sslrootcert`.
    ///
    /// - Parameters:
    ///   - location: A PostgreSQL URI, a file or memory.
    ///   - author: The default author of changes; the login's name (PostgreSQL) or `$USER` when nil.
    ///   - seed: Whether a new store gets the built-in Stockholm plan.
    ///   - checks: Checks a change must pass besides the validator's own.
    ///   - environment: Where `PGPASSWORD`, `PGPASSFILE`, `PGUSER`, `PGSSLMODE`, `PGSSLROOTCERT` and
    ///     `HOME` are read.
    /// - Throws: `StoreError` with code `StoreError/Code/cannotOpen` when the address does not
    ///   parse or no connection can be made, the encrypted one the sslmode requires included (the
    ///   message names the address without its password, and what failed).
    public static func open(
        _ location: StoreLocation, author: String? = nil, seed: Bool = true, checks: [any PlanCheck] = [],
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws(StoreError) -> PlanStore {
        guard case .postgreSQL(let uri) = location else {
            return try PlanStore.open(location, author: author, seed: seed, checks: checks)
        }
        let address = try PostgreSQLAddress.parse(uri, environment: environment)
        let backend: PostgreSQLBackend
        do {
            backend = try PostgreSQLBackend(address)
        } catch {
            throw StoreError(.cannotOpen, error.description)
        }
        return try PlanStore.open(
            backend: backend, location: location, author: author ?? address.user, seed: seed,
            checks: checks)
    }
}

/// One capability a login holds on a shared store, as `beredskap access list` shows it.
public struct AccessGrant: Sendable, Equatable {
    /// The PostgreSQL login.
    public var login: String
    /// `coordinator`, `central`, `approver`, `trainer` or `auditor`.
    public var capability: String
    /// For `coordinator`: the administration whose plans the login coordinates.
    public var organization: String?
    /// When it was granted, as the store writes times (ISO 8601, UTC).
    public var grantedAt: String
    /// Who granted it.
    public var grantedBy: String
}

extension PostgreSQLStore {
    /// The capabilities a login can be granted, with what each allows.
    public static let capabilities: [(name: String, allows: String)] = [
        ("coordinator", "edits, follows up and reads the history of the plans its administration owns"),
        ("central", "reads every plan"),
        ("approver", "reads every plan and records adoptions and approvals"),
        ("trainer", "reads every plan and runs and saves drills on them; edits no content"),
        ("auditor", "reads every plan and the whole change log"),
    ]

    /// Grants `capability` (for `coordinator`, on `organization`'s plans) to `login`, an existing
    /// PostgreSQL login. Only the database's owner may.
    ///
    /// - Returns: Whether the grant is new (false when the login had it already).
    /// - Throws: `StoreError/Code/invalidChange` for an unknown login or capability, a coordinator
    ///   without an organization or another capability with one; `StoreError/Code/notPermitted` when
    ///   the connected login is not the owner; `StoreError/Code/cannotOpen` for an SQLite store.
    @discardableResult
    public static func grant(
        _ capability: String, to login: String, organization: String? = nil, in store: PlanStore
    ) throws(StoreError) -> Bool {
        try access(store) { db in
            try Bool.fetchOne(db, sql: PostgreSQLAccess.grantSQL, arguments: [login, capability, organization]) ?? false
        }
    }

    /// Revokes `login`'s `capability` (every capability when nil; for `coordinator` with no
    /// organization, its coordination of every administration). Only the database's owner may.
    ///
    /// - Returns: How many grants were revoked; 0 when the login had none of them.
    @discardableResult
    public static func revoke(
        _ capability: String?, from login: String, organization: String? = nil, in store: PlanStore
    ) throws(StoreError) -> Int {
        try access(store) { db in
            try Int.fetchOne(db, sql: PostgreSQLAccess.revokeSQL, arguments: [login, capability, organization]) ?? 0
        }
    }

    /// Every grant, by login: all of them for the database's owner, a login's own for any other.
    public static func grants(in store: PlanStore) throws(StoreError) -> [AccessGrant] {
        try access(store) { db in
            try SQLRow.fetchAll(db, sql: PostgreSQLAccess.listSQL).map { row in
                AccessGrant(
                    login: row[0], capability: row[1], organization: row[2], grantedAt: row[3], grantedBy: row[4])
            }
        }
    }

    /// Runs `body` in a write on the store's PostgreSQL database.
    private static func access<T>(_ store: PlanStore, _ body: (any SQLConnection) throws -> T) throws(StoreError) -> T {
        guard store.backend is PostgreSQLBackend else {
            throw StoreError(
                .cannotOpen,
                "\(store.location) is an SQLite store: access is granted on a shared PostgreSQL store "
                    + "(--store postgresql://…); every user of a file may do everything in it")
        }
        do {
            return try store.backend.write(body)
        } catch {
            throw store.backend.storeError(error)
        }
    }
}
