import ArgumentParser
import BeredskapEscalation
import BeredskapModel
import BeredskapReporting
import BeredskapWorkspace
import Foundation

/// What `drill cards`, `drill handout` and `drill sheets` take besides the scenario: where to write the
/// HTML, its language and replacement templates.
struct DrillMaterialOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Write the HTML to a file (default: standard output).", valueName: "file"))
    var out: String?
    @Option(help: ArgumentHelp("sv or en (default: the plan's language).", valueName: "language"))
    var lang: String?
    @Option(help: ArgumentHelp("A folder of templates that replace the built-in ones.", valueName: "dir"))
    var template: String?

    /// Loads `scenario`, makes the material of it on the session's plan, renders it and writes it to
    /// `--out`, or prints it.
    func emit(
        _ material: (Scenario, Plan) -> DrillMaterial, of scenario: DrillTool.ScenarioOptions,
        in session: ShellSession, _ invocation: ToolInvocation
    ) throws(ShellError) {
        let loaded = try scenario.load(in: session, invocation)
        let plan = try session.currentPlan()
        let renderer = ReportRenderer(templateDirectory: template.map { URL(fileURLWithPath: session.resolvePath($0)) })
        let language = try ShellTools.language(lang, in: invocation)
        let made = material(loaded, plan)
        let document: String
        do {
            document = try renderer.render(made, language: language)
        } catch {
            throw ShellError(
                error.description,
                at: invocation.location(ofOption: "template") ?? invocation.arguments.first?.location,
                code: .report)
        }
        try session.write(document, to: out, in: invocation)
    }
}

extension DrillTool {
    /// `drill cards SCENARIO [--out FILE]`: one printed page per inject, for the players.
    struct Cards: ShellTool {
        static let configuration = CommandConfiguration(
            commandName: "cards",
            abstract: "The inject cards as printable HTML: one inject a page, for the players, marked ÖVNING.")
        static let examples = ["drill cards bench-night --out inspel.html"]

        @OptionGroup var scenario: ScenarioOptions
        @OptionGroup var options: DrillMaterialOptions

        func run(in session: ShellSession, _ invocation: ToolInvocation) throws(ShellError) {
            try options.emit({ .cards(InjectCards(scenario: $0, plan: $1)) }, of: scenario, in: session, invocation)
        }
    }

    /// `drill handout SCENARIO [--participants "role:Name, …"] [--out FILE]`: the participants' handout.
    struct Handout: ShellTool {
        static let configuration = CommandConfiguration(
            commandName: "handout",
            abstract: "The participants' handout as printable HTML: the event and each role's place in the alarm path.")
        static let examples = [
            "drill handout bench-night --participants \"stadsdirektor:Anna Berg\" --out deltagare.html"
        ]

        @OptionGroup var scenario: ScenarioOptions
        @Option(help: ArgumentHelp("Who plays which role.", valueName: "\"role:Name, role:Name\""))
        var participants: String?
        @OptionGroup var options: DrillMaterialOptions

        func run(in session: ShellSession, _ invocation: ToolInvocation) throws(ShellError) {
            let players = try Start.participants(participants, at: invocation.location(ofOption: "participants"))
            let plan = try session.currentPlan()
            for player in players where plan.actor(player.role) == nil {
                let known = plan.roles.map(\.id.rawValue)
                throw ShellError(
                    "no role '\(player.role)' in plan '\(plan.id)'\(Suggestion.didYouMean(player.role.rawValue, in: known))",
                    at: invocation.location(ofOption: "participants"))
            }
            try options.emit(
                { .handout(ParticipantHandout(scenario: $0, plan: $1, participants: players)) }, of: scenario,
                in: session, invocation)
        }
    }

    /// `drill sheets SCENARIO [--out FILE]`: one evaluator's sheet per objective.
    struct Sheets: ShellTool {
        static let configuration = CommandConfiguration(
            commandName: "sheets",
            abstract: "The evaluators' sheets as printable HTML: one objective a page, with P/S/M/U boxes.")
        static let examples = ["drill sheets bench-night --out utvardering.html"]

        @OptionGroup var scenario: ScenarioOptions
        @OptionGroup var options: DrillMaterialOptions

        func run(in session: ShellSession, _ invocation: ToolInvocation) throws(ShellError) {
            try options.emit(
                { .sheets(EvaluatorSheets(scenario: $0, plan: $1)) }, of: scenario, in: session, invocation)
        }
    }
}
