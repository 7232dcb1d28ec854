import Foundation

extension Rota.ShiftLength {
    /// Reads a length as a plan writes it: whole numbers with `d` (days), `h` (hours) and `min`
    /// (minutes), each at most once, largest first: `7d`, `12h`, `1d 12h`, `8h 30min`.
    ///
    /// - Throws: ``LocalTimeError`` with code `.malformed`, saying what a length looks like.
    public init(parsing text: String) throws(LocalTimeError) {
        let units = ["d", "h", "min"]
        var values = [0, 0, 0]
        var next = 0
        var rest = Substring(text.trimmingCharacters(in: .whitespaces))
        func refuse(_ why: String) -> LocalTimeError {
            LocalTimeError(
                .malformed,
                "'\(text)' is not a shift length: \(why); write days, hours and minutes such as "
                    + "'7d', '12h' or '1d 12h'")
        }
        guard !rest.isEmpty else { throw refuse("it is empty") }
        while !rest.isEmpty {
            let digits = rest.prefix(while: \.isASCIIDigit)
            guard !digits.isEmpty, digits.count <= 5, let number = Int(digits) else {
                throw refuse("expected a whole number at '\(rest)'")
            }
            rest = rest.dropFirst(digits.count).drop(while: { $0 == " " })
            let unit = rest.prefix(while: \.isLetter)
            guard let index = units.firstIndex(of: unit.lowercased()) else {
                throw refuse(unit.isEmpty ? "\(number) has no unit" : "'\(unit)' is not d, h or min")
            }
            guard index >= next else { throw refuse("each of d, h and min at most once, largest first") }
            values[index] = number
            next = index + 1
            rest = rest.dropFirst(unit.count).drop(while: { $0 == " " })
        }
        guard values.contains(where: { $0 > 0 }) else { throw refuse("a shift must last longer than 0") }
        self.init(days: values[0], hours: values[1], minutes: values[2])
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}
