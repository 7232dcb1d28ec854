import ArgumentParser
import BeredskapModel
import BeredskapStorage

/// Where a command takes its plan from: a plan file given with `--from`, or the store.
struct PlanSource {
    let global: GlobalOptions
    let file: String?

    init(global: GlobalOptions, file: String?) {
        self.global = global
        self.file = file
    }

    /// The plan with `id`, or the store's only or default plan when `id` is nil. Reports problems on
    /// standard error.
    func plan(id: EntityID?) throws -> Plan {
        guard let file else {
            let store = try global.openStore()
            return try reportingStoreErrors { () throws(StoreError) in try store.plan(id) }
        }
        let plan = try Self.read(file)
        if let id, id != plan.id {
            StandardError.write(
                "beredskap: no plan '\(id)' in \(file)" + Suggestion.didYouMean(id.rawValue, in: [plan.id.rawValue])
                    + "; it holds '\(plan.id)'")
            throw ExitCode.failure
        }
        return plan
    }

    /// The valid plan in `file`, or every problem on standard error and exit status 1.
    static func read(_ file: String) throws -> Plan {
        do {
            return try PlanFileReader.read(contentsOf: file, checks: planChecks).validPlan()
        } catch {
            for diagnostic in error.diagnostics { StandardError.write(diagnostic.description) }
            StandardError.write("\(file): not used: fix the errors above, then try again")
            throw ExitCode.failure
        }
    }
}
