import BeredskapModel
import BeredskapStorage
import Foundation

extension ShellSession {
    /// Runs one statement.
    func run(_ located: LocatedStatement, source: String) throws(ShellError) {
        forgetPlanIfStoreChanged()
        let start = ContinuousClock.now
        defer {
            if timer {
                let elapsed = ContinuousClock.now - start
                let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
                emit(String(format: "Run Time: real %.3f\n", seconds))
            }
        }
        switch located.statement {
        case .list(let kind, let condition, let order, let limit):
            emit(try listTable(kind, condition: condition, order: order, limit: limit))
        case .count(let kind, let condition):
            emit("\(try count(kind, condition))\n")
        case .show(let kind, let reference):
            emit(try showTable(try resolve(reference, in: kind)))
        case .search(let text):
            emit(try searchTable(text))
        case .responsible(let reference):
            emit(try responsibleTable(try resolve(reference, in: .activities)))
        case .duties(let reference):
            emit(try dutiesTable(reference))
        case .serves(let age, let function):
            emit(try servesTable(age: age, function: function, at: located.location))
        case .set, .add, .remove, .rename, .log:
            try edit(located)
        case .tool(let tool):
            try runTool(tool, at: located.location)
        case .begin:
            if scriptDepth > 0 { return }  // a script is one change set already
            guard pending == nil else {
                throw ShellError("a transaction is already open; commit or rollback it first", at: located.location)
            }
            pending = []
        case .commit:
            try commit(at: located.location)
        case .rollback:
            guard let edits = pending else { throw ShellError("no transaction is open", at: located.location) }
            pending = scriptDepth > 0 ? [] : nil
            cachedPlan = nil
            if interactive { emit("rolled back \(edits.count) edit\(edits.count == 1 ? "" : "s")\n") }
        case .undo:
            try undo(at: located.location)
        case .history(let kind, let reference, let limit):
            emit(try historyTable(kind: kind, reference: reference, limit: limit))
        case .diff(let from, let to):
            emit(try diffTable(from: from, to: to))
        case .use(let reference):
            let plan = try resolve(reference, in: .plans)
            planID = EntityID(plan.id)
            cachedPlan = nil
            if interactive { emit("using plan '\(plan.id)'\n") }
        case .help(let topic):
            emit(try Help.text(for: topic, at: located.location))
        case .dot(let name, let argument):
            try dot(name, argument, at: located.location, source: source)
        }
    }

    /// How many entities match; without a condition and outside a transaction, counted from the
    /// store's id index rather than by reading the plan.
    func count(_ kind: ShellKind, _ condition: Condition?) throws(ShellError) -> Int {
        guard condition == nil, pending?.isEmpty ?? true, let entityKind = kind.entityKind else {
            return try matching(kind, condition).count
        }
        do {
            return try store.entityIDs(plan: planID)[entityKind]?.count ?? 0
        } catch {
            throw ShellError(error.message)
        }
    }

    // MARK: Transactions

    func commit(at location: InputLocation) throws(ShellError) {
        guard let edits = pending else { throw ShellError("no transaction is open; use begin first", at: location) }
        if scriptDepth > 0 { return }  // a script commits as a whole at its end
        pending = nil
        cachedPlan = nil
        guard !edits.isEmpty else { return }
        do {
            let record = try store.apply(ChangeSet(plan: planID, edits: edits.map(\.edit)))
            emit("committed \(record.changes.count) change\(record.changes.count == 1 ? "" : "s") (#\(record.id))\n")
        } catch {
            throw ShellError(error.message + "; nothing was applied", at: error.editIndex.map { edits[$0].location })
        }
    }

    func undo(at location: InputLocation) throws(ShellError) {
        guard pending == nil && scriptDepth == 0 else {
            throw ShellError("undo is not possible inside a transaction or a script; rollback instead", at: location)
        }
        do {
            let record = try store.undoLast(plan: planID)
            cachedPlan = nil
            if interactive { emit("undid #\(record.undoes ?? 0) (#\(record.id))\n") }
        } catch {
            throw ShellError(error.message, at: location)
        }
    }
}
