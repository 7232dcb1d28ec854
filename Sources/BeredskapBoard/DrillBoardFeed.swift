import BeredskapModel
import BeredskapReporting
import BeredskapStorage
import BeredskapWorkspace
import Foundation
import Synchronization

/// The drill as the store has it, followed for a board: a thread of its own reads the saved drill every
/// quarter of a second and, when its log or state has changed, sends the new board to every page that
/// listens, as a Server-Sent Event.
///
/// Reading the store, not the shell's copy of the drill, is what lets a drill command typed in another
/// process on the same store (a one-shot `beredskap drill act …`) reach the board as soon as the ones
/// typed in the shell that serves it.
///
/// ```swift
/// let feed = try DrillBoardFeed(store: store, plan: nil, drill: "ovning-1")
/// feed.start()
/// for await message in feed.subscribe().messages { … }   // "event: board\ndata: {…}\n\n"
/// feed.stop()
/// ```
public final class DrillBoardFeed: Sendable {
    /// A page listening to the feed. Its messages end when the feed stops; letting go of the
    /// subscription (the connection closed) takes the page off the feed.
    public final class Subscription: Sendable {
        /// The feed's messages for this page, the current board first.
        public let messages: AsyncStream<String>
        private let id: UUID
        private let feed: DrillBoardFeed

        fileprivate init(messages: AsyncStream<String>, id: UUID, feed: DrillBoardFeed) {
            self.messages = messages
            self.id = id
            self.feed = feed
        }

        deinit {
            feed.unsubscribe(id)
        }
    }

    /// How often the store is read.
    public static let pollInterval: TimeInterval = 0.25
    /// How often a page hears a comment when nothing changed, by default, so that proxies and browsers
    /// keep the connection open.
    public static let keepAliveInterval: TimeInterval = 15

    /// The drill's id.
    public let drill: String
    /// How often a page hears a keep-alive comment when nothing changed.
    public let keepAlive: TimeInterval
    private let store: PlanStore
    private let plan: EntityID?
    private let state: Mutex<State>

    private struct State {
        var record: DrillSessionRecord?
        var snapshot: DrillBoardSnapshot
        var listeners: [UUID: AsyncStream<String>.Continuation] = [:]
        var lastSent = Date()
        var running = false
        var stopped = false
    }

    /// A feed of `drill` in `store`, with the board as the store has it now.
    ///
    /// - Parameters:
    ///   - store: The store that keeps the drill.
    ///   - plan: The plan the drill is played on; the store's only or default plan when nil.
    ///   - drill: The drill's id.
    ///   - keepAlive: How often a page hears a comment when nothing changed.
    /// - Throws: ``DrillBoardServerError`` when the store has no such drill, or it cannot be read.
    public init(
        store: PlanStore, plan: EntityID?, drill: String, keepAlive: TimeInterval = keepAliveInterval
    ) throws(DrillBoardServerError) {
        self.keepAlive = keepAlive
        self.store = store
        self.plan = plan
        self.drill = drill
        let workspace = Workspace(store: store, plan: plan)
        do {
            let record = try store.drillSession(drill)
            let snapshot = try Self.snapshot(of: drill, in: workspace)
            state = Mutex(State(record: record, snapshot: snapshot))
        } catch let error as DrillBoardServerError {
            throw error
        } catch {
            throw DrillBoardServerError("the drill '\(drill)' cannot be read: \(error)")
        }
    }

    /// The board as it was last read.
    public var snapshot: DrillBoardSnapshot {
        state.withLock { $0.snapshot }
    }

    /// Starts following the store on a thread of its own; once only.
    public func start() {
        let starts = state.withLock { state in
            defer { state.running = true }
            return !state.running && !state.stopped
        }
        guard starts else { return }
        let thread = Thread { [self] in follow() }
        thread.name = "beredskap board feed"
        thread.start()
    }

    /// Stops following and ends every page's messages.
    public func stop() {
        let listeners = state.withLock { state in
            state.stopped = true
            defer { state.listeners = [:] }
            return state.listeners.values
        }
        for listener in listeners { listener.finish() }
    }

    /// A new page's messages: how soon to reconnect, and the board as it stands; then each change.
    public func subscribe() -> Subscription {
        let id = UUID()
        // Each message is the whole board, so a page that falls behind needs only the newest.
        let (messages, continuation) = AsyncStream.makeStream(of: String.self, bufferingPolicy: .bufferingNewest(4))
        let stopped = state.withLock { state in
            if !state.stopped {
                state.listeners[id] = continuation
                continuation.yield("retry: 1000\n\n" + Self.message(state.snapshot))
            }
            return state.stopped
        }
        if stopped { continuation.finish() }
        return Subscription(messages: messages, id: id, feed: self)
    }

    /// The Server-Sent Event that carries `snapshot`; its id is the log's length.
    public static func message(_ snapshot: DrillBoardSnapshot) -> String {
        "id: \(snapshot.logLines)\nevent: board\ndata: \(DrillBoardPage.event(snapshot))\n\n"
    }

    // MARK: Parts

    private func unsubscribe(_ id: UUID) {
        state.withLock { $0.listeners.removeValue(forKey: id) }?.finish()
    }

    /// The feed's thread: reads the store until stopped. The workspace is this thread's alone.
    private func follow() {
        let workspace = Workspace(store: store, plan: plan)
        while !state.withLock({ $0.stopped }) {
            Thread.sleep(forTimeInterval: Self.pollInterval)
            poll(workspace)
        }
    }

    /// Reads the saved drill; sends the board when it changed, else a keep-alive now and then. A read
    /// that fails (the store busy, the drill gone) is tried again at the next poll.
    private func poll(_ workspace: Workspace) {
        var snapshot: DrillBoardSnapshot?
        if let record = try? store.drillSession(drill), record != state.withLock({ $0.record }) {
            snapshot = try? Self.snapshot(of: drill, in: workspace)
            if snapshot != nil { state.withLock { $0.record = record } }
        }
        let now = Date()
        state.withLock { state in
            if let snapshot, snapshot != state.snapshot {
                state.snapshot = snapshot
                send(Self.message(snapshot), in: &state, at: now)
            } else if now.timeIntervalSince(state.lastSent) >= keepAlive {
                send(": keep-alive\n\n", in: &state, at: now)
            }
        }
    }

    private func send(_ message: String, in state: inout State, at now: Date) {
        state.lastSent = now
        for (id, listener) in state.listeners {
            if case .terminated = listener.yield(message) { state.listeners.removeValue(forKey: id) }
        }
    }

    /// The board of the drill as the store has it.
    private static func snapshot(of drill: String, in workspace: Workspace) throws -> DrillBoardSnapshot {
        let played = try workspace.drills.reopen(drill)
        return DrillBoardSnapshot(session: played.session, plan: try workspace.plan())
    }
}
