import BeredskapModel
import GRDB
import Testing

@testable import BeredskapStorage

/// The sensitive values a message withholds are read from the contacts alone, whichever way an edit
/// wrote the flag, and a flag written as a word is stored as SQLite's boolean.
@Suite struct SensitiveContactValuesTests {
    @Test func aContactMarkedSensitiveByAnEditIsFoundWithoutReadingThePlan() throws {
        let store = try PlanStore.open(.memory)
        #expect(try store.sensitiveContactValues().isEmpty == store.plan(nil).sensitiveContacts.isEmpty)
        let role = try #require(try store.plan(nil).roles.first)
        var edit = ChangeSet()
        edit.set(
            .role, role.id, "contacts",
            to: .sequence([
                .mapping([
                    ("kind", .string("phone")), ("label", .string("Privat")), ("value", .string("070-555 01 99")),
                    ("sensitive", .string("true")),
                ]),
                .mapping([
                    ("kind", .string("phone")), ("value", .string("08-508 00 000")), ("sensitive", .string("false")),
                ]),
            ]))
        try store.apply(edit)
        let values = try store.sensitiveContactValues()
        #expect(values.contains("070-555 01 99"))
        #expect(!values.contains("08-508 00 000"))
        #expect(Set(values) == Set(try store.plan(nil).sensitiveContacts.map(\.value)))
        let stored = try store.write { db in
            try Int.fetchAll(
                db,
                sql:
                    "SELECT sensitive FROM contacts WHERE value IN ('070-555 01 99', '08-508 00 000') ORDER BY value"
            )
        }
        #expect(stored == [1, 0])
    }
}
