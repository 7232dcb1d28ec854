/// "Did you mean …?": the nearest candidate to a misspelt word.
public enum Suggestion {
    /// The candidate closest to `word`, if one is close enough to be a plausible typo.
    ///
    /// Distance is the optimal-string-alignment edit distance on case- and diacritic-folded text, so
    /// `functons` suggests `functions`, `remedia` suggests `remedial`, and `foraldrastod` matches
    /// `föräldrastöd` exactly. A candidate that contains the word, or is contained by it, also counts.
    ///
    /// ```swift
    /// Suggestion.nearest(to: "functons", in: ["functions", "level"])   // "functions"
    /// ```
    public static func nearest<S: Sequence>(to word: String, in candidates: S) -> String?
    where S.Element == String {
        let folded = TextFolding.fold(word)
        guard !folded.isEmpty else { return nil }
        let characters = Array(folded)
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            let foldedCandidate = TextFolding.fold(candidate)
            let limit = max(1, min(characters.count, foldedCandidate.count) / 3)
            let contains =
                characters.count >= 4 && (foldedCandidate.contains(folded) || folded.contains(foldedCandidate))
            // The distance is at least the difference in length: a candidate that cannot come within
            // the limit, or beat the best so far, is not measured (thousands of ids are offered).
            let atLeast = abs(characters.count - foldedCandidate.count)
            if !contains, atLeast > limit || atLeast >= (best?.distance ?? Int.max) { continue }
            var distance = editDistance(characters, Array(foldedCandidate))
            if distance > 0, contains {
                distance = min(distance, 1 + abs(characters.count - foldedCandidate.count) / 4)
            }
            guard distance <= limit else { continue }
            if best == nil || distance < best!.distance {
                best = (candidate, distance)
            }
        }
        return best?.candidate
    }

    /// `" — did you mean 'x'?"` for the nearest candidate, or an empty string.
    public static func didYouMean<S: Sequence>(_ word: String, in candidates: S) -> String
    where S.Element == String {
        guard let match = nearest(to: word, in: candidates) else { return "" }
        return "; did you mean '\(match)'?"
    }

    /// `message` with `clause` added: after "; " as a clause of its sentence, or, when the message ends
    /// in a question (a "did you mean …?"), as a sentence of its own.
    ///
    /// ```swift
    /// Suggestion.continuing("no unit 'origa'; did you mean 'origo'?", with: "nothing was applied")
    /// // "no unit 'origa'; did you mean 'origo'? Nothing was applied"
    /// Suggestion.continuing("no unit 'xyz'", with: "nothing was applied")
    /// // "no unit 'xyz'; nothing was applied"
    /// ```
    public static func continuing(_ message: String, with clause: String) -> String {
        guard message.hasSuffix("?"), let first = clause.first else { return message + "; " + clause }
        return message + " " + first.uppercased() + clause.dropFirst()
    }

    /// The optimal-string-alignment distance: insertions, deletions, substitutions and swaps of
    /// adjacent characters each cost one.
    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previousPrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], previousPrevious[j - 2] + 1)
                }
            }
            (previousPrevious, previous, current) = (previous, current, previousPrevious)
        }
        return previous[b.count]
    }
}
