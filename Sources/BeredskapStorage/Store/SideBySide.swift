import Foundation

/// Work on independent items spread over the machine's cores, the results kept in the items' order.
enum SideBySide {
    /// `transform` of every item, each item on whichever core is free.
    static func map<Item: Sendable, Result: Sendable>(
        _ items: [Item], _ transform: @Sendable (Item) -> Result
    ) -> [Result] {
        guard items.count > 1 else { return items.map(transform) }
        let slots = Slots<Result>(count: items.count)
        DispatchQueue.concurrentPerform(iterations: items.count) { index in
            slots.set(index, transform(items[index]))
        }
        return slots.values
    }

    /// One slot per item, filled from any thread.
    private final class Slots<Value: Sendable>: @unchecked Sendable {
        private let lock = NSLock()
        private var slots: [Value?]

        init(count: Int) { slots = Array(repeating: nil, count: count) }

        func set(_ index: Int, _ value: Value) {
            lock.withLock { slots[index] = value }
        }

        /// Every slot's value; concurrentPerform returns only when every item is done.
        var values: [Value] { lock.withLock { slots.map { $0! } } }
    }
}
