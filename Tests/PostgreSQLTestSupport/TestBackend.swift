import BeredskapModel
import BeredskapPostgreSQL
import BeredskapStorage
import Foundation

/// The store's two backends, for a suite that runs each test on both: SQLite in memory, and a new
/// database of the tests' own PostgreSQL cluster (``TestCluster``) opened as its superuser, so that
/// the store's semantics are tested apart from access, which the row-level security tests cover.
package enum TestBackend: String, CaseIterable, Sendable, CustomStringConvertible {
    case sqlite
    case postgreSQL

    package var description: String { rawValue }

    /// A new store on this backend, seeded with the built-in plan unless `seed` is false.
    package func open(author: String? = nil, seed: Bool = true, checks: [any PlanCheck] = []) throws -> PlanStore {
        switch self {
        case .sqlite:
            return try PlanStore.open(.memory, author: author, seed: seed, checks: checks)
        case .postgreSQL:
            let cluster = try TestCluster.shared
            let database = try cluster.createDatabase("store")
            return try PostgreSQLStore.open(
                cluster.location(database: database), author: author, seed: seed, checks: checks)
        }
    }
}

extension TestCluster {
    /// The store location of `database` as `user` over the cluster's socket, as a user writes it.
    package func location(user: String = TestCluster.superuser, database: String) -> StoreLocation {
        .postgreSQL("postgresql://\(user)@/\(database)?host=\(socketDirectory)&port=\(port)")
    }
}
