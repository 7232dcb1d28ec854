import ArgumentParser
import BeredskapModel
import BeredskapReporting
import BeredskapWorkspace
import Foundation

extension DrillTool {
    /// `drill board [--port N] [--host H] [--id ID]`, `drill board stop`: the drill's situation board, a
    /// local web page for the projector that follows the drill as it is played.
    struct Board: ShellTool {
        static let configuration = CommandConfiguration(
            commandName: "board",
            abstract: "Serve the drill's situation board, a web page for the projector that follows the drill.",
            discussion: """
                In the REPL the board is served in the background and the prompt comes back; `drill board stop` \
                stops it. As a command of its own (beredskap drill board), it is served until Ctrl-C. The board \
                shows the drill the shell plays, else the drill --id names, else the newest drill still going, \
                and it follows the store: commands typed in another shell on the same store show on it too.
                """)
        static let examples = ["drill board", "drill board --port 9000", "drill board stop"]

        @Argument(help: ArgumentHelp("`stop` stops the board the REPL serves.", valueName: "stop"))
        var action: String?
        @Option(
            help: ArgumentHelp(
                "The port (default: 8080, or a free one when it is taken; 0: any free one).", valueName: "n"))
        var port: String?
        @Option(
            help: ArgumentHelp(
                "The address to listen on (default: 127.0.0.1, this machine only).", valueName: "address"))
        var host: String?
        @Option(help: ArgumentHelp("The drill to show (default: the one being played).", valueName: "id"))
        var id: String?

        func run(in session: ShellSession, _ invocation: ToolInvocation) throws(ShellError) {
            let location = invocation.arguments.first?.location
            let language = ReportLanguage(planLanguage: try session.currentPlan().metadata.language)
            let text = DrillBoardText(language: language)
            switch action {
            case nil: break
            case "stop"?:
                guard let board = session.board else {
                    session.emit(text.notServed() + "\n")
                    return
                }
                board.stop()
                session.board = nil
                session.emit(text.stopped(url: board.endpoint.url) + "\n")
                return
            case let other?:
                throw ShellError(
                    "'\(other)' is not something `drill board` does; write `drill board` or `drill board stop`",
                    at: invocation.location(of: other), code: .syntax)
            }
            if let board = session.board {
                session.emit(text.alreadyServed(url: board.endpoint.url) + "\n")
                return
            }
            guard let server = DrillBoardRegistry.server else {
                throw ShellError(
                    "the situation board is not available in this build: no board server is registered "
                        + "(the beredskap program has one)", at: location)
            }
            let request = DrillBoardRequest(
                store: session.store, plan: session.planID, drill: try drill(in: session, invocation).session.id,
                host: try address(in: session, invocation), port: try portNumber(in: invocation))
            let board: any RunningDrillBoard
            do {
                board = try server.start(request)
            } catch {
                throw ShellError(
                    "the situation board could not be served: \(error.message)",
                    at: invocation.location(ofOption: port == nil ? "host" : "port") ?? location)
            }
            if request.port == nil, board.endpoint.port != DrillBoardRequest.defaultPort {
                session.errors(
                    "note: port \(DrillBoardRequest.defaultPort) is taken; the board is on port \(board.endpoint.port)")
            }
            session.emit(text.served(url: board.endpoint.url) + "\n")
            if session.runsInRepl {
                session.board = board
                return
            }
            Self.serveUntilInterrupted(board, in: session)
        }

        /// Serves in the foreground, as a command of its own, until Ctrl-C; then stops and succeeds.
        static func serveUntilInterrupted(_ board: any RunningDrillBoard, in session: ShellSession) {
            session.errors("note: serving the board of the drill '\(board.drill)' until Ctrl-C")
            let previous = signal(SIGINT, boardInterruptHandler)
            // A program that starts this one may leave SIGINT blocked (as a test runner's child inherits
            // it); Ctrl-C is what ends the serving, so this thread takes it.
            var interrupt = sigset_t()
            var blocked = sigset_t()
            sigemptyset(&interrupt)
            sigaddset(&interrupt, SIGINT)
            pthread_sigmask(SIG_UNBLOCK, &interrupt, &blocked)
            defer {
                pthread_sigmask(SIG_SETMASK, &blocked, nil)
                signal(SIGINT, previous)
            }
            while !shellInterrupt.load(ordering: .relaxed) {
                usleep(100_000)
            }
            // Ctrl-C ends the serving, not the script or the commands after it.
            shellInterrupt.store(false, ordering: .relaxed)
            board.stop()
        }

        /// The drill the board shows: the one `--id` names, else the one the shell plays, else the newest
        /// drill still going.
        func drill(in session: ShellSession, _ invocation: ToolInvocation) throws(ShellError) -> PlayedDrill {
            if let id {
                return try session.workspace.drills.reopen(id, location: invocation.location(ofOption: "id"))
            }
            return try session.currentDrill(at: invocation.arguments.first?.location)
        }

        /// `--host`: an address of this machine, `127.0.0.1` by default; any other than the loopback
        /// shows the drill to whoever can reach the machine, which the user is warned of.
        func address(in session: ShellSession, _ invocation: ToolInvocation) throws(ShellError) -> String {
            guard let host else { return "127.0.0.1" }
            let address = host == "localhost" ? "127.0.0.1" : host
            var ipv4 = in_addr()
            var ipv6 = in6_addr()
            guard inet_pton(AF_INET, address, &ipv4) == 1 || inet_pton(AF_INET6, address, &ipv6) == 1 else {
                throw ShellError(
                    "'--host' takes an IP address of this machine, such as 127.0.0.1 or 0.0.0.0, not '\(host)'",
                    at: invocation.location(ofOption: "host"))
            }
            if !(address.hasPrefix("127.") || address == "::1") {
                session.errors(
                    "warning: the board listens on \(address), not only on this machine: anyone who can reach it "
                        + "on the network sees the drill, without a password")
            }
            return address
        }

        /// `--port N`: 0 to 65535; nil when not given.
        func portNumber(in invocation: ToolInvocation) throws(ShellError) -> UInt16? {
            guard let port else { return nil }
            guard let number = UInt16(port) else {
                throw ShellError(
                    "'--port' takes a port number from 0 (any free port) to 65535, not '\(port)'",
                    at: invocation.location(ofOption: "port"))
            }
            return number
        }
    }
}

/// Ctrl-C while a board is served in the foreground: the serving ends.
private func boardInterruptHandler(_ signal: Int32) {
    shellInterrupt.store(true, ordering: .relaxed)
}
