import Foundation

/// Work on independent pieces spread over the machine's cores, the results used in the pieces'
/// order: a long import reads pieces of its file, encodes pieces of its plan and writes rows on
/// several cores at once, and the rows and bytes stay those of one core.
enum SideBySide {
    /// Runs `jobs` in order, each on another thread while the result of the one before it is passed
    /// to `consume` on this thread: two stages of work on two cores, the results consumed in order.
    /// When `consume` throws, the job running then is finished and its result dropped.
    static func pipeline<Result: Sendable>(
        _ jobs: [@Sendable () -> Result], _ consume: (Result) throws -> Void
    ) throws {
        guard jobs.count > 1, ProcessInfo.processInfo.activeProcessorCount > 1 else {
            for job in jobs { try consume(job()) }
            return
        }
        var pending = Pending(jobs[0])
        for index in jobs.indices {
            let result = pending.wait()
            if index + 1 < jobs.count { pending = Pending(jobs[index + 1]) }
            try consume(result)
        }
    }

    /// A job started on another thread, and its result once done. Callers keep a few in flight,
    /// oldest first, and wait for the oldest before starting more.
    final class Pending<Value: Sendable>: @unchecked Sendable {
        private let done = DispatchSemaphore(value: 0)
        private var value: Value?

        init(_ job: @escaping @Sendable () -> Value) {
            DispatchQueue.global().async {
                self.value = job()
                self.done.signal()
            }
        }

        /// The job's result; waits until it is done. The semaphore orders the write before the read.
        func wait() -> Value {
            done.wait()
            return value!
        }
    }
}
