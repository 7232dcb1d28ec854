import BeredskapModel
import BeredskapWorkspace

/// The shell's help: every command with its syntax and examples.
enum Help {
    static let entries: [(command: String, syntax: String, summary: String, examples: [String])] = [
        (
            "list", "list KIND [where CONDITION] [order by FIELD [desc], …] [limit N] [--all-plans]",
            "Show entities of a kind; with --all-plans, of every plan of the store, each row with its plan first.",
            [
                "list units where function = remedial", "list units where age = 27 and function = åtgärdande",
                "list activities where starts <= 2017-09 order by starts", "list roles where name ~ samordnare",
                "list activities where status = postponed --all-plans",
            ]
        ),
        (
            "count", "count KIND [where CONDITION] [--all-plans]",
            "Print how many entities match, as a bare number; with --all-plans, in every plan of the store together.",
            ["count units where function = detecting", "count activities --all-plans"]
        ),
        (
            "show", "show KIND ID|\"NAME\"", "Show every field of one entity.",
            ["show unit mini-maria", "show unit \"Mini Maria\""]
        ),
        (
            "search", "search WORDS [--all-plans]",
            "Full-text search, ignoring case and diacritics; with --all-plans, of every plan, each hit with its plan first.",
            ["search foraldrastod", "search samordnare --all-plans"]
        ),
        (
            "responsible", "responsible [for] ACTIVITY", "Who is responsible for an activity, and who takes part.",
            ["responsible bilda-arbetsgrupp"]
        ),
        (
            "duties", "duties [of] ACTOR",
            "Everything a role (or another actor) does: activities and alarm-path steps.",
            ["duties sof-samordnare", "duties socialjouren"]
        ),
        (
            "serves", "serves [age] AGE [FUNCTION]", "Units that serve a given age, optionally with a function.",
            ["serves 17 remedial", "serves age 12"]
        ),
        (
            "set", "set KIND ID|\"NAME\" FIELD = VALUE [, FIELD = VALUE …] | set KIND where CONDITION FIELD = VALUE",
            "Change fields of one entity, or of every entity that matches.",
            [
                "set unit mini-maria description = \"Öppenvård för unga.\"",
                "set units where level = prevention department = socialtjanstavdelningen",
            ]
        ),
        (
            "add", "add KIND ID FIELD = VALUE …", "Add an entity.",
            [
                "add role ny-roll title = \"Ny roll\"",
                "add unit ny-enhet name = \"Ny enhet\" level = prevention functions = [detecting]",
            ]
        ),
        (
            "remove", "remove KIND ID", "Remove an entity; refused while others refer to it.",
            ["remove role sig-projektledare"]
        ),
        (
            "rename", "rename KIND ID to NEWID", "Change an id and every reference to it.",
            ["rename role tib to tjansteman-i-beredskap"]
        ),
        (
            "log", "log ACTIVITY STATUS [\"NOTE\"] [on DATE] [by WHO]", "Log the status of an activity at follow-up.",
            ["log bilda-arbetsgrupp done \"Gruppen bildad.\" on 2017-08-31 by sof-samordnare"]
        ),
        (
            "measure", "measure INDICATOR VALUE [\"NOTE\"] [on DATE] [from \"SOURCE\"]",
            "Record a value of an indicator at follow-up.",
            ["measure utbildade-medarbetare 42 on 2018-04-30 from \"Personalsystemet\""]
        ),
        (
            "begin", "begin … commit | rollback", "Group edits into one change set; rollback drops them.",
            ["begin", "commit"]
        ),
        ("undo", "undo", "Undo the last change set of the plan.", ["undo"]),
        (
            "history", "history [KIND ID] [limit N]", "The change log, newest first.",
            ["history limit 5", "history unit mini-maria"]
        ),
        ("diff", "diff FROM [TO]", "The net changes after change set FROM (up to TO).", ["diff 1"]),
        ("use", "use PLAN", "Work on another plan of the store.", ["use malmo-exempel"]),
        (
            "explain", "explain list …|count …|serves …",
            "How a query is answered: the SQL the store runs, and what is evaluated in memory and why.",
            [
                "explain count activities where status = done",
                "explain list units where function = remedial order by name",
            ]
        ),
        (".kinds", ".kinds", "List the kinds of entity, with their Swedish words.", [".kinds"]),
        (
            ".fields", ".fields KIND",
            "List a kind's fields with their types and, for closed sets, their values (Swedish in brackets).",
            [".fields units"]
        ),
        (".mode", ".mode box|table|csv|json|markdown|line|html", "How results are printed.", [".mode json"]),
        (
            ".expanded", ".expanded [on|off|auto]",
            "Print each row as a vertical record (auto: when the table is too wide for the terminal).",
            [".expanded auto"]
        ),
        (
            ".sql", ".sql SELECT …", "Read-only SQL on the store's tables.",
            [".sql SELECT plan_id, count(*) FROM unit_overview GROUP BY plan_id"]
        ),
        (
            ".output", ".output [FILE]",
            "Write results to a file (standard output without FILE); .once FILE for one result.", [".output units.csv"]
        ),
        (".read", ".read FILE", "Run a script file, as one change set.", [".read follow-up.bsh"]),
        (".timer", ".timer on|off", "Print how long each command takes.", [".timer on"]),
        (".echo", ".echo on|off", "Print each command before running it.", [".echo on"]),
        (".bail", ".bail on|off", "Stop at the first error (scripts always do).", [".bail on"]),
        (
            ".sensitive", ".sensitive on|off",
            "Show contact details marked sensitive in diff, dry runs and errors (off: [känslig uppgift]).",
            [".sensitive on"]
        ),
        (".quit", ".quit, quit, exit, \\q or Ctrl-D", "Leave the shell.", [".quit"]),
    ]

    /// Every kind, as people write them: `actors` for external actors, the plans last.
    static let kindNames = (QueryKind.allCases.filter { $0 != .plans } + [.plans]).map {
        $0 == .externalActors ? "actors" : $0.rawValue
    }
    .joined(separator: ", ")

    static func text(for topic: String?, at location: InputLocation?) throws(ShellError) -> String {
        // The statements, then the tool commands (from their declarations), then the dot commands.
        let entries =
            Self.entries.filter { !$0.command.hasPrefix(".") } + ShellTools.summaries
            + Self.entries.filter { $0.command.hasPrefix(".") }
        if let topic, let help = try ShellTools.help(for: topic, at: location) { return help }
        guard let topic else {
            let width = entries.map(\.command.count).max() ?? 0
            var text = "Commands (KIND: \(kindNames)):\n"
            for entry in entries {
                text +=
                    "  " + entry.command + String(repeating: " ", count: width - entry.command.count + 2)
                    + entry.summary + "\n"
            }
            return text
                + "Keywords are case-insensitive; ids or \"names\" name entities; # starts a comment.\n.help COMMAND shows its syntax and examples.\n"
        }
        let name = topic.lowercased()
        guard let entry = entries.first(where: { $0.command == name || $0.command == "." + name }) else {
            if let moved = ShellTools.renamed[name] {
                throw ShellError("no help for '\(topic)': \(moved)", at: location)
            }
            throw ShellError(
                "no help for '\(topic)'"
                    + (Suggestion.nearest(to: topic, in: entries.map(\.command)).map { "; did you mean '\($0)'?" } ?? ""),
                at: location)
        }
        return "\(entry.syntax)\n  \(entry.summary)\n" + entry.examples.map { "  e.g. \($0)\n" }.joined()
    }
}
