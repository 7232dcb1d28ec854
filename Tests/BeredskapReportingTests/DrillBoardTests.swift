import BeredskapEscalation
import BeredskapModel
import Foundation
import Testing

@testable import BeredskapReporting

/// The drill's situation board as the projector shows it: marked as an exercise, the clock, the injects
/// given, the actions still awaited and the decisions taken, every text of the drill escaped.
@Suite struct DrillBoardTests {
    /// The bench-night drill on the Stockholm plan, started and not yet played on.
    private static func started(
        language: String = "sv", scenario edit: (inout Scenario) -> Void = { _ in }
    ) throws
        -> (TabletopSession, Plan)
    {
        var plan = try Fixtures.stockholm()
        plan.metadata.language = language
        var scenario = try DrillFixtures.scenario(plan)
        edit(&scenario)
        let session = TabletopSession(
            id: "ovning-1", scenario: scenario, planID: plan.metadata.id, participants: DrillFixtures.participants,
            leader: DrillFixtures.leader, at: DrillFixtures.wall(0))
        return (session, plan)
    }

    @Test func theBoardIsMarkedAsAnExerciseAndShowsTheClock() throws {
        let (session, plan) = try Self.started()
        let snapshot = DrillBoardSnapshot(session: session, plan: plan)
        let page = DrillBoardPage.html(snapshot)
        #expect(page.contains("<p class=\"exercise-mark\" id=\"exercise-mark\">ÖVNING – inget verkligt larm</p>"))
        #expect(page.contains("<h1 id=\"title\">Larm via Socialjouren en lördagsnatt</h1>"))
        #expect(page.contains("Minut 0 · 02:30 · pågår"))
        #expect(page.contains("Inga inspel ännu.") && page.contains("Inga beslut ännu."))
        #expect(page.contains("<html lang=\"sv\">"))
        #expect(snapshot.clock == .init(minute: 0, state: .running, time: "02:30"))
    }

    @Test func anInjectShowsWhoSentItToWhomAndNotWhatIsExpected() throws {
        var (session, plan) = try Self.started()
        try session.next(by: DrillFixtures.leader, at: DrillFixtures.wall(5))
        let snapshot = DrillBoardSnapshot(session: session, plan: plan)
        #expect(
            snapshot.injects == [
                .init(
                    number: 1, minute: 45, from: "SVT Nyheter", to: "Direktör vid Socialförvaltningen",
                    text: "En reporter ringer och frågar vad staden gör för de drabbade i natt.")
            ])
        let fragment = DrillBoardPage.fragment(snapshot)
        #expect(
            fragment.contains(
                "<tr id=\"inject-1\"><td>1</td><td>45</td><td>SVT Nyheter</td><td>Direktör vid Socialförvaltningen</td>"
                    + "<td>En reporter ringer och frågar vad staden gör för de drabbade i natt.</td></tr>"))
        // The controllers' material stays off the projector: neither the expected action nor the contingency.
        #expect(!fragment.contains("presstjänst") && !fragment.contains("ringer reportern Socialjouren"))
        #expect(fragment.contains("Minut 45 · 03:15 · pågår"))
    }

    @Test func anAwaitedActionShowsUntilItIsFulfilled() throws {
        var (session, plan) = try Self.started()
        try session.next(by: DrillFixtures.leader, at: DrillFixtures.wall(5))
        let awaited = DrillBoardSnapshot(session: session, plan: plan)
        #expect(
            awaited.awaited == [
                .init(inject: 1, role: "Direktör vid Socialförvaltningen", deadline: 60, overdue: false)
            ])
        #expect(
            DrillBoardPage.fragment(awaited).contains(
                "<tr id=\"awaited-1\"><td>1</td><td>Direktör vid Socialförvaltningen</td><td>60</td></tr>"))

        try session.advance(minutes: 20, by: DrillFixtures.leader, at: DrillFixtures.wall(8))
        let overdue = DrillBoardSnapshot(session: session, plan: plan)
        #expect(overdue.awaited.map(\.overdue) == [true])
        #expect(DrillBoardPage.fragment(overdue).contains("<span class=\"overdue\">försenad</span>"))

        try session.act(
            role: "sof-direktor", action: "ringde presstjänsten", note: nil, inject: 0, by: nil, in: plan,
            at: DrillFixtures.wall(9))
        let fulfilled = DrillBoardSnapshot(session: session, plan: plan)
        #expect(fulfilled.awaited.isEmpty)
        let fragment = DrillBoardPage.fragment(fulfilled)
        #expect(!fragment.contains("awaited-1") && fragment.contains("Inga åtgärder väntas."))
    }

    @Test func aDecisionShowsItsStepOptionAndRationale() throws {
        var (session, plan) = try Self.started()
        try session.decide(
            step: "posom-beslut", option: "aktivera", rationale: "Många drabbade", by: nil, in: plan,
            at: DrillFixtures.wall(3))
        let snapshot = DrillBoardSnapshot(session: session, plan: plan)
        #expect(
            snapshot.decisions == [
                .init(
                    minute: 0, step: "posom-beslut", role: "Direktör på berörd förvaltning", option: "Aktivera POSOM",
                    rationale: "Många drabbade")
            ])
        #expect(
            DrillBoardPage.fragment(snapshot).contains(
                "<td>posom-beslut</td><td>Direktör på berörd förvaltning</td><td>Aktivera POSOM</td>"
                    + "<td>Många drabbade</td>"))
    }

    @Test func hostileTextInTheScenarioAndTheLogIsEscaped() throws {
        let script = "<script>alert('x')</script>"
        let image = "<img src=x onerror=\"alert(1)\">"
        var (session, plan) = try Self.started { scenario in
            scenario.title = "Övning " + script
            scenario.injects[0].text = image + " & mer"
            scenario.injects[0].from = "</td></tr></table>" + script
        }
        try session.next(by: nil, at: DrillFixtures.wall(1))
        try session.decide(
            step: "posom-beslut", option: "aktivera", rationale: image + "\u{1B}[31m", by: nil, in: plan,
            at: DrillFixtures.wall(2))
        let snapshot = DrillBoardSnapshot(session: session, plan: plan)
        let page = DrillBoardPage.html(snapshot)
        let event = DrillBoardPage.event(snapshot)
        for text in [page, DrillBoardPage.fragment(snapshot)] {
            #expect(!text.contains("<script>alert") && !text.contains("<img") && !text.contains("</table><script"))
            #expect(text.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"))
            #expect(text.contains("&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; mer"))
            #expect(!text.contains("\u{1B}"))
        }
        #expect(page.contains("<title>ÖVNING – inget verkligt larm – Övning &lt;script&gt;"))
        // The page's only script is its own, from the server.
        #expect(page.components(separatedBy: "<script").count == 2 && page.contains("<script src=\"board.js\">"))
        // The event's HTML is escaped the same way; its snapshot carries the texts as data, for the script.
        let object = try #require(JSONSerialization.jsonObject(with: Data(event.utf8)) as? [String: Any])
        let html = try #require(object["html"] as? String)
        #expect(html == DrillBoardPage.fragment(snapshot) && !html.contains("<img") && !html.contains("<script"))
    }

    @Test func anEnglishPlansBoardIsInEnglish() throws {
        var (session, plan) = try Self.started(language: "en")
        try session.next(by: nil, at: DrillFixtures.wall(1))
        try session.pause(by: nil, at: DrillFixtures.wall(2))
        let snapshot = DrillBoardSnapshot(session: session, plan: plan)
        let page = DrillBoardPage.html(snapshot)
        #expect(snapshot.language == .en)
        #expect(page.contains("DRILL – not a real alarm") && !page.contains("ÖVNING"))
        #expect(page.contains("Minute 45 · 03:15 · paused"))
        for heading in ["Situation board", "Injects", "Awaited actions", "Decisions", "No decisions yet.", "By minute"]
        {
            #expect(page.contains(heading), "\(heading)")
        }
        #expect(page.contains("<html lang=\"en\">"))
        #expect(
            DrillBoardText(language: .en).served(url: "http://127.0.0.1:8080/")
                == "Situation board: http://127.0.0.1:8080/ — open it in a browser")
        #expect(
            DrillBoardText(language: .sv).served(url: "http://127.0.0.1:8080/")
                == "Lägesbild: http://127.0.0.1:8080/ — öppna i webbläsaren")
    }

    @Test func theEventIsOneLineOfJSONWithTheClockAndTheRenderedBoard() throws {
        var (session, plan) = try Self.started()
        try session.next(by: nil, at: DrillFixtures.wall(1))
        let snapshot = DrillBoardSnapshot(session: session, plan: plan)
        let event = DrillBoardPage.event(snapshot)
        #expect(!event.contains("\n"))
        let object = try #require(JSONSerialization.jsonObject(with: Data(event.utf8)) as? [String: Any])
        #expect((object["html"] as? String) == DrillBoardPage.fragment(snapshot))
        let clock = try #require((object["snapshot"] as? [String: Any])?["clock"] as? [String: Any])
        #expect(clock["minute"] as? Double == 45 && clock["state"] as? String == "running")
        let decoded = try JSONDecoder().decode(DrillBoardSnapshot.self, from: Data(snapshot.jsonText().utf8))
        #expect(decoded == snapshot)
    }
}
