/// Who a unit serves (the plan's *målgrupp*), with the ages the plan states.
///
/// `minAge` and `maxAge` are whole years and both inclusive: Origo serves 13–26, SKKP "up to 21" has
/// only a maximum, Relationsvåldscentrum "over 18" only a minimum.
public struct TargetGroup: Hashable, Sendable {
    /// The group in the plan's words ("Ungdomar som lever i en hederskontext").
    public var description: String
    /// The youngest age served, when the plan states one.
    public var minAge: Int?
    /// The oldest age served, when the plan states one.
    public var maxAge: Int?

    /// Creates a target group.
    public init(description: String, minAge: Int? = nil, maxAge: Int? = nil) {
        self.description = description
        self.minAge = minAge
        self.maxAge = maxAge
    }

    /// Whether the group includes a person of `age`. A group with no stated ages includes no age.
    public func includes(age: Int) -> Bool {
        guard minAge != nil || maxAge != nil else { return false }
        return (minAge ?? 0) <= age && age <= (maxAge ?? Int.max)
    }
}
