import BeredskapModel

extension PlanFileWriter {
    /// The plan without what it marks as assumed (`Basis.Kind.assumed`, BeredskapModel): every entry whose whole
    /// basis is assumed is left out of its list, and every field whose basis is assumed is left out of
    /// its entry where the entry can do without it (a role keeps its required organization); what the
    /// source states or implies stays.
    ///
    /// A report asked for without assumptions shows this plan: the plan as its source gives it. What
    /// refers to an entry left out keeps the reference (a step after a left-out step still names it).
    ///
    /// ```swift
    /// PlanFileWriter.leavingOutAssumed(stockholm).alertRules   // []: the six rules are the transcriber's
    /// ```
    public static func leavingOutAssumed(_ plan: Plan) -> Plan {
        let full = value(for: plan, options: Options(includeSensitive: true))
        var kept = full.leavingOutAssumedEntries()
        let fields = kept.assumedFields(at: []).reversed()
        // Nearly always every assumed field can go at once: the plan is then read once, not once a field.
        let withoutAll = fields.reduce(kept) { $0.removing($1.key, at: $1.place) }
        if let decoded = decodedPlan(withoutAll) { return withoutAll == full ? plan : decoded }
        // Otherwise each assumed field goes if its entry reads without it (a required field stays).
        guard var result = decodedPlan(kept) else { return plan }
        for (place, key) in fields {
            let candidate = kept.removing(key, at: place)
            if let plan = decodedPlan(candidate) {
                kept = candidate
                result = plan
            }
        }
        return kept == full ? plan : result
    }

    private static func decodedPlan(_ value: PlanValue) -> Plan? {
        var context = DecodingContext()
        context.recordsMarks = false
        guard let document = PlanFileDocument.decode(value.decodingNode(), at: .root, in: &context),
            context.problems.isEmpty
        else { return nil }
        return document.plan
    }
}

extension PlanValue {
    /// A step from a value to one inside it: a key of a mapping or a position in a list.
    fileprivate enum Step: Equatable {
        case key(String)
        case index(Int)
    }

    /// The value without the entries its `basis` lists mark as assumed as a whole.
    fileprivate func leavingOutAssumedEntries() -> PlanValue {
        switch self {
        case .sequence(let items):
            return .sequence(items.filter { !$0.isAssumedEntry }.map { $0.leavingOutAssumedEntries() })
        case .mapping(let pairs):
            return .mapping(pairs.map { ($0.0, $0.1.leavingOutAssumedEntries()) })
        case .string, .integer, .number, .boolean:
            return self
        }
    }

    /// Every field marked assumed, as the place of its entry and its key, in document order.
    fileprivate func assumedFields(at place: [Step]) -> [(place: [Step], key: String)] {
        switch self {
        case .sequence(let items):
            return items.enumerated().flatMap { $0.element.assumedFields(at: place + [.index($0.offset)]) }
        case .mapping(let pairs):
            let own = basisPairs.compactMap { pair -> String? in
                guard pair.kind == Basis.Kind.assumed.rawValue, let field = pair.field, self[field] != nil
                else { return nil }
                return field
            }
            return own.map { (place, $0) } + pairs.flatMap { $0.1.assumedFields(at: place + [.key($0.0)]) }
        case .string, .integer, .number, .boolean:
            return []
        }
    }

    /// The value with `key`, and what its `basis` says of it, removed from the mapping at `place`.
    fileprivate func removing(_ key: String, at place: [Step]) -> PlanValue {
        guard let first = place.first else {
            guard case .mapping(let pairs) = self else { return self }
            return .mapping(
                pairs.compactMap { pair in
                    guard pair.0 != key else { return nil }
                    guard pair.0 == "basis", case .sequence(let items) = pair.1 else { return pair }
                    let rest = items.filter { $0["field"]?.scalarText != key }
                    return rest.isEmpty ? nil : (pair.0, .sequence(rest))
                })
        }
        let rest = Array(place.dropFirst())
        switch (self, first) {
        case (.sequence(var items), .index(let index)) where items.indices.contains(index):
            items[index] = items[index].removing(key, at: rest)
            return .sequence(items)
        case (.mapping(let pairs), .key(let name)):
            return .mapping(pairs.map { $0.0 == name ? ($0.0, $0.1.removing(key, at: rest)) : $0 })
        default:
            return self
        }
    }

    /// The entries of this mapping's `basis` list, as (field, kind) pairs.
    private var basisPairs: [(field: String?, kind: String?)] {
        guard case .sequence(let items)? = self["basis"] else { return [] }
        return items.map { ($0["field"]?.scalarText, $0["kind"]?.scalarText) }
    }

    private var isAssumedEntry: Bool {
        basisPairs.contains { $0.field == nil && $0.kind == Basis.Kind.assumed.rawValue }
    }
}
