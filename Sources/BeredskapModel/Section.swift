/// A part of the plan's narrative (Inledning, Lokal lägesbild, …), kept so the whole document can be
/// regenerated with the original's structure.
public struct Section: Hashable, Sendable, Identifiable, Grounded {
    /// A structured list the document shows after a section's text.
    public enum Insert: String, PlanVocabulary {
        /// What a value is called in messages.
        public static let valueName = "insert"

        /// The definitions.
        case definitions
        /// The milieus.
        case milieus
        /// The departments of the owning administration.
        case departments
        /// The units in the prevention list.
        case preventionUnits
        /// The units in the intervention list.
        case interventionUnits
        /// The units whose list the plan does not state.
        case otherUnits
        /// The activity table.
        case activities
        /// The focus areas with their activities.
        case focusAreas
        /// The alarm paths.
        case alarmPaths
        /// The roles: who they are, where they sit, when they answer and who stands in for them.
        case roles
        /// The external actors the plan names.
        case externalActors

        /// The Swedish label.
        public var swedishLabel: String {
            switch self {
            case .definitions: "definitioner"
            case .milieus: "miljöer"
            case .departments: "avdelningar"
            case .preventionUnits: "verksamheter i förebyggande arbete"
            case .interventionUnits: "verksamheter i förhindrande arbete"
            case .otherUnits: "övriga verksamheter"
            case .activities: "aktiviteter"
            case .focusAreas: "fokusområden"
            case .alarmPaths: "larmvägar"
            case .roles: "roller"
            case .externalActors: "externa aktörer"
            }
        }
    }

    /// The section's id.
    public var id: EntityID
    /// The heading.
    public var title: String
    /// The text; paragraphs are separated by a blank line.
    public var body: String?
    /// Footnotes: ids of ``PlanReference``s the text cites.
    public var references: [EntityID]
    /// The structured list shown after the text.
    public var insert: Insert?
    /// Subsections, in document order.
    public var sections: [Section]
    /// The label of a section that is an attachment to the plan (*bilaga*): "Bilaga 2".
    public var attachment: String?

    /// What the entry, or each of its fields, rests on (see ``Basis``); empty when the plan does not say.
    public var basis: [Basis] = []

    /// Creates a section.
    public init(
        id: EntityID, title: String, body: String? = nil, references: [EntityID] = [], insert: Insert? = nil,
        sections: [Section] = [], attachment: String? = nil
    ) {
        self.id = id
        self.title = title
        self.body = body
        self.references = references
        self.insert = insert
        self.sections = sections
        self.attachment = attachment
    }
}
