// The Swift examples of README.md and Documentation/Store.md, line for line, compiled with the package
// and run by a test (DocumentationExampleTests), so that what the documents show is code that works.
// Each function holds one example; the lines around them give it the files it names.
import BeredskapEscalation
import BeredskapModel
import BeredskapReporting
import BeredskapStorage
import BeredskapWorkspace
import Foundation

/// README.md, "Embedding the library": the use cases through a workspace.
func workspaceExample() throws {
    let workspace = Workspace(store: try PlanStore.open(.file("plan.sqlite")))
    try workspace.importPlan(fileAt: "my-plan.yaml")  // every problem at its line, nothing written
    let remedial = Condition.comparison(field: "function", op: .equal, value: .text("åtgärdande"), location: .unknown)
    for unit in try workspace.select(PlanQuery(.units, where: remedial)) { print(unit.id, unit.name) }
    let html = try workspace.report(ReportRequest(.followUp, format: .html))

    print("remedial units: \(try workspace.select(PlanQuery(.units, where: remedial)).count)")
    print("follow-up report: \(html.count) characters")
}

/// README.md, "Embedding the library": the layers below the workspace.
func layersExample() throws {
    let plan = try BuiltInPlans.stockholm()
    let remedial = plan.units.filter { $0.functions.contains(.remedial) }

    let result = try PlanFileReader.read(contentsOf: "my-plan.yaml", checks: [EscalationCheck()])
    result.diagnostics.forEach { print($0) }  // my-plan.yaml:12:7: error: …
    let mine = try result.validPlan()
    let yaml = try PlanFileWriter.text(for: mine, format: .yaml)

    let calendar = try PlanCalendar(plan: mine)  // its office hours and on-duty rotas
    let routing = try AlertRouting(plan: mine)  // its rules for incoming CAP alerts

    print("layers: \(remedial.count) remedial units, \(yaml.count) characters of YAML")
    _ = (calendar, routing)
}

/// Documentation/Store.md, "For embedders": the store on its own.
func storeExample() async throws {
    let store = try PlanStore.open(.file("beredskap.sqlite"), author: "anna")
    let plan = try store.plan()  // the default plan, a plain value

    var changes = ChangeSet(message: "Tertialrapport 1")
    changes.set(.unit, "mini-maria", "description", to: .string("Öppenvård för unga."))
    changes.logStatus(
        activity: "bilda-arbetsgrupp",
        StatusEntry(date: try PartialDate(parsing: "2017-09-01"), status: .done))
    let record = try store.apply(changes)  // all or nothing

    let rows = try store.query("SELECT plan_id, count(*) FROM unit_overview GROUP BY plan_id")

    let watching = Task {
        for try await current in store.observe() {  // now, and after every change
            print(current.units.count)
        }
    }
    try await Task.sleep(for: .milliseconds(300))
    watching.cancel()
    _ = await watching.result

    print("store: \(plan.units.count) units, change set #\(record.id), \(rows.rows.count) row(s)")
}

let folder = FileManager.default.temporaryDirectory.appendingPathComponent("beredskap-snippets-\(UUID().uuidString)")
try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(at: folder) }
guard FileManager.default.changeCurrentDirectoryPath(folder.path) else { fatalError("cannot enter \(folder.path)") }
try PlanFileWriter.text(for: try BuiltInPlans.stockholm(), format: .yaml)
    .write(toFile: "my-plan.yaml", atomically: true, encoding: .utf8)
try workspaceExample()
try layersExample()
try await storeExample()
