import Testing

@testable import BeredskapShell

/// Value typos in conditions, and `.kinds` / `.fields` as sqlite3's `.tables` / `.schema`.
@Suite struct IntrospectionTests {
    @Test func aValueTypoInAConditionIsRefusedAtTheValue() throws {
        let shell = try TestShell()
        #expect(shell.run("list units where level = prevantion") == "")
        #expect(
            shell.errors.last
                == "t:1:26: error: unknown level 'prevantion'; did you mean 'prevention'?\nlist units where level = prevantion\n                         ^"
        )
        #expect(shell.run("list activities where status = pågår") == "")
        #expect(shell.errors.last?.hasPrefix("t:1:32: error: unknown status 'pågår'; use planned") == true)
        #expect(shell.run("count units where level ~ prevantion") == "0\n")
    }

    @Test func kindsListsEveryKindWithItsSwedishWords() throws {
        let shell = try TestShell()
        let text = shell.run(".kinds")
        #expect(text.hasPrefix("kind,swedish\n"))
        #expect(text.contains("units,\"verksamheter, verksamhet, enheter, enhet\""))
        #expect(text.contains("alertrules,\"larmregler, larmregel\""))
        #expect(shell.errors.isEmpty)
    }

    @Test func fieldsListsTypesAndTheValuesOfClosedSets() throws {
        let shell = try TestShell()
        let text = shell.run(".fields units")
        #expect(text.hasPrefix("field,type\n"))
        #expect(text.contains("\nname,text\n"))
        #expect(text.contains("\ndepartment,id of organization\n"))
        #expect(text.contains("\nmilieus,list of id of milieu\n"))
        #expect(text.contains("\nlevel,\"one of prevention (förebyggande arbete), intervention (förhindrande arbete)"))
        #expect(text.contains("\nfunctions,\"list of preventive (förebyggande), detecting (upptäckande)"))
        #expect(text.contains("\nage,number\n"))
        #expect(shell.run(".fields activities").contains("\nstarts,date\n"))
        #expect(shell.run(".fields roles").contains("\ndeputies,list of id of role\n"))
        #expect(shell.errors.isEmpty)
        shell.run(".fields unitz")
        #expect(shell.errors.last?.contains("unknown kind 'unitz'; did you mean 'units'?") == true)
        #expect(shell.run(".help").contains(".fields"))
    }
}
