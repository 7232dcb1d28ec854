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
        if from != nil && version != nil {
            throw ValidationError(
                "--version names a version of a plan in the store; a plan file given with --from has one")
        }
    }

    func run() throws {
        let format = try global.format(PlanFileFormat.self, default: .yaml)
        let options = PlanFileWriter.Options(includeSensitive: includeSensitive)
        guard let from else {
            // From the store, a few hundred entities at a time: memory stays bounded by those, not by
            // the plan, and the bytes are those of the whole-plan writer.
            let store = try global.openStore()
            try reportingStoreErrors { () throws(StoreError) in
                try store.export(plan.map { EntityID($0) }, version: version, format: format, options: options) {
                    print($0, terminator: "")
                }
            }
            return
        }
        let loaded = try PlanSource(global: global, file: from).plan(id: plan.map { EntityID($0) })
        let text = try PlanFileWriter.text(for: loaded, format: format, options: options)
        print(text, terminator: text.hasSuffix("\n") ? "" : "\n")
    }
}
