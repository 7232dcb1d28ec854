import BeredskapBoard
import BeredskapEscalation
import BeredskapModel
import BeredskapStorage
import BeredskapWorkspace
import Foundation
import Testing

/// The feed a board's pages listen to, on a store a workspace plays the drill on: the board at once,
/// then each change as the drill commands save it, keep-alive comments between, and the end.
@Suite struct DrillBoardFeedTests {
    static func startedDrill() throws -> (PlanStore, Workspace, PlayedDrill) {
        let store = try PlanStore.open(.memory)
        let workspace = Workspace(store: store)
        let scenario = try BuiltInScenarios.scenario(named: "bench-night", plan: try workspace.plan())
        let drill = try workspace.drills.start(
            scenario: scenario, scenarioText: nil, participants: [], id: "natt", leader: "Kim", at: Date())
        return (store, workspace, drill)
    }

    @Test func aPageHearsTheBoardAtOnceThenEachChangeAndKeepAlivesBetween() async throws {
        var (store, workspace, drill) = try Self.startedDrill()
        let feed = try DrillBoardFeed(store: store, plan: nil, drill: "natt", keepAlive: 0.5)
        feed.start()
        defer { feed.stop() }
        let subscription = feed.subscribe()
        var messages = subscription.messages.makeAsyncIterator()
        let first = try #require(await messages.next())
        #expect(first.hasPrefix("retry: 1000\n\nid: 1\nevent: board\ndata: {\"html\":"), "\(first)")
        #expect(first.contains("\"injects\":[]") && first.hasSuffix("}\n\n"))

        try workspace.drills.next(&drill, by: "Kim", at: Date())
        let delivered = Date()
        // The feed's own thread sees the change; timed here, on this thread, and not across an await,
        // which with the tests' cooperative pool busy says more about the pool than about the feed.
        while feed.snapshot.injects.isEmpty, Date().timeIntervalSince(delivered) < 5 {
            usleep(20_000)
        }
        #expect(Date().timeIntervalSince(delivered) < 1)
        var changed: String?
        while changed == nil, let message = await messages.next() {
            if message.hasPrefix("id: ") { changed = message }
        }
        let board = try #require(changed)
        #expect(board.hasPrefix("id: 3\nevent: board\ndata: "))
        #expect(board.contains("En reporter ringer och frågar vad staden gör för de drabbade i natt."))
        #expect(feed.snapshot.injects.map(\.number) == [1])

        // Nothing more happens: a comment keeps the connection open.
        #expect(await messages.next() == ": keep-alive\n\n")
        feed.stop()
        while let message = await messages.next() { #expect(message == ": keep-alive\n\n") }
    }

    @Test func aDrillTheStoreDoesNotHaveIsRefused() throws {
        let (store, _, _) = try Self.startedDrill()
        #expect(throws: DrillBoardServerError.self) { try DrillBoardFeed(store: store, plan: nil, drill: "nope") }
    }
}
