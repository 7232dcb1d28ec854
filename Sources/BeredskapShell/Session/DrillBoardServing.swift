import BeredskapModel
import BeredskapStorage
import Foundation
import Synchronization

/// What `drill board` asks a board server for: which drill of which store to show, and where.
public struct DrillBoardRequest: Sendable {
    /// The port a board is served on when none is asked for; a free port when it is taken.
    public static let defaultPort: UInt16 = 8080

    /// The store that keeps the drill; the board reads the drill from it as the drill commands save it.
    public var store: PlanStore
    /// The plan the drill is played on; the store's only or default plan when nil.
    public var plan: EntityID?
    /// The drill's id.
    public var drill: String
    /// The address to listen on: `127.0.0.1` unless the user says otherwise.
    public var host: String
    /// The port to listen on; 0 for any free port; nil for ``defaultPort``, or a free port when it is
    /// taken.
    public var port: UInt16?

    /// Creates a request.
    public init(store: PlanStore, plan: EntityID?, drill: String, host: String, port: UInt16?) {
        self.store = store
        self.plan = plan
        self.drill = drill
        self.host = host
        self.port = port
    }
}

/// Where a board is served.
public struct DrillBoardEndpoint: Sendable, Hashable {
    /// The address it listens on.
    public var host: String
    /// The port it listens on.
    public var port: UInt16

    /// Creates an endpoint.
    public init(host: String, port: UInt16) {
        self.host = host
        self.port = port
    }

    /// The page's address, for a browser: `http://127.0.0.1:8080/`.
    public var url: String {
        "http://" + (host.contains(":") ? "[\(host)]" : host) + ":\(port)/"
    }
}

/// Why a board could not be served: the port is taken, the address is not one of this machine's.
public struct DrillBoardError: Error, Sendable, CustomStringConvertible {
    /// What went wrong, in words a user can act on.
    public var message: String

    /// Creates an error.
    public init(_ message: String) {
        self.message = message
    }

    /// The message.
    public var description: String { message }
}

/// A board being served; ``stop()`` ends it and closes its connections.
public protocol RunningDrillBoard: AnyObject, Sendable {
    /// Where it is served.
    var endpoint: DrillBoardEndpoint { get }
    /// The drill it shows.
    var drill: String { get }
    /// Stops serving; calling it again does nothing.
    func stop()
}

/// The seam between the shell and a web server: `drill board` asks the registered server
/// (``DrillBoardRegistry``) for a board, so that the shell itself builds no server.
///
/// The `beredskap` executable registers BeredskapBoard's at startup; an embedder of the shell alone may
/// register its own, or none, and `drill board` then says it is not available.
///
/// ```swift
/// DrillBoardRegistry.register(MyBoardServer())
/// ```
public protocol DrillBoardServing: Sendable {
    /// Starts serving the board of `request`'s drill in the background and returns once it listens.
    ///
    /// - Throws: ``DrillBoardError`` when the address cannot be listened on.
    func start(_ request: DrillBoardRequest) throws(DrillBoardError) -> any RunningDrillBoard
}

/// The board server `drill board` uses, registered once by the program that runs the shell.
public enum DrillBoardRegistry {
    private static let registered = Mutex<(any DrillBoardServing)?>(nil)

    /// Makes `server` the one `drill board` uses, in place of any registered before; nil registers none.
    public static func register(_ server: (any DrillBoardServing)?) {
        registered.withLock { $0 = server }
    }

    /// The server registered, if one is.
    public static var server: (any DrillBoardServing)? {
        registered.withLock { $0 }
    }
}
