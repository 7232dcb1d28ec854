import BeredskapModel
import Foundation

/// The plans that ship with the library as resources, in the plan file format.
///
/// The first is Stockholm stad, Socialförvaltningen, "Handlingsplan mot våldsbejakande extremism
/// 2017–2018", transcribed in full.
///
/// ```swift
/// let plan = try BuiltInPlans.stockholm()
/// plan.units.count   // 23
/// ```
public enum BuiltInPlans {
    /// The id of Stockholm's Socialförvaltningen plan 2017–2018.
    public static let stockholmID: EntityID = "stockholm-socialforvaltningen-2017-2018"

    /// The ids of every built-in plan.
    public static var ids: [EntityID] { [stockholmID] }

    /// Socialförvaltningen's plan 2017–2018 in Stockholm.
    ///
    /// - Throws: ``PlanFileError`` only if the shipped resource is damaged.
    public static func stockholm() throws(PlanFileError) -> Plan {
        try plan(stockholmID)
    }

    /// Where the plan file of the built-in plan `id` is, inside the library's resources.
    public static func resourceURL(_ id: EntityID) -> URL? {
        guard ids.contains(id) else { return nil }
        return Bundle.module.url(forResource: id.rawValue, withExtension: "yaml", subdirectory: "Plans")
    }

    /// The built-in plan with `id`.
    ///
    /// - Throws: ``PlanFileError`` when there is no such plan or its resource is damaged.
    public static func plan(_ id: EntityID) throws(PlanFileError) -> Plan {
        guard ids.contains(id),
            let url = Bundle.module.url(forResource: id.rawValue, withExtension: "yaml", subdirectory: "Plans")
        else {
            throw PlanFileError(diagnostics: [
                PlanFileDiagnostic(
                    file: "(built-in)", line: 1, column: 1,
                    issue: PlanIssue(
                        .error, .unknownReference, at: .root,
                        "no built-in plan '\(id)'" + Suggestion.didYouMean(id.rawValue, in: ids.map(\.rawValue))))
            ])
        }
        return try PlanFileReader.read(contentsOf: url.path).validPlan()
    }
}
