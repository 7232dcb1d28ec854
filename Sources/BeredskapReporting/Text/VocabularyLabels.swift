import BeredskapModel

/// A plan vocabulary value's label in a report language: the plan's Swedish label, or an English one.
protocol ReportLabelled: PlanVocabulary {
    /// The English label.
    var englishLabel: String { get }
}

extension ReportLabelled {
    /// The label in `language`.
    func label(_ language: ReportLanguage) -> String {
        language == .sv ? swedishLabel : englishLabel
    }
}

extension ActivityStatus: ReportLabelled {
    var englishLabel: String {
        switch self {
        case .planned: "planned"
        case .ongoing: "ongoing"
        case .done: "done"
        case .postponed: "postponed"
        case .cancelled: "cancelled"
        }
    }
}

extension UnitFunction: ReportLabelled {
    var englishLabel: String {
        switch self {
        case .preventive: "preventive"
        case .detecting: "detecting"
        case .remedial: "remedial"
        }
    }
}

extension FunctionLevel: ReportLabelled {
    var englishLabel: String {
        switch self {
        case .prevention: "prevention"
        case .intervention: "intervention"
        }
    }
}

extension AlarmStepKind: ReportLabelled {
    var englishLabel: String {
        switch self {
        case .receive: "receives"
        case .contact: "contacts"
        case .inform: "informs"
        case .decide: "decides"
        case .activate: "activates"
        case .assign: "assigns"
        case .record: "records"
        }
    }
}

extension EventClassification: ReportLabelled {
    var englishLabel: String {
        switch self {
        case .extraordinary: "extraordinary event"
        case .ordinary: "ordinary event"
        }
    }
}

extension Frequency: ReportLabelled {
    var englishLabel: String {
        switch self {
        case .monthly: "monthly"
        case .quarterly: "quarterly"
        case .tertial: "every tertial"
        case .halfYearly: "every half year"
        case .yearly: "yearly"
        }
    }
}

extension Basis.Kind: ReportLabelled {
    var englishLabel: String {
        switch self {
        case .stated: "stated in the source"
        case .inferred: "inferred"
        case .assumed: "assumed"
        }
    }
}

extension Approval.Action: ReportLabelled {
    var englishLabel: String {
        switch self {
        case .referred: "referred for consultation"
        case .reviewed: "reviewed"
        case .adopted: "adopted"
        case .approved: "approved"
        case .published: "published"
        }
    }
}

extension Contact.Kind: ReportLabelled {
    var englishLabel: String {
        switch self {
        case .phone: "phone"
        case .email: "e-mail"
        case .address: "address"
        case .web: "web"
        case .other: "other"
        }
    }
}

extension PlanReference.Kind: ReportLabelled {
    var englishLabel: String {
        switch self {
        case .law: "law"
        case .directive: "directive"
        case .guideline: "guidelines"
        case .report: "report"
        case .budget: "budget"
        case .plan: "plan"
        case .other: "other"
        }
    }
}

extension Indicator.Kind: ReportLabelled {
    var englishLabel: String {
        switch self {
        case .count: "count"
        case .boolean: "yes/no"
        case .percentage: "share"
        }
    }
}

/// Labels for values reports keep in their written (raw) form.
enum VocabularyText {
    /// The label of the value of `type` written `rawValue`, or `rawValue` itself if it names none.
    static func label<V: ReportLabelled>(_ type: V.Type, _ rawValue: String?, _ language: ReportLanguage) -> String? {
        guard let rawValue else { return nil }
        return V(rawValue: rawValue)?.label(language) ?? rawValue
    }

    /// A focus area's heading: "3. Anhörigstöd" for a whole number, as plans write a chapter, and
    /// "3:1 Anhörig- och individstöd" for a label of chapter and area.
    static func areaHeading(_ number: String?, _ title: String) -> String {
        guard let number, !number.isEmpty else { return title }
        return AreaNumber(number).isWholeNumber ? "\(number). \(title)" : "\(number) \(title)"
    }

    /// `text` with its first letter in upper case ("åtgärdande" → "Åtgärdande").
    static func capitalizedFirst(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.uppercased() + text.dropFirst()
    }

    /// Items joined as a sentence does: "a, b och c".
    static func list(_ items: [String], _ language: ReportLanguage) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " " + Label.and.text(language) + " " + items.last!
    }
}

extension PerformanceRating {
    /// What the rating means in `language`, in the words of HSEEP's scale.
    ///
    /// ```swift
    /// PerformanceRating.someChallenges.label(.sv)   // "genomfört med vissa svårigheter"
    /// PerformanceRating.someChallenges.label(.en)   // "performed with some challenges"
    /// ```
    public func label(_ language: ReportLanguage) -> String {
        language == .sv ? swedishLabel : englishLabel
    }
}

extension Role.Kind: ReportLabelled {
    var englishLabel: String {
        switch self {
        case .post: "post"
        case .group: "group"
        }
    }
}

extension ExternalActor.Kind: ReportLabelled {
    var englishLabel: String {
        switch self {
        case .authority: "authority"
        case .region: "region"
        case .municipality: "municipality"
        case .cityBody: "city body"
        case .organization: "organisation"
        case .group: "group"
        case .other: "other"
        }
    }
}
