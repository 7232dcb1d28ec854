import BeredskapWorkspace

/// The tool commands as a command line writes them: the same in the shell, in `-c` and as subcommands of
/// `beredskap` (`beredskap report followup --format html --out f.html`).
public enum ToolCommandLine {
    /// The tool commands' names: `report`, `drill`, `calendar` …
    public static var names: [String] { ShellTools.names }

    /// The sentence that says where a renamed tool command went, or nil when `word` names none.
    ///
    /// ```swift
    /// ToolCommandLine.renamed("coverage")
    /// // `coverage` is now `reachability` (who can be reached when); the age and function coverage is `report coverage`
    /// ```
    public static func renamed(_ word: String) -> String? { ShellTools.renamed[word.lowercased()] }

    /// The statement of the command language that runs a tool command given as command-line arguments:
    /// each argument quoted where the language needs it, so a file name with spaces stays one.
    ///
    /// ```swift
    /// ToolCommandLine.statement("report", ["followup", "--out", "Uppföljning april.html"])
    /// // report followup --out 'Uppföljning april.html'
    /// ```
    ///
    /// `--help` or `-h` among the arguments gives the command's `.help` instead.
    public static func statement(_ command: String, _ arguments: [String]) -> String {
        if arguments.contains("--help") || arguments.contains("-h") {
            let words = arguments.prefix { !$0.hasPrefix("-") }
            return ([".help", command] + words).joined(separator: " ")
        }
        return ([command] + arguments.map(quoted)).joined(separator: " ")
    }

    /// An argument as one word of the command language: as it is when it is a plain word, else in single
    /// quotes with a quote inside doubled.
    static func quoted(_ argument: String) -> String {
        if argument == "=" { return argument }  // `--as-of = 2018-04-30`, as the shell takes it
        let plain =
            !argument.isEmpty
            && argument.unicodeScalars.allSatisfy { scalar in
                scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
                    || "-_.:/+@".unicodeScalars.contains(scalar)
            }
        return plain ? argument : "'" + argument.replacingOccurrences(of: "'", with: "''") + "'"
    }
}
