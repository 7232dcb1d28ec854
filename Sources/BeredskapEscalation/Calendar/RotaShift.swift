import Foundation

/// One regular shift of a rota: its number from the first shift, when it starts and ends, and who holds it.
public struct RotaShift: Hashable, Sendable {
    /// 0 for the rota's first shift, 1 for the next, and so on.
    public let number: Int
    /// The shift's start as the rule gave it, in the rota's local time.
    public let localStart: LocalDateTime
    /// The start instant.
    public let start: Date
    /// The end instant (not included).
    public let end: Date
    /// Who holds the shift, when the rota names holders.
    public let holder: String?

    func contains(_ date: Date) -> Bool { start <= date && date < end }
}
