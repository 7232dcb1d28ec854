import BeredskapEscalation
import BeredskapModel
import Foundation
import Testing

@testable import BeredskapReporting

/// The reachability report (*nåbarhet*) of Stockholm's plan with its directors reachable in office hours
/// only, for the week of Midsommar 2017: what a reader sees in each form.
@Suite struct ReachabilityReportTests {
    static let nightNotReached =
        "Socialjourens enhetschef, Direktör på berörd förvaltning, Direktör vid Socialförvaltningen"

    static func render(_ format: ReportFormat, _ report: ReachabilityReport? = nil) throws -> String {
        try ReportRenderer().render(.reachability(try report ?? Fixtures.reachability()), format: format)
    }

    @Test func atThreeInTheMorningSocialjourensPathReachesTwoStepsOfSixAndTibsFive() throws {
        let html = try Self.render(.html)
        #expect(
            html.contains(
                "<td class=\"reach-2\" title=\"tisdag 2017-06-20 03:00–04:00: 2 av 6 steg nås; nås inte: "
                    + Self.nightNotReached + "\"><span aria-hidden=\"true\">2/6</span>"))
        #expect(
            html.contains(
                "<td class=\"reach-3\" title=\"tisdag 2017-06-20 03:00–04:00: 5 av 6 steg nås; nås inte: "
                    + "Direktör vid Socialförvaltningen\"><span aria-hidden=\"true\">5/6</span>"))
        // In office hours every step is reached: a pale cell with no figure, only words for a screen reader.
        #expect(
            html.contains(
                "<td class=\"reach-4\" title=\"tisdag 2017-06-20 10:00–11:00: 6 av 6 steg nås\">"
                    + "<span class=\"visually-hidden\">tisdag 2017-06-20 10:00–11:00: 6 av 6 steg nås</span></td>"))
        // Midsommarafton is a Friday, but the office is closed.
        #expect(html.contains("title=\"fredag 2017-06-23 10:00–11:00: 2 av 6 steg nås; nås inte: "))
        #expect(html.contains("Alla steg nås 32 av veckans 168 timmar."))
    }

    @Test func theHolidaysOfTheWeekAreMarkedInTheirColumnsHeading() throws {
        let html = try Self.render(.html)
        #expect(
            html.contains(
                "<th scope=\"col\" class=\"holiday\"><span class=\"weekday\">fredag</span><span class=\"date\">2017-06-23"
                    + "</span><span class=\"holiday-name\">Midsommarafton</span><span class=\"holiday-kind\">helgdagsafton"
            ))
        #expect(
            html.contains(
                "<span class=\"date\">2017-06-24</span><span class=\"holiday-name\">Midsommardagen</span>"
                    + "<span class=\"holiday-kind\">helgdag</span>"))
        #expect(html.components(separatedBy: "class=\"holiday\"").count - 1 == 2 * 2, "two days in each of two paths")
        #expect(html.contains("<th scope=\"col\"><span class=\"weekday\">torsdag</span>"))
        let text = try Self.render(.terminal)
        #expect(text.contains("* fre 2017-06-23 Midsommarafton (helgdagsafton)"))
        #expect(text.contains("fre 2017-06-23*"))
    }

    @Test func theTerminalGridShowsHowManyStepsAreNotReached() throws {
        let text = try Self.render(.terminal)
        let night = Array(repeating: "  4", count: 8).joined()
        let day = Array(repeating: "  ·", count: 8).joined()
        #expect(text.contains("tis 2017-06-20 " + night + day + night), "\(text)")
        #expect(text.contains("Veckan från 2017-06-19, kontorstid enligt kommunal standard (mån–fre 08:00–16:30)"))
        #expect(text.contains("Stadsdirektör (stadsdirektor)") == false, "TIB deputises for the city director")
        #expect(
            text.contains("Direktör vid Socialförvaltningen (sof-direktor): via-socialjouren/informera-sof-direktor"))
    }

    @Test func anEnglishPlansHeatMapIsInEnglish() throws {
        var plan = try Fixtures.stockholmOfficeHours()
        plan.metadata.language = "en"
        let html = try Self.render(.html, try Fixtures.reachability(plan))
        #expect(html.contains("<html lang=\"en\">"))
        #expect(html.contains("<h2>Reachability hour by hour</h2>"))
        #expect(html.contains("title=\"Tuesday 2017-06-20 03:00–04:00: 2 of 6 steps reached; not reached: "))
        #expect(html.contains("<span class=\"holiday-kind\">eve</span>"))
        #expect(html.contains("<span class=\"holiday-kind\">public holiday</span>"))
        for swedish in ["nås", "Timme", "helgdag", "Nåbarhet", "tisdag", "Veckan", "Förklaring", "Vecka"] {
            #expect(!html.contains(swedish), "'\(swedish)' in the English report")
        }
        let text = try Self.render(.terminal, try Fixtures.reachability(plan))
        #expect(text.contains("Tue 2017-06-20 "))
        #expect(text.contains("* Fri 2017-06-23 Midsummer Eve (eve)"))
        #expect(html.contains("Midsummer Eve") && !html.contains("Midsommarafton"))
    }

    @Test func hostileNamesAreEscapedInTheHeatMap() throws {
        var plan = try Fixtures.stockholmOfficeHours()
        plan.alarmPaths[0].name = "<script>alert(1)</script>\u{1B}[2J"
        let report = try Fixtures.reachability(plan)
        let html = try Self.render(.html, report)
        #expect(!html.contains("<script>"))
        #expect(html.contains("<h3>&lt;script&gt;alert(1)&lt;/script&gt;\\u{1B}[2J</h3>"))
        for format in [ReportFormat.terminal, .markdown, .csv] {
            let text = try Self.render(format, report)
            #expect(!text.unicodeScalars.contains { $0 == "\u{1B}" }, "\(format)")
        }
    }

    @Test func theCSVHasARowForEachPathAndHour() throws {
        let lines = try Self.render(.csv).components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(lines.count == 1 + 2 * 7 * 24)
        #expect(lines[0] == "Larmväg,id,Datum,Timme,Helgdag,Steg som nås,Steg,Nås inte")
        let night = try #require(lines.first { $0.contains(",via-socialjouren,2017-06-20,03:00,") })
        #expect(night.hasSuffix(",,2,6,\"\(Self.nightNotReached)\""), "\(night)")
        #expect(lines.contains { $0.contains(",via-tib,2017-06-23,10:00,Midsommarafton,5,6,") })
    }

    @Test func theJSONIsTheAnalysisWithTheTitleBlock() throws {
        let json = try Self.render(.json)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(document["week"] as? String == "2017-06-19")
        #expect(document["officeHours"] as? String == "Mon–Fri 08:00–16:30")
        #expect(
            (document["header"] as? [String: Any])?["planID"] as? String == "stockholm-socialforvaltningen-2017-2018")
        let paths = try #require(document["paths"] as? [[String: Any]])
        let tuesday = try #require((paths.first?["days"] as? [[String: Any]])?[1])
        let night = try #require((tuesday["hours"] as? [[String: Any]])?[3])
        #expect(night["reachableSteps"] as? Int == 2)
        #expect(document["singlePointsOfFailure"] is [Any] && document["neverRun"] is [Any])
    }

    @Test(arguments: [(6, 6, 4), (5, 6, 3), (3, 6, 2), (2, 6, 2), (1, 6, 1), (0, 6, 0), (0, 0, 4)])
    func theShadeFollowsTheShareReached(reached: Int, steps: Int, level: Int) {
        #expect(ReachabilityViewModel.level(reached, of: steps) == level)
    }
}
