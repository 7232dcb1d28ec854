import BeredskapModel
import BeredskapStorage
import BeredskapWorkspace
import Foundation

extension ShellSession {
    /// Runs one statement.
    func run(_ located: LocatedStatement, source: String) throws(ShellError) {
        workspace.refresh()
        let start = ContinuousClock.now
        defer {
            if timer {
                let elapsed = ContinuousClock.now - start
                let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
                emit(String(format: "Run Time: real %.3f\n", seconds))
            }
        }
        switch located.statement {
        case .list(let kind, let condition, let order, let limit, let plans):
            emit(try listTable(PlanQuery(kind, where: condition, orderBy: order, limit: limit, plans: plans)))
        case .count(let kind, let condition, let plans):
            emit("\(try workspace.count(kind, where: condition, plans: plans))\n")
        case .show(let kind, let reference):
            emit(try showTable(try resolve(reference, in: kind)))
        case .search(let text, let plans):
            emit(try searchTable(text, in: plans))
        case .responsible(let reference):
            emit(try responsibleTable(reference))
        case .duties(let reference):
            emit(try dutiesTable(reference))
        case .serves(let age, let function):
            emit(try servesTable(age: age, function: function, at: located.location))
        case .explain(let statement):
            emit(try explanation(of: statement, at: located.location))
        case .set, .add, .remove, .rename, .log, .measure:
            try edit(located)
        case .tool(let tool):
            try runTool(tool, at: located.location)
        case .begin:
            if scriptDepth > 0 { return }  // a script is one change set already
            try workspace.begin(at: located.location)
        case .commit:
            try commit(at: located.location)
        case .rollback:
            let count = try workspace.rollback(at: located.location)
            if scriptDepth > 0 { try workspace.begin() }  // the script goes on gathering its change set
            if interactive { emit("rolled back \(count) edit\(count == 1 ? "" : "s")\n") }
        case .undo:
            let record = try workspace.undo(at: located.location)
            if interactive { emit(record.undoConfirmation + "\n") }
        case .history(let kind, let reference, let limit):
            emit(try historyTable(kind: kind, reference: reference, limit: limit))
        case .diff(let from, let to):
            emit(try diffTable(from: from, to: to))
        case .use(let reference):
            let plan = try workspace.use(reference)
            if interactive { emit("using plan '\(plan)'\n") }
        case .help(let topic):
            emit(try Help.text(for: topic, at: located.location))
        case .dot(let name, let argument):
            try dot(name, argument, at: located.location, source: source)
        }
    }

    // MARK: Transactions

    func commit(at location: InputLocation) throws(ShellError) {
        if scriptDepth > 0 {  // a script commits as a whole at its end
            guard workspace.isInTransaction else {
                throw ShellError("no transaction is open; use begin first", at: location, code: .transaction)
            }
            return
        }
        guard let record = try workspace.commit(at: location) else { return }
        emit("committed " + Self.summary(of: record) + "\n")
    }
}
