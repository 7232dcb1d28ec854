import Foundation
import Testing

@testable import BeredskapStorage

@Suite struct PlanValueJSONTests {
    @Test func stringsAreEscapedAsJSONRequiresAndReadBackUnchanged() throws {
        let text = "Säg \"hej\" \\ rad ett\r\nrad två\tslut\u{1}e\u{301}"
        let json = PlanValue.string(text).jsonText(compact: true)
        #expect(json == "\"Säg \\\"hej\\\" \\\\ rad ett\\r\\nrad två\\tslut\\u0001e\u{301}\"")
        let decoded = try JSONSerialization.jsonObject(with: Data(json.utf8), options: .fragmentsAllowed) as? String
        #expect(decoded == text)
    }

    @Test func textWithNothingToEscapeIsCopiedWhole() {
        #expect(PlanValue.string("Mini Maria – öppenvård").jsonText(compact: true) == "\"Mini Maria – öppenvård\"")
        #expect(PlanValue.string("").jsonText(compact: true) == "\"\"")
    }
}
