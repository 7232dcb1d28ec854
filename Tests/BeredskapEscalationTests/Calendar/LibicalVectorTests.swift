import Foundation
import Testing

@testable import BeredskapEscalation

/// libical's recurrence test vectors (`Fixtures/rrule/icalrecur_test.txt`): every case whose rule this
/// library supports is expanded and compared, instance by instance, with libical's expected list.
@Suite struct LibicalVectorTests {
    /// One block of the vector file.
    struct Case: CustomStringConvertible {
        var line: Int
        var name: String
        var rule: String
        var start: String
        var startAt: String?
        var instances: [String]
        var unimplemented: Bool

        var description: String { "line \(line) '\(name)' RRULE:\(rule) DTSTART:\(start)" }

        /// The rule and start, which identify a case even if lines move.
        var key: String { "\(rule) @ \(start)" }
    }

    /// Cases where this library knowingly answers differently from libical, with the reason.
    ///
    /// Both start on Sunday 2027-01-03, which is in week 53 of the week-numbering year 2026 and is not
    /// itself an occurrence. libical then counts INTERVAL from the calendar year 2027; when the start is
    /// an occurrence (the 2010-01-02 cases, week 53 of 2009) it counts from the week-numbering year.
    /// This library always counts from the start's week-numbering year, so it answers 2032-12-30 for
    /// INTERVAL=6 (2026 + 6) and 2071-12-31 for INTERVAL=5 (2026 + 45), where libical says 2093 and 2032.
    static let knownDivergences: [String: (reason: String, ours: [String])] = [
        "FREQ=YEARLY;BYWEEKNO=53;INTERVAL=6;BYDAY=TH;COUNT=1 @ 20270103T000000Z": (
            "libical counts INTERVAL from the calendar year when DTSTART is not an occurrence", ["20321230T000000Z"]
        ),
        "FREQ=YEARLY;BYWEEKNO=53;INTERVAL=5;BYDAY=TH;COUNT=1 @ 20270103T000000Z": (
            "libical counts INTERVAL from the calendar year when DTSTART is not an occurrence", ["20711231T000000Z"]
        ),
    ]

    /// At least this many cases must run: more skipped cases would mean the parser or the rule support
    /// regressed.
    static let minimumCaseCount = 143

    static func loadCases() throws -> [Case] {
        // `.copy("Fixtures")` keeps the folder, so the file is under Fixtures/rrule in the bundle.
        let url = try #require(
            Bundle.module.url(forResource: "icalrecur_test", withExtension: "txt", subdirectory: "Fixtures/rrule"))
        let text = try String(contentsOf: url, encoding: .utf8)
        var cases: [Case] = []
        var current = Case(line: 0, name: "", rule: "", start: "", instances: [], unimplemented: false)
        var comments: [String] = []
        func finish() {
            if !current.rule.isEmpty {
                current.name = comments.joined(separator: " ")
                cases.append(current)
            }
            current = Case(line: 0, name: "", rule: "", start: "", instances: [], unimplemented: false)
            comments = []
        }
        for (index, rawLine) in text.components(separatedBy: "\n").enumerated() {
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            if line.isEmpty {
                finish()
            } else if line.hasPrefix("#") {
                comments.append(line.dropFirst().trimmingCharacters(in: .whitespaces))
            } else if line.hasPrefix("RRULE:") {
                current.rule = String(line.dropFirst(6))
                current.line = index + 1
            } else if line.hasPrefix("DTSTART:") {
                current.start = String(line.dropFirst(8))
            } else if line.hasPrefix("START-AT:") {
                current.startAt = String(line.dropFirst(9))
            } else if line.hasPrefix("INSTANCES:") {
                let list = line.dropFirst(10).trimmingCharacters(in: .whitespaces)
                current.unimplemented = list.hasPrefix("***")
                current.instances = list.isEmpty ? [] : list.split(separator: ",").map(String.init)
            }
        }
        finish()
        return cases
    }

    /// DTSTART as libical writes it: `19970902T090000`, `19970902T090000Z` or `20241024`.
    static func start(_ text: String) -> (time: LocalDateTime, wholeDay: Bool, utc: Bool)? {
        let utc = text.hasSuffix("Z")
        let body = utc ? String(text.dropLast()) : text
        let digits = body.filter(\.isNumber)
        guard let number = Int(digits.prefix(8)) else { return nil }
        let wholeDay = !body.contains("T")
        let clock = wholeDay ? 0 : Int(digits.dropFirst(8)) ?? 0
        guard
            let time = LocalDateTime(
                year: number / 10_000, month: number / 100 % 100, day: number % 100, hour: clock / 10_000,
                minute: clock / 100 % 100, second: clock % 100)
        else { return nil }
        return (time, wholeDay, utc)
    }

    static func format(_ time: LocalDateTime, wholeDay: Bool, utc: Bool) -> String {
        let day =
            CalendarDay.pad(time.day.year, 4) + CalendarDay.pad(time.day.month, 2) + CalendarDay.pad(time.day.day, 2)
        if wholeDay { return day }
        return day + "T" + CalendarDay.pad(time.hour, 2) + CalendarDay.pad(time.minute, 2)
            + CalendarDay.pad(time.second, 2)
            + (utc ? "Z" : "")
    }

    /// Expands one case as the library would for a user, or says why it cannot.
    static func expand(_ vector: Case) -> Result<[String], RecurrenceRuleError> {
        guard let (time, wholeDay, utc) = start(vector.start) else {
            return .failure(RecurrenceRuleError(.malformed, "unreadable DTSTART \(vector.start)"))
        }
        let rule: RecurrenceRule
        do {
            rule = try RecurrenceRule(parsing: vector.rule)
        } catch {
            return .failure(error)
        }
        // Far more than any vector lists, so that a rule that runs on shows as a mismatch.
        let limit = vector.instances.count + 5
        if wholeDay {
            do {
                return .success(
                    try rule.days(from: time.day).prefix(limit).map {
                        format(LocalDateTime(day: $0)!, wholeDay: true, utc: false)
                    })
            } catch {
                return .failure(error)
            }
        }
        return .success(rule.occurrences(from: time).prefix(limit).map { format($0, wholeDay: false, utc: utc) })
    }

    @Test func everySupportedVectorMatchesLibical() throws {
        let cases = try Self.loadCases()
        #expect(cases.count >= 146, "the vector file should hold 146 cases; the reader found \(cases.count)")
        var ran = 0
        var skipped: [String] = []
        for vector in cases {
            if vector.unimplemented {
                skipped.append("\(vector) — libical has no expected answer")
                continue
            }
            if let divergence = Self.knownDivergences[vector.key] {
                // Still checked: the answer must be the one the divergence documents.
                #expect(try Self.expand(vector).get() == divergence.ours, "\(vector)")
                skipped.append("\(vector) — \(divergence.reason)")
                continue
            }
            switch Self.expand(vector) {
            case .failure(let error):
                Issue.record("\(vector): the library refused the rule: \(error)")
            case .success(let actual):
                #expect(actual == vector.instances, "\(vector)")
                if let startAt = vector.startAt, let (from, _, _) = Self.start(startAt),
                    let (time, _, _) = Self.start(vector.start)
                {
                    // libical's START-AT: the same occurrences, the ones before START-AT left out.
                    let rule = try RecurrenceRule(parsing: vector.rule)
                    let later = rule.occurrences(from: time).drop { $0 < from }.prefix(vector.instances.count + 5)
                        .map { Self.format($0, wholeDay: false, utc: false) }
                    #expect(
                        later == Array(vector.instances.drop { $0 < Self.format(from, wholeDay: false, utc: false) }),
                        "\(vector) from \(startAt)")
                }
                ran += 1
            }
        }
        print("libical recurrence vectors: \(ran) of \(cases.count) cases ran; skipped \(skipped.count):")
        for reason in skipped { print("  skipped \(reason)") }
        #expect(ran >= Self.minimumCaseCount, "only \(ran) libical cases ran; at least \(Self.minimumCaseCount) must")
    }
}
