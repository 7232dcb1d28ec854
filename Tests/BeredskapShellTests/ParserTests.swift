import BeredskapWorkspace
import Testing

@testable import BeredskapShell

func parse(_ text: String) throws(ShellError) -> Statement {
    let statements = try Parser.parse(text, source: "t")
    guard statements.count == 1 else { throw ShellError("expected one statement, got \(statements.count)") }
    return statements[0].statement
}

func parseError(_ text: String) -> String? {
    do {
        _ = try Parser.parse(text, source: "t")
        return nil
    } catch {
        return error.description
    }
}

func at(_ line: Int, _ column: Int) -> InputLocation { InputLocation(source: "t", line: line, column: column) }

@Suite struct ParserTests {
    @Test func listWithEveryClause() throws {
        let statement = try parse(
            "LIST units WHERE function = remedial AND NOT (age = 27 OR name ~ \"jour\") ORDER BY name DESC, id LIMIT 3")
        let expected = Statement.list(
            .units,
            condition: .and(
                .comparison(field: "function", op: .equal, value: .text("remedial"), location: at(1, 18)),
                .not(
                    .or(
                        .comparison(field: "age", op: .equal, value: .text("27"), location: at(1, 47)),
                        .comparison(field: "name", op: .contains, value: .text("jour"), location: at(1, 59))))),
            order: [SortKey(field: "name", descending: true), SortKey(field: "id", descending: false)], limit: 3)
        #expect(statement == expected)
    }

    @Test(arguments: [
        ("count units", Statement.count(.units, condition: nil)),
        (
            "count verksamheter where starts <= 2017-09",
            .count(
                .units,
                condition: .comparison(field: "starts", op: .lessOrEqual, value: .text("2017-09"), location: at(1, 26)))
        ),
        ("search föräldra stöd", .search("föräldra stöd")),
        (
            "responsible for bilda-arbetsgrupp",
            .responsible(EntityReference(text: "bilda-arbetsgrupp", quoted: false, location: at(1, 17)))
        ),
        ("duties tib", .duties(EntityReference(text: "tib", quoted: false, location: at(1, 8)))),
        ("serves age 17 remedial", .serves(age: 17, function: "remedial")),
        ("begin", .begin), ("COMMIT", .commit), ("rollback", .rollback), ("undo", .undo),
        ("history limit 5", .history(nil, nil, limit: 5)),
        ("diff 3 7", .diff(from: 3, to: 7)),
        ("help list", .help("list")),
        (".mode json", .dot(name: "mode", argument: "json")),
        ("  .sql SELECT 1  ", .dot(name: "sql", argument: "SELECT 1")),
    ])
    func parsesEachStatement(text: String, expected: Statement) throws {
        #expect(try parse(text) == expected)
    }

    @Test func editsParseWithTheirValues() throws {
        #expect(
            try parse("set unit mini-maria description = \"Öppen \\\"vård\\\"\", level = prevention")
                == .set(
                    .units, target: .one(EntityReference(text: "mini-maria", quoted: false, location: at(1, 10))),
                    assignments: [
                        Assignment(field: "description", value: .text("Öppen \"vård\""), location: at(1, 21)),
                        Assignment(field: "level", value: .text("prevention"), location: at(1, 53)),
                    ]))
        #expect(
            try parse("set units where level = prevention functions = [preventive, detecting]")
                == .set(
                    .units,
                    target: .matching(
                        .comparison(field: "level", op: .equal, value: .text("prevention"), location: at(1, 17))),
                    assignments: [
                        Assignment(
                            field: "functions", value: .list([.text("preventive"), .text("detecting")]),
                            location: at(1, 36))
                    ]))
        #expect(
            try parse("add role ny title = 'Ny roll' description = null")
                == .add(
                    .roles, id: EntityReference(text: "ny", quoted: false, location: at(1, 10)),
                    assignments: [
                        Assignment(field: "title", value: .text("Ny roll"), location: at(1, 13)),
                        Assignment(field: "description", value: .null, location: at(1, 31)),
                    ]))
        #expect(
            try parse("rename role tib to tjansteman")
                == .rename(
                    .roles, EntityReference(text: "tib", quoted: false, location: at(1, 13)),
                    to: EntityReference(text: "tjansteman", quoted: false, location: at(1, 20))))
        #expect(
            try parse("log bilda-arbetsgrupp done \"Klar.\" on 2017-08-31 by sof-samordnare")
                == .log(
                    EntityReference(text: "bilda-arbetsgrupp", quoted: false, location: at(1, 5)), status: "done",
                    note: "Klar.", date: "2017-08-31", by: "sof-samordnare"))
        #expect(
            try parse("remove unit \"Mini Maria\"")
                == .remove(.units, EntityReference(text: "Mini Maria", quoted: true, location: at(1, 13))))
    }

    @Test func statementsSplitOnSemicolonsAndIgnoreComments() throws {
        let statements = try Parser.parse("count units; count roles # how many?", source: "t")
        #expect(statements.map(\.statement) == [.count(.units, condition: nil), .count(.roles, condition: nil)])
        #expect(statements.map(\.location.column) == [1, 14])
        #expect(try Parser.parse("# only a comment", source: "t").isEmpty)
    }

    @Test func quotesAndBracketsContinueOnTheNextLine() {
        #expect(!ShellSession.isComplete("set unit origo description = \"Första raden"))
        #expect(ShellSession.isComplete("set unit origo description = \"Första raden\nandra raden\""))
        #expect(!ShellSession.isComplete("list units where (function = remedial"))
        #expect(ShellSession.isComplete("list units where (function = remedial\n)"))
        #expect(ShellSession.isComplete(".sql SELECT '"))
        #expect(ShellSession.isComplete("log x done \"it''s\""))
    }

    @Test(arguments: [
        ("lst units", "t:1:1: error: unknown command 'lst'; did you mean 'list'?"),
        ("frobnicate", "t:1:1: error: unknown command 'frobnicate'; type .help for the commands"),
        ("list unitz", "t:1:6: error: unknown kind 'unitz'; did you mean 'units'?"),
        ("list", "t:1:5: error: expected what to work on: units, roles, activities, alarmpaths, …"),
        ("list units where", "t:1:17: error: expected a field to compare, such as name or function"),
        ("list units where age 27", "t:1:22: error: expected a comparison (= != < <= > >= ~) after 'age'"),
        ("list units where (age = 27", "t:1:1: error: unfinished input: a quote or bracket is not closed"),
        ("list units limit x", "t:1:18: error: expected a number after 'limit', found 'x'"),
        ("list units order name", "t:1:18: error: expected 'by' after 'order', found 'name'"),
        ("count units extra", "t:1:13: error: unexpected 'extra' after the end of the statement"),
        ("set unit origo", "t:1:15: error: expected FIELD = VALUE"),
        ("set unit origo name \"x\"", "t:1:21: error: expected '=' after 'name'"),
        ("set rota r exceptions = [{from x}]", "t:1:32: error: expected '=' after 'from'"),
        (
            "set rota r exceptions = [{from = a to = b}]",
            "t:1:36: error: expected '}' to close the mapping, or ',' before the next key"
        ),
        ("set rota r exceptions = [{from = a", "t:1:1: error: unfinished input: a quote or bracket is not closed"),
        ("rename role tib tjansteman", "t:1:17: error: expected 'to' and the new id, found 'tjansteman'"),
        ("log x done maybe", "t:1:12: error: expected a \"note\", 'on DATE' or 'by WHO'"),
        ("list units where name ! x", "t:1:23: error: '!' must be followed by '=' (not equal)"),
        ("list units where name = $", "t:1:25: error: unexpected character '$'; quote text that contains it"),
        ("serves old", "t:1:8: error: expected an age in years, found 'old'"),
        ("diff", "t:1:5: error: expected the change set to compare from"),
        ("search", "t:1:7: error: expected words to search for"),
        (".", "t:1:1: error: expected a dot command such as .mode or .help"),
    ])
    func errorsSayWhereAndWhatWasExpected(text: String, message: String) {
        #expect(parseError(text) == message)
    }

    @Test func aMappingIsAValueOfKeysAndValues() throws {
        let statement = try parse("set rota r exceptions = [{from = a, note = [x, y]}, {}]")
        guard case .set(.rotas, _, let assignments) = statement,
            case .list(let items) = try #require(assignments.first).value
        else {
            Issue.record("not a set of a list: \(statement)")
            return
        }
        #expect(items.count == 2)
        guard case .mapping(let entries) = items[0] else {
            Issue.record("not a mapping: \(items[0])")
            return
        }
        #expect(entries.map(\.field) == ["from", "note"])
        #expect(entries.map(\.value) == [.text("a"), .list([.text("x"), .text("y")])])
        #expect(items[1] == .mapping([]))
    }

    @Test func kindsAreNamedInEnglishAndSwedish() {
        #expect(QueryKind(word: "Verksamheter") == .units)
        #expect(QueryKind(word: "larmvägar") == .alarmPaths)
        #expect(QueryKind(word: "larmvagar") == .alarmPaths)
        #expect(QueryKind(word: "AlarmPaths") == .alarmPaths)
        #expect(QueryKind(word: "roll") == .roles)
        #expect(QueryKind(word: "enhets") == nil)
    }
}

@Suite struct ToolCommandParserTests {
    @Test func argumentsStayInOrderAndTheDeclarationSeparatesThem() throws {
        let statement = try parse(
            "report followup --as-of 2018-04-30 --format = markdown --include-sensitive --lang \"en\"")
        guard case .tool(let tool) = statement else {
            Issue.record("not a tool command: \(statement)")
            return
        }
        #expect(tool.command == "report")
        #expect(
            tool.arguments.map(\.text) == [
                "followup", "--as-of", "2018-04-30", "--format", "markdown", "--include-sensitive", "--lang", "en",
            ])
        #expect(tool.location(ofOption: "as-of") == at(1, 25))
        let report = try ReportTool.parse(tool.arguments.map(\.text))
        #expect(report.report == "followup")
        #expect(report.asOf == "2018-04-30")
        #expect(report.options.format == "markdown")
        #expect(report.options.lang == "en")
        #expect(report.includeSensitive)
    }

    @Test func theDeclarationRefusesAnUnknownOptionAtItsPlace() throws {
        let shell = try TestShell()
        shell.session.runScript("report followup --as-off 2018-04-30", source: "t")
        #expect(
            shell.errors.last?.hasPrefix(
                "t:1:17: error: Unknown option '--as-off'. Did you mean '--as-of'? (.help report shows the usage)")
                == true, "\(shell.errors)")
    }

    @Test func aToolCommandEndsAtASemicolon() throws {
        let statements = try Parser.parse("diagram via-tib --format dot; count units", source: "t")
        #expect(statements.count == 2)
        #expect(statements[1].statement == .count(.units, condition: nil))
    }

    @Test func anOptionWithoutAValueOrAStraySymbolIsAnError() {
        #expect(
            parseError("diagram via-tib > out.dot")
                == "t:1:17: error: unexpected '>' in 'diagram'; quote text that contains it")
    }
}
