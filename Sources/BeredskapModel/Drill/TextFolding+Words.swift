extension TextFolding {
    /// The folded words of `text`, split at everything that is not a letter or a digit.
    ///
    /// ```swift
    /// TextFolding.words("Aktiverar POSOM-ledningen")   // ["aktiverar", "posom", "ledningen"]
    /// ```
    public static func words(_ text: String) -> [String] {
        fold(text).split { !($0.isLetter || $0.isNumber) }.map(String.init)
    }
}
