import BeredskapModel
import BeredskapStorage
import BeredskapWorkspace
import Foundation
import Synchronization

/// Set by the interrupt signal (Ctrl-C); long-running work checks it between steps.
public let shellInterrupt = Atomic<Bool>(false)

/// A session of the command language on a store: it parses what is typed, carries it out through a
/// `Workspace` (BeredskapWorkspace), and prints the results in the output mode. The REPL, `-c`, scripts
/// and piped input all run through it.
///
/// ```swift
/// let session = ShellSession(store: try PlanStore.open(.memory), output: CollectedOutput())
/// session.runScript("count units where function = remedial", source: "<example>")
/// ```
public final class ShellSession {
    /// The use cases the session's commands call: the plan in use, its queries, edits and transactions.
    public let workspace: Workspace
    /// The store the session works on.
    public var store: PlanStore { workspace.store }
    /// The plan commands work on; nil means the store's only or default plan.
    public var planID: EntityID? { workspace.planID }
    /// How results are printed.
    public internal(set) var mode: OutputMode
    /// Whether an error stops the REPL (`.bail on`); scripts always stop at the first error.
    public internal(set) var bail = false
    var echo = false
    /// Whether `diff`, dry runs and diagnostics show the values of contact details marked sensitive
    /// (`--include-sensitive`, `.sensitive on`); by default they show `Contact.withheldValue` (BeredskapModel).
    public var includeSensitive = false
    /// The change sets the session's scripts have applied, in order: what `-c A -c B` keeps when B fails.
    public internal(set) var appliedChangeSets: [Int64] = []
    /// Whether a script that applies a change set says so with the diagnostics, as
    /// `committed 2 changes (#5)`: `beredskap run` confirms what its file changed, and standard output
    /// keeps only the script's results.
    public var confirmsChangeSets = false
    var timer = false
    /// Whether the box and table modes print rows as vertical records (`.expanded on|off|auto`).
    public internal(set) var expanded = ExpandedMode.off
    /// The width tables are fitted to, in place of the terminal's; nil fits tables to the terminal
    /// when results go to one, and leaves them as wide as they are otherwise (pipes, files).
    public var tableWidth: Int?
    /// Whether results may be shown through a pager and messages confirm edits.
    let interactive: Bool
    var output: ShellOutput
    var onceOutput: ShellOutput?
    /// How results on a terminal are styled (bold table headers).
    let style: TerminalStyle
    /// The pager for results taller than the screen; the REPL sets it.
    var pager: Pager?
    /// The tabletop drill being played, if one is.
    var tabletop: ActiveDrill?
    /// The drill's situation board this session serves in the background (`drill board`), if it does.
    var board: (any RunningDrillBoard)?
    /// Whether the REPL runs the session: then `drill board` serves in the background and returns to the
    /// prompt; elsewhere (`-c`, a script) it serves until Ctrl-C.
    var runsInRepl = false
    let errors: (String) -> Void
    var readDepth = 0
    /// How many scripts are running inside each other; inside one, begin and commit do nothing.
    var scriptDepth = 0
    var directory: String?
    /// Why the last result could not be written; the statement that wrote it then fails.
    var outputFailure: String?
    /// The last error the session reported.
    public internal(set) var lastError: ShellError?
    /// Set by `.quit`.
    public internal(set) var wantsToQuit = false

    static let readNestingLimit = 10

    /// Creates a session.
    ///
    /// - Parameters:
    ///   - store: The store to work on.
    ///   - plan: The plan to open; the store's only or default plan when nil.
    ///   - mode: The output mode.
    ///   - interactive: Whether a person is typing (confirmations, pager).
    ///   - output: Where results go.
    ///   - style: How results are styled; ``TerminalStyle/detect(for:environment:)`` gives colour on a
    ///     terminal only.
    ///   - errors: Where diagnostics go, one call per message. By default standard error, with the
    ///     `error:` label in colour when it is a terminal and `NO_COLOR` is not set.
    public init(
        store: PlanStore, plan: EntityID? = nil, mode: OutputMode = .box, interactive: Bool = false,
        output: ShellOutput = StandardOutput(), style: TerminalStyle = .plain,
        errors: @escaping (String) -> Void = ShellSession.standardError
    ) {
        self.workspace = Workspace(store: store, plan: plan)
        self.mode = mode
        self.interactive = interactive
        self.output = output
        self.style = style
        // Diagnostics quote what was typed and what a plan or an alert says; neither may reach the
        // terminal with its control characters raw.
        self.errors = { errors(VisibleText.escaped($0, keeping: .lineBreaks)) }
    }

    /// Writes a diagnostic to standard error, its label in colour on a terminal.
    public static func standardError(_ message: String) {
        _ = ResultFileStream.writeAll(standardErrorStyle.diagnostic(message) + "\n", to: STDERR_FILENO)
    }

    private static let standardErrorStyle = TerminalStyle.detect(for: STDERR_FILENO)

    // MARK: Running input

    /// Whether `text` is complete input, or continues on the next line (an open quote or bracket).
    public static func isComplete(_ text: String) -> Bool {
        let trimmed = text.drop { $0.isWhitespace }
        if trimmed.hasPrefix(".") { return true }
        return Lexer.tokenize(text) != .incomplete
    }

    /// Runs a script as one change set: every edit in it is applied at the end, all or nothing.
    /// Stops at the first error, which is reported as `SOURCE:LINE:COLUMN: error: …` with the line
    /// and a caret; then nothing is applied.
    ///
    /// - Parameters:
    ///   - text: The script.
    ///   - source: Its name in messages.
    ///   - directory: Where `.read` resolves relative paths from.
    ///   - dryRun: Print every change the script would make and apply none.
    /// - Returns: Whether the script ran without error.
    @discardableResult
    public func runScript(_ text: String, source: String, directory: String? = nil, dryRun: Bool = false) -> Bool {
        self.directory = directory
        scriptDepth += 1
        defer { scriptDepth -= 1 }
        do throws(ShellError) {
            let outcome = try workspace.asOneChangeSet(script: source, dryRun: dryRun) {
                runLines(text, source: source, stopOnError: true)
            }
            switch outcome {
            case nil: return false
            case .empty?: break
            case .previewed(let record)?:
                for change in record.changes { emit(shown(change).description + "\n") }
                emit("dry run: \(record.changeCount) not applied\n")
            case .applied(let record)?:
                appliedChangeSets.append(record.id)
                if confirmsChangeSets, scriptDepth == 1 { errors("committed " + Self.summary(of: record)) }
            }
            return true
        } catch {
            report(error, text: text)
            return false
        }
    }

    /// Runs what a person typed: complete input of one or more lines. Edits outside `begin` are
    /// applied at once, each statement its own change set.
    ///
    /// - Returns: Whether it ran without error.
    @discardableResult
    public func runInteractive(_ text: String, line: Int = 1) -> Bool {
        runLines(text, source: "<input>", firstLine: line, stopOnError: bail)
    }

    /// Runs lines, gathering those that continue a statement, and reports errors with their line.
    func runLines(_ text: String, source: String, firstLine: Int = 1, stopOnError: Bool) -> Bool {
        var chunk = ""
        var chunkLine = firstLine
        var succeeded = true
        // Split on the byte: as Characters, "\r\n" is one and would never equal "\n". A "\r" left at a
        // line's end is whitespace to the lexer.
        let lines = text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        for (offset, bytes) in lines.enumerated() {
            let line = Substring(bytes)
            if shellInterrupt.exchange(false, ordering: .relaxed) {
                errors("interrupted")
                return false
            }
            if chunk.isEmpty { chunkLine = firstLine + offset }
            if chunk.isEmpty, line.trimmingCharacters(in: .whitespaces) == "\\q" {  // psql's way out
                wantsToQuit = true
                return succeeded
            }
            chunk += (chunk.isEmpty ? "" : "\n") + line
            let isDot = chunk.drop { $0.isWhitespace }.hasPrefix(".")
            let tokens = isDot ? nil : Lexer.tokenize(chunk, firstLine: chunkLine)
            if tokens == .incomplete { continue }
            defer { chunk = "" }
            guard !chunk.allSatisfy(\.isWhitespace) else { continue }
            do throws(ShellError) {
                let statements: [LocatedStatement]
                if let tokens {
                    statements = try Parser.parse(tokens: tokens, source: source, firstLine: chunkLine)
                } else {
                    statements = try Parser.parse(chunk, source: source, firstLine: chunkLine)
                }
                for statement in statements {
                    if echo { emit(chunk + "\n") }
                    try run(statement, source: text)
                    if let failure = outputFailure {
                        outputFailure = nil
                        throw ShellError(failure, at: statement.location)
                    }
                    if wantsToQuit { return succeeded }
                }
            } catch {
                report(error, text: text)
                succeeded = false
                if stopOnError { return false }
            }
        }
        if !chunk.allSatisfy(\.isWhitespace) {
            report(
                ShellError(
                    "unfinished input at the end: a quote or bracket opened here is not closed",
                    at: InputLocation(source: source, line: chunkLine, column: 1)), text: text)
            return false
        }
        return succeeded
    }

    /// Prints an error with the line it is on and a caret under the place.
    func report(_ error: ShellError, text: String) {
        lastError = error
        var message = error.description
        if scriptDepth > 0, workspace.hasPendingEdits, !message.lowercased().hasSuffix("nothing was applied") {
            message = Suggestion.continuing(message, with: "nothing was applied")
        }
        // The line the message echoes, if it has one: what was typed may itself mark a value sensitive.
        var echoed: String?
        if let location = error.location {
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            let index = location.line - 1
            if index >= 0 && index < lines.count { echoed = String(lines[index]) }
        }
        let withhold = sensitiveTextFilter(quoting: echoed ?? "")
        message = withhold(message)
        if let line = echoed, let location = error.location {
            // The caret goes under the same place of the line as it is shown: values withheld, and
            // control characters escaped (which `errors` does), both widening what comes before it.
            let before = withhold(String(line.prefix(max(0, location.column - 1))))
            let width = VisibleText.escaped(before).count
            message += "\n" + withhold(line) + "\n" + String(repeating: " ", count: width) + "^"
        }
        errors(message)
    }

    /// Writes a result to the output (or to the `.once` file, once), with control characters other than
    /// tab and line feed escaped (BeredskapModel's `VisibleText`): results quote plan text, CAP alerts
    /// and drill logs.
    func emit(_ text: String) {
        emitRendered(VisibleText.escaped(text, keeping: .lineBreaks))
    }

    /// Writes text that its renderer has already made safe: a table (whose bold headers are escape
    /// sequences of our own), a report, an export or a diagram, in the format asked for (CSV's CRLF).
    func emitRendered(_ text: String) {
        let target: ShellOutput
        if let once = onceOutput {
            target = once
            onceOutput = nil
        } else if let pager, output is StandardOutput, Pager.needsPaging(text), pager.show(text) {
            return
        } else {
            target = output
        }
        target.write(text)
        if let failure = target.failure { outputFailure = failure }
    }

    /// Writes a table in the session's mode, its headers styled only when it goes to standard output
    /// (not to a `.output` or `.once` file), fitted to ``tableWidth`` or to the terminal it goes to.
    func emit(_ table: ResultTable) {
        let toTerminal = onceOutput == nil && output is StandardOutput
        let width = tableWidth ?? (toTerminal ? Pager.terminalColumns() : nil)
        emitRendered(
            TableRenderer.render(
                table, mode: mode, style: toTerminal ? style : .plain, width: width, expanded: expanded))
    }

    // MARK: The plan

    /// The plan commands see: the stored plan with the edits of an open transaction applied.
    func currentPlan() throws(ShellError) -> Plan {
        try workspace.plan()
    }

    /// The entities of a kind in the current plan, in plan order.
    func rows(_ kind: QueryKind) throws(ShellError) -> [EntityRow] {
        try workspace.rows(kind)
    }

    /// The entity a reference names: by id, or by name, ignoring case and diacritics.
    func resolve(_ reference: EntityReference, in kind: QueryKind) throws(ShellError) -> EntityRow {
        try workspace.entity(reference, in: kind)
    }
}
