import Foundation
import Testing

@testable import BeredskapShell

/// `drill cards`, `drill handout` and `drill sheets` in a session, as a drill leader types them.
@Suite struct DrillMaterialShellTests {
    @Test func theMaterialIsOfThePlanAsTheSessionHasItAndLeavesADrillBeingPlayedAlone() throws {
        let shell = try TestShell()
        shell.run("drill start bench-night --id ovning-1 --by Kim")
        shell.run("set role sof-direktor title = 'Förvaltningsdirektör'")
        let cards = shell.run("drill cards bench-night")
        #expect(cards.hasPrefix("<!DOCTYPE html>"), "\(shell.errors)")
        #expect(cards.contains("<dt>Till</dt><dd>Förvaltningsdirektör</dd>"))
        let sheets = shell.run("drill sheets bench-night --lang en")
        #expect(sheets.contains("Objective 2 of 2"))
        #expect(shell.errors.isEmpty, "\(shell.errors)")
        // The drill goes on where it was.
        #expect(shell.run("drill next").contains("En reporter ringer"))
    }

    @Test func aWrongOptionIsAnErrorWithItsPlace() throws {
        let shell = try TestShell()
        shell.run("drill cards bench-night --lang fi")
        #expect(shell.errors.last?.contains("unknown language 'fi'; use sv or en") == true, "\(shell.errors)")
        shell.run("drill handout bench-night --participants \"stadsdirektor\"")
        #expect(shell.errors.last?.contains("write participants as \"role:Name, role:Name\"") == true)
    }
}
