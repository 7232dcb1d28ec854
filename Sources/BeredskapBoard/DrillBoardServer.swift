import BeredskapModel
import BeredskapReporting
import BeredskapStorage
import FlyingFox
import FlyingSocks
import Foundation
import Synchronization

/// A drill's situation board served over HTTP with FlyingFox: the page at `/`, its script, the board
/// as JSON at `/snapshot.json`, and the stream of Server-Sent Events at `/events` that the page
/// follows (``DrillBoardFeed``).
///
/// The server runs in a task of its own; ``start(store:plan:drill:host:port:)`` returns once it listens,
/// so that a synchronous caller — the shell — goes on at once.
///
/// ```swift
/// let board = try DrillBoardServer.start(store: store, plan: nil, drill: "ovning-1", host: "127.0.0.1",
///                                        port: 0)
/// print(board.url)   // http://127.0.0.1:41873/
/// board.stop()
/// ```
public final class DrillBoardServer: Sendable {
    /// The port asked for when none is: 8080, or a free port when it is taken.
    public static let defaultPort: UInt16 = 8080

    /// The address the board listens on.
    public let host: String
    /// The port it listens on.
    public let port: UInt16
    /// The drill it shows.
    public var drill: String { feed.drill }
    private let server: HTTPServer
    private let feed: DrillBoardFeed
    private let serving: Mutex<Task<Void, Never>?>

    private init(host: String, port: UInt16, server: HTTPServer, feed: DrillBoardFeed, serving: Task<Void, Never>) {
        self.host = host
        self.port = port
        self.server = server
        self.feed = feed
        self.serving = Mutex(serving)
    }

    /// The page's address, for a browser: `http://127.0.0.1:8080/`.
    public var url: String {
        "http://" + (host.contains(":") ? "[\(host)]" : host) + ":\(port)/"
    }

    /// Starts serving the board of `drill` and returns once the server listens. Blocks the calling
    /// thread meanwhile, so call it from synchronous code, not from a task.
    ///
    /// - Parameters:
    ///   - store: The store that keeps the drill.
    ///   - plan: The plan the drill is played on; the store's only or default plan when nil.
    ///   - drill: The drill's id.
    ///   - host: An IPv4 or IPv6 address of this machine.
    ///   - port: The port; 0 for any free one; nil for ``defaultPort``, or any free one when it is taken.
    /// - Throws: ``DrillBoardServerError`` when the drill cannot be read, the address is not one to
    ///   listen on or the port is taken.
    public static func start(
        store: PlanStore, plan: EntityID?, drill: String, host: String, port: UInt16?
    ) throws(DrillBoardServerError) -> DrillBoardServer {
        let feed = try DrillBoardFeed(store: store, plan: plan, drill: drill)
        let wanted: UInt16
        if let port {
            wanted = port
        } else {
            wanted = try isFree(host: host, port: defaultPort) ? defaultPort : 0
        }
        let address = try socketAddress(host: host, port: wanted)
        let server = HTTPServer(address: address, timeout: 15, logger: .disabled)
        let routes = Routes(feed: feed)
        let outcome = Startup()
        let done = DispatchSemaphore(value: 0)
        let serving = Task {
            await server.appendRoute("GET /", handler: routes.page)
            await server.appendRoute(HTTPRoute("GET /\(DrillBoardPage.scriptPath)"), handler: routes.script)
            await server.appendRoute("GET /snapshot.json", handler: routes.snapshot)
            await server.appendRoute(HTTPRoute("GET /\(DrillBoardPage.eventsPath)"), handler: routes.events)
            let listening = Task {
                do {
                    try await server.waitUntilListening(timeout: 10)
                    var port = wanted
                    switch await server.listeningAddress {
                    case .ip4(_, let bound)?, .ip6(_, let bound)?: port = bound
                    default: break
                    }
                    outcome.result.withLock { $0 = $0 ?? .success(port) }
                } catch {
                    outcome.result.withLock { $0 = $0 ?? .failure(DrillBoardServerError("the server did not start")) }
                }
                done.signal()
            }
            do {
                try await server.run()
            } catch {
                outcome.result.withLock {
                    $0 = $0 ?? .failure(DrillBoardServerError(Self.describe(error, host: host, port: wanted)))
                }
                listening.cancel()
            }
        }
        done.wait()
        switch outcome.result.withLock({ $0 }) {
        case .success(let bound)?:
            feed.start()
            return DrillBoardServer(host: host, port: bound, server: server, feed: feed, serving: serving)
        case .failure(let error)?:
            serving.cancel()
            throw error
        case nil:
            serving.cancel()
            throw DrillBoardServerError("the server did not start")
        }
    }

    /// Stops serving: the pages' streams end, the connections close. Calling it again does nothing.
    /// Blocks until the server has stopped.
    public func stop() {
        let taken = serving.withLock { task in
            let running = task
            task = nil
            return running
        }
        guard let task = taken else { return }
        feed.stop()
        let done = DispatchSemaphore(value: 0)
        let server = self.server
        Task {
            await server.stop(timeout: 0.5)
            task.cancel()
            done.signal()
        }
        done.wait()
    }

    // MARK: Parts

    /// How starting went: the port listened on, or why not; set once, by the first to know.
    private final class Startup: Sendable {
        let result = Mutex<Result<UInt16, DrillBoardServerError>?>(nil)
    }

    /// The handlers of the board's routes.
    private struct Routes: Sendable {
        let feed: DrillBoardFeed

        func page(_ request: HTTPRequest) async -> HTTPResponse {
            HTTPResponse(
                statusCode: .ok,
                headers: [
                    .contentType: "text/html; charset=utf-8", .cacheControl: "no-store",
                    HTTPHeader("Content-Security-Policy"): DrillBoardPage.contentSecurityPolicy,
                    HTTPHeader("X-Content-Type-Options"): "nosniff",
                ],
                body: Data(DrillBoardPage.html(feed.snapshot).utf8))
        }

        func script(_ request: HTTPRequest) async -> HTTPResponse {
            HTTPResponse(
                statusCode: .ok,
                headers: [.contentType: "text/javascript; charset=utf-8", .cacheControl: "no-store"],
                body: Data(DrillBoardPage.script.utf8))
        }

        func snapshot(_ request: HTTPRequest) async -> HTTPResponse {
            HTTPResponse(
                statusCode: .ok,
                headers: [.contentType: "application/json; charset=utf-8", .cacheControl: "no-store"],
                body: Data(feed.snapshot.jsonText().utf8))
        }

        func events(_ request: HTTPRequest) async -> HTTPResponse {
            HTTPResponse(
                statusCode: .ok,
                headers: [
                    .contentType: "text/event-stream; charset=utf-8", .cacheControl: "no-store",
                    HTTPHeader("X-Accel-Buffering"): "no",
                ],
                body: HTTPBodySequence(from: EventStreamBody(feed: feed), suggestedBufferSize: 16_384))
        }
    }

    /// Whether `port` on `host` can be listened on now.
    private static func isFree(host: String, port: UInt16) throws(DrillBoardServerError) -> Bool {
        let address = try socketAddress(host: host, port: port)
        do {
            let socket = try Socket(domain: Int32(type(of: address).family))
            defer { try? socket.close() }
            try socket.setValue(true, for: .localAddressReuse)
            try socket.bind(to: address)
            return true
        } catch {
            return false
        }
    }

    /// `host` and `port` as an address to listen on.
    private static func socketAddress(
        host: String, port: UInt16
    ) throws(DrillBoardServerError) -> any SocketAddress {
        do {
            if host.contains(":") { return try sockaddr_in6.inet6(ip6: host, port: port) }
            return try sockaddr_in.inet(ip4: host, port: port)
        } catch {
            throw DrillBoardServerError("'\(host)' is not an IP address to listen on")
        }
    }

    /// Why listening failed, in words: the port is taken, or the address is not this machine's.
    private static func describe(_ error: any Error, host: String, port: UInt16) -> String {
        if case SocketError.failed(_, let code, _) = error {
            switch code {
            case EADDRINUSE: return "port \(port) is taken on \(host); give another with --port, or --port 0"
            case EADDRNOTAVAIL: return "\(host) is not an address of this machine"
            case EACCES: return "port \(port) needs privileges; give one above 1023"
            default: return "\(host):\(port): \(String(cString: strerror(code)))"
            }
        }
        return "\(host):\(port): \(error)"
    }
}
