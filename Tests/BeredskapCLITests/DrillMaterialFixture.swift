import Foundation

/// A scenario of the built-in plan with three injects (in the file out of the order they are played),
/// each with an expected action, two with a contingency, and three objectives, two of them with an
/// inject that bears on them: what the drill material's tests print.
enum DrillMaterialFixture {
    /// The injects' messages, in the file's order.
    static let injectTexts = [
        "Brand i ett flerbostadshus i Rinkeby, många boende evakuerade.",
        "En reporter ringer och frågar vad staden gör för de drabbade i natt.",
        "Polisen meddelar att två boende saknas och att anhöriga samlas utanför.",
    ]
    /// What only the evaluators may see: the expected actions and the contingencies.
    static let evaluatorTexts = [
        "kontaktar Socialjourens enhetschef", "SOS Alarm ringer Socialjouren igen",
        "hänvisar till stadens presstjänst", "Reportern ringer Socialjouren i stället", "beslutar om POSOM",
    ]
    /// The objectives' texts, in order.
    static let objectiveTexts = [
        "Direktören på berörd förvaltning nådd inom 30 minuter",
        "Direktören vid Socialförvaltningen nådd inom 60 minuter", "Stadsdirektören informerad inom 90 minuter",
    ]

    static let text = """
        name: tre-inspel
        title: Tre inspel en lördagsnatt
        plan: stockholm-socialforvaltningen-2017-2018
        path: via-socialjouren
        event:
          time: "2017-10-14T02:30"
          classification: extraordinary
        injects:
        - at: 0
          from: SOS Alarm
          to: socialjouren
          type: event
          text: \(injectTexts[0])
          expectedAction: {role: socialjouren, action: \(evaluatorTexts[0]), within: 10}
          contingency:
            text: \(evaluatorTexts[1]) och frågar vem som leder arbetet.
        - at: 45
          from: SVT Nyheter
          to: sof-direktor
          type: media
          text: \(injectTexts[1])
          expectedAction: {role: sof-direktor, action: \(evaluatorTexts[2]), within: 15}
          contingency:
            text: \(evaluatorTexts[3]).
        - at: 20
          from: Polisen
          to: direktor-berord-forvaltning
          type: information
          text: \(injectTexts[2])
          expectedAction: {role: direktor-berord-forvaltning, action: \(evaluatorTexts[4]), within: 20}
        objectives:
        - id: direktor-30
          text: \(objectiveTexts[0])
          rule: {role: direktor-berord-forvaltning, reachedWithin: 30}
        - id: sof-direktor-60
          text: \(objectiveTexts[1])
          rule: {role: sof-direktor, reachedWithin: 60}
        - id: stadsdirektor-90
          text: \(objectiveTexts[2])
          rule: {role: stadsdirektor, reachedWithin: 90}

        """

    /// A fresh directory with the scenario as `tre.yaml`.
    static func directory() throws -> URL {
        let directory = try temporaryDirectory()
        try text.write(to: directory.appendingPathComponent("tre.yaml"), atomically: true, encoding: .utf8)
        return directory
    }
}
