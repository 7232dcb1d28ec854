import BeredskapStorage
import BeredskapWorkspace
import Testing

@testable import BeredskapShell

/// Input nested far deeper than anyone writes gets an error at the place, naming the limit; before,
/// the recursive parser overflowed the stack and the shell died with SIGSEGV.
@Suite struct NestingLimitTests {
    private func firstLine(_ error: String?) -> String? {
        error.map { String($0.prefix { $0 != "\n" }) }
    }

    @Test func twentyThousandBracketsAreRefusedAtTheFirstTooMany() throws {
        let shell = try TestShell()
        let depth = 20_000
        let text =
            "count units where " + String(repeating: "(", count: depth) + "name = x"
            + String(repeating: ")", count: depth)
        #expect(shell.run(text) == "")
        #expect(firstLine(shell.errors.last) == "t:1:275: error: conditions nest at most 256 deep")
        let caret = try #require(shell.errors.last?.split(separator: "\n").last)
        #expect(caret == String(repeating: " ", count: 274) + "^")
    }

    @Test func aHundredThousandNotsAreRefused() throws {
        let shell = try TestShell()
        let text = "count units where " + String(repeating: "not ", count: 100_000) + "name = x"
        #expect(shell.run(text) == "")
        #expect(firstLine(shell.errors.last) == "t:1:1043: error: conditions nest at most 256 deep")
    }

    @Test func valuesNestedTooDeepAreRefused() throws {
        let shell = try TestShell()
        let depth = 50_000
        let text =
            "set unit mini-maria description = " + String(repeating: "[", count: depth) + "x"
            + String(repeating: "]", count: depth)
        shell.run(text)
        #expect(firstLine(shell.errors.last) == "t:1:291: error: values nest at most 256 deep")
    }

    @Test func nestingUpToTheLimitWorks() throws {
        let shell = try TestShell()
        let depth = Parser.nestingLimit
        let text =
            "count units where " + String(repeating: "(", count: depth - 1) + "not id = mini-maria"
            + String(repeating: ")", count: depth - 1)
        #expect(shell.run(text) == "22\n")
        #expect(shell.errors.isEmpty, "\(shell.errors.map { $0.prefix(200) })")
    }

    /// Crashed before: a chain of 40,000 `or` was a tree 40,000 deep, and checking, evaluating and
    /// even freeing it recursed once per term.
    /// On the plans, of which the store has one, so the test checks the depth, not the time 40,000
    /// comparisons of each of 23 units take in a debug build.
    @Test func fortyThousandTermsOfOrAreCountedLikeAnyCondition() throws {
        let shell = try TestShell()
        let terms = (1..<40_000).map { "id = nobody-\($0)" } + ["id = \(BuiltInPlans.stockholmID)"]
        #expect(shell.run("count plans where " + terms.joined(separator: " or ")) == "1\n")
        #expect(shell.run("count plans where " + terms.map { "not " + $0 }.joined(separator: " and ")) == "0\n")
        let units = ["id = mini-maria"] + (1..<500).map { "id = nobody-\($0)" } + ["id = plus-foraldrastod"]
        #expect(shell.run("count units where " + units.joined(separator: " or ")) == "2\n")
        #expect(shell.errors.isEmpty, "\(shell.errors.map { $0.prefix(200) })")
    }

    @Test func aChainIsABalancedTreeThatReadsLeftToRight() throws {
        func comparison(_ column: Int, _ value: String) -> Condition {
            .comparison(field: "a", op: .equal, value: .text(value), location: at(1, column))
        }
        #expect(
            try parse("count units where a = 1 or a = 2 or a = 3")
                == .count(.units, condition: .or(.or(comparison(19, "1"), comparison(28, "2")), comparison(37, "3"))))
        let statement = try parse("count units where " + (1...1_000).map { "a = \($0)" }.joined(separator: " and "))
        guard case .count(_, let condition?, _) = statement else {
            Issue.record("expected a count with a condition")
            return
        }
        func depth(_ condition: Condition) -> Int {
            switch condition {
            case .comparison: 1
            case .and(let left, let right), .or(let left, let right): 1 + max(depth(left), depth(right))
            case .not(let inner): 1 + depth(inner)
            }
        }
        #expect(depth(condition) == 11)
    }
}
