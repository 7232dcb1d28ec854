import BeredskapModel
import BeredskapStorage
import Foundation
import Testing

@testable import BeredskapWorkspace

/// The store answers conditions in SQL with exactly the entities, in exactly the order, that
/// evaluating them on the plan in memory gives: every field of every kind, every operator, words of
/// closed sets in English and Swedish, with and without diacritics, partial dates, null, lists, and
/// conditions combined with and, or and not.
@Suite struct StoreQueryTests {
    /// The outcome of a query, comparable across the two paths: ids in order, or the error's message.
    enum Outcome: Equatable, CustomStringConvertible {
        case rows([String])
        case refused(String)

        var description: String {
            switch self {
            case .rows(let ids): "\(ids.count) rows \(ids.prefix(8))"
            case .refused(let message): "refused: \(message)"
            }
        }
    }

    static let kinds = QueryKind.allCases.filter { $0.entityKind != nil }
    /// Words every field is compared with: dates (partial ones too), numbers, a word of a closed set
    /// in Swedish with and without diacritics and in capitals, and a word nothing holds.
    static let extraWords = ["2017", "2017-08", "2018-03-15", "27", "zzz", "åtgärdande", "atgardande", "ÅTGÄRDANDE"]

    /// The Stockholm plan, as the store seeds it.
    static func stockholm() throws -> Workspace {
        Workspace(store: try PlanStore.open(.memory))
    }

    /// A synthetic plan from Scripts/synth-plan, with every kind of entity.
    static func synthetic(units: Int) throws -> Workspace {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let generator = Process()
        generator.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        generator.arguments = [
            "python3", root.appendingPathComponent("Scripts/synth-plan").path, "--units", "\(units)",
        ]
        let output = Pipe()
        generator.standardOutput = output
        try generator.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        generator.waitUntilExit()
        let plan = try PlanFileReader.read(String(decoding: data, as: UTF8.self), file: "synth.yaml").validPlan()
        let store = try PlanStore.open(.memory, seed: false)
        try store.create(plan, makeDefault: true)
        return Workspace(store: store)
    }

    static func outcome(_ body: () throws -> [EntityRow]) -> Outcome {
        do {
            return .rows(try body().map(\.id))
        } catch {
            return .refused("\(error)")
        }
    }

    /// The words to compare a field with: values it holds (as stored, folded, cut short), the labels
    /// of its closed set, and words that are dates, numbers and vocabulary.
    static func words(for field: String, of kind: QueryKind, in rows: [EntityRow]) -> [String] {
        var texts: [String] = []
        for row in rows {
            switch row.field(field) {
            case .sequence(let items): texts += items.filter(\.isScalar).map(\.scalarText)
            case let value? where value.isScalar: texts.append(value.scalarText)
            default: continue
            }
        }
        var words: [String] = []
        for text in [texts.first, texts.last].compactMap(\.self) {
            words += [text, TextFolding.fold(text).uppercased(), String(TextFolding.fold(text).prefix(3))]
        }
        words += EntityRow.fieldType(field, of: kind)?.allowedValues.flatMap { [$0.value, $0.label] } ?? []
        var seen: Set<String> = []
        return (words + extraWords).filter { seen.insert($0).inserted }
    }

    /// Every field of the kind compared with every operator and word, and with null and a list.
    static func comparisons(for kind: QueryKind, in workspace: Workspace) throws -> [Condition] {
        let rows = try workspace.matchingInMemory(kind, nil)
        var conditions: [Condition] = []
        for field in EntityRow.fields(of: kind) {
            let words = words(for: field, of: kind, in: rows)
            for op in ComparisonOperator.allCases {
                // Orderings with the words that order differently as text, numbers and dates; the rest
                // with every word.
                let ordering = op != .equal && op != .notEqual && op != .contains
                for word in words where !ordering || word == words.first || extraWords.prefix(4).contains(word) {
                    conditions.append(.comparison(field: field, op: op, value: .text(word), location: .unknown))
                }
                conditions.append(.comparison(field: field, op: op, value: .null, location: .unknown))
            }
            conditions.append(.comparison(field: field, op: .equal, value: .list([.text("x")]), location: .unknown))
        }
        return conditions
    }

    /// Conditions combined: pairs with and, or, and not of each.
    static func combinations(of conditions: [Condition]) -> [Condition] {
        let sample = stride(from: 0, to: conditions.count, by: 9).map { conditions[$0] }
        var result: [Condition] = []
        for (index, condition) in sample.enumerated() {
            let other = sample[(index * 7 + 3) % sample.count]
            result += [.and(condition, other), .or(condition, .not(other)), .not(.and(.not(condition), other))]
        }
        return result
    }

    /// Runs every condition both ways; returns how many the store answered in SQL.
    static func compareBothPaths(in workspace: Workspace) throws -> Int {
        var answeredInSQL = 0
        for kind in kinds {
            let simple = try comparisons(for: kind, in: workspace)
            for condition in simple + combinations(of: simple) {
                let fromStore = outcome { try workspace.matching(kind, condition) }
                let inMemory = outcome {
                    try workspace.check(condition, for: kind)
                    return try workspace.matchingInMemory(kind, condition)
                }
                #expect(fromStore == inMemory, "\(kind) where \(condition)")
                if case .rows(let ids) = fromStore {
                    #expect((try? workspace.count(kind, where: condition)) == ids.count, "count \(kind) \(condition)")
                }
                if case .success = condition.storeCondition(for: kind) { answeredInSQL += 1 }
            }
        }
        return answeredInSQL
    }

    @Test func theStoreAnswersAsThePlanInMemoryDoesOnStockholm() throws {
        let answered = try Self.compareBothPaths(in: try Self.stockholm())
        #expect(answered > 3000)
    }

    @Test func theStoreAnswersAsThePlanInMemoryDoesOnASyntheticPlan() throws {
        let answered = try Self.compareBothPaths(in: try Self.synthetic(units: 200))
        #expect(answered > 3000)
    }

    @Test func rowsFromTheStoreHoldTheSameEntitiesAsThePlan() throws {
        for workspace in [try Self.stockholm(), try Self.synthetic(units: 50)] {
            for kind in Self.kinds {
                let fromStore = try workspace.matching(kind, nil)
                let inMemory = try workspace.matchingInMemory(kind, nil)
                #expect(fromStore.map(\.id) == inMemory.map(\.id), "\(kind)")
                #expect(fromStore.map(\.value) == inMemory.map(\.value), "\(kind)")
            }
        }
    }

    /// `show` and `responsible` look an entity up by id, else by name ignoring case and diacritics:
    /// the store finds the one the plan in memory finds.
    @Test func theStoreLooksUpTheEntityThePlanInMemoryFinds() throws {
        let workspace = try Self.stockholm()
        for kind in Self.kinds {
            let rows = try workspace.matchingInMemory(kind, nil)
            for row in rows {
                let byID = try workspace.entity(EntityReference(text: row.id), in: kind)
                #expect(byID.id == row.id && byID.value == row.value, "\(kind) \(row.id)")
                let written = TextFolding.fold(row.name).uppercased()
                let expected =
                    rows.first { $0.id == written }
                    ?? rows.first { TextFolding.fold($0.name) == TextFolding.fold(written) }
                #expect(try workspace.entity(EntityReference(text: written, quoted: true), in: kind).id == expected?.id)
            }
        }
        let actors = try workspace.actors(of: EntityReference(text: "bilda-arbetsgrupp"))
        let names = try workspace.actorNames()
        #expect(!actors.isEmpty)
        #expect(actors.allSatisfy { $0.name == names[$0.id.rawValue] })
    }

    /// A limit without an ordering is the first entities in plan order, read by the store alone.
    @Test(arguments: [-1, 0, 2, 1_000])
    func aLimitTakesTheFirstInPlanOrder(limit: Int) throws {
        let workspace = try Self.stockholm()
        let remedial = Condition.comparison(
            field: "function", op: .equal, value: .text("åtgärdande"), location: .unknown)
        let all = try workspace.matchingInMemory(.units, remedial).map(\.id)
        let limited = try workspace.select(PlanQuery(.units, where: remedial, limit: limit)).map(\.id)
        #expect(limited == Array(all.prefix(max(limit, 0))))
    }

    /// The questions the issue names are answered in SQL, not by the plan in memory.
    @Test(arguments: [
        ("functions", "remedial"), ("function", "åtgärdande"), ("function", "atgardande"), ("level", "prevention"),
        ("department", "socialtjanstavdelningen"), ("age", "27"), ("name", "Mini-Maria"), ("description", "unga"),
    ])
    func unitConditionsAreAnsweredInSQL(field: String, word: String) {
        for op in [ComparisonOperator.equal, .notEqual] + (field == "age" ? [] : [.contains]) {
            let condition = Condition.comparison(field: field, op: op, value: .text(word), location: .unknown)
            guard case .success = condition.storeCondition(for: .units) else {
                Issue.record("units where \(field) \(op.rawValue) \(word) is not answered in SQL")
                continue
            }
        }
    }

    @Test func conditionsTheStoreCannotAnswerSayWhich() {
        let ordering = Condition.comparison(field: "targetGroups", op: .less, value: .text("3"), location: .unknown)
        guard case .failure(let part) = ordering.storeCondition(for: .units) else {
            Issue.record("a list of mappings compared with < is evaluated in memory")
            return
        }
        #expect(part.description == "'targetGroups < …': a list compares with =, != or ~")
    }

    /// An activity's status, lists of mappings, decimals and `~` on free text are answered in SQL.
    @Test(arguments: [
        (QueryKind.activities, "status", ComparisonOperator.equal, "done"), (.activities, "status", .notEqual, "klar"),
        (.activities, "followUp", .equal, "ordinary"), (.units, "targetGroups", .equal, "x"),
        (.units, "contacts", .notEqual, "x"), (.roles, "deputyAfterMinutes", .greater, "4.5"),
        (.units, "name", .contains, "foraldra"), (.activities, "responsible", .contains, "samord"),
    ])
    func moreFieldsAreAnsweredInSQL(kind: QueryKind, field: String, op: ComparisonOperator, word: String) {
        let condition = Condition.comparison(field: field, op: op, value: .text(word), location: .unknown)
        guard case .success = condition.storeCondition(for: kind) else {
            Issue.record("\(kind) where \(field) \(op.rawValue) \(word) is not answered in SQL")
            return
        }
    }

    // MARK: Parts in SQL, parts in memory

    /// Conditions that join parts the store answers with parts it does not, in every order and under
    /// `or` and `not`: the parts in SQL select candidates, the rest is evaluated on them, and the
    /// answer (or the refusal) is the plan in memory's.
    static func compareMixed(in workspace: Workspace) throws -> Int {
        var mixed = 0
        for kind in kinds {
            let simple = try comparisons(for: kind, in: workspace)
            let answered = simple.filter { if case .success = $0.storeCondition(for: kind) { true } else { false } }
            let unanswered = simple.filter { if case .failure = $0.storeCondition(for: kind) { true } else { false } }
            guard !answered.isEmpty else { continue }
            let residual = stride(from: 0, to: unanswered.count, by: max(1, unanswered.count / 24)).map {
                unanswered[$0]
            }
            let sample = stride(from: 0, to: answered.count, by: max(1, answered.count / 12)).map { answered[$0] }
            for (index, part) in residual.enumerated() {
                let a = sample[index % sample.count]
                let b = sample[(index * 5 + 1) % sample.count]
                let conditions: [Condition] = [
                    .and(a, part), .and(part, a), .and(.and(a, part), b), .and(a, .and(b, part)),
                    .and(a, .or(part, b)), .and(.not(part), a), .or(a, part),
                ]
                for condition in conditions {
                    let inMemory = outcome {
                        try workspace.check(condition, for: kind)
                        return try workspace.matchingInMemory(kind, condition)
                    }
                    #expect(
                        outcome { try workspace.matching(kind, condition) } == inMemory, "\(kind) where \(condition)")
                    let counted: Outcome
                    do {
                        counted = .rows(Array(repeating: "", count: try workspace.count(kind, where: condition)))
                    } catch {
                        counted = .refused("\(error)")
                    }
                    if case .rows(let ids) = inMemory {
                        #expect(counted == .rows(Array(repeating: "", count: ids.count)), "count \(kind) \(condition)")
                    } else {
                        #expect(counted == inMemory, "count \(kind) \(condition)")
                    }
                    let limited = outcome { try workspace.select(PlanQuery(kind, where: condition, limit: 1)) }
                    if case .rows(let ids) = inMemory {
                        #expect(limited == .rows(Array(ids.prefix(1))), "\(kind) where \(condition) limit 1")
                    } else {
                        #expect(limited == inMemory, "\(kind) where \(condition) limit 1")
                    }
                    mixed += 1
                }
            }
        }
        return mixed
    }

    @Test func partsInSQLAndPartsInMemoryAnswerAsThePlanInMemoryOnStockholm() throws {
        #expect(try Self.compareMixed(in: try Self.stockholm()) > 200)
    }

    @Test func partsInSQLAndPartsInMemoryAnswerAsThePlanInMemoryOnASyntheticPlan() throws {
        #expect(try Self.compareMixed(in: try Self.synthetic(units: 100)) > 200)
    }

    /// The part evaluated in memory is evaluated on the candidates only: the store reads no other entity.
    @Test func theResidualIsEvaluatedOnTheCandidatesOnly() throws {
        let workspace = try Self.stockholm()
        let condition = Condition.and(
            .comparison(field: "id", op: .equal, value: .text("mini-maria"), location: .unknown),
            .comparison(field: "targetGroups", op: .less, value: .null, location: .unknown))
        let split = condition.split(for: .units)
        #expect(split.store != nil)
        #expect(split.residual?.text == "targetGroups < null")
        let explanation = try workspace.explain(PlanQuery(.units, where: condition))
        #expect(explanation.candidates == 1)
        #expect(explanation.reasons == ["targetGroups < …: null compares with = or !="])
        #expect(
            explanation.lines.last
                == "in memory: targetGroups < null, evaluated on the 1 candidate units: targetGroups < …: null compares with = or !="
        )
    }

    // MARK: Orderings

    /// `order by` any field, ascending and descending, with and without a limit and a condition: the
    /// keys the store reads order as the plan in memory's values do.
    static func compareOrderings(in workspace: Workspace) throws {
        for kind in kinds {
            let all = try workspace.matchingInMemory(kind, nil)
            let condition = try comparisons(for: kind, in: workspace).first {
                if case .success = $0.storeCondition(for: kind) { true } else { false }
            }
            for field in EntityRow.fields(of: kind) {
                for descending in [false, true] {
                    for limit in [nil, 0, 3] as [Int?] {
                        for condition in [nil, condition] {
                            let order = [SortKey(field: field, descending: descending), SortKey(field: "id")]
                            let query = PlanQuery(kind, where: condition, orderBy: order, limit: limit)
                            let found = try condition.map { try workspace.matchingInMemory(kind, $0) } ?? all
                            let keys = found.map { row in order.map { row.field($0.field).map(\.listText) ?? "" } }
                            let expected = Workspace.ordered(keys, by: order).map { found[$0].id }
                            #expect(
                                try workspace.select(query).map(\.id)
                                    == Array(expected.prefix(limit ?? expected.count)),
                                "\(kind) order by \(field) \(descending ? "desc" : "") limit \(limit ?? -1)")
                        }
                    }
                }
            }
        }
    }

    @Test func orderingsInSQLOrderAsThePlanInMemoryOnStockholm() throws {
        try Self.compareOrderings(in: try Self.stockholm())
    }

    @Test func orderingsInSQLOrderAsThePlanInMemoryOnASyntheticPlan() throws {
        try Self.compareOrderings(in: try Self.synthetic(units: 60))
    }

    /// An ordering by fields that hold one value is read in SQL: its keys, and the rows of the first only.
    @Test func anOrderingByColumnsIsReadInSQL() throws {
        let workspace = try Self.stockholm()
        let query = PlanQuery(.activities, orderBy: [SortKey(field: "starts", descending: true)], limit: 2)
        let explanation = try workspace.explain(query)
        #expect(explanation.ordering?.hasSuffix("the rows of the first 2 are read") == true)
        #expect(explanation.statement?.sql.hasPrefix("SELECT e.row_id, e.\"starts\" FROM activities e") == true)
    }

    // MARK: Questions

    /// `duties` answered from the store's rows of the actor, its activities and alarm paths is the
    /// plan in memory's, for every actor by id and by name, and for an actor no one is.
    @Test func dutiesFromTheStoreAreThoseOfThePlanInMemory() throws {
        for workspace in [try Self.stockholm(), try Self.synthetic(units: 40)] {
            let plan = try workspace.plan()
            var references: [EntityReference] = []
            for kind in Workspace.actorKinds {
                for row in try workspace.matchingInMemory(kind, nil) {
                    references += [
                        EntityReference(text: row.id), EntityReference(text: TextFolding.fold(row.name).uppercased()),
                    ]
                }
            }
            references.append(EntityReference(text: "socialjourn"))
            for reference in references {
                let fromStore = Result { () throws(WorkspaceError) in try workspace.duties(of: reference) }
                let inMemory = Result { () throws(WorkspaceError) in try workspace.dutiesInMemory(of: reference) }
                #expect(fromStore == inMemory, "duties of \(reference.text)")
            }
            #expect(!plan.alarmPaths.isEmpty)
        }
    }
}
