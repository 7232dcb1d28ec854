import ArgumentParser
import BeredskapShell
import BeredskapStorage
import Foundation

/// `beredskap plans`: the plans in the store, as a table in the shell's output modes.
struct PlansCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plans", abstract: "List the plans in the store with their current version and status.",
        discussion: """
            The table has the columns of the shell's `list plans` (id, name, version, status, default) and the \
            administration that owns each plan; \
            --format takes the shell's output modes: box (the default), table, csv, json, markdown, line, html.
            """)

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let mode = try global.outputMode()
        let store = try global.openStore()
        let plans = try reportingStoreErrors { () throws(StoreError) in try store.plans() }
        let table = ResultTable(
            columns: ["id", "name", "version", "status", "default", "owner"],
            rows: plans.map { plan in
                [
                    .text(plan.id.rawValue), .text(plan.title), .integer(plan.version), .text(plan.status.rawValue),
                    .boolean(plan.isDefault), plan.owner.map { .text($0.rawValue) } ?? .null,
                ]
            })
        print(TableRenderer.render(table, mode: mode, style: .detect(for: STDOUT_FILENO)), terminator: "")
    }
}
