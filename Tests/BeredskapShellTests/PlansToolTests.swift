import BeredskapModel
import BeredskapStorage
import Testing

@testable import BeredskapShell

/// `plans …` in the shell: the same table, default and archiving as `beredskap plans …`.
@Suite struct PlansToolTests {
    static let stockholm: EntityID = "stockholm-socialforvaltningen-2017-2018"

    static func shell() throws -> TestShell {
        let store = try PlanStore.open(.memory)
        var own = try BuiltInPlans.stockholm()
        own.metadata.id = "egen-plan"
        try store.create(own)
        let shell = try TestShell(store: store)
        shell.session.mode = .csv
        return shell
    }

    @Test func theShellListsChoosesRemovesAndRestoresPlans() throws {
        let shell = try Self.shell()
        #expect(
            shell.run("plans").split(separator: "\n").first
                == "id,name,version,status,default,owner")
        #expect(
            shell.run("plans default egen-plan")
                == "'egen-plan' is the default plan now (it was '\(Self.stockholm)').\n")
        #expect(shell.run("list units --all-plans").contains("egen-plan"))
        #expect(shell.run("count units").trimmingCharacters(in: .whitespacesAndNewlines) == "23")
        let removed = shell.run("plans remove \(Self.stockholm) -m 'Ersatt'")
        #expect(removed.hasPrefix("Archived plan '\(Self.stockholm)'"), "\(removed)")
        #expect(!shell.run("plans").contains(Self.stockholm.rawValue))
        #expect(shell.run("plans --archived").contains(Self.stockholm.rawValue))
        #expect(shell.run("plans restore \(Self.stockholm)").hasPrefix("Restored plan '\(Self.stockholm)'"))
        #expect(shell.errors.isEmpty, "\(shell.errors)")
    }

    @Test func aLifecycleStepIsRefusedInsideATransactionAndAfterEditsNotYetApplied() throws {
        let shell = try Self.shell()
        // Typed: inside `begin`, refused until commit or rollback.
        shell.session.runInteractive("begin")
        shell.session.runInteractive("plans remove egen-plan")
        #expect(shell.errors.last?.contains("commit or rollback first") == true, "\(shell.errors)")
        shell.session.runInteractive("rollback")
        // In a script: before the script's edits, taken at once; after them, refused and nothing applied.
        shell.run("set unit plus-foraldrastod description = 'Ändrad'; plans remove egen-plan")
        #expect(shell.errors.last?.contains("not after edits not yet applied") == true, "\(shell.errors)")
        #expect(shell.run("plans").contains("egen-plan"))
        #expect(shell.run("count units where description = 'Ändrad'") == "0\n")
        shell.run("plans default egen-plann")
        #expect(shell.errors.last?.contains("no plan 'egen-plann'") == true, "\(shell.errors)")
        #expect(shell.errors.last?.contains("did you mean 'egen-plan'?") == true, "\(shell.errors)")
    }
}
