import BeredskapModel
import BeredskapStorage
import Foundation
import Testing

@testable import BeredskapEscalation

/// A plan's office hours and rotas, read from the plan's text into the calendar the escalation layer
/// uses.
@Suite struct PlanCalendarTests {
    static func at(_ text: String) -> Date { try! LocalTimeZone.stockholm.resolve(parsing: text).date }

    /// A night rota (weekdays 17:00 to 08:00 next morning) for the on-call role, shortened Friday
    /// office hours for the director, and a role with no calendar at all.
    static func plan(rota: DutyRota? = nil) -> Plan {
        var metadata = PlanMetadata(id: "exempel", title: "Exempel")
        metadata.officeHours = [
            OfficeHoursRule(days: "måndag–torsdag", opens: "08:00", closes: "16:30"),
            OfficeHoursRule(days: "fredag", opens: "08:00", closes: "15:00"),
        ]
        let night = DutyRota(
            id: "nattschema", name: "Natt", starts: "2017-10-02 17:00", repeats: "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR",
            shiftLength: "15h",
            exceptions: [RotaException(from: "2017-10-04 17:00", to: "2017-10-05 08:00", note: "vakant")])
        return Plan(
            metadata: metadata,
            roles: [
                Role(id: "natt", title: "Nattjour", availability: .onDuty, rota: "nattschema"),
                Role(id: "direktor", title: "Direktör", availability: .officeHours),
                Role(id: "tib", title: "TIB", availability: .onDuty),
            ], rotas: [rota ?? night])
    }

    @Test func theRoleOfARotaIsAvailableWhileAShiftHoldsTheDuty() throws {
        let calendar = try PlanCalendar(plan: Self.plan())
        #expect(calendar.isAvailable("natt", at: Self.at("2017-10-02 23:00")))
        #expect(calendar.isAvailable("natt", at: Self.at("2017-10-03 07:59")))
        #expect(!calendar.isAvailable("natt", at: Self.at("2017-10-03 12:00")), "days are not in the rota")
        #expect(!calendar.isAvailable("natt", at: Self.at("2017-10-04 23:00")), "the exception leaves Wednesday vacant")
        #expect(!calendar.isAvailable("natt", at: Self.at("2017-10-07 23:00")), "weekends are not in the rota")
        #expect(calendar.isAvailable("tib", at: Self.at("2017-10-07 23:00")), "on duty without a rota: always")
        #expect(calendar.rota(of: "natt")?.name == "Natt")
    }

    @Test func aPreparedCalendarAnswersAsTheRotaDoesInsideAndOutsideItsStretch() throws {
        let calendar = try PlanCalendar(plan: Self.plan())
        // October 2017, the clocks going back on the 29th included; prepared for the middle of it.
        let prepared = calendar.preparing(
            for: DateInterval(start: Self.at("2017-10-04 00:00"), end: Self.at("2017-10-30 12:00")))
        var moment = Self.at("2017-10-01 00:00")
        let end = Self.at("2017-11-02 00:00")
        var checked = 0
        while moment < end {
            #expect(prepared.isAvailable("natt", at: moment) == calendar.isAvailable("natt", at: moment), "\(moment)")
            moment.addTimeInterval(17 * 60)
            checked += 1
        }
        #expect(checked > 2_500)
        #expect(!prepared.isAvailable("natt", at: Self.at("2017-10-04 23:00")), "the exception is kept")
    }

    @Test func officeHoursComeFromThePlanOrTheDefault() throws {
        let calendar = try PlanCalendar(plan: Self.plan())
        #expect(calendar.isAvailable("direktor", at: Self.at("2017-10-05 16:00")), "Thursday until 16:30")
        #expect(!calendar.isAvailable("direktor", at: Self.at("2017-10-06 16:00")), "Friday until 15:00")
        #expect(calendar.officeHours.swedishSummary == "mån–tor 08:00–16:30, fre 08:00–15:00")
        var plain = Self.plan()
        plain.metadata.officeHours = []
        let standard = try PlanCalendar(plan: plain)
        #expect(standard.officeHours == .swedishMunicipalDefault)
        #expect(standard.officeHours.swedishSummary == "mån–fre 08:00–16:30")
    }

    @Test func everyTextThatCannotBeReadIsReportedAtItsPlace() {
        var plan = Self.plan(
            rota: DutyRota(
                id: "nattschema", name: "Natt", starts: "2017-10-32 17:00", repeats: "FREQ=WEEKLY;BYDAY=XX",
                shiftLength: "15 timmar",
                exceptions: [RotaException(from: "2017-10-05 08:00", to: "2017-10-04 17:00")]))
        plan.metadata.officeHours[1].closes = "25:00"
        plan.metadata.officeHours[0].days = "måndag–torsdg"
        let issues = EscalationCheck().issues(in: plan)
        #expect(
            issues.map(\.path.description) == [
                "plan.officeHours[0].days", "plan.officeHours[1].closes", "rotas[0].starts", "rotas[0].repeats",
                "rotas[0].shiftLength",
                "rotas[0].exceptions[0].to",
            ])
        #expect(issues.allSatisfy { $0.severity == .error && $0.code == .invalidValue })
        #expect(issues[4].message.contains("'timmar' is not d, h or min"))
        #expect(issues[5].message == "ends at 2017-10-04 17:00, which is not after it starts at 2017-10-05 08:00")
        #expect(throws: PlanDataError.self) { try PlanCalendar(plan: plan) }
    }

    @Test func aRotaWithoutShiftsOrWithAStartOffItsRuleIsWarnedAbout() throws {
        func warnings(_ starts: String, _ repeats: String) throws -> [String] {
            let plan = Self.plan(
                rota: DutyRota(id: "nattschema", name: "Natt", starts: starts, repeats: repeats, shiftLength: "15h"))
            let issues = EscalationCheck().issues(in: plan)
            #expect(issues.allSatisfy { $0.severity == .warning })
            // Warnings do not keep the calendar from being used.
            _ = try PlanCalendar(plan: plan)
            return issues.map { "\($0.path): \($0.message)" }
        }
        #expect(try warnings("2017-10-02 17:00", "FREQ=DAILY").isEmpty)
        #expect(
            try warnings("2017-10-02 17:00", "FREQ=DAILY;UNTIL=20170930") == [
                "rotas[0].repeats: 'FREQ=DAILY;UNTIL=20170930' gives no shift from 2017-10-02 17:00 on, "
                    + "so nobody is ever on duty by this rota"
            ])
        #expect(
            try warnings("2017-10-02 17:00", "FREQ=WEEKLY;BYDAY=WE") == [
                "rotas[0].starts: 2017-10-02 17:00 is not a start the rule 'FREQ=WEEKLY;BYDAY=WE' gives, so the "
                    + "first shift is at 2017-10-04 17:00; calendar programs may show one at 2017-10-02 17:00 too. "
                    + "Start the rota on a shift"
            ])
    }

    @Test func anExceptionTheClocksSkipSaysSo() {
        let plan = Self.plan(
            rota: DutyRota(
                id: "nattschema", name: "Natt", starts: "2017-10-02 17:00", repeats: "FREQ=DAILY", shiftLength: "15h",
                exceptions: [RotaException(from: "2017-03-26 02:00", to: "2017-03-26 03:00")]))
        #expect(
            EscalationCheck().issues(in: plan).map(\.message) == [
                "from 2017-03-26 02:00 to 2017-03-26 03:00 covers no time: the clocks skip it when summer time begins"
            ])
    }

    @Test(arguments: [
        ("7d", Rota.ShiftLength(days: 7)), ("12h", .init(hours: 12)), ("1d 12h", .init(days: 1, hours: 12)),
        ("8h30min", .init(hours: 8, minutes: 30)), (" 30 min ", .init(minutes: 30)),
    ])
    func shiftLengthsAreRead(_ text: String, _ length: Rota.ShiftLength) throws {
        #expect(try Rota.ShiftLength(parsing: text) == length)
    }

    @Test(arguments: ["", "7", "d", "7 dagar", "12h 1d", "0h", "7d 7d", "-1d"])
    func malformedShiftLengthsAreRefused(_ text: String) {
        #expect(throws: LocalTimeError.self) { try Rota.ShiftLength(parsing: text) }
    }

    @Test func theStockholmPlanRoutesByItsOwnRulesAndHasNoRota() throws {
        let plan = try BuiltInPlans.stockholm()
        #expect(EscalationCheck().issues(in: plan).isEmpty)
        let routing = try AlertRouting(plan: plan)
        #expect(routing.rules.map(\.id).first == "system-ej-larm")
        #expect(routing.missingPaths(in: plan).isEmpty)
        // The plan states no rota for TIB, so TIB is on duty around the clock, and so is everyone: a
        // simulation need not ask.
        #expect(try PlanCalendar(plan: plan).isAvailable("tib", at: Self.at("2017-12-24 03:00")))
        #expect(try PlanCalendar(plan: plan).isEveryoneAlwaysAvailable)
        #expect(try !PlanCalendar(plan: Self.plan()).isEveryoneAlwaysAvailable)
    }

    @Test func anAlertRuleWithCAPSpellingsWrongIsRefusedValueByValue() {
        let plan = Plan(
            metadata: PlanMetadata(id: "exempel", title: "Exempel"),
            alertRules: [
                AlertRule(
                    id: "regel", status: ["Actual", "actual"], category: ["Safety", "Securty"],
                    classification: .ordinary, path: "via-jour", reason: "r")
            ])
        #expect {
            try AlertRouting(plan: plan)
        } throws: { error in
            let issues = (error as? PlanDataError)?.issues ?? []
            return issues.map(\.path.description) == ["alertRules[0].status[1]", "alertRules[0].category[1]"]
                && issues[1].message.hasSuffix("did you mean 'Security'?")
        }
    }
}
