/// One line of a plan's office hours: the days it applies to and when the office opens and closes on
/// them, as the plan writes them.
///
/// The plan file keeps the text; BeredskapEscalation reads it into a weekly calendar and reports a
/// day or a time it cannot read. Several rules may name the same day, each adds an opening.
///
/// ```yaml
/// plan:
///   officeHours:
///     - {days: måndag–torsdag, opens: "08:00", closes: "16:30"}
///     - {days: fredag, opens: "08:00", closes: "15:00"}
/// ```
public struct OfficeHoursRule: Hashable, Sendable, Codable {
    /// The days: a day name in English or Swedish (`monday`, `måndag`), a range (`monday-friday`), a
    /// comma-separated list, or `weekdays`/`vardagar`, `every day`/`alla dagar`.
    public var days: String
    /// The opening time, `"08:00"`.
    public var opens: String
    /// The closing time, `"16:30"`; `"24:00"` for midnight at the end of the day.
    public var closes: String

    /// Creates a rule.
    public init(days: String, opens: String, closes: String) {
        self.days = days
        self.opens = opens
        self.closes = closes
    }
}
