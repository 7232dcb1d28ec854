import Foundation
import Testing

/// A sensitive phone number planted in the plan must not leak through the outputs that show stored
/// values as they are — the change log, a diff, a dry run, an error that echoes the command, the REPL
/// fed from a pipe — unless `--include-sensitive` (or `.sensitive on`) asks for it.
@Suite struct SensitiveOutputTests {
    private static let planted = "070-555 01 99"
    private static let plant =
        "set role tib contacts = [{kind = phone, label = \"Privat mobil\", value = \"\(planted)\", sensitive = true}]"
    private static let placeholder = "[känslig uppgift]"

    /// A store whose plan has the planted number, set by change set #2.
    private func plantedStore() throws -> (directory: URL, store: [String]) {
        let directory = try temporaryDirectory()
        let store = ["--store", "s.sqlite", "--no-rc"]
        let plant = try Beredskap.run(store + ["-c", Self.plant], in: directory)
        #expect(plant.status == 0, "\(plant.stderr)")
        return (directory, store)
    }

    private func expectWithheld(_ result: Beredskap.Result, _ what: String) {
        #expect(!result.stdout.contains(Self.planted), "\(what) shows the number on standard output")
        #expect(!result.stderr.contains(Self.planted), "\(what) shows the number in a diagnostic")
    }

    @Test func theChangeLogWithholdsIt() throws {
        let (directory, store) = try plantedStore()
        defer { try? FileManager.default.removeItem(at: directory) }
        let history = try Beredskap.run(["--store", "s.sqlite", "history"], in: directory)
        expectWithheld(history, "history")
        #expect(history.stdout.contains("\"value\": \"\(Self.placeholder)\""))
        #expect(history.stdout.contains("\"label\": \"Privat mobil\""), "only the value is withheld")
        expectWithheld(try Beredskap.run(store + ["-c", "history"], in: directory), "the shell's history")
        let asked = try Beredskap.run(["--store", "s.sqlite", "history", "--include-sensitive"], in: directory)
        #expect(asked.stdout.contains(Self.planted))
    }

    @Test func aDiffWithholdsIt() throws {
        let (directory, store) = try plantedStore()
        defer { try? FileManager.default.removeItem(at: directory) }
        let diff = try Beredskap.run(store + ["-c", "diff 1", "--format", "csv"], in: directory)
        expectWithheld(diff, "diff")
        #expect(diff.stdout.contains(Self.placeholder))
        let asked = try Beredskap.run(store + ["--include-sensitive", "-c", "diff 1"], in: directory)
        #expect(asked.stdout.contains(Self.planted))
    }

    @Test func aDryRunWithholdsIt() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try (Self.plant + "\n").write(
            to: directory.appendingPathComponent("plant.bsh"), atomically: true, encoding: .utf8)
        let dry = try Beredskap.run(["--store", "s.sqlite", "run", "plant.bsh", "--dry-run"], in: directory)
        #expect(dry.status == 0)
        expectWithheld(dry, "run --dry-run")
        #expect(dry.stdout.contains("role tib contacts: ∅ → [") && dry.stdout.contains(Self.placeholder))
        let asked = try Beredskap.run(
            ["--store", "s.sqlite", "run", "plant.bsh", "--dry-run", "--include-sensitive"], in: directory)
        #expect(asked.stdout.contains(Self.planted))
    }

    /// The statement that fails marks the number sensitive itself; the one with a misspelt field quotes
    /// a number the plan holds as sensitive. Neither echo shows it, and the caret still points at the
    /// place of the error.
    @Test func anErrorThatEchoesTheCommandWithholdsIt() throws {
        let (directory, store) = try plantedStore()
        defer { try? FileManager.default.removeItem(at: directory) }
        let unknownRole = try Beredskap.run(
            store + ["-c", Self.plant.replacingOccurrences(of: "role tib", with: "role tibb")], in: directory)
        #expect(unknownRole.status == 1)
        expectWithheld(unknownRole, "an error about the role")
        #expect(unknownRole.stderr.contains("value = \"\(Self.placeholder)\""))
        let misspelt = try Beredskap.run(store + ["-c", "set role tib phone = \"\(Self.planted)\""], in: directory)
        #expect(misspelt.status == 1)
        expectWithheld(misspelt, "an error about the field")
        #expect(
            misspelt.stderr.hasSuffix(
                "set role tib phone = \"\(Self.placeholder)\"\n             ^\n"))
        let asked = try Beredskap.run(
            store + ["--include-sensitive", "-c", "set role tib phone = \"\(Self.planted)\""], in: directory)
        #expect(asked.stderr.contains(Self.planted))
    }

    /// The REPL's output path, fed from a pipe: diff and an error withhold it until `.sensitive on`.
    @Test func theShellWithholdsItUntilAskedWithADotCommand() throws {
        let (directory, store) = try plantedStore()
        defer { try? FileManager.default.removeItem(at: directory) }
        let session = try Beredskap.run(
            store, in: directory, input: "diff 1\nhistory\nset role tib phone = \"\(Self.planted)\"\n")
        expectWithheld(session, "the shell")
        #expect(session.stdout.contains(Self.placeholder) && session.stderr.contains(Self.placeholder))
        let asked = try Beredskap.run(store, in: directory, input: ".sensitive on\ndiff 1\n")
        #expect(asked.stdout.contains(Self.planted))
    }
}
