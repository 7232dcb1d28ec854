import BeredskapStorage
import Foundation
import Testing

@testable import BeredskapShell

/// Every example in README.md and Documentation/*.md, run as a reader would run it on the built-in
/// plan, in the order the document gives them: the output a document shows is the output produced.
///
/// Each document gets a folder of its own holding the files of Documentation/examples, a fresh store
/// (`BEREDSKAP_STORE`), `beredskap` on the `PATH` and `Scripts/run` as the built tool; REPL transcripts
/// run in a session of the shell on that store, the shell commands in bash in that folder.
@Suite struct DocumentationExampleTests {
    @Test(arguments: DocumentationFiles.documents)
    func everyExampleRunsAndPrintsWhatTheDocumentShows(_ document: String) throws {
        let folder = try DocumentationRun(document: document)
        defer { folder.remove() }
        for block in try DocumentationFiles.blocks(of: document) {
            guard block.directives["skip"] == nil else { continue }
            if block.directives["store"] == "fresh" { folder.startAFreshStore() }
            switch block.kind {
            case "beredskap": try folder.runTranscript(block)
            case "console": try folder.runCommands(block, prompt: "$ ")
            case "sh": try folder.runCommands(block, prompt: nil)
            case "sql": try folder.runSQL(block)
            case "swift":
                #expect(
                    DocumentationSnippets.contains(block.lines),
                    "\(block): this Swift example is not in Examples/DocumentationSnippets/main.swift, which a test compiles and runs"
                )
            case "yaml" where DocumentationFiles.scenarioDocuments.contains(document): ScenarioExample.check(block)
            case "yaml": try PlanFormatFragment.check(block)
            case "text": break
            default:
                Issue.record(
                    "\(block): a code block marked '\(block.kind)'; mark it as one of \(DocumentationBlock.kinds.sorted().joined(separator: ", ")) (text: not run), or put <!-- example: skip REASON --> before it"
                )
            }
        }
    }

    @Test func aSkippedExampleSaysWhy() throws {
        for document in DocumentationFiles.documents {
            for block in try DocumentationFiles.blocks(of: document) {
                if let reason = block.directives["skip"] {
                    #expect(!reason.isEmpty, "\(block): <!-- example: skip --> needs a reason")
                }
                if let replace = block.directives["replace"] {
                    #expect(
                        replace.contains(" => ") && replace.contains(" ("),
                        "\(block): <!-- example: replace TEXT => OTHER (REASON) --> needs all three")
                }
            }
        }
    }

    /// Scenarios.md is the scenario format's reference: it has YAML examples, and a wrong one is noticed.
    @Test func theScenarioDocumentsExamplesAreScenarios() throws {
        for document in DocumentationFiles.scenarioDocuments {
            #expect(DocumentationFiles.documents.contains(document))
            #expect(try DocumentationFiles.blocks(of: document).contains { $0.kind == "yaml" }, "\(document)")
        }
        let block = DocumentationBlock.blocks(
            in: "```yaml\nname: x\npath: via-tib\nevent: {time: \"2017-10-14T02:30\", clasification: ordinary}\n```\n",
            file: "Documentation/Scenarios.md")
        let problems = ScenarioExample.problems(in: block[0])
        #expect(
            problems.contains {
                $0.contains("Documentation/Scenarios.md:4:") && $0.contains("did you mean 'classification'?")
            })
    }

    @Test func theSnippetsTheDocumentsShowCompileAndRun() throws {
        let result = try Beredskap.runProduct("DocumentationSnippets", [])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("remedial units: 6"), "\(result.stdout)")
    }

    @Test func theHarnessNoticesWrongOutput() {
        #expect(DocumentationBlock.matches("21\n", ["21"]))
        #expect(!DocumentationBlock.matches("22\n", ["21"]))
        #expect(DocumentationBlock.matches("a\nb\nc\nd\n", ["a", "…", "d"]))
        #expect(!DocumentationBlock.matches("a\nb\n", ["a", "…", "d"]))
        #expect(!DocumentationBlock.matches("a\nb\n", ["a"]))
        let block = DocumentationBlock.blocks(
            in:
                "x\n<!-- example: columns 40 -->\n```beredskap\nberedskap> count units\n23\nberedskap> list units\n```\n",
            file: "t.md")
        #expect(block.count == 1 && block[0].directives == ["columns": "40"] && block[0].line == 4)
        let steps = block[0].steps(prompt: "beredskap> ")
        #expect(steps.map(\.input) == ["count units", "list units"])
        #expect(steps.map(\.expected) == [["23"], nil])
        let fragment: [String: Any] = ["units": [["id": "a", "levle": "prevention", "functions": ["remedia"]]]]
        #expect(
            PlanFormatFragment.problems(in: fragment, against: PlanFormatFragment.schema, at: "") == [
                "units[0].functions[0]: 'remedia' is none of preventive, detecting, remedial",
                "units[0].levle: not a key of the plan format here",
            ])
        #expect(PlanFormatFragment.problems(in: ["roles": ["…"]], against: PlanFormatFragment.schema, at: "").isEmpty)
    }
}

/// The folder, store and tools one document's examples run with.
final class DocumentationRun {
    let document: String
    let folder: URL
    /// The store the examples use; `<!-- example: store fresh -->` starts a new one from that block on,
    /// for an example that shows change-set numbers as a new store gives them.
    private(set) var store: URL

    init(document: String) throws {
        self.document = document
        folder = try temporaryDirectory()
        store = folder.appendingPathComponent("store.sqlite")
        let manager = FileManager.default
        for name in (try? manager.contentsOfDirectory(atPath: DocumentationFiles.examples.path)) ?? [] {
            try manager.copyItem(
                at: DocumentationFiles.examples.appendingPathComponent(name), to: folder.appendingPathComponent(name))
        }
        let bin = folder.appendingPathComponent(".bin")
        try manager.createDirectory(at: bin, withIntermediateDirectories: true)
        try manager.createSymbolicLink(
            at: bin.appendingPathComponent("beredskap"), withDestinationURL: Beredskap.executable)
        let scripts = folder.appendingPathComponent("Scripts")
        try manager.createDirectory(at: scripts, withIntermediateDirectories: true)
        let run = scripts.appendingPathComponent("run")
        try "#!/bin/sh\nexec beredskap \"$@\"\n".write(to: run, atomically: true, encoding: .utf8)
        try manager.setAttributes([.posixPermissions: 0o755], ofItemAtPath: run.path)
    }

    func remove() { try? FileManager.default.removeItem(at: folder) }

    func startAFreshStore() {
        store = folder.appendingPathComponent("store-\(UUID().uuidString).sqlite")
    }

    /// A REPL transcript, statement by statement, in one session on the document's store.
    func runTranscript(_ block: DocumentationBlock) throws {
        let output = CollectedOutput()
        let session = ShellSession(
            store: try PlanStore.open(.file(store.path), author: "dokumentation"), interactive: true, output: output
        ) { output.write($0 + "\n") }
        session.directory = folder.path
        if let columns = block.directives["columns"].flatMap(Int.init) { session.tableWidth = columns }
        for step in block.steps(prompt: "beredskap> ") {
            let before = output.text.count
            let succeeded = session.runInteractive(block.prepared(step.input))
            let printed = String(output.text.dropFirst(before))
            if let expected = step.expected {
                #expect(
                    DocumentationBlock.matches(printed, expected),
                    "\(document):\(step.line): `\(step.input)` printed\n\(printed)\nwhere the document shows\n\(expected.joined(separator: "\n"))"
                )
            } else {
                #expect(succeeded, "\(document):\(step.line): `\(step.input)` failed:\n\(printed)")
            }
        }
    }

    /// Shell commands, run by one bash in the document's folder so that `$?` and files carry over.
    /// A command with output shown must print that; one without must succeed.
    func runCommands(_ block: DocumentationBlock, prompt: String?) throws {
        let steps = block.steps(prompt: prompt)
        var script = ""
        for step in steps {
            script +=
                "\(block.prepared(step.input))\n__status=$?; printf '\\036%d\\n' \"$__status\"; (exit \"$__status\")\n"
        }
        try check(steps, combinedOutputOf: script)
    }

    private func check(_ steps: [DocumentationBlock.Step], combinedOutputOf script: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["bash", "-c", script]
        process.currentDirectoryURL = folder
        var environment = ProcessInfo.processInfo.environment
        environment["PATH"] = folder.appendingPathComponent(".bin").path + ":" + (environment["PATH"] ?? "")
        environment["BEREDSKAP_STORE"] = store.path
        environment["NO_COLOR"] = "1"
        environment["PAGER"] = ""
        process.environment = environment
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        var pieces = String(decoding: data, as: UTF8.self).components(separatedBy: "\u{1E}")
        for step in steps {
            guard !pieces.isEmpty else {
                Issue.record("\(document):\(step.line): `\(step.input)` did not run")
                return
            }
            let printed = pieces.removeFirst()
            let statusLine = pieces.first.map { $0.prefix { $0 != "\n" } } ?? ""
            if !pieces.isEmpty { pieces[0] = String(pieces[0].drop { $0 != "\n" }.dropFirst()) }
            if let expected = step.expected {
                #expect(
                    DocumentationBlock.matches(printed, expected),
                    "\(document):\(step.line): `\(step.input)` printed\n\(printed)\nwhere the document shows\n\(expected.joined(separator: "\n"))"
                )
            } else {
                #expect(
                    statusLine == "0", "\(document):\(step.line): `\(step.input)` exited \(statusLine):\n\(printed)")
            }
        }
    }

    /// A query for `.sql`, as one line.
    func runSQL(_ block: DocumentationBlock) throws {
        let query = block.lines.filter { !$0.hasPrefix("--") }.joined(separator: " ")
        let viaC = try Beredskap.run(["-c", ".sql " + query], environment: ["BEREDSKAP_STORE": store.path])
        #expect(viaC.status == 0, "\(block): .sql failed: \(viaC.stderr)")
    }
}
