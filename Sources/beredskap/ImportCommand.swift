import ArgumentParser
import BeredskapModel
import BeredskapStorage

/// `beredskap import FILE`: adds a plan to the store, or updates the plan with its id.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Add a plan file to the store, or update the plan with the same id as one change set.",
        discussion: """
            The file is validated first; when it has errors nothing is written. An existing plan is never \
            replaced silently: its differences from the file are recorded as one change set that \
            `beredskap undo` reverts. A store that does not exist yet is made for the file's plan alone, \
            without the built-in Stockholm plan.
            """
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("The plan file (YAML or JSON).", valueName: "file"))
    var file: String

    @Option(name: .shortAndLong, help: ArgumentHelp("Why, for the change log.", valueName: "text"))
    var message: String?

    func run() throws {
        let plan = try PlanSource.read(file)
        // A store made to hold one's own plan starts without the demo.
        let store = try global.openStore(seed: false)
        let outcome = try reportingStoreErrors { () throws(StoreError) in
            try store.importPlan(
                plan, author: global.author,
                message: message ?? ChangeSetMessage.importing(file, language: plan.metadata.language))
        }
        switch outcome {
        case .created(let record):
            print("created plan '\(plan.id)' (change set #\(record.id))")
        case .updated(let record):
            print(
                "updated plan '\(plan.id)': \(record.changeCount) (change set #\(record.id))"
            )
        case .unchanged:
            print("plan '\(plan.id)' is unchanged")
        }
    }
}
