import Foundation
import Testing

/// `beredskap plans` as a table like the shell's, and `beredskap run` confirming what it applied.
@Suite struct PlansAndRunOutputTests {
    @Test func plansIsABoxTableWithAlignedColumns() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try StoreCommandTests.secondPlan.write(
            to: directory.appendingPathComponent("malmo.yaml"), atomically: true, encoding: .utf8)
        try Beredskap.makeStore(in: directory)
        #expect(try Beredskap.run(["--store", "s.sqlite", "import", "malmo.yaml"], in: directory).status == 0)
        let result = try Beredskap.run(["--store", "s.sqlite", "plans"], in: directory)
        #expect(result.status == 0 && result.stderr.isEmpty, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 6, "border, header, rule, two plans, border")
        #expect(lines.first?.hasPrefix("┌") == true && lines.last?.hasPrefix("└") == true)
        #expect(lines[1].hasPrefix("│ id ") && lines[1].contains("│ name ") && lines[1].contains("│ default │"))
        #expect(Set(lines.map(\.count)).count == 1, "every line as wide as the others")
        #expect(lines.contains { $0.hasPrefix("│ malmo-exempel ") && $0.contains("│ Handlingsplan (exempel) ") })
    }

    @Test(arguments: [
        ("csv", "id,name,version,status,default,owner\nmalmo-exempel,Handlingsplan (exempel),1,"),
        ("json", #"[\#n  {"id": "malmo-exempel", "name": "Handlingsplan (exempel)", "version": 1, "status": "#),
    ])
    func plansTakesTheShellsFormats(_ format: String, _ start: String) throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try StoreCommandTests.secondPlan.write(
            to: directory.appendingPathComponent("malmo.yaml"), atomically: true, encoding: .utf8)
        try Beredskap.makeStore(in: directory)
        _ = try Beredskap.run(["--store", "s.sqlite", "import", "malmo.yaml"], in: directory)
        let result = try Beredskap.run(["--store", "s.sqlite", "plans", "--format", format], in: directory)
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix(start), "\(result.stdout)")
        let unknown = try Beredskap.run(["--store", "s.sqlite", "plans", "--format", "yaml"], in: directory)
        #expect(unknown.status == 2 && unknown.stderr.contains("Unknown format 'yaml'"))
    }

    @Test func runConfirmsTheChangeSetItMade() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try "set unit origo name = \"Origo A\"\nset unit kruton name = \"Kruton B\"\n".write(
            to: directory.appendingPathComponent("edit.bsh"), atomically: true, encoding: .utf8)
        let result = try Beredskap.run(["--store", "s.sqlite", "run", "edit.bsh"], in: directory)
        #expect(result.status == 0)
        #expect(result.stdout.isEmpty, "standard output keeps only the script's results")
        #expect(result.stderr == "committed 2 changes (#2)\n")
        let queries = try Beredskap.run(["--store", "s.sqlite", "-c", "count units"], in: directory)
        #expect(queries.stderr.isEmpty)
        try "count units\n".write(to: directory.appendingPathComponent("read.bsh"), atomically: true, encoding: .utf8)
        let read = try Beredskap.run(["--store", "s.sqlite", "run", "read.bsh"], in: directory)
        #expect(read.stdout == "23\n" && read.stderr.isEmpty, "a script that changes nothing confirms nothing")
    }
}
