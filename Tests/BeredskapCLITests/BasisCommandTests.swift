import Foundation
import Testing

/// What the built-in plan marks as inferred or assumed is listed at the end of the plan document in
/// every format, and `--without-assumed` leaves out what is assumed.
@Suite struct BasisCommandTests {
    @Test func thePlanDocumentListsWhatIsInferredAndAssumed() throws {
        let text = try Beredskap.run(["report", "plan", "--format", "terminal"])
        #expect(text.status == 0, "\(text.stderr)")
        #expect(text.stdout.contains("Härledda och antagna uppgifter"))
        #expect(text.stdout.contains("Origo (units[origo].department): härlett"))
        #expect(text.stdout.contains("(alertRules[allvarligt-via-tib]): antaget"))
        let markdown = try Beredskap.run(["report", "plan", "--format", "markdown", "--lang", "en"])
        #expect(markdown.stdout.contains("## Inferred and assumed content"))
        #expect(markdown.stdout.contains(#"- Tjänsteman i beredskap (TIB) (roles\[tib\].organization): assumed"#))
        let html = try Beredskap.run(["report", "plan", "--format", "html"])
        #expect(html.stdout.contains("<ul class=\"basis\">"))
    }

    @Test func withoutAssumedTheReportsShowThePlanAsItsSourceGivesIt() throws {
        let json = try Beredskap.run(["report", "plan", "--format", "json", "--without-assumed"])
        #expect(json.status == 0, "\(json.stderr)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let basis = try #require(document["basis"] as? [[String: Any]])
        // 37 marks besides the one stating Socialjouren's department, less the 9 assumed.
        #expect(basis.count == 28)
        #expect(basis.allSatisfy { $0["basis"] as? String == "inferred" })
        // The alarm list of the TIB path: Socialjouren's continuous report, whose `after` is assumed,
        // no longer waits for the alarm to come in.
        let full = try Beredskap.run(["report", "alarmlist", "--format", "json"])
        let sourced = try Beredskap.run(["report", "alarmlist", "--format", "json", "--without-assumed"])
        #expect(full.status == 0 && sourced.status == 0, "\(full.stderr)\(sourced.stderr)")
        #expect(full.stdout != sourced.stdout)
        let role = try Beredskap.run(["report", "plan", "--without-assumed"])
        #expect(!role.stdout.contains("antaget"))
    }
}
