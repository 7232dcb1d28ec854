import BeredskapModel
import Foundation
import GRDB
import PostgreSQLTestSupport
import Testing

@testable import BeredskapStorage

/// Drill sessions in the store: an action's fulfilled inject and an evaluator's rating come back as
/// they were saved, in the log table the store already had.
@Suite struct DrillSessionStoreTests {
    private static let wall = Date(timeIntervalSince1970: 1_521_014_400)

    private static func record(log: [TabletopLogEntry]) -> DrillSessionRecord {
        DrillSessionRecord(
            id: "ovning-1", plan: "stockholm-socialforvaltningen-2017-2018", scenario: "bench-night",
            scenarioText: nil, title: "Larm via Socialjouren en lördagsnatt", eventStart: wall, state: .ended,
            minute: 65, startedAt: wall, endedAt: wall.addingTimeInterval(1800),
            participants: [.init(role: "sof-direktor", person: "Bo")], log: log)
    }

    private static let log = [
        TabletopLogEntry(
            sequence: 1, minute: 50, wallTime: wall, kind: .action, role: "sof-direktor",
            action: "hänvisade till presstjänsten", enteredBy: "Bo", inject: 0),
        TabletopLogEntry(
            sequence: 2, minute: 65, wallTime: wall, kind: .decision, role: "direktor-berord-forvaltning",
            step: "posom-beslut", option: "aktivera"),
        TabletopLogEntry(
            sequence: 3, minute: 65, wallTime: wall.addingTimeInterval(2700), kind: .rating,
            role: "direktor-berord-forvaltning", note: "Nådd vid tredje samtalet", enteredBy: "Eva Lind",
            objective: "direktor-30", rating: .majorChallenges),
    ]

    @Test(arguments: TestBackend.allCases) func aRatingAndAFulfilledInjectComeBackAsSaved(_ backend: TestBackend) throws
    {
        let store = try backend.open()
        try store.saveDrillSession(Self.record(log: Self.log))
        let read = try store.drillSession("ovning-1")
        #expect(read.log == Self.log)
        #expect(read.log[0].inject == 0)
        #expect(read.log[1].option == "aktivera" && read.log[1].objective == nil)
        #expect(read.log[2].objective == "direktor-30")
        #expect(read.log[2].rating == .majorChallenges)
        #expect(read.log[2].option == nil)
    }

    /// A correction and a clock that follows the wall clock (schema v11) come back as saved, on both
    /// backends, and a later save moves the clock's anchor as the drill pauses.
    @Test(arguments: TestBackend.allCases) func aCorrectionAndAWallClockComeBackAsSaved(_ backend: TestBackend) throws {
        let store = try backend.open()
        var record = Self.record(log: Self.log)
        record.state = .running
        record.endedAt = nil
        record.clockSpeed = 60
        record.clockAnchor = Self.wall.addingTimeInterval(0.25)
        record.clockAnchorMinute = 12.5
        record.log.append(
            TabletopLogEntry(
                sequence: 4, minute: 40, wallTime: Self.wall, kind: .action, role: "sof-direktor",
                action: "hänvisade till presstjänsten kl. 03:10", enteredBy: "Bo", inject: 0, corrects: 1))
        try store.saveDrillSession(record)
        var read = try store.drillSession("ovning-1")
        #expect(read.log.last?.corrects == 1)
        #expect(read.log.first?.corrects == nil)
        #expect(read.clockSpeed == 60 && read.clockAnchorMinute == 12.5)
        #expect(read.clockAnchor == Self.wall.addingTimeInterval(0.25))
        // Paused: the clock stands still, at the minute it reached.
        record.state = .paused
        record.clockAnchor = nil
        record.clockAnchorMinute = 20
        record.log = []
        try store.saveDrillSession(record, after: 4)
        read = try store.drillSession("ovning-1")
        #expect(read.clockAnchor == nil && read.clockAnchorMinute == 20 && read.clockSpeed == 60)
        #expect(read.log.count == 4)
    }

    @Test(arguments: TestBackend.allCases) func aRatingIsKeptInColumnsOfItsOwnAndADecisionsOptionInTheOptionColumn(
        _ backend: TestBackend
    ) throws {
        let store = try backend.open()
        try store.saveDrillSession(Self.record(log: Self.log))
        let result = try store.query(
            "SELECT step, option, objective, rating FROM drill_log WHERE session_id = 'ovning-1' ORDER BY sequence")
        #expect(
            result.rows == [
                [nil, nil, nil, nil], [.string("posom-beslut"), .string("aktivera"), nil, nil],
                [nil, nil, .string("direktor-30"), .string("M")],
            ])
    }

    @Test(arguments: [
        ("kind", "'telepathy'", "'telepathy' is not a kind of log line"),
        ("rating", "'X'", "'X' is not a rating (P, S, M or U)"),
    ])
    func aLogLineThatDoesNotReadIsAnErrorNamingTheDrillAndTheLine(
        column: String, value: String, problem: String
    ) throws {
        let scratch = try ScratchDirectory()
        let path = scratch.path("store.sqlite")
        let store = try PlanStore.open(.file(path))
        try store.saveDrillSession(Self.record(log: Self.log))
        try DatabaseQueue(path: path).write { db in
            try db.execute(sql: "UPDATE drill_log SET \(column) = \(value) WHERE sequence = 2")
        }
        #expect {
            try store.drillSession("ovning-1")
        } throws: { error in
            (error as? StoreError)?.code == .damaged
                && (error as? StoreError)?.message == "the drill 'ovning-1' has an unreadable log line 2: \(problem)"
        }
    }

    @Test(arguments: TestBackend.allCases) func aRatingLoggedAfterTheEndIsSavedWithTheRestOfTheLog(
        _ backend: TestBackend
    ) throws {
        let store = try backend.open()
        try store.saveDrillSession(Self.record(log: Array(Self.log.prefix(2))))
        // Saved again with one more line, as the shell does after each command.
        try store.saveDrillSession(Self.record(log: Self.log))
        #expect(try store.drillSession("ovning-1").log.count == 3)
        #expect(try store.drillSession("ovning-1").log.last?.rating == .majorChallenges)
    }

    @Test(arguments: TestBackend.allCases) func aSecondDrillStartedUnderATakenIDGetsASuffixAndTheFirstIsKept(
        _ backend: TestBackend
    ) throws {
        let store = try backend.open()
        let first = try store.startDrillSession(Self.record(log: Array(Self.log.prefix(1))))
        let second = try store.startDrillSession(Self.record(log: Self.log))
        let third = try store.startDrillSession(Self.record(log: []))
        #expect([first, second, third] == ["ovning-1", "ovning-1-2", "ovning-1-3"])
        #expect(try store.drillSession("ovning-1").log == Array(Self.log.prefix(1)))
        #expect(try store.drillSession("ovning-1-2").log == Self.log)
    }

    @Test(arguments: TestBackend.allCases) func anIDTheUserChoseIsRefusedWhenTaken(_ backend: TestBackend) throws {
        let store = try backend.open()
        try store.startDrillSession(Self.record(log: Self.log), exactID: true)
        #expect {
            try store.startDrillSession(Self.record(log: []), exactID: true)
        } throws: { error in
            (error as? StoreError)?.message
                == "a drill session 'ovning-1' exists already; give the new one another --id"
        }
        #expect(try store.drillSession("ovning-1").log == Self.log)
    }

    /// Saving after each line appends that line only; the log read back is every line, in order.
    @Test(arguments: TestBackend.allCases) func savingLineByLineKeepsEveryLineInOrder(_ backend: TestBackend) throws {
        let store = try backend.open()
        let lines = (1...500).map {
            TabletopLogEntry(
                sequence: $0, minute: Double($0), wallTime: Self.wall, kind: .action, role: "sof-direktor",
                action: "åtgärd \($0)", enteredBy: "Bo")
        }
        try store.startDrillSession(Self.record(log: [lines[0]]))
        for line in lines.dropFirst() {
            try store.saveDrillSession(Self.record(log: [line]), after: line.sequence - 1)
        }
        #expect(try store.drillSession("ovning-1").log == lines)
    }

    /// Two shells playing the same drill: the one that read the log before the other logged a line is
    /// refused, instead of one of the two lines numbered alike being dropped.
    @Test(arguments: TestBackend.allCases) func aSaveBasedOnAStaleLogIsAConflict(_ backend: TestBackend) throws {
        let store = try backend.open()
        try store.startDrillSession(Self.record(log: Array(Self.log.prefix(1))))
        try store.saveDrillSession(Self.record(log: [Self.log[1]]), after: 1)
        #expect {
            try store.saveDrillSession(Self.record(log: [Self.log[1]]), after: 1)
        } throws: { error in
            (error as? StoreError)?.code == .conflict
        }
        #expect(try store.drillSession("ovning-1").log == Array(Self.log.prefix(2)))
    }
}
