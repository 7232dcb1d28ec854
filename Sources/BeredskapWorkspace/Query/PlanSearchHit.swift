import BeredskapModel
import BeredskapStorage

/// Text a search found, with the plan it is in.
public struct PlanSearchHit: Sendable, Equatable {
    /// The plan the text is in: the one a search of every plan found it in, else the workspace's
    /// ``Workspace/planID`` (nil for the store's only or default plan).
    public var plan: EntityID?
    /// Where the text stands and the text around it.
    public var hit: SearchHit
}
