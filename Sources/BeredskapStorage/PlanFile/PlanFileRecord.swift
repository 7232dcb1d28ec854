import BeredskapModel
internal import Yams

/// One key of a mapping in a plan file, bound to a property of the model value: the single place
/// that says how a key is read, whether it is required, and how it is written.
///
/// `@unchecked Sendable` so the tables can be `static let`: the closures capture only key paths and
/// constants, and nothing in a field changes after it is made.
struct RecordField<Root>: @unchecked Sendable {
    let key: String
    let isRequired: Bool
    /// Reads the value into `root`; returns false when the value could not be read.
    var decode: (Node, PlanPath, inout DecodingContext, inout Root) -> Bool
    /// The canonical tree for the value, nil to leave the key out.
    let encode: (Root, PlanFileWriter.Options) -> PlanValue?
    /// What a key left out means, for a key with a default.
    var defaultValue: PlanValue? = nil
    /// The Swift type the key is read as (`[UnitFunction]` for a unit's `functions`).
    var valueType: Any.Type = Any.self
    /// For a list: adds the items of another value's list to the end of this one's, so a long list
    /// read a piece at a time can be put together.
    var append: ((inout Root, Root) -> Void)? = nil
    /// For a list: its items `size` at a time, as jobs that each encode one piece to its canonical
    /// trees (items that encode to nothing left out, as in ``encode``) on any thread, so a long list
    /// is never encoded whole and its pieces can be encoded on one core while another writes them.
    var encodePieces: ((Root, Int, PlanFileWriter.Options) -> [@Sendable () -> [PlanValue]])? = nil

    /// A key that must be present.
    static func required<V: PlanFileValue>(_ key: String, _ keyPath: WritableKeyPath<Root, V>) -> RecordField {
        binding(key, required: true, set: { $0[keyPath: keyPath] = $1 }) { root, options in
            root[keyPath: keyPath].encode(options)
        }
    }

    /// A key that may be left out; absent means nil.
    static func optional<V: PlanFileValue>(_ key: String, _ keyPath: WritableKeyPath<Root, V?>) -> RecordField {
        binding(key, required: false, set: { (root, value: V) in root[keyPath: keyPath] = value }) { root, options in
            root[keyPath: keyPath]?.encode(options)
        }
    }

    /// A list; absent means empty, and an empty list is left out.
    ///
    /// - Parameters:
    ///   - required: Whether the key must be present.
    ///   - emptyProblem: For a list that is meaningless when empty: what reading it written as `[]`
    ///     reports (writing would leave it out, so the file could not say it again).
    static func list<V: PlanFileValue & Sendable>(
        _ key: String, _ keyPath: WritableKeyPath<Root, [V]>, required: Bool = false, emptyProblem: String? = nil
    ) -> RecordField {
        var field = binding(key, required: required, set: { $0[keyPath: keyPath] = $1 }) { root, options in
            root[keyPath: keyPath].encode(options)
        }
        if let emptyProblem {
            let decode = field.decode
            field.decode = { node, path, context, root in
                if case .sequence(let items) = node, items.isEmpty {
                    context.record(node, at: path)
                    context.fail(.emptyValue, at: path, mark: node.mark, emptyProblem)
                    return false
                }
                return decode(node, path, &context, &root)
            }
        }
        field.append = { root, other in root[keyPath: keyPath].append(contentsOf: other[keyPath: keyPath]) }
        field.encodePieces = { root, size, options in
            let items = root[keyPath: keyPath]
            return stride(from: 0, to: items.count, by: size).map { start in
                let piece = items[start..<min(start + size, items.count)]
                return { piece.compactMap { $0.encode(options) } }
            }
        }
        return field
    }

    /// A key with a default; absent means the default, and the default is left out when writing.
    static func defaulted<V: PlanFileValue & Equatable>(
        _ key: String, _ keyPath: WritableKeyPath<Root, V>, default defaultValue: V
    ) -> RecordField {
        var field = binding(key, required: false, set: { $0[keyPath: keyPath] = $1 }) { root, options in
            let value = root[keyPath: keyPath]
            return value == defaultValue ? nil : value.encode(options)
        }
        field.defaultValue = defaultValue.encode(PlanFileWriter.Options())
        return field
    }

    /// Binds `key` to a property: reads a `V` and stores it with `set`, writes with `encode`.
    private static func binding<V: PlanFileValue>(
        _ key: String, required: Bool, set: @escaping (inout Root, V) -> Void,
        encode: @escaping (Root, PlanFileWriter.Options) -> PlanValue?
    ) -> RecordField {
        RecordField(
            key: key, isRequired: required,
            decode: { node, path, context, root in
                guard let value = V.decode(node, at: path, in: &context) else { return false }
                set(&root, value)
                return true
            },
            encode: encode, valueType: V.self)
    }
}

/// A model value written in a plan file as a mapping whose keys are listed by ``fields``.
protocol PlanFileRecord: PlanFileValue {
    /// What the mapping is called in messages ("a unit").
    static var recordName: String { get }
    /// A value with every property empty, filled in key by key while reading.
    static var blank: Self { get }
    /// The keys, in canonical order.
    static var fields: [RecordField<Self>] { get }
    /// What to say of a key the mapping does not have but readers may expect it to (an alternative's
    /// `anyOf`), instead of suggesting the nearest known key; nil for any other key. It is reported
    /// at the mapping, whose other checks it silences.
    static func problem(withUnknownKey key: String) -> String?
}

extension PlanFileRecord {
    static var placeholder: Self? { blank }

    static func problem(withUnknownKey key: String) -> String? { nil }

    static func decode(_ node: Node, at path: PlanPath, in context: inout DecodingContext) -> Self? {
        guard let mapping = context.mapping(node, at: path, expected: recordName) else { return nil }
        let fields = self.fields
        var value = blank
        // Which fields were given, by place: cheaper than a set of names on every entity read.
        var present = [Bool](repeating: false, count: fields.count)
        var misspelt: [(key: String, suggestion: String)] = []
        for (keyNode, valueNode) in mapping {
            guard case .scalar(let keyScalar) = keyNode else {
                context.fail(
                    .typeMismatch, at: path, mark: keyNode.mark,
                    "a key must be a plain name, not \(DecodingContext.shape(of: keyNode))")
                continue
            }
            let key = keyScalar.string
            let valuePath = path.appending(key)
            guard let index = fields.firstIndex(where: { $0.key == key }) else {
                context.record(keyNode, at: valuePath)
                if let problem = problem(withUnknownKey: key) {
                    // At the mapping: what it says without the key is not what was meant.
                    context.fail(.unknownKey, at: path, mark: keyNode.mark, problem)
                    continue
                }
                let suggestion = Suggestion.nearest(to: key, in: fields.map(\.key))
                let known = fields.map(\.key).joined(separator: ", ")
                context.fail(
                    .unknownKey, at: valuePath, mark: keyNode.mark,
                    "unknown key '\(key)' in \(recordName)"
                        + (suggestion.map { "; did you mean '\($0)'?" } ?? "; known keys: \(known)"))
                if let suggestion { misspelt.append((key, suggestion)) }
                continue
            }
            let field = fields[index]
            present[index] = true
            if DecodingContext.isNull(valueNode) {
                context.record(valueNode, at: valuePath)
                if field.isRequired {
                    context.fail(.missingKey, at: valuePath, mark: valueNode.mark, "'\(key)' needs a value")
                }
                continue
            }
            _ = field.decode(valueNode, valuePath, &context, &value)
        }
        for (index, field) in fields.enumerated() where field.isRequired && !present[index] {
            let fieldPath = path.appending(field.key)
            if misspelt.contains(where: { $0.suggestion == field.key }) {
                context.suppress(fieldPath)  // the misspelt key already explains it
            } else {
                context.fail(
                    .missingKey, at: fieldPath, mark: node.mark,
                    "\(recordName) is missing the required key '\(field.key)'")
            }
        }
        return value
    }

    func encode(_ options: PlanFileWriter.Options) -> PlanValue? {
        let pairs = Self.fields.compactMap { field in field.encode(self, options).map { (field.key, $0) } }
        return pairs.isEmpty ? nil : .mapping(pairs)
    }
}

extension RecordField where Root: PlanFileRecord {
    /// The entry's `basis` (see ``Basis``): a list whose `field`, where given, must be another key of
    /// the entry, so a basis cannot silently speak of a field the entry does not have.
    static func basis(_ keyPath: WritableKeyPath<Root, [Basis]>) -> RecordField {
        let field = list("basis", keyPath)
        return RecordField(
            key: field.key, isRequired: false,
            decode: { node, path, context, root in
                guard field.decode(node, path, &context, &root) else { return false }
                guard case .sequence(let items) = node else { return true }
                let keys = Root.fields.map(\.key).filter { $0 != "basis" }
                for (index, item) in items.enumerated() {
                    guard let name = item["field"], case .scalar(let scalar) = name, !keys.contains(scalar.string)
                    else { continue }
                    let suggestion = Suggestion.nearest(to: scalar.string, in: keys)
                    context.fail(
                        .unknownKey, at: path.appending(index).appending("field"), mark: name.mark,
                        "\(Root.recordName) has no key '\(scalar.string)' for a basis to be about"
                            + (suggestion.map { "; did you mean '\($0)'?" }
                                ?? "; its keys: \(keys.joined(separator: ", "))"))
                }
                return true
            },
            encode: field.encode, valueType: field.valueType)
    }
}
