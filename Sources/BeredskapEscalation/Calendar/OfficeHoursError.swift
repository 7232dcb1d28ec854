/// Why office hours written as text were refused: which rule, which field, and what to write instead.
///
/// ```swift
/// do {
///     _ = try OfficeHours(days: "tisdg", opens: "08:00", closes: "16:30")
/// } catch {
///     print(error)   // office hours rule 1, days: 'tisdg' is not a day of the week; did you mean 'tisdag'? …
/// }
/// ```
public struct OfficeHoursError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The part of a rule that is wrong.
    public enum Field: String, Hashable, Sendable {
        /// The days the rule applies to.
        case days
        /// The opening time.
        case opens
        /// The closing time.
        case closes
    }

    /// The rule's position in the list, from 1.
    public var rule: Int
    /// The field that is wrong.
    public var field: Field
    /// What is wrong and what to write instead.
    public var message: String

    /// Creates an error.
    public init(rule: Int, field: Field, message: String) {
        self.rule = rule
        self.field = field
        self.message = message
    }

    /// `office hours rule 2, opens: '8.00' is not a time of day; …`.
    public var description: String { "office hours rule \(rule), \(field.rawValue): \(message)" }
}
