import BeredskapModel

/// Which units cover which function (preventive, detecting, remedial) for which ages, and where nobody
/// does: the gaps.
///
/// Age bands are derived from the plan: they are cut wherever some unit's target group starts or
/// ends, so every age in a band is served by exactly the same units and a band is either covered or a
/// gap, never half of each. For Stockholm's plan that gives 0–11, 12, 13–15, 16–17, 18, 19–20, 21,
/// 22–25, 26, 27–29 and 30+. Units whose target groups state no ages cannot be placed in a band and
/// are listed apart.
///
/// ```swift
/// let coverage = CoverageReport(plan: plan)
/// coverage.gaps.filter { $0.function == "remedial" }.map(\.band)   // ["30+"]
/// ```
public struct CoverageReport: Hashable, Sendable, Codable {
    /// The title block.
    public var header: ReportHeader
    /// Every unit with its functions and ages, in the plan's order.
    public var units: [UnitCoverage]
    /// The age bands, youngest first, each with the units covering each function.
    public var bands: [AgeBand]
    /// Every band and function no unit covers.
    public var gaps: [Gap]
    /// Units whose target groups state no ages, so they appear in no band.
    public var unitsWithoutAges: [ActorName]
    /// The plan's milieus, each with the units tagged with it.
    public var milieus: [MilieuCoverage]

    /// The coverage of `plan`'s units.
    ///
    /// - Parameters:
    ///   - plan: The plan.
    ///   - date: The date the report speaks for; see ``ReportHeader/init(plan:date:)``.
    public init(plan: Plan, date: PartialDate? = nil) {
        header = ReportHeader(plan: plan, date: date)
        units = plan.units.map { UnitCoverage($0, plan: plan) }
        let aged = plan.units.filter { unit in unit.targetGroups.contains { $0.minAge != nil || $0.maxAge != nil } }
        unitsWithoutAges = plan.units.filter { !aged.contains($0) }.map { ActorName(id: $0.id.rawValue, name: $0.name) }
        var cuts: Set<Int> = [0]
        for group in aged.flatMap(\.targetGroups) {
            if let minAge = group.minAge { cuts.insert(max(0, minAge)) }
            if let maxAge = group.maxAge { cuts.insert(max(0, maxAge + 1)) }
        }
        let starts = cuts.sorted()
        bands = starts.enumerated().map { index, start in
            let end = index + 1 < starts.count ? starts[index + 1] - 1 : nil
            let cells = UnitFunction.allCases.map { function in
                let covering = aged.filter { $0.functions.contains(function) && $0.serves(age: start) }
                return FunctionCoverage(
                    function: function.rawValue,
                    units: covering.map { ActorName(id: $0.id.rawValue, name: $0.shortName ?? $0.name) })
            }
            return AgeBand(minAge: start, maxAge: end, cells: cells)
        }
        gaps = bands.flatMap { band in
            band.cells.filter(\.units.isEmpty).map {
                Gap(band: band.label, minAge: band.minAge, maxAge: band.maxAge, function: $0.function)
            }
        }
        milieus = plan.milieus.map { milieu in
            MilieuCoverage(
                id: milieu.id.rawValue, name: milieu.name,
                units: plan.units.filter { $0.milieus.contains(milieu.id) }.map {
                    ActorName(id: $0.id.rawValue, name: $0.name)
                })
        }
    }
}

extension CoverageReport {
    /// A unit with what it can do and for whom.
    public struct UnitCoverage: Hashable, Sendable, Codable {
        /// The unit's id.
        public var id: String
        /// The unit's name.
        public var name: String
        /// Its abbreviation (SKKP, RVC).
        public var shortName: String?
        /// The name of its department.
        public var department: String?
        /// Its level, as written in plan files (`prevention`).
        public var level: String?
        /// Its functions, as written in plan files (`detecting`).
        public var functions: [String]
        /// The youngest age any of its target groups states, or 0 when a group states only a maximum.
        public var minAge: Int?
        /// The oldest age any of its target groups states; `nil` with a `minAge` means no upper limit.
        public var maxAge: Int?
        /// Its target groups in the plan's words.
        public var targetGroups: [String]
        /// The names of the milieus it is tagged with.
        public var milieus: [String]

        init(_ unit: ServiceUnit, plan: Plan) {
            id = unit.id.rawValue
            name = unit.name
            shortName = unit.shortName
            department = unit.department.map(plan.actorName)
            level = unit.level?.rawValue
            functions = unit.functions.map(\.rawValue)
            let aged = unit.targetGroups.filter { $0.minAge != nil || $0.maxAge != nil }
            if aged.isEmpty {
                minAge = nil
                maxAge = nil
            } else {
                minAge = aged.map { $0.minAge ?? 0 }.min()
                maxAge = aged.contains { $0.maxAge == nil } ? nil : aged.compactMap(\.maxAge).max()
            }
            targetGroups = unit.targetGroups.map(\.description)
            milieus = unit.milieus.map(plan.milieuName)
        }

        /// The ages written as a range ("13–26", "18+", "0–21"), or `nil` when no ages are stated.
        public var ages: String? {
            guard let minAge else { return nil }
            return AgeBand.label(minAge: minAge, maxAge: maxAge)
        }
    }

    /// A band of ages and who covers each function in it.
    public struct AgeBand: Hashable, Sendable, Codable {
        /// The youngest age in the band.
        public var minAge: Int
        /// The oldest age in the band, or `nil` for the last, open band.
        public var maxAge: Int?
        /// One cell per function, in the order preventive, detecting, remedial.
        public var cells: [FunctionCoverage]

        /// The band written as a range: "13–15", "12", "30+".
        public var label: String { Self.label(minAge: minAge, maxAge: maxAge) }

        static func label(minAge: Int, maxAge: Int?) -> String {
            guard let maxAge else { return "\(minAge)+" }
            return maxAge == minAge ? "\(minAge)" : "\(minAge)–\(maxAge)"
        }
    }

    /// The units covering one function in one band.
    public struct FunctionCoverage: Hashable, Sendable, Codable {
        /// The function, as written in plan files (`remedial`).
        public var function: String
        /// The units, by abbreviation where they have one, in the plan's order.
        public var units: [ActorName]
    }

    /// A band in which no unit covers a function.
    public struct Gap: Hashable, Sendable, Codable {
        /// The band written as a range.
        public var band: String
        /// The youngest age in the band.
        public var minAge: Int
        /// The oldest age in the band, or `nil` for the open band.
        public var maxAge: Int?
        /// The function no unit covers, as written in plan files.
        public var function: String
    }

    /// A milieu and the units tagged with it.
    public struct MilieuCoverage: Hashable, Sendable, Codable {
        /// The milieu's id.
        public var id: String
        /// The milieu's name.
        public var name: String
        /// The units tagged with the milieu.
        public var units: [ActorName]
    }
}

extension Plan {
    /// The name of the milieu `id`, or the id itself when the plan has no such milieu.
    func milieuName(_ id: EntityID) -> String {
        milieus.first { $0.id == id }?.name ?? id.rawValue
    }
}
