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
        let status = Condition.comparison(field: "status", op: .equal, value: .text("done"), location: .unknown)
        guard case .failure(let part) = status.storeCondition(for: .activities) else {
            Issue.record("an activity's status is answered by the plan in memory")
            return
        }
        #expect(part.description == "'status = …': the status of the last entry of the status log")
    }
}
