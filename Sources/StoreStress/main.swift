// The child process of the store's crash and concurrency tests, and the load generator of
// Scripts/bench. Each command prints what it did and, on a line of its own, `seconds=S` for the part
// that is measured.
//
//   StoreStress edit STORE EDITS FIELD TAG   set FIELD of the plan's units in turn, EDITS times, to
//                                           "TAG n", as one change set; prints "applying" (flushed)
//                                           before the change set starts and "applied #ID" after
//   StoreStress read STORE [TIMES]          open the store and read its default plan, TIMES times;
//                                           seconds= is the median of one open and read
//   StoreStress import STORE FILE…          import plan files, one change set each; the last becomes
//                                           the store's default plan
//   StoreStress query STORE SQL [TIMES]     run read-only SQL and print its rows (values joined by |);
//                                           seconds= is the median run
//   StoreStress followup STORE [TIMES]      the follow-up of every plan of the store as CSV (`report
//                                           followup --all-plans`), TIMES times; prints its rows and
//                                           seconds= is the median report
//   StoreStress coordinate STORE EDITS SLOT SLOTS [PLAN]
//                                           a coordinator with the store open: prints "ready"
//                                           (flushed), waits for a line on standard input, then
//                                           applies EDITS change sets of one edit each to the units
//                                           of PLAN (the default plan) whose place in it is SLOT
//                                           modulo SLOTS; prints
//                                           "applied N" and `latencies=` each change set's seconds
//   StoreStress session STORE               a long-lived shell session, as a REPL left open: runs each
//                                           line of standard input as its own statement and prints
//                                           "ack N" (flushed) once statement N succeeded, "fail N"
//                                           when it did not
import BeredskapModel
import BeredskapPostgreSQL
import BeredskapReporting
import BeredskapShell
import BeredskapStorage
import BeredskapWorkspace
import Foundation

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("StoreStress: \(message)\n".utf8))
    exit(1)
}

func say(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
}

func seconds(_ duration: Duration) -> String {
    let (whole, attoseconds) = duration.components
    return String(format: "%.6f", Double(whole) + Double(attoseconds) / 1e18)
}

func median(_ runs: Int, _ body: () throws -> Void) rethrows -> Duration {
    let clock = ContinuousClock()
    var durations: [Duration] = []
    for _ in 0..<max(runs, 1) {
        durations.append(try clock.measure(body))
    }
    return durations.sorted()[durations.count / 2]
}

let arguments = Array(CommandLine.arguments.dropFirst())
guard arguments.count >= 2 else {
    fail("usage: StoreStress edit|read|import|query|followup|coordinate|session STORE …")
}
let location = StoreLocation(argument: arguments[1])
do {
    switch arguments[0] {
    case "edit":
        guard arguments.count == 5 || arguments.count == 6, let count = Int(arguments[2]) else {
            fail("usage: StoreStress edit STORE EDITS FIELD TAG")
        }
        let (field, tag) = (arguments[3], arguments[4])
        let store = try PostgreSQLStore.open(location, author: "stress-\(tag)")
        let units = try store.plan().units.map(\.id)
        var changes = ChangeSet(message: "\(count) edits by \(tag)")
        for index in 0..<count {
            changes.set(.unit, units[index % units.count], field, to: .string("\(tag) \(index)"))
        }
        say("applying")
        var record: ChangeSetRecord?
        let duration = try ContinuousClock().measure { record = try store.apply(changes) }
        say("applied #\(record?.id ?? 0)")
        say("seconds=\(seconds(duration))")
    case "read":
        let times = arguments.count > 2 ? Int(arguments[2]) ?? 1 : 1
        var units = 0
        let duration = try median(times) {
            units = try PostgreSQLStore.open(location).plan().units.count
        }
        say("read a plan of \(units) units")
        say("seconds=\(seconds(duration))")
        // The same read again on a store kept open, as a shell or a server reads.
        let store = try PostgreSQLStore.open(location)
        _ = try store.plan()
        let again = try median(times) { units = try store.plan().units.count }
        say("again=\(seconds(again))")
    case "import":
        let store = try PostgreSQLStore.open(location, author: "stress-import")
        for file in arguments.dropFirst(2) {
            let plan = try PlanFileReader.read(contentsOf: file).validPlan()
            _ = try store.importPlan(plan)
            try store.setDefaultPlan(plan.id)
        }
        say("imported \(arguments.count - 2) plans")
    case "query":
        guard arguments.count >= 3 else { fail("usage: StoreStress query STORE SQL [TIMES]") }
        let store = try PostgreSQLStore.open(location)
        var result: QueryResult?
        let duration = try median(arguments.count > 3 ? Int(arguments[3]) ?? 1 : 1) {
            result = try store.query(arguments[2])
        }
        for row in result?.rows ?? [] { say(row.map { $0?.scalarText ?? "" }.joined(separator: "|")) }
        say("\(result?.rows.count ?? 0) rows")
        say("seconds=\(seconds(duration))")
    case "followup":
        let workspace = Workspace(store: try PostgreSQLStore.open(location))
        var csv = ""
        let duration = try median(arguments.count > 2 ? Int(arguments[2]) ?? 1 : 1) {
            csv = try workspace.report(ReportRequest(.followUp, format: .csv, plans: .all))
        }
        FileHandle.standardOutput.write(Data(csv.utf8))
        say("seconds=\(seconds(duration))")
    case "coordinate":
        guard arguments.count == 5 || arguments.count == 6, let count = Int(arguments[2]), let slot = Int(arguments[3]),
            let slots = Int(arguments[4]), slots > 0
        else { fail("usage: StoreStress coordinate STORE EDITS SLOT SLOTS [PLAN]") }
        let plan = arguments.count == 6 ? EntityID(arguments[5]) : nil
        let store = try PostgreSQLStore.open(location, author: "coordinator-\(slot)")
        let units = try store.plan(plan).units.enumerated().filter { $0.offset % slots == slot }.map(\.element.id)
        guard !units.isEmpty else { fail("the plan has no unit for slot \(slot) of \(slots)") }
        say("ready")
        _ = readLine()
        var latencies: [String] = []
        for index in 0..<count {
            var changes = ChangeSet(plan: plan, message: "edit \(index) by coordinator \(slot)")
            changes.set(.unit, units[index % units.count], "description", to: .string("coordinator \(slot) \(index)"))
            latencies.append(seconds(try ContinuousClock().measure { _ = try store.apply(changes) }))
        }
        say("applied \(count)")
        say("latencies=\(latencies.joined(separator: ","))")
    case "session":
        let store = try PostgreSQLStore.open(location, author: "stress-session")
        let session = ShellSession(store: store, output: CollectedOutput())
        var number = 0
        while let line = readLine() {
            number += 1
            say(session.runInteractive(line) ? "ack \(number)" : "fail \(number)")
        }
    default:
        fail("unknown command '\(arguments[0])'; use edit, read, import, query, followup, coordinate or session")
    }
} catch {
    fail("\(error)")
}
