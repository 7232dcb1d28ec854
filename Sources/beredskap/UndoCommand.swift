import ArgumentParser
import BeredskapModel
import BeredskapStorage

/// `beredskap undo`: reverts the last change set of a plan.
struct UndoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "undo", abstract: "Undo the last change set of a plan, recorded as a new change set.")

    @OptionGroup var global: GlobalOptions

    @Option(name: .long, help: ArgumentHelp("The plan.", valueName: "id"))
    var plan: String?

    func run() throws {
        let store = try global.openStore()
        let record = try reportingStoreErrors { () throws(StoreError) in
            try store.undoLast(plan: plan.map { EntityID($0) }, author: global.author)
        }
        print(record.undoConfirmation)
    }
}
