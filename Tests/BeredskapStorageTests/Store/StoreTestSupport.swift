import BeredskapModel
import Foundation
import Testing

@testable import BeredskapStorage

/// A directory for one test's store files, removed afterwards.
final class ScratchDirectory {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("beredskap-store-\(UUID())")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    deinit { try? FileManager.default.removeItem(at: url) }
}

let stockholm: EntityID = "stockholm-socialforvaltningen-2017-2018"

/// A second, small plan for tests that need more than one.
func smallPlan(id: EntityID = "malmo-exempel") -> Plan {
    Plan(
        metadata: PlanMetadata(
            id: id, title: "Handlingsplan (exempel)",
            owner: PlanOwner(city: "Malmö stad", board: "Sociala resursnämnden", administration: "forvaltningen"),
            period: PlanPeriod(start: PartialDate(year: 2019), end: PartialDate(year: 2020))),
        organizations: [Organization(id: "forvaltningen", name: "Sociala resursförvaltningen", kind: .administration)],
        units: [
            ServiceUnit(
                id: "jouren", name: "Socialjouren", department: "forvaltningen", level: .intervention,
                functions: [.detecting, .remedial], targetGroups: [TargetGroup(description: "Alla", minAge: 0)])
        ],
        roles: [Role(id: "samordnare", title: "Samordnare")],
        activities: [
            Activity(
                id: "utbildning", title: "Utbildning", responsible: ["samordnare"], starts: PartialDate(year: 2019))
        ])
}

/// The text of a plan from Scripts/synth-plan with `units` units.
func syntheticPlanText(units: Int) throws -> String {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    let generator = Process()
    generator.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    generator.arguments = ["python3", root.appendingPathComponent("Scripts/synth-plan").path, "--units", "\(units)"]
    let output = Pipe()
    generator.standardOutput = output
    try generator.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    generator.waitUntilExit()
    return String(decoding: data, as: UTF8.self)
}

/// The bytes of a file, to show a refused file was not touched.
func contents(_ path: String) throws -> Data { try Data(contentsOf: URL(fileURLWithPath: path)) }

/// Runs an executable built with the package (StoreStress, beredskap) and returns its output.
func runProduct(_ name: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
    let process = Process()
    process.executableURL = productsDirectory.appendingPathComponent(name)
    process.arguments = arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
}

let productsDirectory: URL = {
    Bundle.main.bundleURL.pathExtension == "xctest"
        ? Bundle.main.bundleURL.deletingLastPathComponent() : Bundle.main.bundleURL
}()
