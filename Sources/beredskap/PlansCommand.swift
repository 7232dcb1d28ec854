import ArgumentParser
import BeredskapStorage

/// `beredskap plans`: the plans in the store.
struct PlansCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plans", abstract: "List the plans in the store with their current version and status.")

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let store = try global.openStore()
        let plans = try reportingStoreErrors { () throws(StoreError) in try store.plans() }
        for plan in plans {
            print("\(plan.isDefault ? "*" : " ") \(plan.id)  v\(plan.version) \(plan.status.rawValue)  \(plan.title)")
        }
    }
}
