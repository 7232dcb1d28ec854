import Foundation

/// Where a store lives: a file, or memory for a throwaway store.
public enum StoreLocation: Sendable, Equatable, CustomStringConvertible {
    /// An SQLite file.
    case file(String)
    /// A store in memory, gone when closed. Written `:memory:` on the command line.
    case memory
    /// A PostgreSQL database shared by a city's administrations, as a libpq URI
    /// (`postgresql://USER@HOST:PORT/DB`, `?host=/socket/dir` for a Unix socket). Opened with
    /// BeredskapPostgreSQL's `PostgreSQLStore.open`; the password comes from `PGPASSWORD` or
    /// `~/.pgpass` and is never shown.
    case postgreSQL(String)

    /// `:memory:`, a `postgresql://` or `postgres://` URI, or a path.
    public init(argument: String) {
        if argument == ":memory:" {
            self = .memory
        } else if PostgreSQLAddress.looksLikeURI(argument) {
            self = .postgreSQL(argument)
        } else {
            self = .file(argument)
        }
    }

    /// The store to use when none is named: `$BEREDSKAP_STORE`, else
    /// `$XDG_DATA_HOME/beredskap/beredskap.sqlite`, else `~/.local/share/beredskap/beredskap.sqlite`.
    public static func standard(environment: [String: String] = ProcessInfo.processInfo.environment) -> StoreLocation {
        if let path = environment["BEREDSKAP_STORE"], !path.isEmpty { return StoreLocation(argument: path) }
        let dataHome =
            environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? ((environment["HOME"] ?? NSHomeDirectory()) + "/.local/share")
        return .file(dataHome + "/beredskap/beredskap.sqlite")
    }

    /// `:memory:` or the path.
    public var description: String {
        switch self {
        case .memory: ":memory:"
        case .file(let path): path
        case .postgreSQL(let uri): PostgreSQLAddress.redacted(uri)
        }
    }
}
