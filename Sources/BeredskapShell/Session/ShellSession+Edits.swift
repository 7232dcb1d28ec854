import BeredskapModel
import BeredskapStorage
import BeredskapWorkspace
import Foundation

extension ShellSession {
    /// Carries out an edit statement: applies it, or adds it to the open transaction.
    func edit(_ located: LocatedStatement) throws(ShellError) {
        guard let request = located.statement.planEdit else { return }
        switch try workspace.perform(request, at: located.location) {
        case .nothingMatched:
            if interactive { emit("no entity matched; nothing changed\n") }
        case .queued: break
        case .applied(let record):
            if interactive {
                emit(Self.summary(of: record) + "\n")
            }
        }
    }

    /// How many changes a change set made, and its number: `2 changes (#5)`.
    static func summary(of record: ChangeSetRecord) -> String {
        "\(record.changeCount) (#\(record.id))"
    }
}
