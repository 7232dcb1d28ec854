/// Why a drill's board could not be served: the port is taken, the address is not this machine's, the
/// drill cannot be read.
public struct DrillBoardServerError: Error, Sendable, CustomStringConvertible {
    /// What went wrong, in words a user can act on.
    public var message: String

    /// Creates an error.
    public init(_ message: String) {
        self.message = message
    }

    /// The message.
    public var description: String { message }
}
