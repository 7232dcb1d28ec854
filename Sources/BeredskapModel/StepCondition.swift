/// When an alarm step applies: every part it states holds, and when it lists alternatives
/// (``anyOf``), at least one of them holds as well.
///
/// "If the event is extraordinary, or the duty officer decided to escalate" is two alternatives:
///
/// ```swift
/// let condition = StepCondition(anyOf: [
///     .init(classification: .extraordinary),
///     .init(decision: "bedom", outcome: "eskalera"),
/// ])
/// let circumstance = StepCondition.Circumstance(classification: .ordinary, officeHours: true) { _ in
///     .chose("eskalera")
/// }
/// condition.holds(in: circumstance)   // true: the second alternative holds
/// ```
///
/// Alternatives do not nest: an ``Alternative`` has the parts of a condition and no `anyOf` of its
/// own, so "A and (B or C)" is written with A at the top and B and C as the alternatives.
/// ``holds(in:)`` is the one reading of a condition: validation, the never-run analysis, simulations,
/// drills and reports all ask it.
public struct StepCondition: Hashable, Sendable {
    /// The event must have this classification.
    public var classification: EventClassification?
    /// The alarm must come in (`true`) or outside (`false`) office hours.
    public var officeHours: Bool?
    /// A decide step of the same path, which must run before this one …
    public var decision: EntityID?
    /// … and the option it must have chosen.
    public var outcome: EntityID?
    /// Alternatives of which at least one must hold besides the parts above; none asks nothing more.
    public var anyOf: [Alternative]

    /// Creates a condition.
    public init(
        classification: EventClassification? = nil, officeHours: Bool? = nil, decision: EntityID? = nil,
        outcome: EntityID? = nil, anyOf: [Alternative] = []
    ) {
        self.classification = classification
        self.officeHours = officeHours
        self.decision = decision
        self.outcome = outcome
        self.anyOf = anyOf
    }

    /// The condition an alternative makes on its own: its parts, and no alternatives.
    public init(_ alternative: Alternative) {
        self.init(
            classification: alternative.classification, officeHours: alternative.officeHours,
            decision: alternative.decision, outcome: alternative.outcome)
    }

    /// One alternative of a condition's ``StepCondition/anyOf``: it holds when every part it states
    /// holds. It has no alternatives of its own.
    public struct Alternative: Hashable, Sendable {
        /// The event must have this classification.
        public var classification: EventClassification?
        /// The alarm must come in (`true`) or outside (`false`) office hours.
        public var officeHours: Bool?
        /// A decide step of the same path, which must run before the step …
        public var decision: EntityID?
        /// … and the option it must have chosen.
        public var outcome: EntityID?

        /// Creates an alternative.
        public init(
            classification: EventClassification? = nil, officeHours: Bool? = nil, decision: EntityID? = nil,
            outcome: EntityID? = nil
        ) {
            self.classification = classification
            self.officeHours = officeHours
            self.decision = decision
            self.outcome = outcome
        }
    }

    /// The condition's own parts, without its alternatives.
    public var ownParts: StepCondition {
        StepCondition(classification: classification, officeHours: officeHours, decision: decision, outcome: outcome)
    }

    /// Every decision the condition names, its own first and then those of its alternatives, each once.
    ///
    /// ```swift
    /// StepCondition(decision: "a", outcome: "x", anyOf: [.init(decision: "b", outcome: "y")]).decisions  // ["a", "b"]
    /// ```
    public var decisions: [EntityID] {
        var result: [EntityID] = decision.map { [$0] } ?? []
        for alternative in anyOf {
            if let id = alternative.decision, !result.contains(id) { result.append(id) }
        }
        return result
    }

    // MARK: Reading a condition

    /// How a decision stands when a condition is read.
    public enum DecisionState: Hashable, Sendable {
        /// It has not been settled yet: it may still run and choose any option.
        case unsettled
        /// It is settled without a choice: it did not run (or the path has no such decision).
        case notTaken
        /// It ran and chose this option.
        case chose(EntityID)
    }

    /// What a condition is read against: the event's classification, whether the alarm came in office
    /// hours, and how each decision of the path stands. A part that is nil is not known, so a condition
    /// asking about it can still hold.
    public struct Circumstance {
        /// The event's classification, when it is known.
        public var classification: EventClassification?
        /// Whether the alarm came in office hours, when it is known.
        public var officeHours: Bool?
        /// How the decision with an id stands.
        public var decision: (EntityID) -> DecisionState

        /// Creates a circumstance; by default no decision has been settled.
        public init(
            classification: EventClassification?, officeHours: Bool?,
            decision: @escaping (EntityID) -> DecisionState = { _ in .unsettled }
        ) {
            self.classification = classification
            self.officeHours = officeHours
            self.decision = decision
        }
    }

    /// Whether the condition holds in `circumstance`: true or false once that can be told, nil while
    /// it depends on what is not known yet (a decision not settled, a classification not given).
    ///
    /// Once the answer is true or false it stays so whatever becomes known later, so a step can be
    /// settled as soon as its condition can be told: `anyOf` with an alternative that holds needs no
    /// word from the decisions the other alternatives name.
    ///
    /// - Parameter circumstance: What is known of the event and the decisions.
    public func holds(in circumstance: Circumstance) -> Bool? {
        let own = Self.partsHold(classification, officeHours, decision, outcome, in: circumstance)
        guard own != false, !anyOf.isEmpty else { return own }
        var any: Bool? = false
        for alternative in anyOf {
            switch Self.partsHold(
                alternative.classification, alternative.officeHours, alternative.decision, alternative.outcome,
                in: circumstance)
            {
            case true?: return own
            case nil: any = nil
            case false?: continue
            }
        }
        return any == false ? false : nil
    }

    /// Whether every part stated holds: false when one does not, nil when one cannot be told yet. A
    /// decision without an outcome holds once the decision has chosen anything; an outcome without a
    /// decision asks nothing (validation reports both).
    private static func partsHold(
        _ classification: EventClassification?, _ officeHours: Bool?, _ decision: EntityID?, _ outcome: EntityID?,
        in circumstance: Circumstance
    ) -> Bool? {
        var unknown = false
        if let classification {
            if let actual = circumstance.classification {
                if actual != classification { return false }
            } else {
                unknown = true
            }
        }
        if let officeHours {
            if let actual = circumstance.officeHours {
                if actual != officeHours { return false }
            } else {
                unknown = true
            }
        }
        if let decision {
            switch circumstance.decision(decision) {
            case .unsettled: unknown = true
            case .notTaken: return false
            case .chose(let option): if let outcome, outcome != option { return false }
            }
        }
        return unknown ? nil : true
    }
}

extension AlarmStep {
    /// Whether the step's condition holds in `circumstance` (see ``StepCondition/holds(in:)``); a step
    /// without a condition always applies.
    public func conditionHolds(in circumstance: StepCondition.Circumstance) -> Bool? {
        guard let condition else { return true }
        return condition.holds(in: circumstance)
    }
}
