import Foundation
import Testing

/// Office hours, on-duty rotas and alert rules written in a plan file, as a user meets them: checked
/// when the file is validated or imported and when the plan is edited, and used by `reachability` and
/// `alarm receive`.
@Suite struct PlanCalendarCommandTests {
    /// A small plan: an on-call role staffed by a weekly rota with a known gap on Christmas Eve, a
    /// director in office hours that the plan shortens on Fridays, one alarm path and two alert rules.
    static let plan = """
        formatVersion: 1
        plan:
          id: exempel
          title: Handlingsplan med schema
          officeHours:
          - {days: måndag–torsdag, opens: "08:00", closes: "16:30"}
          - {days: fredag, opens: "08:00", closes: "15:00"}
        roles:
        - id: jour
          title: Jourhavande
          availability: onDuty
          rota: jourschema
        - id: direktor
          title: Direktör
          availability: officeHours
        alarmPaths:
        - id: via-jour
          name: Larm via jouren
          steps:
          - {id: tar-emot, kind: receive, actor: jour}
          - {id: kontakt, kind: contact, actor: jour, target: direktor, after: [tar-emot]}
        rotas:
        - id: jourschema
          name: Jourschema
          starts: "2017-01-02 12:00"
          repeats: FREQ=WEEKLY
          shiftLength: 7d
          exceptions:
          - {from: "2017-12-24 08:00", to: "2017-12-25 08:00", note: ingen ersättare}
        alertRules:
        - id: utkast
          status: [Draft]
          reason: Ett utkast ska inte ageras på.
        - id: allvarligt-via-jour
          severity: [Extreme, Severe]
          classification: extraordinary
          path: via-jour
          reason: Allvarliga larm tas emot av jouren.

        """

    /// A directory holding `plan.yaml` (with `replacing` applied) and a store with the built-in plan it
    /// was imported into.
    static func directory(replacing: [(String, String)] = [], importing: Bool = true) throws -> URL {
        let directory = try temporaryDirectory()
        var text = plan
        for (old, new) in replacing { text = text.replacingOccurrences(of: old, with: new) }
        try text.write(to: directory.appendingPathComponent("plan.yaml"), atomically: true, encoding: .utf8)
        if importing {
            try Beredskap.makeStore(in: directory)
            let imported = try Beredskap.run(["--store", "s.sqlite", "import", "plan.yaml"], in: directory)
            #expect(imported.status == 0, "\(imported.stderr)")
        }
        return directory
    }

    /// `beredskap --store s.sqlite -c "use exempel; COMMANDS"` in `directory`.
    static func shell(_ commands: String, in directory: URL, format: String? = nil) throws -> Beredskap.Result {
        let formatting = format.map { ["--format", $0] } ?? []
        return try Beredskap.run(
            ["--store", "s.sqlite"] + formatting + ["-c", "use exempel; " + commands], in: directory)
    }

    @Test func reachabilityUsesThePlansOfficeHoursAndListsTheRotasGaps() throws {
        let directory = try Self.directory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try Self.shell("reachability --week 2017-12-18", in: directory)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("kontorstid enligt planen (mån–tor 08:00–16:30, fre 08:00–15:00)"))
        #expect(result.stdout.contains("Luckor i beredskapsscheman år 2017"))
        #expect(result.stdout.contains("Jourschema [jour]: 2017-01-01 00:00 – 2017-01-02 12:00 (36 h)\n"))
        #expect(
            result.stdout.contains("Jourschema [jour]: 2017-12-24 08:00 – 2017-12-25 08:00 (24 h) — ingen ersättare"))

        let json = try Self.shell("reachability --week 2017-12-18", in: directory, format: "json")
        let document = try #require(
            try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let gaps = try #require(document["rotaGaps"] as? [[String: Any]])
        #expect(gaps.map { $0["from"] as? String } == ["2017-01-01 00:00", "2017-12-24 08:00"])
        let steps = try #require(document["steps"] as? [[String: Any]])
        let receive = try #require(steps.first { $0["step"] as? String == "tar-emot" })
        #expect(receive["unreachableHours"] as? Int == 16, "Christmas Eve from 08:00 is the week's gap")
    }

    @Test func aRotasShiftsAndGapsAreListedForAPeriod() throws {
        let directory = try Self.directory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try Self.shell(
            "calendar rota jourschema --from 2017-12-18 --to 2018-01-07", in: directory, format: "csv")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            result.stdout == """
                from,to,state,note
                2017-12-18 00:00,2017-12-24 08:00,covered,
                2017-12-24 08:00,2017-12-25 08:00,gap,ingen ersättare
                2017-12-25 08:00,2018-01-08 00:00,covered,

                """)
        let extra = try Self.shell(
            "set rota jourschema exceptions = [{from = '2017-12-31 12:00', to = '2018-01-01 00:00', covered = true, "
                + "note = 'förstärkning nyårsafton'}]; calendar rota jourschema --from 2017-12-25 --to 2018-01-07",
            in: directory, format: "csv")
        #expect(
            extra.stdout == """
                from,to,state,note
                2017-12-25 00:00,2017-12-31 12:00,covered,
                2017-12-31 12:00,2018-01-01 00:00,covered,förstärkning nyårsafton
                2018-01-01 00:00,2018-01-08 00:00,covered,

                """)
        let misspelt = try Self.shell("calendar rota jourschem", in: directory)
        #expect(misspelt.status == 1)
        #expect(misspelt.stderr.contains("no rota 'jourschem'; did you mean 'jourschema'?"))
        let backwards = try Self.shell("calendar rota jourschema --from 2018-01-07 --to 2017-12-18", in: directory)
        #expect(backwards.status == 1)
        #expect(backwards.stderr.contains("--to 2017-12-18 is before --from 2018-01-07"))
    }

    @Test func aRotaIsExportedAsACalendarToSubscribeTo() throws {
        let directory = try Self.directory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try Self.shell("export ics --rota jourschema --out jour.ics", in: directory)
        #expect(result.status == 0, "\(result.stderr)")
        let text = try String(contentsOf: directory.appendingPathComponent("jour.ics"), encoding: .utf8)
        #expect(text.contains("DTSTART;TZID=Europe/Stockholm:20170102T120000\r\nDURATION:P7D\r\nRRULE:FREQ=WEEKLY\r\n"))
        #expect(text.contains("SUMMARY:Lucka i beredskapen: Jourschema\r\nDESCRIPTION:ingen ersättare\r\n"))
        let unknown = try Self.shell("export ics --rota jurschema", in: directory)
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("no rota 'jurschema'; did you mean 'jourschema'?"))
    }

    @Test func valuesTheEscalationLayerCannotReadAreRefusedAtTheirLines() throws {
        let directory = try Self.directory(
            replacing: [
                ("repeats: FREQ=WEEKLY", "repeats: FREQ=WEKLY"), ("[Extreme, Severe]", "[Extreme, severe]"),
                ("days: fredag", "days: fridag"),
            ], importing: false)
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try Beredskap.run(["validate", "plan.yaml"], in: directory)
        #expect(result.status == 1)
        let lines = result.stderr.split(separator: "\n").map(String.init)
        #expect(lines.count == 4, "\(result.stderr)")
        #expect(lines[0].hasPrefix("plan.yaml:7:12: error: 'fridag' is not a day of the week; did you mean 'friday'?"))
        #expect(
            lines[1]
                == "plan.yaml:26:12: error: RRULE part 'FREQ=WEKLY': unknown frequency (did you mean WEEKLY?); "
                + "expected one of SECONDLY, MINUTELY, HOURLY, DAILY, WEEKLY, MONTHLY, YEARLY")
        #expect(
            lines[2]
                == "plan.yaml:35:23: error: 'severe' is not a CAP 1.2 severity; "
                + "expected one of Extreme, Severe, Moderate, Minor, Unknown; did you mean 'Severe'?")
        #expect(lines[3] == "3 errors in 1 of 1 file")
        let imported = try Beredskap.run(["--store", "s.sqlite", "import", "plan.yaml"], in: directory)
        #expect(imported.status == 1)
        #expect(imported.stderr.contains("plan.yaml:26:12: error: RRULE part 'FREQ=WEKLY'"))
    }

    @Test func anEditThatBreaksARotaIsRefusedAndNothingChanges() throws {
        let directory = try Self.directory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let edit = try Self.shell("set rota jourschema shiftLength = '7 dagar'", in: directory)
        #expect(edit.status == 1)
        #expect(
            edit.stderr.contains("rota 'jourschema' shiftLength: '7 dagar' is not a shift length"), "\(edit.stderr)")
        let shown = try Self.shell("list rotas", in: directory, format: "csv")
        #expect(
            shown.stdout
                == "id,name,starts,repeats,shiftLength\njourschema,Jourschema,2017-01-02 12:00,FREQ=WEEKLY,7d\n")
        let renamed = try Self.shell("rename rota jourschema to tib; show role jour", in: directory, format: "csv")
        #expect(
            renamed.stdout.hasSuffix("jour,Jourhavande,onDuty,tib\n"), "renaming a rota renames the role's reference")
        let rule = try Self.shell("set alertrule utkast status = [Drafts]", in: directory)
        #expect(rule.status == 1)
        #expect(rule.stderr.contains("'Drafts' is not a CAP 1.2 status"), "\(rule.stderr)")
    }

    @Test func exceptionsAndOfficeHoursAreEditedWithMappings() throws {
        let directory = try Self.directory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let edited = try Self.shell(
            "set rota jourschema exceptions = [{from = '2017-12-31 08:00', to = '2018-01-01 08:00', note = nyår}, "
                + "{from = '2017-12-24 08:00', to = '2017-12-25 08:00', covered = true}]; "
                + "set plan exempel officeHours = [{days = vardagar, opens = '08:00', closes = '17:00'}]", in: directory
        )
        #expect(edited.status == 0, "\(edited.stderr)")
        let coverage = try Self.shell("reachability --week 2017-12-18", in: directory)
        #expect(coverage.stdout.contains("kontorstid enligt planen (mån–fre 08:00–17:00)"))
        // The gap runs into 2018; the analysis shows the part in the analysed year.
        #expect(coverage.stdout.contains("Jourschema [jour]: 2017-12-31 08:00 – 2018-01-01 00:00 (16 h) — nyår"))
        #expect(!coverage.stdout.contains("2017-12-24 08:00"), "Christmas Eve is covered now")
        let exported = try Self.shell("export plan", in: directory)
        #expect(exported.status != 0, "plans are exported with beredskap export")
        let file = try Beredskap.run(["--store", "s.sqlite", "export", "--plan", "exempel"], in: directory)
        #expect(file.stdout.contains("- from: 2017-12-24 08:00\n    to: 2017-12-25 08:00\n    covered: true\n"))

        let typo = try Self.shell(
            "set plan exempel officeHours = [{days = vardagr, opens = '08:00', closes = '17:00'}]", in: directory)
        #expect(typo.status == 1)
        #expect(
            typo.stderr.contains(
                "the plan officeHours[0].days: 'vardagr' is not a day of the week; did you mean 'vardagar'?"))
        let key = try Self.shell(
            "set rota jourschema exceptions = [{from = '2017-12-31 08:00', too = '2018-01-01 08:00'}]", in: directory)
        #expect(key.stderr.contains("unknown key 'too' in a rota exception; did you mean 'to'?"))
        let other = try Self.shell("set plan stockholm-socialforvaltningen-2017-2018 title = x", in: directory)
        #expect(other.stderr.contains("is not the plan in use ('exempel')"))
    }

    @Test func aBuiltInPlanStoredBeforeAlertRulesWereDataIsRoutedAsBefore() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("BeredskapStorageTests/Fixtures/stores/v2.sqlite")
        try FileManager.default.copyItem(at: fixture, to: directory.appendingPathComponent("v2.sqlite"))
        let alert = ToolCommandTests.capFixtures.appendingPathComponent("thunderstorm.cap").path
        let result = try Beredskap.run(["--store", "v2.sqlite", "-c", "alarm receive '\(alert)'"], in: directory)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("is routed by the built-in plan's 6 rules, as before"))
        #expect(result.stdout.contains("regel 'allvarligt-via-tib'"))
    }

    @Test func alertsAreRoutedByThePlansOwnRules() throws {
        let directory = try Self.directory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let alert = ToolCommandTests.capFixtures.appendingPathComponent("thunderstorm.cap").path
        let result = try Self.shell("alarm receive '\(alert)'", in: directory)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            result.stdout.contains(
                "Larmväg: Larm via jouren (extraordinär händelse) — regel 'allvarligt-via-jour': Allvarliga larm tas emot av jouren."
            ), "\(result.stdout)")

        let none = try Self.directory(replacing: [("alertRules:", "otherRules:")], importing: false)
        defer { try? FileManager.default.removeItem(at: none) }
        let without = Self.plan.components(separatedBy: "alertRules:")[0]
        try without.write(to: none.appendingPathComponent("plan.yaml"), atomically: true, encoding: .utf8)
        _ = try Beredskap.run(["--store", "s.sqlite", "import", "plan.yaml"], in: none)
        let refused = try Self.shell("alarm receive '\(alert)'", in: none)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("plan 'exempel' has no alert rules, so no alert can be routed"))
    }
}
