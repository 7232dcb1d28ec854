import ArgumentParser
import BeredskapModel
import BeredskapStorage

/// Where a command takes its plan from: a plan file given with `--from`, or the built-in plans.
struct PlanSource {
    let file: String?

    init(global: GlobalOptions, file: String?) throws {
        if global.store != nil && file == nil {
            StandardError.write(
                "beredskap: --store: this build has no SQLite store yet; export a plan file with --from FILE")
            throw ExitCode.failure
        }
        self.file = file
    }

    /// The plan with `id`, or the only plan when `id` is nil. Reports problems on standard error.
    func plan(id: EntityID?) throws -> Plan {
        let plan: Plan
        if let file {
            let result: PlanFileReadResult
            do {
                result = try PlanFileReader.read(contentsOf: file)
            } catch {
                report(error)
                throw ExitCode.failure
            }
            do {
                plan = try result.validPlan()
            } catch {
                report(error)
                StandardError.write("\(file): not exported: fix the errors above, then try again")
                throw ExitCode.failure
            }
        } else {
            do {
                plan = try BuiltInPlans.plan(id ?? BuiltInPlans.stockholmID)
            } catch {
                report(error)
                throw ExitCode.failure
            }
        }
        if let id, id != plan.id {
            StandardError.write(
                "beredskap: no plan '\(id)' in \(file ?? "the built-in plans")"
                    + Suggestion.didYouMean(id.rawValue, in: [plan.id.rawValue])
                    + "; it holds '\(plan.id)'")
            throw ExitCode.failure
        }
        return plan
    }

    private func report(_ error: PlanFileError) {
        for diagnostic in error.diagnostics { StandardError.write(diagnostic.description) }
    }
}
