import BeredskapModel
import BeredskapReporting
import BeredskapStorage
import BeredskapWorkspace
import Foundation
import Testing

/// Indicators measured at follow-up: `measure` records a value with its date and source, `list
/// indicators` shows the last, and the follow-up report shows each by period.
@Suite struct IndicatorMeasurementTests {
    /// A store whose plan has a focus area with a count and a yes/no indicator.
    static func store(at location: StoreLocation = .memory) throws -> PlanStore {
        var plan = try BuiltInPlans.stockholm()
        plan.focusAreas = [
            FocusArea(
                id: "kompetens", number: AreaNumber(1), title: "Kompetens",
                indicators: [
                    Indicator(
                        id: "utbildade", name: "Utbildade medarbetare", kind: .count, target: "100",
                        question: "Hur många medarbetare har gått utbildningen?"),
                    Indicator(id: "rutin", name: "Rutin finns", kind: .boolean),
                ])
        ]
        plan.metadata.followUp = FollowUpPolicy(frequency: .tertial)
        let store = try PlanStore.open(location, seed: false)
        _ = try store.importPlan(plan)
        return store
    }

    static func measure(
        _ id: String, _ value: String, on date: String? = nil, from source: String? = nil, note: String? = nil
    ) -> PlanEdit {
        .measure(EntityReference(text: id), value: value, note: note, date: date, source: source)
    }

    @Test func aValueIsRecordedWithItsDateAndSourceAndListed() throws {
        let workspace = Workspace(store: try Self.store())
        try workspace.perform(Self.measure("utbildade", "42", on: "2018-04-30", from: "Personalsystemet"))
        try workspace.perform(Self.measure("Rutin finns", "ja", on: "2018-08-31"))
        try workspace.perform(Self.measure("utbildade", "61", on: "2018-08-31", note: "Två kurser"))
        let indicators = try workspace.plan().focusAreas[0].indicators
        #expect(
            indicators[0].measurements == [
                Indicator.Measurement(
                    date: try PartialDate(parsing: "2018-04-30"), value: "42", source: "Personalsystemet"),
                Indicator.Measurement(date: try PartialDate(parsing: "2018-08-31"), value: "61", note: "Två kurser"),
            ])
        #expect(indicators[1].measurements.map(\.value) == ["ja"])
        #expect(try workspace.matching(.indicators, nil).map(\.id) == ["utbildade", "rutin"])
        #expect(QueryKind(word: "mått") == .indicators)
    }

    @Test func aValueTheIndicatorDoesNotTakeOrAnUnknownIndicatorIsRefusedAndNothingChanges() throws {
        let workspace = Workspace(store: try Self.store())
        let before = try workspace.plan()
        for (edit, message) in [
            (Self.measure("utbildade", "fyrtio"), "'fyrtio' is not a value of indicator 'utbildade' (count)"),
            (Self.measure("utbildade", "-3"), "give a whole number of 0 or more"),
            (Self.measure("rutin", "kanske"), "give ja or nej"),
            (Self.measure("utbildad", "3"), "no indicator 'utbildad' in the plan; did you mean 'utbildade'?"),
        ] {
            let refused = #expect(throws: WorkspaceError.self) { try workspace.perform(edit) }
            #expect(refused?.message.contains(message) == true, "\(edit)")
        }
        #expect(try workspace.plan() == before)
    }

    @Test func twoProcessesMeasuringAtOnceLoseNothing() throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("measure-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let location = StoreLocation.file(scratch.appendingPathComponent("s.sqlite").path)
        let first = Workspace(store: try Self.store(at: location))
        let second = Workspace(store: try PlanStore.open(location))
        _ = try first.plan()
        _ = try second.plan()
        try first.perform(Self.measure("utbildade", "10", on: "2018-04-30"))
        // The second read the indicators before the first's value: its edit is refused, not applied
        // over the first's, and made again on a fresh read it keeps both.
        #expect(throws: WorkspaceError.self) { try second.perform(Self.measure("utbildade", "11", on: "2018-05-02")) }
        second.refresh()
        try second.perform(Self.measure("utbildade", "11", on: "2018-05-02"))
        #expect(try first.store.plan().focusAreas[0].indicators[0].measurements.map(\.value) == ["10", "11"])
    }

    @Test func theFollowUpShowsEachValueByPeriodInEveryFormat() throws {
        let workspace = Workspace(store: try Self.store())
        try workspace.perform(Self.measure("utbildade", "42", on: "2018-04-30", from: "Personalsystemet"))
        try workspace.perform(Self.measure("utbildade", "61", on: "2018-08-31"))
        for format in [ReportFormat.terminal, .markdown, .html] {
            let text = try workspace.report(ReportRequest(.followUp, format: format))
            #expect(text.contains("T1 2018") && text.contains("T2 2018"), "\(format)")
            #expect(text.contains("Personalsystemet") && text.contains("61"), "\(format)")
            #expect(text.contains("ej mätt"), "\(format): 'rutin' has no value yet")
            #expect(
                text.contains("Fokusområdet har inga aktiviteter.") && !text.contains("Planen har inga"), "\(format)")
        }
        let json = try workspace.report(ReportRequest(.followUp, format: .json))
        #expect(json.contains("\"period\" : \"2018-T2\"") || json.contains("\"period\":\"2018-T2\""))
    }

    @Test func theFollowUpsCSVHasTheValuesAsATableOfTheirOwn() throws {
        let workspace = Workspace(store: try Self.store())
        try workspace.perform(Self.measure("utbildade", "42", on: "2018-04-30", from: "Personalsystemet"))
        try workspace.perform(Self.measure("utbildade", "61", on: "2018-08-31", note: "Två kurser"))
        let csv = try workspace.report(ReportRequest(.followUp, format: .csv, table: .indicators))
        #expect(
            csv.components(separatedBy: "\r\n") == [
                "Fokusområde,id,Mått,Slag,Fråga,Målvärde,Datum,Period,Värde,Källa,Kommentar",
                "Kompetens,utbildade,Utbildade medarbetare,antal,Hur många medarbetare har gått utbildningen?,100,"
                    + "2018-04-30,2018-T1,42,Personalsystemet,",
                "Kompetens,utbildade,Utbildade medarbetare,antal,Hur många medarbetare har gått utbildningen?,100,"
                    + "2018-08-31,2018-T2,61,,Två kurser",
                "Kompetens,rutin,Rutin finns,ja/nej,,,,,,,",
                "",
            ])
        let english = try workspace.report(ReportRequest(.followUp, format: .csv, language: .en, table: .indicators))
        #expect(english.hasPrefix("Focus area,id,Indicator,Kind,Question,Target,Date,Period,Value,Source,Note\r\n"))
        // The activities' table is the default; a table is chosen only for CSV, and only the follow-up
        // has a second one.
        let activities = try workspace.report(ReportRequest(.followUp, format: .csv))
        #expect(try workspace.report(ReportRequest(.followUp, format: .csv, table: .activities)) == activities)
        #expect(!activities.contains("Personalsystemet"))
        for request in [
            ReportRequest(.followUp, format: .markdown, table: .indicators),
            ReportRequest(.coverage, format: .csv, table: .indicators),
            ReportRequest(.followUp, format: .csv, plans: .all, table: .indicators),
        ] {
            #expect(throws: WorkspaceError.self) { try workspace.report(request) }
        }
    }
}
