/// Why a local date or time was refused: text that is not a date or time, a day that does not exist,
/// a wall-clock time that the clocks skip, or an unknown time zone.
///
/// ```swift
/// do {
///     _ = try LocalTimeZone.stockholm.resolve(LocalDateTime(parsing: "2017-03-26 02:30"))
/// } catch {
///     error.code      // .nonexistentTime
///     print(error)    // 2017-03-26 02:30 does not exist in Europe/Stockholm: the clocks go forward …
/// }
/// ```
public struct LocalTimeError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A stable name for the kind of problem, to match in `catch` or in tests.
    public enum Code: String, Hashable, Sendable {
        /// The text does not have the shape of a date or a time.
        case malformed = "malformed"
        /// The date has the right shape but does not exist (`2017-02-29`, month 13).
        case impossibleDate = "impossible-date"
        /// The time has the right shape but is out of range (`25:00`).
        case impossibleTime = "impossible-time"
        /// The wall-clock time falls in the hour the clocks skip when they go forward.
        case nonexistentTime = "nonexistent-time"
        /// The time-zone identifier is not in the system's time-zone database.
        case unknownTimeZone = "unknown-time-zone"
    }

    /// The kind of problem.
    public var code: Code
    /// What is wrong and what to write instead.
    public var message: String

    /// Creates an error.
    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    /// The message.
    public var description: String { message }
}
