import Foundation
import Testing

@testable import BeredskapStorage

/// The reading of a PostgreSQL read copy's text: what the server's `json_agg(json_build_array(…))`
/// writes comes out as the values it was made of; anything else is refused, so that the store reads
/// the tables instead.
@Suite struct ReadCopyTextTests {
    @Test func theServersRowsComeOutAsTheirValues() {
        let text = #"""
            [[0, 1, -42, null, "plain"],
             [3, "\"q\" \\ \/ \b\f\n\r\t \u0001\u001f", "é🚨 raw", "\u00e9\ud83d\udea8"],
             []]
            """#
        #expect(
            ReadCopyText.rows(text) == [
                [.integer(0), .integer(1), .integer(-42), .null, .text("plain")],
                [.integer(3), .text("\"q\" \\ / \u{8}\u{C}\n\r\t \u{1}\u{1F}"), .text("é🚨 raw"), .text("é🚨")],
                [],
            ])
        #expect(ReadCopyText.rows("[]") == [])
        #expect(ReadCopyText.rows(" [ ] \n") == [])
    }

    @Test func whatACopyOfThisProgramNeverHoldsIsRefused() {
        for text in [
            "", "[", "[[1]", "[[1]]]", "[[1]] x", "[1]", "[[1.5]]", "[[1e3]]", "[[true]]", #"[[{"a": 1}]]"#,
            #"[["open]]"#, #"[["\x"]]"#, #"[["\u12"]]"#, #"[["\ud83d"]]"#, #"[["\ud83d\u0041"]]"#,
            "[[99999999999999999999]]", "[[nul]]", "[[1,]]", "[[,1]]", "[[1] [2]]",
        ] {
            #expect(ReadCopyText.rows(text) == nil, "\(text)")
        }
    }

    @Test func deepNestingIsRefusedWithoutRecursion() {
        #expect(ReadCopyText.rows(String(repeating: "[", count: 50_000)) == nil)
    }
}
