import ArgumentParser
import BeredskapEscalation
import BeredskapModel
import BeredskapStorage
import BeredskapWorkspace
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
        let zone = Workspace(store: store, plan: plan.map { EntityID($0) }).jurisdiction.timeZone
        for record in records {
            print(ChangeLogText.heading(record, in: zone))
            for change in record.changes {
                print("    " + (includeSensitive ? change : change.withholdingSensitive()).description)
            }
        }
    }
}

/// How change sets are written for people.
enum ChangeLogText {
    /// `#2 2017-10-29 02:30:05+02:00 anna edit v1: message`, the time on the plan's clocks.
    static func heading(_ record: ChangeSetRecord, in zone: LocalTimeZone) -> String {
        let date = zone.timestamp(record.date)
        return "#\(record.id) \(date) \(record.author) \(record.kind.rawValue) v\(record.version)"
            + (record.message.map { ": \($0)" } ?? "")
    }
}
