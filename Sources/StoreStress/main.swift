// The child process of the store's crash and concurrency tests, and a load generator for benchmarks:
// applies many field edits to a store as one change set.
//
//   StoreStress STORE EDITS FIELD [TAG]
//
// Sets FIELD (description, note …) of the plan's units in turn, EDITS times in all, to "TAG n".
// Prints "applying" (flushed) just before the change set starts and "applied #ID" when it is committed.
import BeredskapModel
import BeredskapStorage
import Foundation

let arguments = CommandLine.arguments
guard arguments.count >= 4, let count = Int(arguments[2]) else {
    FileHandle.standardError.write(Data("usage: StoreStress STORE EDITS FIELD [TAG]\n".utf8))
    exit(2)
}
let field = arguments[3]
let tag = arguments.count > 4 ? arguments[4] : "edit"
do {
    let store = try PlanStore.open(StoreLocation(argument: arguments[1]), author: "stress-\(tag)")
    let units = try store.plan().units.map(\.id)
    var changes = ChangeSet(message: "\(count) edits by \(tag)")
    for index in 0..<count {
        changes.set(.unit, units[index % units.count], field, to: .string("\(tag) \(index)"))
    }
    FileHandle.standardOutput.write(Data("applying\n".utf8))
    let record = try store.apply(changes)
    print("applied #\(record.id)")
} catch {
    FileHandle.standardError.write(Data("StoreStress: \(error)\n".utf8))
    exit(1)
}
