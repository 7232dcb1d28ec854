import BeredskapModel
import BeredskapStorage

/// What became of a group of edits run as one change set.
public enum ChangeSetOutcome: Sendable {
    /// The group made no edit.
    case empty
    /// The change set was applied.
    case applied(ChangeSetRecord)
    /// A dry run: the change set as it would be, not applied.
    case previewed(ChangeSetRecord)
}

extension Workspace {
    // MARK: Transactions

    /// Whether a transaction is open.
    public var isInTransaction: Bool { pending != nil }

    /// Whether an open transaction holds edits not yet committed.
    public var hasPendingEdits: Bool { !(pending?.isEmpty ?? true) }

    /// Opens a transaction: edits wait in it, and every request sees them, until ``commit(message:at:)``
    /// or ``rollback(at:)``.
    ///
    /// - Throws: ``WorkspaceError`` with ``WorkspaceError/Code/transaction`` when one is open already.
    public func begin(at location: InputLocation? = nil) throws(WorkspaceError) {
        guard pending == nil else {
            throw WorkspaceError(
                "a transaction is already open; commit or rollback it first", at: location, code: .transaction)
        }
        pending = []
        isExplicitTransaction = true
    }

    /// Applies the edits of the open transaction as one change set and closes it.
    ///
    /// - Returns: The change set, nil when the transaction held no edit.
    /// - Throws: ``WorkspaceError`` when no transaction is open, or at the edit the store refused; then
    ///   nothing is applied and the transaction is closed.
    @discardableResult
    public func commit(
        message: String? = nil, at location: InputLocation? = nil
    ) throws(WorkspaceError)
        -> ChangeSetRecord?
    {
        guard let edits = pending else {
            throw WorkspaceError("no transaction is open; use begin first", at: location, code: .transaction)
        }
        pending = nil
        isExplicitTransaction = false
        forgetPlan()
        guard !edits.isEmpty else { return nil }
        do {
            return try store.apply(ChangeSet(plan: planID, message: message, edits: edits.map(\.edit)))
        } catch {
            var failure = WorkspaceError(error, at: error.editIndex.map { edits[$0].location })
            failure.message = Suggestion.continuing(failure.message, with: "nothing was applied")
            throw failure
        }
    }

    /// Drops the edits of the open transaction and closes it.
    ///
    /// - Returns: How many edits were dropped.
    @discardableResult
    public func rollback(at location: InputLocation? = nil) throws(WorkspaceError) -> Int {
        guard let edits = pending else {
            throw WorkspaceError("no transaction is open", at: location, code: .transaction)
        }
        pending = nil
        isExplicitTransaction = false
        forgetPlan()
        return edits.count
    }

    /// Undoes the newest change set of the plan in use with a change set that reverts it.
    ///
    /// - Returns: The new change set; its `undoes` names the one undone.
    /// - Throws: ``WorkspaceError`` in a transaction that holds edits, or when there is nothing to undo.
    @discardableResult
    public func undo(at location: InputLocation? = nil) throws(WorkspaceError) -> ChangeSetRecord {
        guard !hasPendingEdits else {
            throw WorkspaceError(
                "undo is not possible inside a transaction or a script; rollback instead", at: location,
                code: .transaction)
        }
        do {
            let record = try store.undoLast(plan: planID)
            forgetPlan()
            return record
        } catch {
            throw WorkspaceError(error, at: location)
        }
    }

    /// Runs `body` with every edit it makes gathered into one change set, applied at the end — all or
    /// nothing — or only previewed in a dry run. A transaction open before stays as it was.
    ///
    /// This is how a script runs: `body` carries out the script's statements; when it returns false
    /// (a statement failed), nothing is applied.
    ///
    /// - Parameters:
    ///   - message: The change set's message.
    ///   - dryRun: Preview the change set rather than apply it.
    ///   - body: The work; returns whether it succeeded.
    /// - Returns: What became of the change set, nil when `body` failed.
    /// - Throws: ``WorkspaceError`` at the edit the store refused; nothing is applied then.
    public func asOneChangeSet(
        message: String, dryRun: Bool = false, _ body: () -> Bool
    ) throws(WorkspaceError)
        -> ChangeSetOutcome?
    {
        try gathering(message: { message }, dryRun: dryRun, body)
    }

    /// Runs a script's statements as one change set, as ``asOneChangeSet(message:dryRun:_:)`` does,
    /// recorded with the message "Skript SOURCE", or "Script SOURCE" on a plan written in English:
    /// the change log is the plan's, in its language.
    ///
    /// - Parameters:
    ///   - source: The script's name: its file, or `<command line>`.
    ///   - dryRun: Preview the change set rather than apply it.
    ///   - body: The script's statements; returns whether they all succeeded.
    /// - Returns: What became of the change set, nil when `body` failed.
    /// - Throws: ``WorkspaceError`` at the edit the store refused; nothing is applied then.
    public func asOneChangeSet(
        script source: String, dryRun: Bool = false, _ body: () -> Bool
    ) throws(WorkspaceError)
        -> ChangeSetOutcome?
    {
        // The plan in use when the script ends is the one its change set goes to (`use` may change it).
        try gathering(
            message: { ChangeSetMessage.script(source, language: self.metadata?.language ?? "sv") },
            dryRun: dryRun, body)
    }

    private func gathering(
        message: () -> String, dryRun: Bool, _ body: () -> Bool
    ) throws(WorkspaceError)
        -> ChangeSetOutcome?
    {
        let outer = pending
        pending = []
        // The script's own change set, not a `begin` of a person's, even when it rolls back and goes on.
        let outerExplicit = isExplicitTransaction
        isExplicitTransaction = false
        defer {
            isExplicitTransaction = outerExplicit
            forgetPlan()
        }
        guard body() else {
            pending = outer
            return nil
        }
        let edits = pending ?? []
        pending = outer
        guard !edits.isEmpty else { return .empty }
        let changes = ChangeSet(plan: planID, message: message(), edits: edits.map(\.edit))
        do {
            return dryRun ? .previewed(try store.preview(changes).record) : .applied(try store.apply(changes))
        } catch {
            var failure = WorkspaceError(error, at: error.editIndex.map { edits[$0].location })
            failure.message = Suggestion.continuing(failure.message, with: "nothing was applied")
            throw failure
        }
    }
}
