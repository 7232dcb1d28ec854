import BeredskapModel
import Testing

@testable import BeredskapShell

/// Plan text that would drive a terminal or a spreadsheet reaches neither raw, in any output mode.
@Suite struct HostileTextTests {
    /// Clears the screen, then sets the window title: what a planted plan text would do to a terminal.
    static let hostile = "Socialjour\u{1B}[2J\u{1B}]0;pwned\u{07}\u{9B}"
    static let shown = "Socialjour\\u{1B}[2J\\u{1B}]0;pwned\\u{7}\\u{9B}"

    private func shell(titled title: String = hostile) throws -> TestShell {
        let shell = try TestShell()
        shell.run("set role socialjourens-enhetschef title = \"\(title)\"")
        #expect(shell.errors.isEmpty, "\(shell.errors)")
        return shell
    }

    private func hasRawControl(_ text: String) -> Bool {
        text.unicodeScalars.contains { $0 != "\n" && $0 != "\t" && VisibleText.isControl($0) }
    }

    @Test(arguments: [OutputMode.box, .table, .line, .markdown, .csv, .html])
    func showAndListEscapeControlCharacters(mode: OutputMode) throws {
        let shell = try shell()
        shell.run(".mode \(mode.rawValue)")
        for command in ["show role socialjourens-enhetschef", "list roles where id = socialjourens-enhetschef"] {
            let output = shell.run(command)
            #expect(output.contains(Self.shown), "\(mode) \(command): \(output)")
            #expect(!hasRawControl(output.replacingOccurrences(of: "\r\n", with: "\n")), "\(mode) \(command)")
        }
    }

    @Test func drillRunAndReachabilityEscapeControlCharacters() throws {
        let shell = try shell()
        shell.run(".mode box")
        let drill = shell.run("drill run bench-night --seed 7")
        #expect(drill.contains("Socialjourens enhetschef") == false)
        #expect(drill.contains(Self.shown + " svarar efter"))
        #expect(!hasRawControl(drill))
        let coverage = shell.run("reachability --week 2017-10-09")
        #expect(!hasRawControl(coverage))
        let report = shell.run("report alarmlist --format terminal")
        // The terminal form wraps the long title in its column, so only its start is on one line.
        #expect(report.contains("Socialjour\\u{1B}[2J\\u{1B}]0;pwn"))
        #expect(!hasRawControl(report))
    }

    @Test func anErrorQuotingHostileInputEscapesItAndKeepsTheCaretInPlace() throws {
        let shell = try TestShell()
        shell.run("show unit \"x\u{1B}[2J\" extra")
        let error = try #require(shell.errors.last)
        #expect(!hasRawControl(error))
        #expect(
            error
                == "t:1:19: error: unexpected 'extra' after the end of the statement\n"
                + "show unit \"x\\u{1B}[2J\" extra\n" + String(repeating: " ", count: 23) + "^")
    }

    @Test func csvModeNeutralisesFormulasButKeepsNegativeNumbers() throws {
        let shell = try TestShell()
        shell.run("set unit mini-maria name = '=HYPERLINK(\"http://evil.example\",\"Klicka\")'")
        #expect(shell.errors.isEmpty, "\(shell.errors)")
        #expect(
            shell.run("list units where id = mini-maria")
                == "id,name,level,functions,ages\n"
                + "mini-maria,\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Klicka\"\")\",prevention,detecting,\n")
        let table = ResultTable(
            columns: ["n", "x", "y"],
            rows: [[.integer(-3), .number(-0.5), .text("@SUM(A1)")], [.text("-7"), .null, .text("+1+2")]])
        #expect(TableRenderer.render(table, mode: .csv) == "n,x,y\n-3,-0.5,\"'@SUM(A1)\"\n-7,,\"'+1+2\"\n")
    }
}
