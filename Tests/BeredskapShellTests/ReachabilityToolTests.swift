import BeredskapModel
import Foundation
import Testing

@testable import BeredskapShell

/// `reachability` (who can be reached when) in the shell: the same report as `report reachability`, and
/// the old name `coverage` pointing to both places it went.
@Suite struct ReachabilityToolTests {
    @Test func theOldNameSaysWhereBothReportsWent() throws {
        let shell = try TestShell()
        #expect(shell.run("coverage --week 2017-10-09").isEmpty)
        #expect(shell.errors.count == 1)
        #expect(
            shell.errors.first?.hasPrefix(
                "t:1:1: error: `coverage` is now `reachability` (who can be reached when); the age and function "
                    + "coverage is `report coverage`\n") == true, "\(shell.errors)")
    }

    @Test func helpOnTheOldNameSaysWhereItWent() throws {
        let shell = try TestShell()
        shell.run(".help coverage")
        #expect(shell.errors.first?.contains("no help for 'coverage': `coverage` is now `reachability`") == true)
        let help = shell.run(".help reachability")
        #expect(help.contains("USAGE: reachability [--week <yyyy-mm-dd>]"), "\(help)")
        #expect(help.contains("reachability --week 2017-06-19 --format html --out nabarhet.html"))
        #expect(shell.run(".help").contains("reachability"))
    }

    @Test func reachabilityIsTheReachabilityReport() throws {
        let shell = try TestShell()
        for format in ["html", "csv", "markdown", "terminal", "json"] {
            let command = shell.run("reachability --week 2017-06-19 --format \(format)")
            #expect(!command.isEmpty, "\(format)")
            #expect(command == shell.run("report reachability --week 2017-06-19 --format \(format)"), "\(format)")
        }
        let html = shell.run("reachability --week 2017-06-19 --format html")
        #expect(html.contains("<span class=\"holiday-name\">Midsommarafton</span>"))
        #expect(shell.errors.isEmpty, "\(shell.errors)")
        // The session's output mode chooses the form when --format does not.
        shell.run(".mode html")
        #expect(shell.run("reachability --week 2017-06-19") == html)
    }

    @Test func onlyTheReachabilityReportTakesAWeek() throws {
        let shell = try TestShell()
        shell.run("report followup --week 2017-06-19")
        #expect(shell.errors.last?.hasPrefix("t:1:24: error: only `report reachability` takes --week") == true)
        shell.run("reachability --week 2017-13-40")
        #expect(shell.errors.count == 2)
        #expect(shell.errors.last?.hasPrefix("t:1:21: error: impossible date") == true, "\(shell.errors)")
    }
}
