import BeredskapModel

extension PlanValue {
    /// The value with the value of every contact detail marked sensitive replaced by
    /// `Contact.withheldValue` (BeredskapModel): for the change log, a diff or a dry run, which show
    /// values as they are stored and so would show what exports and reports leave out.
    ///
    /// A contact detail is sensitive by the same reading of its `sensitive` key that loads a plan
    /// file, so what counts as sensitive here is what ``PlanFileWriter`` leaves out.
    ///
    /// ```swift
    /// change.new?.withholdingSensitive(field: change.field)   // [{kind: phone, value: "[känslig uppgift]", …}]
    /// ```
    ///
    /// - Parameter field: The key this value is held under, when it is one field of an entity
    ///   (`contacts`); nil for a whole entity or a plan.
    public func withholdingSensitive(field: String? = nil) -> PlanValue {
        if field == Self.contactsKey, case .sequence(let items) = self {
            return .sequence(items.map { Self.isSensitiveContact($0) ? Self.withheld($0) : $0 })
        }
        switch self {
        case .mapping(let pairs):
            return .mapping(pairs.map { ($0.0, $0.1.withholdingSensitive(field: $0.0)) })
        case .sequence(let items):
            return .sequence(items.map { $0.withholdingSensitive() })
        case .string, .integer, .number, .boolean:
            return self
        }
    }

    /// Every value of a contact detail marked sensitive anywhere in this value: the text to withhold
    /// from a message that quotes what was typed.
    public func sensitiveContactValues(field: String? = nil) -> [String] {
        if field == Self.contactsKey, case .sequence(let items) = self {
            return items.compactMap { Self.isSensitiveContact($0) ? $0["value"]?.scalarText : nil }
        }
        switch self {
        case .mapping(let pairs): return pairs.flatMap { $0.1.sensitiveContactValues(field: $0.0) }
        case .sequence(let items): return items.flatMap { $0.sensitiveContactValues() }
        case .string, .integer, .number, .boolean: return []
        }
    }

    /// The key under which organizations, units, external actors and roles list their contact details.
    static let contactsKey = "contacts"

    /// Whether a contact detail, as a plan-file mapping, is marked sensitive: its `sensitive` key read
    /// by the binding `Contact`'s plan-file fields give it, default included.
    static func isSensitiveContact(_ value: PlanValue) -> Bool {
        guard case .mapping = value, let field = Contact.fields.first(where: { $0.key == "sensitive" }),
            let flag = value["sensitive"]
        else { return false }
        var contact = Contact.blank
        var context = DecodingContext(recordsMarks: false)
        // A flag that does not read as true or false withholds the value too: better a placeholder
        // too many than a private number shown because it was misspelt.
        guard field.decode(flag.decodingNode(), PlanPath([]), &context, &contact) else { return true }
        return contact.sensitive
    }

    private static func withheld(_ contact: PlanValue) -> PlanValue {
        guard case .mapping(let pairs) = contact else { return contact }
        return .mapping(pairs.map { $0.0 == "value" ? ($0.0, .string(Contact.withheldValue)) : $0 })
    }
}

extension FieldChange {
    /// The change with sensitive contact details withheld from its old and new values; see
    /// ``PlanValue/withholdingSensitive(field:)``.
    public func withholdingSensitive() -> FieldChange {
        var change = self
        change.old = old?.withholdingSensitive(field: field)
        change.new = new?.withholdingSensitive(field: field)
        return change
    }
}
