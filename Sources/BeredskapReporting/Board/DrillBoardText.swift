/// What the shell says about a drill's situation board, in the plan's language: where it is served, that
/// it already is, that it stopped.
///
/// ```swift
/// DrillBoardText(language: .sv).served(url: "http://127.0.0.1:8080/")
/// // "Lägesbild: http://127.0.0.1:8080/ — öppna i webbläsaren"
/// ```
public struct DrillBoardText: Sendable {
    /// The language of the lines.
    public var language: ReportLanguage

    /// The lines in `language`.
    public init(language: ReportLanguage) {
        self.language = language
    }

    /// The line that says where the board is served and that a browser opens it.
    public func served(url: String) -> String {
        DrillBoardPhrase.served.text(language, ["url": url])
    }

    /// The line that says the board is served already, and where.
    public func alreadyServed(url: String) -> String {
        DrillBoardPhrase.alreadyServed.text(language, ["url": url])
    }

    /// The line that says the board served at `url` has stopped.
    public func stopped(url: String) -> String {
        DrillBoardPhrase.stopped.text(language, ["url": url])
    }

    /// The line that says no board is served, for a `drill board stop` with none.
    public func notServed() -> String {
        DrillBoardPhrase.notServed.text(language)
    }
}
