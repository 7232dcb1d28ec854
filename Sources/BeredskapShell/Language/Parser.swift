import BeredskapModel
import BeredskapWorkspace

/// Turns tokens into statements, with an error that names the place and what was expected.
struct Parser {
    /// The commands of the language, as `help` lists them.
    static let commands =
        [
            "list", "count", "show", "search", "responsible", "duties", "serves", "set", "add", "remove", "rename",
            "log", "measure",
            "begin", "commit", "rollback", "undo", "history", "diff", "use", "help", "explain",
        ] + toolCommands

    /// The statements `explain` explains.
    static let explained = ["list", "count", "serves"]

    /// The commands written as on a command line (``ToolInvocation``).
    static var toolCommands: [String] { ShellTools.names }

    /// How deep conditions (brackets and `not`) and values (lists and mappings) may nest.
    ///
    /// The parser, the checks and the evaluation of a condition recurse once per level, so input nested
    /// far deeper than anyone writes (20,000 brackets from a generator, say) would exhaust the stack and
    /// kill the shell; past the limit it gets an error at the place instead. A chain of `or` or `and` is
    /// not nesting: it is read in a loop and built as a balanced tree, so 40,000 terms cost 16 levels.
    static let nestingLimit = 256

    private let tokens: [Token]
    private let source: String
    var index = 0
    /// How many brackets, `not`s, lists and mappings the parser is inside.
    var depth = 0

    init(tokens: [Token], source: String) {
        self.tokens = tokens
        self.source = source
    }

    /// Parses the statements of one complete piece of input; a line that starts with `.` is a dot
    /// command and takes the rest of its line as its argument.
    static func parse(_ text: String, source: String, firstLine: Int = 1) throws(ShellError) -> [LocatedStatement] {
        let trimmed = text.drop { $0 == " " || $0 == "\t" }
        if trimmed.hasPrefix(".") {
            let column = text.count - trimmed.count + 1
            let body = trimmed.dropFirst()
            let name = String(body.prefix { !$0.isWhitespace })
            let argument = String(body.dropFirst(name.count)).trimmingWhitespace()
            guard !name.isEmpty else {
                throw ShellError(
                    "expected a dot command such as .mode or .help",
                    at: InputLocation(source: source, line: firstLine, column: column))
            }
            return [
                LocatedStatement(
                    statement: .dot(name: name.lowercased(), argument: argument),
                    location: InputLocation(source: source, line: firstLine, column: column))
            ]
        }
        return try parse(tokens: Lexer.tokenize(text, firstLine: firstLine), source: source, firstLine: firstLine)
    }

    /// Parses what the lexer made of one complete piece of input.
    static func parse(
        tokens result: Lexer.Result, source: String, firstLine: Int
    ) throws(ShellError) -> [LocatedStatement] {
        switch result {
        case .incomplete:
            throw ShellError(
                "unfinished input: a quote or bracket is not closed",
                at: InputLocation(source: source, line: firstLine, column: 1))
        case .failure(let message, let line, let column):
            throw ShellError(message, at: InputLocation(source: source, line: line, column: column))
        case .tokens(let tokens):
            var parser = Parser(tokens: tokens, source: source)
            return try parser.statements()
        }
    }

    // MARK: Tool commands

    /// The arguments of a tool command, up to the end of the statement, in order.
    mutating func toolInvocation(_ command: String) throws(ShellError) -> ToolInvocation {
        var arguments: [ToolInvocation.Argument] = []
        while let token = current, !token.isSymbol(";") {
            index += 1
            if token.kind == .symbol {
                // `--as-of = 2018-04-30` is `--as-of 2018-04-30`.
                if token.isSymbol("="), arguments.last?.text.hasPrefix("--") == true { continue }
                index -= 1
                throw error("unexpected '\(token.text)' in '\(command)'; quote text that contains it")
            }
            arguments.append(ToolInvocation.Argument(text: token.text, location: location(of: token)))
        }
        return ToolInvocation(command: command, arguments: arguments)
    }

    // MARK: Helpers

    var current: Token? { index < tokens.count ? tokens[index] : nil }

    func location(of token: Token?) -> InputLocation {
        if let token { return InputLocation(source: source, line: token.line, column: token.column) }
        guard let last = tokens.last else { return InputLocation(source: source, line: 1, column: 1) }
        return InputLocation(
            source: source, line: last.line, column: last.column + last.text.count + (last.kind == .string ? 2 : 0))
    }

    func error(_ message: String, at token: Token? = nil) -> ShellError {
        ShellError(message, at: location(of: token ?? current))
    }

    mutating func next() -> Token? {
        defer { index += 1 }
        return current
    }

    mutating func accept(_ keyword: String) -> Bool {
        guard current?.isKeyword(keyword) == true else { return false }
        index += 1
        return true
    }

    mutating func acceptSymbol(_ symbol: String) -> Bool {
        guard current?.isSymbol(symbol) == true else { return false }
        index += 1
        return true
    }

    mutating func expect(_ keyword: String, _ what: String) throws(ShellError) {
        guard accept(keyword) else {
            throw error("expected \(what)" + (current.map { ", found '\($0.text)'" } ?? " at the end of the line"))
        }
    }

    var atEnd: Bool { current == nil || current?.isSymbol(";") == true }

    // MARK: Statements

    mutating func statements() throws(ShellError) -> [LocatedStatement] {
        var result: [LocatedStatement] = []
        while current != nil {
            if acceptSymbol(";") { continue }
            let start = location(of: current)
            let statement = try self.statement()
            guard atEnd else {
                throw error("unexpected '\(current!.text)' after the end of the statement")
            }
            result.append(LocatedStatement(statement: statement, location: start))
        }
        return result
    }

    mutating func statement() throws(ShellError) -> Statement {
        guard let word = next(), word.kind == .word else {
            index -= 1
            throw error("expected a command such as list, show or set")
        }
        let command = word.text.lowercased()
        if Self.toolCommands.contains(command) { return .tool(try toolInvocation(command)) }
        switch command {
        case "explain":
            guard let next = current, next.kind == .word, Self.explained.contains(next.text.lowercased()) else {
                if let next = current, ["select", "with", "pragma", "query"].contains(next.text.lowercased()) {
                    index -= 1
                    throw error("SQL runs through .sql, read-only: .sql EXPLAIN …")
                }
                throw error("expected list, count or serves after 'explain'")
            }
            return .explain(try statement())
        case "list":
            let kind = try self.kind()
            var allPlans = try acceptAllPlans(of: kind)
            let condition = try optionalCondition()
            allPlans = try acceptAllPlans(of: kind) || allPlans
            var order: [SortKey] = []
            if accept("order") {
                try expect("by", "'by' after 'order'")
                repeat {
                    let field = try self.word("a field to order by")
                    let descending = accept("desc")
                    if !descending { _ = accept("asc") }
                    order.append(SortKey(field: field.text, descending: descending))
                } while acceptSymbol(",")
            }
            allPlans = try acceptAllPlans(of: kind) || allPlans
            let limit = accept("limit") ? try number("a number after 'limit'") : nil
            allPlans = try acceptAllPlans(of: kind) || allPlans
            return .list(kind, condition: condition, order: order, limit: limit, plans: allPlans ? .all : .current)
        case "count":
            let kind = try self.kind()
            let allPlans = try acceptAllPlans(of: kind)
            let condition = try optionalCondition()
            let plans: PlanScope = try acceptAllPlans(of: kind) || allPlans ? .all : .current
            return .count(kind, condition: condition, plans: plans)
        case "show":
            let kind = try self.kind()
            return .show(kind, try reference("the id or \"name\" of the entity to show"))
        case "search":
            var words: [String] = []
            var allPlans = false
            while !atEnd, let token = next() {
                if token.isKeyword(Self.allPlansFlag) { allPlans = true } else { words.append(token.text) }
            }
            guard !words.isEmpty else { throw error("expected words to search for") }
            return .search(words.joined(separator: " "), plans: allPlans ? .all : .current)
        case "responsible":
            _ = accept("for")
            return .responsible(try reference("the id of an activity"))
        case "duties":
            _ = accept("of")
            return .duties(try reference("the id of a role or another actor"))
        case "serves":
            _ = accept("age")
            let age = try number("an age in years")
            let function = atEnd ? nil : try self.word("a function (preventive, detecting, remedial)").text
            return .serves(age: age, function: function)
        case "set":
            let kind = try self.kind()
            let target: SetTarget
            if accept("where") {
                target = .matching(try condition())
            } else {
                target = .one(try reference("the id or \"name\" of the entity to change, or 'where'"))
            }
            return .set(kind, target: target, assignments: try assignments(requireOne: true))
        case "add":
            let kind = try self.kind()
            let id = try reference("the id of the new entity")
            return .add(kind, id: id, assignments: try assignments(requireOne: false))
        case "remove":
            let kind = try self.kind()
            return .remove(kind, try reference("the id or \"name\" of the entity to remove"))
        case "rename":
            let kind = try self.kind()
            let old = try reference("the id of the entity to rename")
            try expect("to", "'to' and the new id")
            return .rename(kind, old, to: try reference("the new id"))
        case "log":
            let activity = try reference("the id of an activity")
            let status = try self.word("a status (planned, ongoing, done, postponed, cancelled)").text
            let (note, parts) = try followUpParts([
                ("on", "DATE", "a date after 'on'"), ("by", "WHO", "who reports, after 'by'"),
            ])
            return .log(activity, status: status, note: note, date: parts["on"], by: parts["by"])
        case "measure":
            let indicator = try reference("the id of an indicator")
            let value = try reference("the value measured (a number, ja or nej)").text
            let (note, parts) = try followUpParts([
                ("on", "DATE", "a date after 'on'"), ("from", "\"SOURCE\"", "where the value comes from, after 'from'"),
            ])
            return .measure(indicator, value: value, note: note, date: parts["on"], source: parts["from"])
        case "begin": return .begin
        case "commit": return .commit
        case "rollback": return .rollback
        case "undo": return .undo
        case "history":
            var kind: QueryKind?
            var reference: EntityReference?
            if let token = current, token.kind == .word, !token.isKeyword("limit") {
                kind = try self.kind()
                reference = try self.reference("the id of the entity")
            }
            let limit = accept("limit") ? try number("a number after 'limit'") : nil
            return .history(kind, reference, limit: limit)
        case "diff":
            let from = try number("the change set to compare from")
            let to = atEnd ? nil : try number("the change set to compare to")
            return .diff(from: Int64(from), to: to.map(Int64.init))
        case "use":
            return .use(try reference("the id of a plan"))
        case "help":
            return .help(atEnd ? nil : next()?.text)
        case "quit", "exit":  // as psql takes them
            return .dot(name: "quit", argument: "")
        case "select", "with", "pragma":
            index -= 1
            throw error("SQL runs through .sql, read-only: .sql \(word.text.uppercased()) …")
        case _ where ShellTools.renamed[command] != nil:
            index -= 1
            throw error(ShellTools.renamed[command] ?? "")
        default:
            index -= 1
            throw error(
                "unknown command '\(word.text)'"
                    + (Suggestion.nearest(to: word.text, in: Self.commands).map { "; did you mean '\($0)'?" }
                        ?? "; type .help for the commands"))
        }
    }

    // MARK: Parts

    /// `--all-plans`: a query of every plan of the store, not only the plan in use. It may follow the
    /// kind, the condition or the ordering, or end the query.
    static let allPlansFlag = "--all-plans"

    /// Whether `--all-plans` comes next (and is taken): refused for the plans of the store, which are
    /// in no plan.
    mutating func acceptAllPlans(of kind: QueryKind) throws(ShellError) -> Bool {
        guard current?.isKeyword(Self.allPlansFlag) == true else { return false }
        guard kind != .plans else {
            throw error("the plans are the store's, not a plan's: `list plans` lists every one of them")
        }
        index += 1
        return true
    }

    mutating func word(_ what: String) throws(ShellError) -> Token {
        guard let token = current, token.kind == .word || token.kind == .string else {
            throw error("expected \(what)" + (current.map { ", found '\($0.text)'" } ?? ""))
        }
        index += 1
        return token
    }

    mutating func number(_ what: String) throws(ShellError) -> Int {
        guard let token = current, token.kind == .word, let value = Int(token.text) else {
            throw error("expected \(what)" + (current.map { ", found '\($0.text)'" } ?? ""))
        }
        index += 1
        return value
    }

    /// The parts of a follow-up statement after its value, in any order: a "note", and each keyword of
    /// `keywords` with the word after it (`on DATE`, `by WHO`, `from "SOURCE"`); each keyword comes with
    /// how the syntax writes its argument and what a missing one is called.
    mutating func followUpParts(
        _ keywords: [(keyword: String, placeholder: String, what: String)]
    ) throws(ShellError) -> (note: String?, parts: [String: String]) {
        var note: String?
        var parts: [String: String] = [:]
        parsing: while !atEnd {
            for keyword in keywords where accept(keyword.keyword) {
                parts[keyword.keyword] = try reference(keyword.what).text
                continue parsing
            }
            guard current?.kind == .string else {
                let expected = ["a \"note\""] + keywords.map { "'\($0.keyword) \($0.placeholder)'" }
                throw error("expected " + expected.dropLast().joined(separator: ", ") + " or " + expected.last!)
            }
            note = next()?.text
        }
        return (note, parts)
    }

    mutating func kind() throws(ShellError) -> QueryKind {
        let token = try word("what to work on: units, roles, activities, alarmpaths, …")
        guard let kind = QueryKind(word: token.text) else {
            let words = QueryKind.allCases.flatMap(\.words)
            throw error(
                "unknown kind '\(token.text)'"
                    + (Suggestion.nearest(to: token.text, in: words).map { "; did you mean '\($0)'?" }
                        ?? "; use one of " + QueryKind.allCases.map(\.rawValue).joined(separator: ", ")),
                at: token)
        }
        return kind
    }

    mutating func reference(_ what: String) throws(ShellError) -> EntityReference {
        let token = try word(what)
        return EntityReference(text: token.text, quoted: token.kind == .string, location: location(of: token))
    }

    mutating func assignments(requireOne: Bool) throws(ShellError) -> [Assignment] {
        var result: [Assignment] = []
        while !atEnd {
            let field = try word("a field to set, such as description")
            guard acceptSymbol("=") else { throw error("expected '=' after '\(field.text)'") }
            result.append(Assignment(field: field.text, value: try value(), location: location(of: field)))
            _ = acceptSymbol(",")
        }
        if requireOne && result.isEmpty { throw error("expected FIELD = VALUE") }
        return result
    }
}

extension StringProtocol {
    func trimmingWhitespace() -> String {
        var text = Substring(self)
        while let first = text.first, first.isWhitespace { text.removeFirst() }
        while let last = text.last, last.isWhitespace { text.removeLast() }
        return String(text)
    }
}
