import BeredskapModel
import Testing

@testable import BeredskapReporting

@Suite struct AlarmPathDiagramTests {
    @Test func dotHasDecisionsAsDiamondsAndConditionsOnTheEdges() throws {
        let plan = try Fixtures.stockholm()
        let dot = AlarmPathDiagram(path: plan.alarmPaths[0], in: plan).dot
        #expect(dot.hasPrefix("digraph \"via-socialjouren\" {"))
        #expect(dot.contains("\"posom-beslut\" [label=\"4. beslutar\\nDirektör på berörd förvaltning\", shape=diamond"))
        #expect(
            dot.contains(
                "\"kontakt-enhetschef\" [label=\"2. kontaktar\\nStockholms stads socialjour →\\nSocialjourens enhetschef\"]"
            ))
        #expect(dot.contains("\"posom-beslut\" -> \"aktivera-posom\" [label=\"om: Aktivera POSOM\"];"))
        #expect(
            dot.contains("\"kontakt-direktor\" -> \"informera-sof-direktor\" [label=\"endast extraordinär händelse\"];")
        )
        #expect(dot.contains("\"larm-inkommer\" -> \"kontakt-enhetschef\";"))
    }

    @Test func mermaidIsATopDownFlowchart() throws {
        let plan = try Fixtures.stockholm()
        let mermaid = AlarmPathDiagram(path: plan.alarmPaths[0], in: plan).mermaid
        #expect(mermaid.hasPrefix("flowchart TD\n"))
        #expect(mermaid.contains("  s1([\"1. tar emot<br/>Stockholms stads socialjour\"])"))
        #expect(mermaid.contains("  s4{\"4. beslutar<br/>Direktör på berörd förvaltning\"}"))
        #expect(mermaid.contains("  s7[\"7. informerar<br/>Direktör vid Socialförvaltningen → Stadsdirektör\"]"))
        #expect(mermaid.contains("  s4 -->|\"om: Aktivera POSOM\"| s5"))
        #expect(mermaid.contains("  s3 -->|\"endast extraordinär händelse\"| s6"))
    }

    @Test func quotesAndBackslashesInNamesAreEscaped() throws {
        var plan = try Fixtures.stockholm()
        plan.roles = plan.roles.map { role in
            var role = role
            if role.id == "socialjourens-enhetschef" { role.title = "Chef \"jour\" \\ natt <24h> #1 & co" }
            return role
        }
        let diagram = AlarmPathDiagram(path: plan.alarmPaths[0], in: plan)
        #expect(diagram.dot.contains("Chef \\\"jour\\\" \\\\ natt <24h> #1 & co"))
        #expect(diagram.mermaid.contains("Chef #quot;jour#quot; \\ natt #lt;24h#gt; #35;1 #amp; co"))
        let svg = try diagram.svg()
        #expect(svg.contains("Chef &quot;jour&quot; \\ natt &lt;24h&gt; #1 &amp; co"))
    }

    @Test func graphvizDrawsTheDotWithTheNodeLabels() throws {
        let plan = try Fixtures.stockholm()
        for path in plan.alarmPaths {
            let svg = try AlarmPathDiagram(path: path, in: plan).svg()
            #expect(svg.contains("<svg"))
            #expect(svg.contains(">1. tar emot</text>"))
            #expect(svg.contains(path.name))
        }
        let svg = try AlarmPathDiagram(path: plan.alarmPaths[0], in: plan).svg()
        #expect(svg.contains(">Stockholms stads socialjour →</text>"))
        #expect(svg.contains(">Socialjourens enhetschef</text>"))
        #expect(svg.contains(">om: Aktivera POSOM</text>"))
    }

    @Test func saysHowToInstallGraphvizWhenItIsMissing() {
        #expect(Graphviz.executable(path: "/nonexistent") == nil)
        #expect(throws: GraphvizError(.notInstalled, message: "Graphviz is not installed: apt-get install graphviz")) {
            try Graphviz.render("digraph {}", format: "svg", searchPath: "/nonexistent")
        }
    }

    @Test func englishLabelsWhenAsked() throws {
        let plan = try Fixtures.stockholm()
        let dot = AlarmPathDiagram(path: plan.alarmPaths[0], in: plan, language: .en).dot
        #expect(dot.contains("2. contacts"))
        #expect(dot.contains("[label=\"only extraordinary event\"]"))
    }
}
