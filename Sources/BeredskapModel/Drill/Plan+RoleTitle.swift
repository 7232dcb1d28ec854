extension Plan {
    /// How a drill's log names the role `id`: the role's title, else the name of the plan's actor with
    /// that id, else the id itself.
    ///
    /// ```swift
    /// plan.roleTitle("sof-direktor")   // "Direktör vid Socialförvaltningen"
    /// ```
    public func roleTitle(_ id: EntityID) -> String {
        roles.first { $0.id == id }?.title ?? actor(id)?.name ?? id.rawValue
    }
}
