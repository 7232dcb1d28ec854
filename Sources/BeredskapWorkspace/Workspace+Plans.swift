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
        let plan = try plan()
        do {
            return try PlanFileWriter.text(
                for: plan, format: format, options: .init(includeSensitive: includeSensitive))
        } catch {
            throw WorkspaceError("the plan could not be written as \(format): \(error)", code: .output)
        }
    }
}
