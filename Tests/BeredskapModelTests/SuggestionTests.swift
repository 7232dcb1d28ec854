import Testing

@testable import BeredskapModel

/// The suggestion skips candidates whose length alone rules them out; it must pick what measuring
/// every candidate picks.
@Suite struct SuggestionTests {
    /// Every candidate measured, as the suggestion was first written.
    static func measuringEvery(_ word: String, _ candidates: [String]) -> String? {
        let folded = TextFolding.fold(word)
        guard !folded.isEmpty else { return nil }
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            let foldedCandidate = TextFolding.fold(candidate)
            var distance = Suggestion.editDistance(Array(folded), Array(foldedCandidate))
            if distance > 0, folded.count >= 4, foldedCandidate.contains(folded) || folded.contains(foldedCandidate) {
                distance = min(distance, 1 + abs(folded.count - foldedCandidate.count) / 4)
            }
            let limit = max(1, min(folded.count, foldedCandidate.count) / 3)
            guard distance <= limit else { continue }
            if best == nil || distance < best!.distance { best = (candidate, distance) }
        }
        return best?.candidate
    }

    @Test func picksWhatMeasuringEveryCandidatePicks() {
        var state: UInt64 = 0x5EED
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        let letters = Array("abcdeåäö-1")
        func word() -> String { String((0..<(1 + next(14))).map { _ in letters[next(letters.count)] }) }
        var suggested = 0
        for _ in 0..<3_000 {
            let candidates = (0..<(1 + next(40))).map { _ in word() }
            // Often a near miss of a candidate, so that suggestions are made.
            var typed = Array(candidates[next(candidates.count)])
            if next(3) > 0, !typed.isEmpty { typed[next(typed.count)] = letters[next(letters.count)] }
            if next(2) == 0 { typed.append(letters[next(letters.count)]) }
            let text = next(5) == 0 ? word() : String(typed)
            let expected = Self.measuringEvery(text, candidates)
            if expected != nil { suggested += 1 }
            #expect(Suggestion.nearest(to: text, in: candidates) == expected, "\(text) in \(candidates)")
        }
        #expect(suggested > 1_000)
    }
}
