import ArgumentParser
import BeredskapModel
import BeredskapStorage

/// `beredskap export`: a plan in the canonical plan file format on standard output.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write a plan in canonical YAML or JSON to standard output.",
        discussion: """
            Without --from, exports a plan of the store (the only or default plan unless --plan names \
            one; a new store holds the built-in Stockholm plan). The output reads back to the same plan, \
            and exporting it again gives the same bytes. Contact details marked sensitive are left out \
            unless --include-sensitive is given.
            """
    )

    @OptionGroup var global: GlobalOptions

    @Option(name: .long, help: ArgumentHelp("Read the plan from a plan file instead.", valueName: "file"))
    var from: String?

    @Option(name: .long, help: ArgumentHelp("The id of the plan to export.", valueName: "id"))
    var plan: String?

    @Option(name: .long, help: ArgumentHelp("Export this version (from 1) of the plan in the store.", valueName: "n"))
    var version: Int?

    @Flag(name: .long, help: "Include contact details marked sensitive.")
    var includeSensitive = false

    func validate() throws {
        _ = try global.format(PlanFileFormat.self, default: .yaml)
    }

    func run() throws {
        let format = try global.format(PlanFileFormat.self, default: .yaml)
        let source = PlanSource(global: global, file: from)
        let loaded: Plan
        if let version {
            let store = try global.openStore()
            loaded = try reportingStoreErrors { () throws(StoreError) in
                try store.plan(plan.map { EntityID($0) }, version: version)
            }
        } else {
            loaded = try source.plan(id: plan.map { EntityID($0) })
        }
        let text = try PlanFileWriter.text(
            for: loaded, format: format, options: .init(includeSensitive: includeSensitive))
        print(text, terminator: text.hasSuffix("\n") ? "" : "\n")
    }
}
