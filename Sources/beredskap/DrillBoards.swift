import BeredskapBoard
import BeredskapShell

/// BeredskapBoard's FlyingFox server as the shell's `drill board` asks for one: registered at startup,
/// so that the shell's library builds no web server.
struct DrillBoards: DrillBoardServing {
    func start(_ request: DrillBoardRequest) throws(DrillBoardError) -> any RunningDrillBoard {
        do {
            return ServedBoard(
                server: try DrillBoardServer.start(
                    store: request.store, plan: request.plan, drill: request.drill, host: request.host,
                    port: request.port))
        } catch {
            throw DrillBoardError(error.message)
        }
    }

    /// A board being served, as the shell holds it.
    final class ServedBoard: RunningDrillBoard {
        let server: DrillBoardServer

        init(server: DrillBoardServer) {
            self.server = server
        }

        var endpoint: DrillBoardEndpoint { DrillBoardEndpoint(host: server.host, port: server.port) }
        var drill: String { server.drill }
        func stop() { server.stop() }
    }
}
