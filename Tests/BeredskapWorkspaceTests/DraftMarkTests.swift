import BeredskapModel
import BeredskapReporting
import BeredskapStorage
import Foundation
import Testing

@testable import BeredskapWorkspace

/// Every report of a version that is still a draft says so, in every format; an adopted or approved
/// version's reports do not.
@Suite struct DraftMarkTests {
    static let kinds: [ReportRequest.Kind] = [
        .followUp, .coverage, .alarmList, .planDocument, .reachability(week: nil),
    ]
    static let formats: [ReportFormat] = [.terminal, .markdown, .html]

    @Test func aDraftsReportsSayUtkastAndAnAdoptedVersionsDoNot() throws {
        let workspace = Workspace(store: try PlanStore.open(.memory))
        #expect(try workspace.status().status == .draft)
        for kind in Self.kinds {
            for format in Self.formats {
                let text = try workspace.report(ReportRequest(kind, format: format))
                #expect(text.contains("UTKAST – versionen är inte behandlad eller godkänd"), "\(kind) \(format)")
            }
            let json = try workspace.report(ReportRequest(kind, format: .json))
            #expect(json.contains(#""status" : "draft""#), "\(kind)")
        }
        try workspace.adopt(on: PartialDate(parsing: "2017-05-23"))
        for kind in Self.kinds {
            for format in Self.formats {
                #expect(!(try workspace.report(ReportRequest(kind, format: format))).contains("UTKAST"), "\(kind)")
            }
            #expect(try workspace.report(ReportRequest(kind, format: .json)).contains(#""status" : "adopted""#))
        }
    }

    @Test func anEnglishPlansDraftSaysDraft() throws {
        let store = try PlanStore.open(.memory, seed: false)
        var plan = try BuiltInPlans.stockholm()
        plan.metadata.language = "en"
        try store.create(plan)
        let text = try Workspace(store: store).report(ReportRequest(.coverage, format: .markdown))
        #expect(text.contains("> **DRAFT – this version is neither adopted nor approved**"), "\(text)")
    }
}
