import Dispatch
import PostgresNIO
import Synchronization

/// The one place the synchronous connection waits for postgres-nio's asynchronous work.
///
/// The work runs in a task whose executor is the connection's event loop, so it needs no thread of
/// Swift's cooperative pool: a caller that blocks one of those threads (a synchronous test, say, of
/// which Swift Testing runs several at once) cannot starve the work it waits for. The caller must not
/// be on an event loop, whose thread would then wait for itself.
struct BlockingBridge: Sendable {
    private let executor: EventLoopTaskExecutor

    init(eventLoop: any EventLoop) {
        executor = EventLoopTaskExecutor(eventLoop: eventLoop)
    }

    /// Runs `operation` on the event loop and blocks the calling thread until it returns or throws.
    func run<T: Sendable>(_ operation: @escaping @Sendable () async throws -> T) throws -> T {
        precondition(
            MultiThreadedEventLoopGroup.currentEventLoop == nil,
            "a PostgreSQLConnection is synchronous and must not be used on an event loop")
        let outcome = Outcome<T>()
        Task(executorPreference: executor) {
            let result: Result<T, any Error>
            do { result = .success(try await operation()) } catch { result = .failure(error) }
            outcome.finish(result)
        }
        return try outcome.wait().get()
    }
}

/// The result of a task, handed to the thread that waits for it.
private final class Outcome<T: Sendable>: Sendable {
    private let result = Mutex<Result<T, any Error>?>(nil)
    private let done = DispatchSemaphore(value: 0)

    func finish(_ result: Result<T, any Error>) {
        self.result.withLock { $0 = result }
        done.signal()
    }

    func wait() -> Result<T, any Error> {
        done.wait()
        return result.withLock { $0! }
    }
}

/// A task executor that runs its jobs on one event loop.
private final class EventLoopTaskExecutor: TaskExecutor {
    let eventLoop: any EventLoop

    init(eventLoop: any EventLoop) { self.eventLoop = eventLoop }

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        eventLoop.execute { job.runSynchronously(on: self.asUnownedTaskExecutor()) }
    }
}
