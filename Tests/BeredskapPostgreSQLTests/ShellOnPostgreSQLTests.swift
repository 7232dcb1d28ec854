import BeredskapPostgreSQL
import BeredskapStorage
import Foundation
import PostgreSQLTestSupport
import Testing

/// The shell on a PostgreSQL store prints what it prints on SQLite: the same queries (comparisons the
/// store answers in SQL and those written in Swift, which PostgreSQL's SQL cannot call and the
/// workspace answers on the candidates), search with Swedish letters folded, and the same messages.
@Suite struct ShellOnPostgreSQLTests {
    static let commands = [
        "count units where function = detecting", "list units where name ~ \"maria\"",
        "count activities where starts < 2017-09", "list units where name > \"M\" order by name limit 3",
        "list activities where status = planned", "search foraldrastod", "show unit mini-maria",
        "set unit nobody description = \"x\"",
    ]

    @Test(arguments: commands) func aCommandPrintsWhatItPrintsOnSQLite(_ command: String) throws {
        let cluster = try TestCluster.shared
        let location = cluster.location(database: try cluster.createDatabase("shell"))
        let environment = ["BEREDSKAP_HISTORY": "/dev/null"]
        let onPostgreSQL = try Products.run(
            "beredskap", ["--store", location.description, "--format", "csv", "-c", command], environment: environment)
        let onSQLite = try Products.run(
            "beredskap", ["--store", ":memory:", "--format", "csv", "-c", command], environment: environment)
        #expect(onPostgreSQL.status == onSQLite.status, "\(onPostgreSQL.stderr)")
        #expect(onPostgreSQL.stderr == onSQLite.stderr)
        if command.hasPrefix("search") {
            // Both find the unit named for it; PostgreSQL ranks and stems in its own way.
            #expect(onPostgreSQL.stdout.contains("plus-foraldrastod") && onSQLite.stdout.contains("plus-foraldrastod"))
        } else {
            #expect(onPostgreSQL.stdout == onSQLite.stdout)
        }
    }
}
