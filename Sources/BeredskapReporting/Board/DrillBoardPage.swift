import BeredskapModel
import Foundation

/// A drill's situation board as a web page for the projector: the exercise mark, the scenario's
/// title, the clock, the injects given, the actions awaited and the decisions taken, in the plan's
/// language, following the drill through a stream of Server-Sent Events.
///
/// The page is rendered here, whole; each event carries the board's part of it rendered again
/// (``event(_:)``), so that the page itself never builds markup from the drill's text: every text of
/// the plan, the scenario and the players is escaped once, by ``fragment(_:)``.
///
/// ```swift
/// let html = DrillBoardPage.html(snapshot)                  // GET /
/// let line = "data: " + DrillBoardPage.event(snapshot)      // on each change, to /events
/// ```
public enum DrillBoardPage {
    /// The path of the page's script, relative to the page: served apart so that the page can forbid
    /// inline scripts altogether (``contentSecurityPolicy``).
    public static let scriptPath = "board.js"

    /// The path of the event stream, relative to the page.
    public static let eventsPath = "events"

    /// The content security policy the page is served with: scripts from the server only, no inline
    /// script, so that text that escaped its escaping still could not run.
    public static let contentSecurityPolicy =
        "default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'unsafe-inline'; base-uri 'none'; "
        + "form-action 'none'; frame-ancestors 'none'"

    /// The whole page, showing `snapshot` until the first event arrives.
    public static func html(_ snapshot: DrillBoardSnapshot) -> String {
        let language = snapshot.language
        return """
            <!DOCTYPE html>
            <html lang="\(language.rawValue)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(escaped(Label.exerciseMark.text(language))) – \(escaped(snapshot.title))</title>
            <style>\(style)</style>
            </head>
            <body>
            <p class="exercise-mark" id="exercise-mark">\(escaped(Label.exerciseMark.text(language)))</p>
            <p class="connection" id="connection" hidden>\(escaped(DrillBoardPhrase.disconnected.text(language)))</p>
            <main id="board">
            \(fragment(snapshot))</main>
            <script src="\(scriptPath)"></script>
            </body>
            </html>

            """
    }

    /// The board's part of the page: title, clock and the three lists, every text escaped.
    public static func fragment(_ snapshot: DrillBoardSnapshot) -> String {
        let language = snapshot.language
        func words(_ phrase: DrillBoardPhrase, _ values: [String: String] = [:]) -> String {
            escaped(phrase.text(language, values))
        }
        func minute(_ value: Double) -> String { escaped(NumberText.compact(value, language)) }
        var html = "<header>\n<p class=\"board-name\">\(words(.board))</p>\n"
        html += "<h1 id=\"title\">\(escaped(snapshot.title))</h1>\n"
        html +=
            "<p class=\"clock\" id=\"clock\" data-state=\"\(snapshot.clock.state.rawValue)\" "
            + "data-minute=\"\(snapshot.clock.minute)\">"
            + words(
                .clock,
                [
                    "minute": NumberText.compact(snapshot.clock.minute, language), "time": snapshot.clock.time,
                    "state": DrillText.state(snapshot.clock.state.rawValue, language),
                ]) + "</p>\n</header>\n"

        html += "<section id=\"injects\">\n<h2>\(words(.injects))</h2>\n"
        if snapshot.injects.isEmpty {
            html += "<p class=\"empty\">\(words(.noInjects))</p>\n"
        } else {
            html += table(
                [words(.number), words(.minute), words(.from), words(.to), words(.message)],
                // The newest first: the one the room is talking about stays at the top of the screen.
                rows: snapshot.injects.reversed().map { inject in
                    (
                        "inject-\(inject.number)",
                        [
                            String(inject.number), minute(inject.minute), escaped(inject.from), escaped(inject.to),
                            escaped(inject.text),
                        ]
                    )
                })
        }
        html += "</section>\n<section id=\"awaited\">\n<h2>\(words(.awaited))</h2>\n"
        if snapshot.awaited.isEmpty {
            html += "<p class=\"empty\">\(words(.noAwaited))</p>\n"
        } else {
            html += table(
                [words(.inject), words(.role), words(.deadline)],
                rows: snapshot.awaited.map { action in
                    (
                        "awaited-\(action.inject)",
                        [
                            String(action.inject), escaped(action.role),
                            (action.deadline.map(minute) ?? "–")
                                + (action.overdue ? " <span class=\"overdue\">\(words(.overdue))</span>" : ""),
                        ]
                    )
                })
        }
        html += "</section>\n<section id=\"decisions\">\n<h2>\(words(.decisions))</h2>\n"
        if snapshot.decisions.isEmpty {
            html += "<p class=\"empty\">\(words(.noDecisions))</p>\n"
        } else {
            html += table(
                [words(.minute), words(.step), words(.role), words(.decision), words(.rationale)],
                rows: snapshot.decisions.enumerated().reversed().map { offset, decision in
                    (
                        "decision-\(offset + 1)",
                        [
                            minute(decision.minute), escaped(decision.step), escaped(decision.role),
                            escaped(decision.option), escaped(decision.rationale ?? ""),
                        ]
                    )
                })
        }
        return html + "</section>\n"
    }

    /// One event of the board's stream: the snapshot and its rendered ``fragment(_:)``, as one line of
    /// JSON (`{"html": …, "snapshot": …}`), for a `data:` line.
    public static func event(_ snapshot: DrillBoardSnapshot) -> String {
        struct Event: Encodable {
            var html: String
            var snapshot: DrillBoardSnapshot
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        // Plain strings, numbers and enums always encode.
        let data = (try? encoder.encode(Event(html: fragment(snapshot), snapshot: snapshot))) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }

    /// The page's script: it replaces the board with each event's rendering, and shows that the
    /// connection is lost until the browser's EventSource has reconnected (which it does by itself).
    public static let script = """
        "use strict";
        (function () {
          var board = document.getElementById("board");
          var connection = document.getElementById("connection");
          var source = new EventSource("\(eventsPath)");
          source.addEventListener("board", function (event) {
            var message = JSON.parse(event.data);
            // The server escaped every text of the drill in message.html. message.snapshot.clock is the
            // clock's minute and state: where a clock that ticks between events would count on.
            board.innerHTML = message.html;
            connection.hidden = true;
          });
          source.addEventListener("open", function () { connection.hidden = true; });
          source.addEventListener("error", function () { connection.hidden = false; });
        })();

        """

    /// A table with a header row; each row has an id and cells already escaped.
    private static func table(_ headers: [String], rows: [(id: String, cells: [String])]) -> String {
        var html = "<table>\n<thead><tr>" + headers.map { "<th>\($0)</th>" }.joined() + "</tr></thead>\n<tbody>\n"
        for row in rows {
            html += "<tr id=\"\(row.id)\">" + row.cells.map { "<td>\($0)</td>" }.joined() + "</tr>\n"
        }
        return html + "</tbody>\n</table>\n"
    }

    private static func escaped(_ text: String) -> String {
        HTMLEscaping().escapeText(text)
    }

    /// Large type on a dark ground, for a projector across a room.
    private static let style = """
        body { margin: 0; padding: 1.5rem 2.5rem; background: #111; color: #eee; \
        font: 1.6rem/1.35 system-ui, sans-serif; }
        .exercise-mark { margin: 0 0 1rem; padding: .4rem 1rem; background: #c00; color: #fff; \
        font-size: 2.4rem; font-weight: 800; letter-spacing: .08em; text-align: center; }
        .connection { background: #a60; color: #fff; padding: .3rem 1rem; }
        .board-name { margin: 0; color: #aaa; text-transform: uppercase; letter-spacing: .05em; }
        h1 { margin: .2rem 0; font-size: 2.6rem; }
        .clock { font-size: 2.2rem; font-variant-numeric: tabular-nums; margin: .3rem 0 1rem; }
        .clock[data-state="paused"] { color: #fc6; }
        .clock[data-state="ended"] { color: #999; }
        h2 { margin: 1.2rem 0 .4rem; font-size: 1.8rem; border-bottom: 2px solid #444; }
        table { border-collapse: collapse; width: 100%; }
        th, td { text-align: left; vertical-align: top; padding: .25rem .8rem .25rem 0; }
        th { color: #aaa; font-weight: 600; }
        tbody tr:first-child td { color: #fff; }
        #injects tbody tr:first-child td { font-weight: 700; }
        .overdue { color: #f66; font-weight: 700; }
        .empty { color: #999; }
        """
}
