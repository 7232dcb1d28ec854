import BeredskapModel
internal import Yams

/// A value that a plan file can hold: read from a YAML/JSON node with problems reported in a
/// ``DecodingContext``, and written back as a ``PlanValue`` in canonical form.
protocol PlanFileValue {
    /// Reads the value; returns nil after reporting why it could not.
    static func decode(_ node: Node, at path: PlanPath, in context: inout DecodingContext) -> Self?
    /// The canonical tree for the value, or nil when the value is empty and should be left out.
    func encode(_ options: PlanFileWriter.Options) -> PlanValue?
    /// A stand-in for a list element that failed to read, so later elements keep their positions.
    static var placeholder: Self? { get }
}

extension PlanFileValue {
    static var placeholder: Self? { nil }
}

extension String: PlanFileValue {
    static func decode(_ node: Node, at path: PlanPath, in context: inout DecodingContext) -> String? {
        context.scalar(node, at: path, expected: "text").map { $0.trimmingWhitespace() }
    }

    func encode(_ options: PlanFileWriter.Options) -> PlanValue? {
        isEmpty ? nil : .string(self)
    }

    /// The text without leading or trailing blanks and line breaks, which block scalars leave behind.
    func trimmingWhitespace() -> String {
        // Most texts start and end with a visible ASCII character: nothing to trim, and no copy.
        let visible = UInt8(ascii: "!")...UInt8(ascii: "~")
        if let first = utf8.first, let last = utf8.last, visible.contains(first), visible.contains(last) {
            return self
        }
        var scalars = Substring(self)
        while let first = scalars.first, first.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}

extension Int: PlanFileValue {
    static func decode(_ node: Node, at path: PlanPath, in context: inout DecodingContext) -> Int? {
        context.number(node, at: path, expected: "a whole number")
    }

    func encode(_ options: PlanFileWriter.Options) -> PlanValue? { .integer(self) }
}

extension Double: PlanFileValue {
    static func decode(_ node: Node, at path: PlanPath, in context: inout DecodingContext) -> Double? {
        context.number(node, at: path, expected: "a number").flatMap { $0.isFinite ? $0 : nil }
    }

    func encode(_ options: PlanFileWriter.Options) -> PlanValue? { .number(self) }
}

extension DecodingContext {
    /// A scalar parsed as a number, or a reported mismatch.
    mutating func number<N: LosslessStringConvertible>(_ node: Node, at path: PlanPath, expected: String) -> N? {
        guard let text = scalar(node, at: path, expected: expected) else { return nil }
        if let value = N(text) { return value }
        mismatch(at: path, node: node, expected: expected)
        return nil
    }
}

extension Bool: PlanFileValue {
    static func decode(_ node: Node, at path: PlanPath, in context: inout DecodingContext) -> Bool? {
        guard let text = context.scalar(node, at: path, expected: "true or false") else { return nil }
        switch text {
        case "true": return true
        case "false": return false
        default:
            context.mismatch(at: path, node: node, expected: "true or false")
            return nil
        }
    }

    func encode(_ options: PlanFileWriter.Options) -> PlanValue? { .boolean(self) }
}

extension EntityID: PlanFileValue {
    static func decode(_ node: Node, at path: PlanPath, in context: inout DecodingContext) -> EntityID? {
        context.scalar(node, at: path, expected: "an id").map { EntityID($0) }
    }

    func encode(_ options: PlanFileWriter.Options) -> PlanValue? { .string(rawValue) }
}

extension AreaNumber: PlanFileValue {
    /// A label as written, `3`, `3:1` or `'6.2'` alike: `3:1` unquoted is the label, not YAML 1.1's
    /// sexagesimal 181.
    static func decode(_ node: Node, at path: PlanPath, in context: inout DecodingContext) -> AreaNumber? {
        context.scalar(node, at: path, expected: "a number such as 3 or '3:1'").map { AreaNumber($0) }
    }

    /// A whole number as a number, as plans have always written it; any other label as text.
    func encode(_ options: PlanFileWriter.Options) -> PlanValue? {
        if isWholeNumber, let number = Int(text) { return .integer(number) }
        return text.isEmpty ? nil : .string(text)
    }
}

extension PartialDate: PlanFileValue {
    static func decode(_ node: Node, at path: PlanPath, in context: inout DecodingContext) -> PartialDate? {
        guard let text = context.scalar(node, at: path, expected: "a date") else { return nil }
        do {
            return try PartialDate(parsing: text)
        } catch {
            context.fail(.invalidDate, at: path, mark: node.mark, error.description)
            return nil
        }
    }

    func encode(_ options: PlanFileWriter.Options) -> PlanValue? { .string(description) }
}

extension Array: PlanFileValue where Element: PlanFileValue {
    static func decode(_ node: Node, at path: PlanPath, in context: inout DecodingContext) -> [Element]? {
        guard let items = context.sequence(node, at: path) else { return nil }
        var elements: [Element] = []
        for (index, item) in items.enumerated() {
            if let element = Element.decode(item, at: path.appending(index), in: &context) ?? Element.placeholder {
                elements.append(element)
            } else {
                // The list is incomplete; checks of the whole list (is it empty?) would mislead.
                context.suppress(path)
            }
        }
        return elements
    }

    func encode(_ options: PlanFileWriter.Options) -> PlanValue? {
        let items = compactMap { $0.encode(options) }
        return items.isEmpty ? nil : .sequence(items)
    }
}

/// Closed sets of values are read by their English name, with a suggestion for near misses and for
/// the Swedish labels users know them by.
protocol PlanFileVocabulary: PlanVocabulary, PlanFileValue {}

extension PlanFileVocabulary {
    static func decode(_ node: Node, at path: PlanPath, in context: inout DecodingContext) -> Self? {
        let allowed = allCases.map(\.rawValue)
        guard let text = context.scalar(node, at: path, expected: "one of \(allowed.joined(separator: ", "))")
        else { return nil }
        if let value = Self(rawValue: text) { return value }
        var message = "unknown \(valueName) '\(text)'"
        if let byLabel = Self(label: text) {
            message +=
                "; did you mean '\(byLabel.rawValue)' (\(byLabel.swedishLabel))? Plan files use the English value"
        } else if let near = Suggestion.nearest(to: text, in: allowed) {
            message += "; did you mean '\(near)'?"
        } else {
            message += "; expected one of \(allowed.map { "'\($0)'" }.joined(separator: ", "))"
        }
        context.fail(.unknownValue, at: path, mark: node.mark, message)
        return nil
    }

    func encode(_ options: PlanFileWriter.Options) -> PlanValue? { .string(rawValue) }
}

extension UnitFunction: PlanFileVocabulary {}
extension FunctionLevel: PlanFileVocabulary {}
extension Contact.Kind: PlanFileVocabulary {}
extension Organization.StandardKind: PlanFileVocabulary {}
extension Basis.Kind: PlanFileVocabulary {}

extension Organization.Kind: PlanFileValue {
    /// A kind the format knows, or one of the plan's own: any word (the validator asks a kind of the
    /// plan's own for its `kindLabel`).
    static func decode(_ node: Node, at path: PlanPath, in context: inout DecodingContext) -> Organization.Kind? {
        context.scalar(node, at: path, expected: "an organization kind").map {
            Organization.Kind(rawValue: $0.trimmingWhitespace())
        }
    }

    func encode(_ options: PlanFileWriter.Options) -> PlanValue? { .string(rawValue) }
}
extension ExternalActor.Kind: PlanFileVocabulary {}
extension Role.Kind: PlanFileVocabulary {}
extension Role.Availability: PlanFileVocabulary {}
extension Milieu.Kind: PlanFileVocabulary {}
extension Section.Insert: PlanFileVocabulary {}
extension Frequency: PlanFileVocabulary {}
extension ActivityStatus: PlanFileVocabulary {}
extension Indicator.Kind: PlanFileVocabulary {}
extension AlarmStepKind: PlanFileVocabulary {}
extension EventClassification: PlanFileVocabulary {}
extension StepJoin: PlanFileVocabulary {}
extension StepRepeat.Until: PlanFileVocabulary {}
extension Approval.Action: PlanFileVocabulary {}
extension PlanReference.Kind: PlanFileVocabulary {}
extension HolidayCalendar: PlanFileVocabulary {}

extension FollowUpSchedule: PlanFileValue {
    static func decode(_ node: Node, at path: PlanPath, in context: inout DecodingContext) -> FollowUpSchedule? {
        context.record(node, at: path)
        let expected = "'ordinary', a date such as '2017-09-01', or {every: tertial}"
        switch node {
        case .scalar(let scalar):
            if scalar.string == "ordinary" { return .ordinary }
            if let date = try? PartialDate(parsing: scalar.string) { return .on(date) }
            if scalar.string.first?.isNumber == true {
                return PartialDate.decode(node, at: path, in: &context).map(FollowUpSchedule.on)
            }
            let hint = Suggestion.nearest(to: scalar.string, in: ["ordinary"]).map { "; did you mean '\($0)'?" }
            context.fail(
                .unknownValue, at: path, mark: node.mark,
                "unknown follow-up '\(scalar.string)'" + (hint ?? "; expected \(expected)"))
            return nil
        case .mapping(let mapping):
            guard mapping.count == 1, mapping.keys.first?.string == "every", let value = mapping["every"] else {
                context.fail(
                    .typeMismatch, at: path, mark: node.mark,
                    "a follow-up mapping has one key, 'every'; expected \(expected)")
                return nil
            }
            return Frequency.decode(value, at: path.appending("every"), in: &context).map(FollowUpSchedule.every)
        default:
            context.fail(.typeMismatch, at: path, mark: node.mark, "expected \(expected)")
            return nil
        }
    }

    func encode(_ options: PlanFileWriter.Options) -> PlanValue? {
        switch self {
        case .ordinary: .string("ordinary")
        case .on(let date): .string(date.description)
        case .every(let frequency): .mapping([("every", .string(frequency.rawValue))])
        }
    }
}
