import Benchmark
import BeredskapEscalation
import BeredskapModel
import BeredskapPostgreSQL
import BeredskapReporting
import BeredskapStorage
import BeredskapWorkspace
import Foundation

// The store's speed goals (issue "The store"): 100,000 field edits as one change set within 3× of the
// sqlite3 shell running the same UPDATEs (Scripts/bench makes that comparison), opening a store and
// reading the Stockholm plan in a few milliseconds, and a query across 300 plans of 100 units in
// interactive time. And the cost of a rota in the plan's calendar: a simulation and a coverage
// analysis of a plan whose city director is on a weekly rota since 2010 must stay as fast as without
// one (each moment asked about would otherwise expand the rota's rule from its first shift). And the
// follow-up of every plan of a city's store of 30 plans of 100 activities in under 100 ms. And, when
// Scripts/bench --package-benchmark gives them a server, the same store on PostgreSQL (issue "A
// city-wide store on PostgreSQL").

/// The PostgreSQL database Scripts/bench gives the benchmarks, as a store address of the login that
/// owns it (`BEREDSKAP_BENCH_POSTGRESQL`); without one, the PostgreSQL benchmarks are left out.
let postgreSQL = ProcessInfo.processInfo.environment["BEREDSKAP_BENCH_POSTGRESQL"].map(StoreLocation.init(argument:))

/// The Stockholm plan with the city director on a weekly rota that started years before the event.
func stockholmWithRota() throws -> Plan {
    var plan = try BuiltInPlans.stockholm()
    plan.rotas = [
        DutyRota(
            id: "sd-schema", name: "Stadsdirektörens beredskap", starts: "2010-01-04 12:00", repeats: "FREQ=WEEKLY",
            shiftLength: "7d")
    ]
    if let index = plan.roles.firstIndex(where: { $0.id == "stadsdirektor" }) {
        plan.roles[index].availability = .onDuty
        plan.roles[index].rota = "sd-schema"
    }
    return plan
}

let workDirectory = FileManager.default.temporaryDirectory.appendingPathComponent("beredskap-benchmarks")
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

func freshStore(_ name: String) throws -> PlanStore {
    try FileManager.default.createDirectory(at: workDirectory, withIntermediateDirectories: true)
    let path = workDirectory.appendingPathComponent(name).path
    for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    return try PlanStore.open(.file(path), author: "benchmark")
}

/// A store with 300 synthetic plans of 100 units each, made once with Scripts/synth-plan.
func storeOfMunicipalities() throws -> PlanStore {
    try storeOfSyntheticPlans("municipalities", ["--plans", "300", "--units", "100"])
}

/// A city's store: 30 administrations' synthetic plans of 100 activities each, made once with
/// Scripts/synth-plan.
func storeOfAdministrations() throws -> PlanStore {
    try storeOfSyntheticPlans("administrations", ["--plans", "30", "--activities", "100"])
}

/// A store named `name` holding the plans Scripts/synth-plan makes with `arguments`, made once.
func storeOfSyntheticPlans(_ name: String, _ arguments: [String]) throws -> PlanStore {
    let path = workDirectory.appendingPathComponent("\(name).sqlite").path
    if FileManager.default.fileExists(atPath: path) { return try PlanStore.open(.file(path)) }
    let plans = workDirectory.appendingPathComponent(name)
    let generator = Process()
    generator.executableURL = packageRoot.appendingPathComponent("Scripts/synth-plan")
    generator.arguments = arguments + ["--out", plans.path]
    try generator.run()
    generator.waitUntilExit()
    let store = try freshStore("\(name).sqlite")
    for file in try FileManager.default.contentsOfDirectory(atPath: plans.path).sorted() {
        _ = try store.importPlan(PlanFileReader.read(contentsOf: plans.appendingPathComponent(file).path).validPlan())
    }
    return store
}

/// A store whose default plan has 100,000 units, made once with Scripts/synth-plan.
func storeOfManyUnits() throws -> PlanStore {
    let path = workDirectory.appendingPathComponent("many-units.sqlite").path
    if FileManager.default.fileExists(atPath: path) { return try PlanStore.open(.file(path)) }
    try FileManager.default.createDirectory(at: workDirectory, withIntermediateDirectories: true)
    let file = workDirectory.appendingPathComponent("many-units.yaml")
    FileManager.default.createFile(atPath: file.path, contents: nil)
    let generator = Process()
    generator.executableURL = packageRoot.appendingPathComponent("Scripts/synth-plan")
    generator.arguments = ["--units", "100000"]
    generator.standardOutput = try FileHandle(forWritingTo: file)
    try generator.run()
    generator.waitUntilExit()
    let store = try freshStore("many-units.sqlite")
    let plan = try PlanFileReader.read(contentsOf: file.path).validPlan()
    _ = try store.importPlan(plan)
    try store.setDefaultPlan(plan.id)
    return store
}

let acrossPlans = """
    SELECT v.plan_id, count(*) FROM units u
    JOIN current_versions v ON v.row_id = u.version_id
    JOIN unit_functions f ON f.version_id = u.version_id AND f.parent_table = 'units'
        AND f.parent_row = u.row_id AND f.value = 'remedial'
    WHERE EXISTS (SELECT 1 FROM target_groups t WHERE t.version_id = u.version_id
        AND t.parent_table = 'units' AND t.parent_row = u.row_id
        AND coalesce(t.min_age, 0) <= 27 AND coalesce(t.max_age, 200) >= 27)
    GROUP BY v.plan_id
    """

/// Measures `count` edits of unit descriptions applied as one change set, once an iteration.
func measureEdits(_ count: Int, on store: PlanStore, _ benchmark: Benchmark) throws {
    let units = try store.plan().units.map(\.id)
    for iteration in benchmark.scaledIterations {
        var changes = ChangeSet(message: "benchmark")
        for index in 0..<count {
            changes.set(.unit, units[index % units.count], "description", to: .string("\(iteration) \(index)"))
        }
        benchmark.startMeasurement()
        blackHole(try store.apply(changes))
        benchmark.stopMeasurement()
    }
}

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .mallocCountTotal, .peakMemoryResident], maxDuration: .seconds(20))

    Benchmark("Store: apply 100,000 field edits as one change set", configuration: .init(maxIterations: 5)) {
        benchmark in
        try measureEdits(100_000, on: try freshStore("edits.sqlite"), benchmark)
    }

    if let postgreSQL {
        Benchmark("PostgreSQL: open and read the Stockholm plan") { benchmark in
            _ = try PostgreSQLStore.open(postgreSQL, author: "benchmark")
            benchmark.startMeasurement()
            for _ in benchmark.scaledIterations {
                blackHole(try PostgreSQLStore.open(postgreSQL).plan())
            }
        }

        Benchmark("PostgreSQL: apply 10,000 field edits as one change set", configuration: .init(maxIterations: 5)) {
            benchmark in
            try measureEdits(10_000, on: try PostgreSQLStore.open(postgreSQL, author: "benchmark"), benchmark)
        }
    }

    Benchmark("Store: open and read the Stockholm plan") { benchmark in
        _ = try freshStore("read.sqlite")
        let path = workDirectory.appendingPathComponent("read.sqlite").path
        for _ in benchmark.scaledIterations {
            blackHole(try PlanStore.open(.file(path)).plan())
        }
    }

    Benchmark("Store: query across 300 plans of 100 units") { benchmark in
        let store = try storeOfMunicipalities()
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            blackHole(try store.query(acrossPlans))
        }
    }

    // The city's central coordinator: the follow-up of every plan of a store of 30 administrations'
    // plans of 100 activities each, in under 100 ms (Scripts/bench checks the goal).
    Benchmark("Report: follow-up of every plan, 30 plans of 100 activities") { benchmark in
        let workspace = Workspace(store: try storeOfAdministrations())
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            blackHole(try workspace.report(ReportRequest(.followUp, format: .csv, plans: .all)))
        }
    }

    // Issue "Cost that grows with the answer": the store counts in SQL, so the cost follows the
    // matching rows, not the plan; Scripts/bench compares the whole process with the sqlite3 shell.
    Benchmark("Query: count units where function = remedial, 100,000 units") { benchmark in
        let workspace = Workspace(store: try storeOfManyUnits())
        let remedial = Condition.comparison(field: "function", op: .equal, value: .text("remedial"), location: .unknown)
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            blackHole(try workspace.count(.units, where: remedial))
        }
    }

    Benchmark("Escalation: 10,000 runs of bench-night, city director on a rota") { benchmark in
        let plan = try stockholmWithRota()
        let scenario = try BuiltInScenarios.scenario(named: "bench-night", plan: plan)
        let calendar = try PlanCalendar(plan: plan)
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            blackHole(
                try MonteCarlo.simulate(
                    scenario: scenario, plan: plan, runs: 10_000, seed: 1, availability: calendar))
        }
    }

    Benchmark("Escalation: coverage of a week and a year's rota gaps, city director on a rota") { benchmark in
        let plan = try stockholmWithRota()
        let calendar = try PlanCalendar(plan: plan)
        let week = CalendarDay(year: 2017, month: 12, day: 25)!
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            blackHole(ReachabilityAnalysis(plan: plan, week: week, calendar: calendar))
        }
    }
}
