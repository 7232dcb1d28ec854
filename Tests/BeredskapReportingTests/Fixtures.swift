import BeredskapEscalation
import BeredskapModel
import BeredskapStorage
import Foundation

@testable import BeredskapReporting

/// Plans and dates the reporting tests share.
enum Fixtures {
    /// The follow-up date the golden files are rendered for: the first tertial report of 2018.
    static let asOf = date("2018-04-30")
    /// The previous follow-up: the annual report for 2017.
    static let since = date("2017-12-31")
    /// A fixed export time for iCalendar's DTSTAMP.
    static let stamp = Date(timeIntervalSince1970: 1_525_046_400)  // 2018-04-30T00:00:00Z

    static func date(_ text: String) -> PartialDate {
        try! PartialDate(parsing: text)
    }

    /// The built-in Stockholm plan, as shipped.
    static func stockholm() throws -> Plan {
        try BuiltInPlans.stockholm()
    }

    /// The Stockholm plan with a coordinator's follow-ups logged during 2017 and 2018.
    static func stockholmLogged() throws -> Plan {
        var plan = try stockholm()
        plan.activities = plan.activities.map { activity in
            var activity = activity
            switch activity.id {
            case "bilda-arbetsgrupp":
                activity.statusLog = [
                    StatusEntry(
                        date: date("2017-08-30"), status: .done, note: "Arbetsgruppen bildad; första möte 30 augusti.",
                        by: "sof-samordnare")
                ]
            case "fordjupad-analys":
                activity.statusLog = [
                    StatusEntry(date: date("2017-12-15"), status: .ongoing, note: "Kartläggningen påbörjad."),
                    StatusEntry(date: date("2018-04-20"), status: .ongoing, note: "Analys av 23 verksamheter pågår."),
                    StatusEntry(date: date("2018-06-01"), status: .done, note: "Efter uppföljningsdatum."),
                ]
            case "organisationsmodell":
                activity.statusLog = [StatusEntry(date: date("2017-12-15"), status: .planned)]
            case "kommunikationsplan":
                activity.statusLog = [
                    StatusEntry(date: date("2017-12-15"), status: .ongoing),
                    StatusEntry(
                        date: date("2018-03-01"), status: .postponed,
                        note: "Väntar på stadens centrala kommunikationsplan."),
                ]
            default:
                break
            }
            return activity
        }
        return plan
    }

    /// A previous yearly version of the plan: one activity carried over, one cancelled.
    static func previousVersion() throws -> Plan {
        var plan = try stockholm()
        plan.metadata.id = "stockholm-socialforvaltningen-2016"
        plan.metadata.title = "Handlingsplan mot våldsbejakande extremism 2016"
        plan.metadata.version = "0"
        plan.focusAreas = []
        plan.activities = [
            Activity(
                id: "bilda-arbetsgrupp", title: "Bildande av förvaltningsövergripande arbetsgrupp",
                responsible: ["sof-samordnare"], starts: date("2016-10"),
                statusLog: [StatusEntry(date: date("2016-12-01"), status: .postponed, note: "Flyttad till 2017.")]),
            Activity(
                id: "kartlagg-natverk", title: "Kartlägga befintliga nätverk", responsible: ["sof-samordnare"],
                starts: date("2016"),
                statusLog: [
                    StatusEntry(date: date("2016-11-15"), status: .cancelled, note: "Ingår i den fördjupade analysen.")
                ]),
        ]
        return plan
    }

    /// The sensitive value planted in ``withContacts()``.
    static let sensitivePhone = "070-000 00 00"
    /// The switchboard number planted in ``withContacts()``: not sensitive, but still a contact detail.
    static let switchboard = "08-508 25 000"

    /// The Stockholm plan with contact details on the alarm paths' actors, one of them sensitive.
    static func withContacts() throws -> Plan {
        var plan = try stockholm()
        plan.roles = plan.roles.map { role in
            var role = role
            if role.id == "socialjourens-enhetschef" {
                role.contacts = [Contact(kind: .phone, label: "Mobil", value: sensitivePhone, sensitive: true)]
            }
            return role
        }
        plan.units = plan.units.map { unit in
            var unit = unit
            if unit.id == "socialjouren" { unit.contacts = [Contact(kind: .phone, label: "Växel", value: switchboard)] }
            return unit
        }
        return plan
    }
}

extension Fixtures {
    /// The week of Midsommar 2017: Friday 23 June is midsommarafton, Saturday midsommardagen.
    static let midsommarWeek = CalendarDay(year: 2017, month: 6, day: 19)!

    /// The Stockholm plan with its directors and Socialjouren's unit head reachable in office hours only,
    /// and TIB (on duty around the clock) as the city director's deputy.
    static func stockholmOfficeHours() throws -> Plan {
        var plan = try stockholm()
        let office: Set<EntityID> = [
            "socialjourens-enhetschef", "direktor-berord-forvaltning", "sof-direktor", "stadsdirektor",
        ]
        for index in plan.roles.indices where office.contains(plan.roles[index].id) {
            plan.roles[index].availability = .officeHours
            if plan.roles[index].id == "stadsdirektor" { plan.roles[index].deputies = ["tib"] }
        }
        return plan
    }

    /// The reachability report of `plan` (``stockholmOfficeHours()`` by default) for the week of Midsommar 2017.
    static func reachability(_ plan: Plan? = nil) throws -> ReachabilityReport {
        let plan = try plan ?? stockholmOfficeHours()
        let calendar = try PlanCalendar(plan: plan)
        return ReachabilityReport(
            plan: plan, analysis: ReachabilityAnalysis(plan: plan, week: midsommarWeek, calendar: calendar),
            calendar: calendar, date: asOf)
    }
}
