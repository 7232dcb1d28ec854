import BeredskapModel
import Testing

@testable import BeredskapStorage

/// A plan file states where the plan applies: `plan.timeZone` and `plan.holidays`.
@Suite struct PlanJurisdictionFileTests {
    static let minimal = """
        formatVersion: 1
        plan:
          id: exempel
          title: Handlingsplan
        """

    @Test(arguments: PlanFileFormat.allCases)
    func aHelsinkiPlanRoundTripsByteIdentically(format: PlanFileFormat) throws {
        var plan = try BuiltInPlans.stockholm()
        plan.metadata.timeZone = "Europe/Helsinki"
        plan.metadata.holidays = HolidayCalendar.none
        let first = try PlanFileWriter.text(for: plan, format: format)
        if format == .yaml {
            #expect(first.contains("\n  timeZone: Europe/Helsinki\n  holidays: none\n"))
        }
        let reread = try PlanFileReader.read(first, file: "helsingfors.\(format.rawValue)").validPlan()
        #expect(reread.metadata.timeZone == "Europe/Helsinki" && reread.metadata.holidays == HolidayCalendar.none)
        #expect(reread == plan)
        #expect(try PlanFileWriter.text(for: reread, format: format) == first)
    }

    @Test func aPlanThatStatesNoJurisdictionExportsWithoutOne() throws {
        let text = try PlanFileWriter.text(for: try BuiltInPlans.stockholm(), format: .yaml)
        #expect(!text.contains("timeZone") && !text.contains("holidays:"))
    }

    @Test func aMisspeltTimeZoneIsRefusedAtItsLineWithTheNearestKnownOne() {
        let result = PlanFileReader.read(Self.minimal + "\n  timeZone: Europe/Helsingfors\n", file: "p.yaml")
        #expect(
            result.diagnostics.map(\.description) == [
                "p.yaml:5:13: error: unknown time zone 'Europe/Helsingfors'; did you mean 'Europe/Helsinki'?"
            ])
    }

    @Test func anUnknownHolidayCalendarListsTheKnownOnes() {
        let result = PlanFileReader.read(Self.minimal + "\n  holidays: finnish\n", file: "p.yaml")
        #expect(
            result.diagnostics.map(\.description) == [
                "p.yaml:5:13: error: unknown holiday calendar 'finnish'; expected one of 'swedish', 'none'"
            ])
    }
}
