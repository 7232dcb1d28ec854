import BeredskapEscalation
import BeredskapModel
import BeredskapStorage

extension Workspace {
    // MARK: Plans

    /// The checks a plan must pass besides the model's own wherever it is read or changed: office hours,
    /// rotas and alert rules that the escalation layer cannot read.
    public static let planChecks: [any PlanCheck] = [EscalationCheck()]

    /// Reads a plan file and adds the plan to the store, or updates the plan with its id as one change
    /// set of the differences; the plan becomes the one in use.
    ///
    /// - Parameters:
    ///   - path: The plan file, YAML or JSON.
    ///   - message: Why, for the change log.
    /// - Returns: Whether the plan was created, updated or already the same.
    /// - Throws: ``WorkspaceError`` with every problem of the file at its line and column (nothing is
    ///   written then), or the store's refusal.
    @discardableResult
    public func importPlan(
        fileAt path: String, message: String? = nil
    ) throws(WorkspaceError)
        -> PlanStore.ImportOutcome
    {
        let plan: Plan
        do {
            plan = try PlanFileReader.read(contentsOf: path, checks: Self.planChecks).validPlan()
        } catch {
            throw WorkspaceError(error.description + "\n\(path): not used: fix the errors above, then try again")
        }
        do {
            let outcome = try store.importPlan(
                plan, message: message ?? ChangeSetMessage.importing(path, language: plan.metadata.language))
            planID = plan.id
            forgetPlan()
            return outcome
        } catch {
            throw WorkspaceError(error)
        }
    }

    /// The plan in use as the text of its plan file, in canonical form.
    ///
    /// - Parameters:
    ///   - format: YAML or JSON.
    ///   - includeSensitive: Whether contact details marked sensitive are written.
    public func exportPlan(
        format: PlanFileFormat = .yaml, includeSensitive: Bool = false
    ) throws(WorkspaceError)
        -> String
    {
        var text = ""
        try exportPlan(format: format, includeSensitive: includeSensitive) { text += $0 }
        return text
    }

    /// Writes the plan in use as the text of its plan file, in canonical form, piece by piece: from
    /// the store a few hundred entities at a time, so memory stays bounded by those and not by the
    /// plan; inside a transaction with pending edits, from the plan as the transaction sees it.
    ///
    /// ```swift
    /// try workspace.exportPlan(format: .yaml) { FileHandle.standardOutput.write(Data($0.utf8)) }
    /// ```
    ///
    /// - Parameters:
    ///   - format: YAML or JSON.
    ///   - includeSensitive: Whether contact details marked sensitive are written.
    ///   - write: Receives the text in order; what it throws stops the export.
    /// - Throws: ``WorkspaceError`` with ``WorkspaceError/Code/output`` when the plan cannot be
    ///   written or `write` throws, or the store's refusal.
    public func exportPlan(
        format: PlanFileFormat = .yaml, includeSensitive: Bool = false, to write: (String) throws -> Void
    ) throws(WorkspaceError) {
        let options = PlanFileWriter.Options(includeSensitive: includeSensitive)
        guard pending?.isEmpty ?? true else {
            let plan = try plan()
            do {
                try write(PlanFileWriter.text(for: plan, format: format, options: options))
            } catch {
                throw WorkspaceError("the plan could not be written as \(format): \(error)", code: .output)
            }
            return
        }
        do {
            try store.export(planID, format: format, options: options, to: write)
        } catch {
            throw WorkspaceError(error)
        }
    }
}
