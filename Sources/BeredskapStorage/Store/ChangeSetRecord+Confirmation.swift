/// How the tool confirms a change set it made, in its own language (English), the same from the shell
/// and from the command line.
extension ChangeSetRecord {
    /// The number of changes, counted: "1 change", "3 changes".
    ///
    /// ```swift
    /// record.changeCount   // "2 changes"
    /// ```
    public var changeCount: String {
        "\(changes.count) change\(changes.count == 1 ? "" : "s")"
    }

    /// What an undo did: "undid #3 as #4: 1 change". For a change set that undoes none, its number
    /// and count of changes: "#4: 1 change".
    ///
    /// ```swift
    /// try store.undoLast().undoConfirmation   // "undid #3 as #4: 1 change"
    /// ```
    public var undoConfirmation: String {
        (undoes.map { "undid #\($0) as " } ?? "") + "#\(id): \(changeCount)"
    }
}
