import BeredskapModel
import BeredskapStorage
import Foundation
import Testing

@testable import BeredskapEscalation

/// The MSEL as a spreadsheet: what Swedish Excel opens, read back to the same injects, and every
/// problem of an edited sheet at its row and column.
@Suite struct MSELSheetTests {
    static let swedishHeader =
        "Nr;Tid;Typ;Från;Till;Inspel;Förväntad åtgärd;Förväntas av;Inom (min);Alternativt inspel;"
        + "Ansvarig spelledare;Övningsmål"

    static func plan() throws -> Plan { try BuiltInPlans.stockholm() }

    /// `scenario`'s sheet read into `scenario` without its injects.
    static func roundTrip(_ scenario: Scenario, format: MSELSheet.Format) throws -> Scenario {
        let sheet = MSELSheet.text(for: scenario, language: "sv", format: format)
        var base = scenario
        base.injects = []
        do {
            return try MSELSheet.read(sheet, file: "ovning.csv", base: base, plan: try plan())
        } catch {
            Issue.record("the sheet does not read back:\n\(error)\n\(sheet)")
            throw error
        }
    }

    /// The sheet of a header and rows, semicolons and CRLF, as Excel saves it.
    static func sheet(_ rows: [String]) -> String {
        "\u{FEFF}" + ([swedishHeader] + rows).map { $0 + "\r\n" }.joined()
    }

    static func problems(_ sheet: String) throws -> [String] {
        let plan = try plan()
        do {
            _ = try MSELSheet.read(sheet, file: "ovning.csv", base: BuiltInScenarios.benchNight, plan: plan)
            Issue.record("the sheet was read without an error:\n\(sheet)")
            return []
        } catch {
            return error.diagnostics.map(\.description)
        }
    }

    @Test(arguments: [MSELSheet.Format.excel, .commaSeparated])
    func theBuiltInScenarioComesBackEqual(_ format: MSELSheet.Format) throws {
        #expect(try Self.roundTrip(BuiltInScenarios.benchNight, format: format) == BuiltInScenarios.benchNight)
    }

    @Test(arguments: [MSELSheet.Format.excel, .commaSeparated])
    func theDocumentedCompleteScenarioComesBackEqual(_ format: MSELSheet.Format) throws {
        let scenario = try ScenarioWriterTests.documentedScenario()
        #expect(scenario.injects.count == 2)
        #expect(try Self.roundTrip(scenario, format: format) == scenario)
    }

    /// The scaffold's scenario, with an inject for every step of the path, its text the same scenario.
    @Test(arguments: ["via-socialjouren", "via-tib"])
    func aScaffoldComesBackEqual(_ pathID: String) throws {
        let plan = try Self.plan()
        let path = try #require(plan.alarmPaths.first { $0.id.rawValue == pathID })
        let start = Date(timeIntervalSince1970: 1_507_941_000)
        let scenario = ScenarioScaffold.scenario(for: path, in: plan, at: start.addingTimeInterval(42))
        let text = ScenarioScaffold.text(for: path, in: plan, at: start, timeZone: Jurisdiction.default.timeZone)
        #expect(try ScenarioReader.read(text, file: "scaffold.yaml", plan: plan) == scenario)
        #expect(try Self.roundTrip(scenario, format: .excel) == scenario)
    }

    @Test func theExportIsWhatSwedishExcelOpens() throws {
        let sheet = MSELSheet.text(for: BuiltInScenarios.benchNight, language: "sv")
        #expect(Array(sheet.utf8.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let lines = sheet.dropFirst().components(separatedBy: "\r\n")
        #expect(lines.first == Self.swedishHeader + ";Id;Startvillkor")
        #expect(
            lines.dropFirst().first
                == "1;0:45;media;SVT Nyheter;sof-direktor;En reporter ringer och frågar vad staden gör för de "
                + "drabbade i natt.;hänvisar till stadens presstjänst och bekräftar att Socialjouren är på plats;"
                + "sof-direktor;15;Om direktören ännu inte är nådd ringer reportern Socialjouren i stället.;;;;")
        #expect(lines.last == "", "every row ends with CRLF")
        let english = MSELSheet.text(for: BuiltInScenarios.benchNight, language: "en-GB", format: .commaSeparated)
        #expect(
            english.hasPrefix(
                "No,Time,Type,From,To,Inject,Expected action,Expected of,Within (min),Contingency,"
                    + "Responsible controller,Objective,Id,Start condition\r\n1,0:45,media,"))
    }

    /// Injects that wait for a start condition keep their ids and conditions through the sheet.
    @Test(arguments: [MSELSheet.Format.excel, .commaSeparated])
    func startConditionsComeBackEqual(_ format: MSELSheet.Format) throws {
        var scenario = BuiltInScenarios.benchNight
        scenario.injects[0].id = "svt"
        let inject = { (text: String, start: InjectStart, at: Double) in
            ScenarioInject(at: at, from: "SVT", to: "sof-direktor", kind: .media, text: text, start: start)
        }
        scenario.injects += [
            inject("Igen.", InjectStart(.delivered("svt"), after: 7.5), 0),
            inject("Missat.", InjectStart(.missed("svt")), 50),
            inject("Gjort.", InjectStart(.done("svt"), after: 2), 0),
            inject("POSOM.", InjectStart(.decision(step: "posom-beslut", option: "aktivera")), 0),
            inject("Beslut.", InjectStart(.decision(step: "uppdrag-beslut", option: nil), after: 1), 0),
            inject("Polisen.", InjectStart(.manual), 0),
        ]
        #expect(try Self.roundTrip(scenario, format: format) == scenario)
        let sheet = MSELSheet.text(for: scenario, language: "sv", format: format)
        #expect(sheet.contains("delivered svt +7,5") || sheet.contains("\"delivered svt +7,5\""))
        #expect(sheet.contains("decision posom-beslut=aktivera"))
        // And through the scenario file the import writes.
        let written = ScenarioWriter.text(for: scenario, timeZone: Jurisdiction.default.timeZone)
        #expect(try ScenarioReader.read(written, file: "ny.yaml", plan: try Self.plan()) == scenario)
    }

    @Test(arguments: [
        ("1;0:10;media;;;Hej;;;;;;;;väntar svt", "Startvillkor: unknown start condition 'väntar'"),
        ("1;0:10;media;;;Hej;;;;;;;;delivered", "Startvillkor: 'delivered' names one inject or decision"),
        ("1;0:10;media;;;Hej;;;;;;;;delivered svt +snart", "Startvillkor: '+snart' is not a number of minutes"),
        ("1;0:10;media;;;Hej;;;;;;;;missad okand", "no inject with id 'okand'"),
        ("1;;media;;;Hej;;;;;;;;", "Tid: every inject needs its time from the alarm (0:45), or a start condition"),
    ])
    func aBadStartConditionIsNamedByRowAndColumn(_ row: String, _ expected: String) throws {
        let sheet =
            "\u{FEFF}"
            + [Self.swedishHeader + ";Id;Startvillkor", "1;0:05;information;;;Bra;;;;;;;svt;", row].map {
                $0 + "\r\n"
            }.joined()
        let problems = try Self.problems(sheet)
        #expect(problems.contains { $0.hasPrefix("ovning.csv:3:") && $0.contains(expected) }, "\(problems)")
    }

    @Test(arguments: [(0.0, "0:00"), (45, "0:45"), (90, "1:30"), (605, "10:05"), (0.5, "0:00:30"), (1500, "25:00")])
    func timesAreWrittenAsHoursAndMinutes(_ minutes: Double, _ text: String) throws {
        #expect(MSELValue.time(minutes, english: false) == text)
        #expect(MSELValue.minutes(text) == minutes)
    }

    @Test func aSheetInEnglishInAnotherOrderWithMinutesAndSwedishTypesReads() throws {
        let sheet = """
            inject,TIME,type,expected OF,Expected Action,within,objective,controller
            "Brand i Rinkeby; många evakuerade",0,Händelse,socialjouren,ringer enhetschefen,"7,5",direktor-30,Anna
            Reporter ringer,1:30,MEDIA,,,,,
            Mer information,45,information,,,,,\n
            """
        let scenario = try MSELSheet.read(
            sheet, file: "en.csv", base: BuiltInScenarios.benchNight, plan: try Self.plan())
        #expect(scenario.injects.map(\.at) == [0, 90, 45])
        #expect(scenario.injects.map(\.kind) == [.event, .media, .information])
        #expect(scenario.injects[0].text == "Brand i Rinkeby; många evakuerade")
        #expect(
            scenario.injects[0].expectedAction
                == ExpectedAction(role: "socialjouren", action: "ringer enhetschefen", withinMinutes: 7.5))
        #expect(scenario.injects[0].controller == "Anna" && scenario.injects[0].objective == "direktor-30")
        #expect(scenario.injects[1].expectedAction == nil && scenario.injects[1].from == "")
        #expect(scenario.objectives == BuiltInScenarios.benchNight.objectives, "the rest is the base's")
    }

    @Test func anUnknownColumnIsNamedAtRowOneWithDidYouMean() throws {
        let sheet = "Nr;Tidd;Typ;Inspel;Ansvarig\r\n1;0:10;media;Hej;x\r\n"
        let problems = try Self.problems(sheet)
        #expect(problems.contains { $0.hasPrefix("ovning.csv:1:2: error: unknown column 'Tidd'; did you mean 'Tid'?") })
        #expect(problems.contains { $0.hasPrefix("ovning.csv:1:5: error: unknown column 'Ansvarig'") }, "\(problems)")
    }

    @Test func aMissingRequiredColumnIsNamed() throws {
        let problems = try Self.problems("Nr;Typ;Inspel\r\n1;media;Hej\r\n")
        #expect(
            problems == [
                "ovning.csv:1:4: error: missing the column 'Tid' ('Time'): every inject needs it; add it to row 1"
            ])
    }

    @Test(arguments: [
        ("1;1:75;media;;;Hej;;;;;;", "ovning.csv:2:2: error: Tid: '1:75' is not a scenario time"),
        ("1;-5;media;;;Hej;;;;;;", "ovning.csv:2:2: error: Tid: '-5' is not a scenario time"),
        ("1;;media;;;Hej;;;;;;", "ovning.csv:2:2: error: Tid: every inject needs its time"),
        ("1;0:10;medai;;;Hej;;;;;;", "ovning.csv:2:3: error: Typ: unknown inject type 'medai'; did you mean 'media'?"),
        ("1;0:10;media;;;;;;;;;", "ovning.csv:2:6: error: Inspel: every inject needs its text"),
        (
            "1;0:10;media;;;Hej;svarar;stadsdirektr;15;;;",
            "ovning.csv:2:8: error: Förväntas av: unknown role 'stadsdirektr'; did you mean 'stadsdirektor'?"
        ),
        (
            "1;0:10;media;;;Hej;svarar;Stads Direktör;15;;;",
            "ovning.csv:2:8: error: Förväntas av: 'Stads Direktör' is not a role's id"
        ),
        ("1;0:10;media;;;Hej;svarar;;15;;;", "ovning.csv:2:8: error: Förväntas av: an expected action needs the role"),
        ("1;0:10;media;;;Hej;;sof-direktor;;;;", "ovning.csv:2:7: error: Förväntad åtgärd: give the expected action"),
        (
            "1;0:10;media;;;Hej;svarar;sof-direktor;snart;;;",
            "ovning.csv:2:9: error: Inom (min): 'snart' is not a number"
        ),
        (
            "1;0:10;media;;;Hej;;;;;;direktor-3",
            "ovning.csv:2:12: error: Övningsmål: unknown objective 'direktor-3'; did you mean 'direktor-30'?"
        ),
        ("1;0:10;media;;;Hej;;;;;;;extra", "ovning.csv:2:13: error: a cell beyond the last column, 'extra'"),
    ])
    func aBadCellIsNamedByRowAndColumn(_ row: String, _ expected: String) throws {
        // The problem is in the sheet's third row: the header, a good row, then the bad one.
        let problems = try Self.problems(Self.sheet(["1;0:05;information;;;Bra;;;;;;", row]))
        #expect(problems.count == 1, "\(problems)")
        #expect(
            problems.first?.hasPrefix(expected.replacingOccurrences(of: "csv:2:", with: "csv:3:")) == true,
            "\(problems)")
    }

    @Test func everyBadRowIsReportedAtOnce() throws {
        let problems = try Self.problems(
            Self.sheet([
                "1;soon;media;;;Hej;;;;;;", "", "3;0:10;media;;;Hej;svarar;stadsdirektr;;;;",
                "4;0:10;medai;;;Hej;;;;;;",
            ]))
        #expect(
            problems.map { $0.prefix(15) } == ["ovning.csv:2:2:", "ovning.csv:4:8:", "ovning.csv:5:3:"], "\(problems)")
    }

    static let hostile = [
        "=cmd|' /C calc'!A0", "+1+2", "-2+3", "@SUM(A1)", "'=redan skyddad", "''=två", "\ttab först",
        "Larm\u{1B}[2J\u{07} och \u{9B}", "säg \"hej\"; sedan", "rad 1\nrad 2", "rad 1\r\nrad 2", " blank ", "-3",
        "'tis",
    ]

    @Test(arguments: hostile)
    func hostileTextSurvivesAndNeverBecomesAFormula(_ text: String) throws {
        var scenario = BuiltInScenarios.benchNight
        scenario.injects[0].from = text
        scenario.injects[0].text = text
        scenario.injects[0].contingency = text
        scenario.injects[0].controller = text
        scenario.injects[0].expectedAction?.action = text
        for format in [MSELSheet.Format.excel, .commaSeparated] {
            let sheet = MSELSheet.text(for: scenario, language: "sv", format: format)
            #expect(!sheet.unicodeScalars.contains { VisibleText.isControl($0) && !["\r", "\n", "\t"].contains($0) })
            for start in ["=", "+", "@", "\t"] {
                let separator = String(Character(format.separator))
                #expect(!sheet.contains(separator + start) && !sheet.contains(separator + "\"" + start), "\(sheet)")
            }
            #expect(try Self.roundTrip(scenario, format: format) == scenario)
        }
    }

    @Test func aFormulaTypedIntoExcelIsReadAsText() throws {
        let scenario = try MSELSheet.read(
            Self.sheet(["1;0:10;media;=HYPERLINK(\"x\");;Hej;;;;;;"]), file: "ovning.csv",
            base: BuiltInScenarios.benchNight, plan: try Self.plan())
        #expect(scenario.injects[0].from == "=HYPERLINK(\"x\")")
    }

    @Test(arguments: [
        "", "\u{FEFF}", "\r\n\r\n", ";;;;\r\n", "Tid;Typ;Inspel\r\n\"0:10;media;Hej\r\n",
        "Tid;Typ;Inspel\r\n0:10;media;He\"j\"\r\n",
        "\"Tid\";\"Typ\";\"Inspel\"\r\n\"0:10\"x;media;\u{0}\r\n", "Tid,Typ;Inspel\n1,media;x\n",
        "Tid;Typ;Inspel;;\r\n0:10;media;x;;y\r\n",
        String(repeating: "Tid;", count: 300), "Tid;Typ;Inspel\r" + String(repeating: "0:10;media;x\r", count: 3),
    ])
    func aMalformedSheetGivesDiagnosticsOrInjectsAndNeverTraps(_ sheet: String) throws {
        do {
            let scenario = try MSELSheet.read(
                sheet, file: "x.csv", base: BuiltInScenarios.benchNight, plan: try Self.plan())
            #expect(scenario.name == "bench-night")
        } catch let error as ScenarioError {
            #expect(!error.diagnostics.isEmpty)
            #expect(error.diagnostics.allSatisfy { $0.description.hasPrefix("x.csv:") })
        }
    }

    @Test func aWindows1252SheetIsRead() throws {
        let text = Self.sheet(["1;0:10;händelse;Från SOS;;Brand på Söder;;;;;;"]).dropFirst()
        let data = try #require(String(text).data(using: .windowsCP1252))
        let scenario = try MSELSheet.read(
            MSELSheet.text(of: data), file: "ovning.csv", base: BuiltInScenarios.benchNight, plan: try Self.plan())
        #expect(scenario.injects.map(\.text) == ["Brand på Söder"] && scenario.injects[0].kind == .event)
    }
}
