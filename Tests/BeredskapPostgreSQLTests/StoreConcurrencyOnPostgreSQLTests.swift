import BeredskapPostgreSQL
import BeredskapStorage
import Foundation
import PostgreSQLTestSupport
import Synchronization
import Testing

/// The reliability issue's torture test on PostgreSQL: twenty sessions left open on one city store,
/// each making a hundred edits of its own (one change set each), beside readers and a writer of a long
/// change set killed midway. Every acknowledged edit must be in the change log; the killed one's none.
@Suite struct StoreConcurrencyOnPostgreSQLTests {
    static func setting(_ name: String, _ ciSize: Int) -> Int {
        ProcessInfo.processInfo.environment["BEREDSKAP_TORTURE_" + name].flatMap { Int($0) } ?? ciSize
    }

    @Test func twentyClientsOfAHundredEditsEachLoseNone() throws {
        let cluster = try TestCluster.shared
        let location = cluster.location(database: try cluster.createDatabase("torture"))
        let store = try PostgreSQLStore.open(location)
        let units = try store.plan().units.map(\.id.rawValue)
        let clients = Self.setting("CLIENTS", 20)
        let edits = Self.setting("EDITS", 100)
        let acknowledged = Mutex<[String]>([])
        let failures = Mutex<[String]>([])
        let readerAnswers = Mutex<Set<String>>([])
        let environment = ["BEREDSKAP_HISTORY": "/dev/null"]
        DispatchQueue.concurrentPerform(iterations: clients + 2) { worker in
            do {
                if worker < clients {
                    let lines = (0..<edits).map { index in
                        "set unit \(units[(worker * 7 + index) % units.count]) description = \"client \(worker) \(index)\""
                    }
                    let result = try Products.run(
                        "StoreStress", ["session", location.description], environment: environment,
                        input: lines.joined(separator: "\n") + "\n")
                    for line in result.stdout.split(separator: "\n") where line.hasPrefix("ack ") {
                        acknowledged.withLock { $0.append("client \(worker) \(Int(line.dropFirst(4))! - 1)") }
                    }
                    if result.status != 0 || result.stdout.contains("fail") || !result.stderr.isEmpty {
                        failures.withLock { $0.append("client \(worker): \(result.stderr)") }
                    }
                } else if worker == clients {
                    for _ in 0..<10 {
                        let result = try Products.run(
                            "beredskap", ["--store", location.description, "-c", "count units"],
                            environment: environment)
                        readerAnswers.withLock {
                            _ = $0.insert(
                                result.status == 0 ? result.stdout : "exit \(result.status): \(result.stderr)")
                        }
                    }
                } else {
                    try Products.killMidway(
                        "StoreStress", ["edit", location.description, "100000", "description", "killed"], after: 0.5)
                }
            } catch {
                failures.withLock { $0.append("\(error)") }
            }
        }
        #expect(failures.withLock { $0 } == [])
        #expect(readerAnswers.withLock { $0 } == ["23\n"])
        let expected = acknowledged.withLock { $0 }
        #expect(expected.count == clients * edits)
        let recorded = Set(
            try store.query("SELECT new_value FROM changes WHERE field = 'description'").rows.compactMap { row in
                if case .string(let text)? = row.first { text } else { nil }
            })
        let missing = expected.filter { !recorded.contains("\"\($0)\"") }
        #expect(missing == [], "acknowledged edits missing from the change log")
        #expect(!recorded.contains { $0.hasPrefix("\"killed ") })
        #expect(try store.history().count == clients * edits + 1)
    }
}
