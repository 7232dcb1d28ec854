import Testing

@testable import BeredskapReporting

@Suite struct ReportFormatTests {
    @Test func formatsAreNamedAsPeopleWriteThem() {
        #expect(ReportFormat(name: "MD") == .markdown)
        #expect(ReportFormat(name: "html") == .html)
        #expect(ReportFormat(name: "box") == .terminal)
        #expect(ReportFormat(name: "pdf") == nil)
    }
}
