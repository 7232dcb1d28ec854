// An embedder's program: Beredskap as a library, without the shell. It opens a store, imports a plan
// file, asks a question, plays a short tabletop drill to its end and saves it, and writes the follow-up
// report as HTML — what an intranet page, a nightly job or a server of another administration does.
//
//     swift run EmbeddingExample OUT.html [PLAN.yaml]     (Scripts/example OUT.html runs it)
//
// The DocC article "Embedding Beredskap" (BeredskapWorkspace) walks through it line by line.

import BeredskapEscalation
import BeredskapModel
import BeredskapReporting
import BeredskapStorage
import BeredskapWorkspace
import Foundation

/// Stops with a message on standard error and exit status 1.
func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data(("example: " + message + "\n").utf8))
    exit(1)
}

let arguments = Array(CommandLine.arguments.dropFirst())
guard let output = arguments.first else {
    FileHandle.standardError.write(Data("usage: EmbeddingExample OUT.html [PLAN.yaml]\n".utf8))
    exit(2)
}

do {
    // 1. A store of its own, in a fresh folder: an SQLite file that several processes may share.
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("beredskap-example-\(getpid())")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let store = try PlanStore.open(.file(folder.appendingPathComponent("plan.sqlite").path))
    let workspace = Workspace(store: store)

    // 2. The plan file: the one given, else the plan file of the built-in Stockholm plan.
    if let planFile = arguments.dropFirst().first {
        switch try workspace.importPlan(fileAt: planFile, message: "Import by the embedding example") {
        case .created(let changeSet): print("imported \(planFile) as a new plan (change set #\(changeSet.id))")
        case .updated(let changeSet): print("imported \(planFile): \(changeSet.changes.count) changes")
        case .unchanged: print("imported \(planFile): the store holds it already, unchanged")
        }
    }

    // 3. A question of the query language, as typed values: the units with a remedial function.
    let remedial = Condition.comparison(
        field: "function", op: .equal, value: .text("åtgärdande"), location: .unknown)
    let units = try workspace.select(PlanQuery(.units, where: remedial, orderBy: [SortKey(field: "name")]))
    print("remedial units: \(units.count)")
    for unit in units { print("  \(unit.id): \(unit.name)") }

    // 4. A short tabletop drill on the built-in night scenario: start, the first inject, an action, the end.
    let plan = try workspace.plan()
    let scenario = try BuiltInScenarios.scenario(named: "bench-night", plan: plan)
    let start = Date()
    var drill = try workspace.drills.start(
        scenario: scenario, scenarioText: nil,
        participants: [DrillParticipant(role: "sof-direktor", person: "Anna")], id: "exempel",
        leader: "Övningsledare", at: start)
    try workspace.drills.next(&drill, by: "Övningsledare", at: start.addingTimeInterval(60))
    try workspace.drills.act(
        &drill, role: "sof-direktor", action: "hänvisar till stadens presstjänst", by: "Anna",
        at: start.addingTimeInterval(120))
    try workspace.drills.end(&drill, by: "Övningsledare", at: start.addingTimeInterval(180))
    try workspace.drills.save(&drill)
    print("drill '\(drill.session.id)': \(drill.session.log.count) log entries saved")

    // 5. The follow-up report, rendered as one HTML page, written beside nothing but its own file.
    let html = try workspace.report(ReportRequest(.followUp, format: .html))
    try OutputFile.write(html, to: output, protecting: store.location)
    print("follow-up report: \(output)")
} catch let error as WorkspaceError {
    fail(error.description)
} catch let error as StoreError {
    fail(error.message)
} catch {
    fail("\(error)")
}
