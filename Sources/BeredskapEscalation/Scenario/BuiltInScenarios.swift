import BeredskapModel

/// The scenarios that ship with the library, as text and read.
///
/// The text is the same as `Resources/Scenarios/<name>.yaml`; it is embedded in the code so the library
/// needs no resource bundle. All are written for the built-in Stockholm plan:
///
/// - `bench-night`: a Saturday night, alarm via Socialjouren, one media inject.
/// - `midsommar-tib`: midsommarafton night, alarm via TIB from a CAP alert, CKL and the commission.
/// - `kontorstid-socialjouren`: a weekday morning in office hours, alarm via Socialjouren, POSOM activated.
/// - `mediatryck`: a working day of media pressure, alarm via TIB, for communicators and directors.
///
/// ```swift
/// let scenario = try BuiltInScenarios.scenario(named: "bench-night", plan: plan)
/// for entry in BuiltInScenarios.entries(for: plan) where entry.problem == nil {
///     print(entry.name, entry.scenario.title)
/// }
/// ```
public enum BuiltInScenarios {
    /// The names of the built-in scenarios.
    public static let names = ["bench-night", "midsommar-tib", "kontorstid-socialjouren", "mediatryck"]

    /// The scenario file text for `name`, if there is a built-in scenario of that name.
    public static func text(named name: String) -> String? {
        switch name {
        case "bench-night": benchNightText
        case "midsommar-tib": midsommarTIBText
        case "kontorstid-socialjouren": kontorstidSocialjourenText
        case "mediatryck": mediatryckText
        default: nil
        }
    }

    /// The built-in scenario `name`, read and checked against `plan`.
    ///
    /// - Throws: ``ScenarioError`` for an unknown name (with "did you mean …?") or a plan that lacks
    ///   what the scenario names.
    public static func scenario(named name: String, plan: Plan) throws(ScenarioError) -> Scenario {
        guard let text = text(named: name) else {
            throw ScenarioError(diagnostics: [
                ScenarioDiagnostic(
                    file: name,
                    message: "no built-in scenario '\(name)'\(Suggestion.didYouMean(name, in: names)); "
                        + "the built-in scenarios are \(names.map { "'\($0)'" }.joined(separator: ", "))")
            ])
        }
        return try ScenarioReader.read(text, file: "\(name).yaml", plan: plan)
    }

    /// Every built-in scenario, read against `plan`, with why `plan` cannot play one it does not fit
    /// (written for another plan, or naming a path, step or role `plan` lacks).
    ///
    /// A scenario that does not fit is read without the plan, in `plan`'s time zone, so that it can
    /// still be named and described.
    public static func entries(for plan: Plan) -> [BuiltInScenarioEntry] {
        let zone = (try? Jurisdiction(plan: plan))?.timeZone ?? Jurisdiction.default.timeZone
        return names.compactMap { name in
            guard let text = text(named: name) else { return nil }
            do throws(ScenarioError) {
                return BuiltInScenarioEntry(
                    name: name, scenario: try ScenarioReader.read(text, file: "\(name).yaml", plan: plan),
                    problem: nil)
            } catch {
                // The texts are fixed and read without a plan in the tests; only the plan can be wrong.
                guard let scenario = try? ScenarioReader.read(text, file: "\(name).yaml", timeZone: zone) else {
                    return nil
                }
                return BuiltInScenarioEntry(
                    name: name, scenario: scenario, problem: error.diagnostics.first?.message ?? error.description)
            }
        }
    }

    /// Bench night: an extraordinary event on Saturday 14 October 2017 at 02:30, alarm via Socialjouren.
    ///
    /// Socialjouren contacts Socialjourens enhetschef (LN(5, 20), no answer 10 %, 15 minutes' wait),
    /// then the director of the affected administration (LN(10, 30), 20 %, 20), who decides on POSOM
    /// (LN(5, 15), activates half the time) while Socialjouren informs the director of
    /// Socialförvaltningen (LN(10, 30), 20 %, 20), who informs the city director (LN(15, 45), 10 %, 30).
    public static var benchNight: Scenario {
        // The text is fixed and the reader's own tests read it; it cannot fail.
        try! ScenarioReader.read(benchNightText, file: "bench-night.yaml")
    }

    /// The text of `bench-night.yaml`.
    public static let benchNightText = """
        # Bänkövning: larm via Socialjouren en lördagsnatt. Tider i minuter från larmet; median och p90 ger
        # en log-normalfördelad svarstid, noAnswer sannolikheten att någon inte svarar alls och timeout hur
        # länge den som ringer väntar innan ställföreträdaren kontaktas.
        name: bench-night
        title: Larm via Socialjouren en lördagsnatt
        plan: stockholm-socialforvaltningen-2017-2018
        path: via-socialjouren
        event:
          time: "2017-10-14T02:30"
          classification: extraordinary
          officeHours: false
          administration: Berörd stadsdelsförvaltning
        duration: 240
        responses:
          socialjourens-enhetschef: {median: 5, p90: 20, noAnswer: 0.10, timeout: 15}
          direktor-berord-forvaltning: {median: 10, p90: 30, noAnswer: 0.20, timeout: 20}
          sof-direktor: {median: 10, p90: 30, noAnswer: 0.20, timeout: 20}
          stadsdirektor: {median: 15, p90: 45, noAnswer: 0.10, timeout: 30}
        steps:
          posom-beslut: {median: 5, p90: 15}
          # Stadsdirektörens beslut om uppdrag ligger utanför det som bänkövningen mäter; tiden är ett antagande.
          uppdrag-beslut: {median: 10, p90: 30}
        decisions:
          posom-beslut:
            probabilities: {aktivera: 0.5, aktivera-inte: 0.5}
          uppdrag-beslut:
            scripted: ge-uppdrag
        injects:
        - at: 45
          from: SVT Nyheter
          to: sof-direktor
          type: media
          text: En reporter ringer och frågar vad staden gör för de drabbade i natt.
          expectedAction:
            role: sof-direktor
            action: hänvisar till stadens presstjänst och bekräftar att Socialjouren är på plats
            within: 15
          contingency:
            text: Om direktören ännu inte är nådd ringer reportern Socialjouren i stället.
        objectives:
        - id: stadsdirektor-60
          text: Stadsdirektören informerad inom 60 minuter
          rule: {role: stadsdirektor, reachedWithin: 60}
        - id: direktor-30
          text: Direktören på berörd förvaltning nådd inom 30 minuter
          rule: {role: direktor-berord-forvaltning, reachedWithin: 30}

        """
}
