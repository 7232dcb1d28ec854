import ArgumentParser
import BeredskapModel
import BeredskapStorage
import Foundation

/// `beredskap history`: the change log of a plan, or of one of its entities.
struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history", abstract: "Show the change sets of a plan, newest first, with every field changed.",
        discussion: """
            The values of contact details marked sensitive show as [känslig uppgift] unless \
            --include-sensitive is given.
            """)

    @OptionGroup var global: GlobalOptions

    @Option(name: .long, help: ArgumentHelp("The plan.", valueName: "id"))
    var plan: String?

    @Option(
        name: .long,
        help: ArgumentHelp("Only changes to this entity, as KIND:ID (unit:mini-maria).", valueName: "kind:id"))
    var entity: String?

    @Option(name: .long, help: ArgumentHelp("At most this many change sets.", valueName: "n"))
    var limit: Int?

    @Flag(name: .long, help: "Show the values of contact details marked sensitive.")
    var includeSensitive = false

    func run() throws {
        var filter: (kind: EntityKind, id: EntityID)?
        if let entity {
            let parts = entity.split(separator: ":", maxSplits: 1).map(String.init)
            guard parts.count == 2, let kind = EntityKind(rawValue: parts[0]) else {
                throw ValidationError(
                    "--entity takes KIND:ID with KIND one of "
                        + EntityKind.allCases.map(\.rawValue).joined(separator: ", "))
            }
            filter = (kind, EntityID(parts[1]))
        }
        let store = try global.openStore()
        let records = try reportingStoreErrors { () throws(StoreError) in
            try store.history(plan: plan.map { EntityID($0) }, entity: filter, limit: limit)
        }
        for record in records {
            print(ChangeLogText.heading(record))
            for change in record.changes {
                print("    " + (includeSensitive ? change : change.withholdingSensitive()).description)
            }
        }
    }
}

/// How change sets are written for people.
enum ChangeLogText {
    static func heading(_ record: ChangeSetRecord) -> String {
        let date = record.date.formatted(
            .iso8601.year().month().day().dateTimeSeparator(.space).time(includingFractionalSeconds: false))
        return "#\(record.id) \(date) \(record.author) \(record.kind.rawValue) v\(record.version)"
            + (record.message.map { ": \($0)" } ?? "")
    }
}
