import BeredskapModel
import BeredskapStorage
import Foundation
import Synchronization
import Testing

@testable import BeredskapShell

/// `drill board` through the shell's seam, with a board server that only records what it is asked for:
/// what the shell says, and that it is not there in a build without a server.
@Suite(.serialized) struct DrillBoardToolTests {
    /// A board server that serves nothing and remembers every request.
    final class RecordingServer: DrillBoardServing {
        let requests = Mutex<[DrillBoardRequest]>([])
        let stops = Atomic<Int>(0)

        func start(_ request: DrillBoardRequest) throws(DrillBoardError) -> any RunningDrillBoard {
            requests.withLock { $0.append(request) }
            return Board(
                endpoint: DrillBoardEndpoint(host: request.host, port: request.port ?? 8080), drill: request.drill,
                server: self)
        }

        final class Board: RunningDrillBoard {
            let endpoint: DrillBoardEndpoint
            let drill: String
            let server: RecordingServer

            init(endpoint: DrillBoardEndpoint, drill: String, server: RecordingServer) {
                self.endpoint = endpoint
                self.drill = drill
                self.server = server
            }

            func stop() { server.stops.add(1, ordering: .relaxed) }
        }
    }

    @Test func theBoardIsServedThroughTheRegisteredServerAndNotWithoutOne() throws {
        defer { DrillBoardRegistry.register(nil) }
        DrillBoardRegistry.register(nil)
        let shell = try TestShell()
        shell.run("drill start bench-night --id b1")
        #expect(shell.run("drill board") == "")
        #expect(shell.errors.last?.contains("the situation board is not available in this build") == true)

        let server = RecordingServer()
        DrillBoardRegistry.register(server)
        shell.session.runsInRepl = true
        #expect(shell.run("drill board") == "Lägesbild: http://127.0.0.1:8080/ — öppna i webbläsaren\n")
        let request = try #require(server.requests.withLock { $0.first })
        #expect(request.drill == "b1" && request.host == "127.0.0.1" && request.port == nil)
        #expect(shell.run("drill board --port 9000") == "Lägesbilden visas redan: http://127.0.0.1:8080/\n")
        #expect(shell.run("drill board stop") == "Lägesbilden är stoppad (http://127.0.0.1:8080/)\n")
        #expect(server.stops.load(ordering: .relaxed) == 1)
        #expect(shell.run("drill board stop") == "Ingen lägesbild visas\n")

        let errors = shell.errors.count
        #expect(
            shell.run("drill board --port 0 --host 0.0.0.0") == "Lägesbild: http://0.0.0.0:0/ — öppna i webbläsaren\n")
        #expect(shell.errors.dropFirst(errors).contains { $0.hasPrefix("warning: the board listens on 0.0.0.0") })
        shell.run("drill board stop")
        #expect(shell.run("drill board --port 70000") == "")
        #expect(shell.errors.last?.contains("'--port' takes a port number from 0 (any free port) to 65535") == true)
        #expect(shell.run("drill board --id nope") == "")
        #expect(shell.errors.last?.contains("nope") == true)
    }
}
