/// Why an RFC 5545 recurrence rule was refused, naming the rule part that is wrong.
///
/// ```swift
/// do {
///     _ = try RecurrenceRule(parsing: "FREQ=FORTNIGHTLY")
/// } catch {
///     error.part   // "FREQ=FORTNIGHTLY"
///     print(error) // RRULE part 'FREQ=FORTNIGHTLY': unknown frequency; expected one of SECONDLY, …
/// }
/// ```
public struct RecurrenceRuleError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A stable name for the kind of problem.
    public enum Code: String, Hashable, Sendable {
        /// A part is not `NAME=VALUE`, or the rule is empty.
        case malformed = "malformed"
        /// The part's name is not one RFC 5545 defines for RRULE.
        case unknownPart = "unknown-part"
        /// The part is defined by an RFC 5545 extension this library does not implement (`RSCALE`, `SKIP`).
        case unsupportedPart = "unsupported-part"
        /// The same part appears twice.
        case duplicatePart = "duplicate-part"
        /// `FREQ` is missing.
        case missingFrequency = "missing-frequency"
        /// A value is not valid for its part (`FREQ=FORTNIGHTLY`, `BYMONTH=13`).
        case invalidValue = "invalid-value"
        /// Parts that RFC 5545 does not allow together (`COUNT` with `UNTIL`, `BYWEEKNO` in a monthly rule).
        case conflict = "conflict"
    }

    /// The kind of problem.
    public var code: Code
    /// The rule part as written (`"BYMONTH=13"`), when the problem is in one part.
    public var part: String?
    /// What is wrong and what is expected instead.
    public var message: String

    /// Creates an error.
    public init(_ code: Code, part: String? = nil, _ message: String) {
        self.code = code
        self.part = part
        self.message = message
    }

    /// `RRULE part 'BYMONTH=13': 13 is not a month; expected 1 to 12`, or `RRULE: message` for the
    /// rule as a whole.
    public var description: String {
        if let part { return "RRULE part '\(part)': \(message)" }
        return "RRULE: \(message)"
    }
}
