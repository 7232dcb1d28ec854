/// A person playing one of the plan's roles in a tabletop drill.
///
/// ```swift
/// DrillParticipant(role: "stadsdirektor", person: "Anna Berg")
/// ```
public struct DrillParticipant: Hashable, Sendable {
    /// The role in the plan.
    public var role: EntityID
    /// Who plays it.
    public var person: String

    /// Creates a participant.
    ///
    /// - Parameters:
    ///   - role: The role in the plan.
    ///   - person: Who plays it.
    public init(role: EntityID, person: String) {
        self.role = role
        self.person = person
    }
}
