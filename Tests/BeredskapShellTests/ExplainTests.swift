import BeredskapWorkspace
import Testing

@testable import BeredskapShell

/// `explain` prints how a query is answered instead of its answer: the SQL, and what is evaluated in
/// memory and why.
@Suite struct ExplainTests {
    @Test func explainTakesAQuery() throws {
        let condition = Condition.comparison(
            field: "level", op: .equal, value: .text("prevention"), location: at(1, 27))
        #expect(
            try parse("explain count units where level = prevention") == .explain(.count(.units, condition: condition)))
        #expect(try parse("EXPLAIN serves 17 remedial") == .explain(.serves(age: 17, function: "remedial")))
        #expect(
            parseError("explain show unit mini-maria") == "t:1:9: error: expected list, count or serves after 'explain'"
        )
        #expect(parseError("explain select 1")?.hasSuffix("SQL runs through .sql, read-only: .sql EXPLAIN …") == true)
    }

    @Test func explainPrintsTheSQLAndWhatIsEvaluatedInMemory() throws {
        let shell = try TestShell()
        let compiled = shell.run("explain count activities where status = done and title ~ arbetsgrupp")
        #expect(compiled.hasPrefix("SQL:       SELECT count(*) FROM activities e WHERE "))
        #expect(compiled.contains("instr(beredskap_fold(e.\"title\"), ?) > 0"))
        #expect(compiled.hasSuffix("arguments: 'done', 'arbetsgrupp'\nin memory: nothing\n"))
        let split = shell.run("explain list units where level = prevention and functions < x")
        #expect(
            split.hasSuffix(
                "in memory: functions < x, evaluated on the 17 candidate units: functions < …: a list compares with =, != or ~\n"
            ))
        #expect(
            shell.run("explain list plans where id ~ stockholm")
                == "in memory: the store lists its plans; the condition is evaluated on that list\n")
        #expect(shell.run("explain count units where levle = prevention") == "")
        #expect(shell.errors.last?.contains("did you mean 'level'?") == true)
    }

    @Test func helpAndCompletionKnowExplain() throws {
        #expect(try Help.text(for: "explain", at: nil).hasPrefix("explain list …|count …|serves …\n"))
        #expect(Parser.commands.contains("explain"))
    }
}
