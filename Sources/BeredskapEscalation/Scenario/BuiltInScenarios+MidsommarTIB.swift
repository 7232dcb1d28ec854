extension BuiltInScenarios {
    /// The text of `midsommar-tib.yaml`.
    ///
    /// Midsummer Eve: an extraordinary event on Friday 22 June 2018 at 23:40, a public holiday eve outside
    /// office hours, alarm via TIB from a CAP severe thunderstorm warning; CKL and the commission to
    /// Socialjouren are decided, and media and relatives follow.
    public static let midsommarTIBText = """
        # Bänkövning: larm via TIB en midsommaraftonsnatt. Midsommarafton är en helgdagsafton, så
        # kontorstiden (vardagar 08.00–16.30) gäller inte: kalendern räknar larmet som utanför kontorstid och
        # förvaltningarna har kontorstid igen först måndag 25 juni 08.00. Inspel 1 speglar CAP-larmet
        # Tests/BeredskapEscalationTests/Fixtures/cap/thunderstorm.cap (SEVERE THUNDERSTORM WARNING; Met,
        # Immediate, Severe, Observed), som planens larmregel allvarligt-via-tib styr till TIB som extraordinär
        # händelse. Tider i minuter från larmet.
        name: midsommar-tib
        title: Larm via TIB en midsommaraftonsnatt
        plan: stockholm-socialforvaltningen-2017-2018
        path: via-tib
        event:
          time: "2018-06-22T23:40"
          classification: extraordinary
          administration: Södermalms stadsdelsförvaltning
        duration: 360
        # Midsommar: många är bortresta eller firar och svarar långsammare, eller inte alls.
        defaultResponse: {median: 15, p90: 45, noAnswer: 0.10, timeout: 30}
        responses:
          stadsdirektor: {median: 20, p90: 60, noAnswer: 0.25, timeout: 20}
          sof-direktor: {median: 15, p90: 45, noAnswer: 0.20, timeout: 20}
        steps:
          kontakt-stadsdirektor: {target: 30}
          ckl-beslut: {median: 10, p90: 30}
          # Planen säger "kontinuerligt" utan intervall; en avstämning i timmen är övningens antagande.
          informera-sof-direktor: {every: 60}
          kontakt-sof-stadsdirektor: {every: 60}
          uppdrag-beslut: {median: 15, p90: 45}
        decisions:
          ckl-beslut:
            probabilities: {aktivera-ckl: 0.6, ingen-ckl: 0.4}
          uppdrag-beslut:
            probabilities: {ge-uppdrag: 0.7, inget-uppdrag: 0.3}
        injects:
        - id: cap-larm
          at: 0
          from: CAP-larm
          to: tib
          type: event
          text: >-
            SEVERE THUNDERSTORM WARNING: kraftigt åskväder med hagel, skyfall och vindbyar som kan orsaka
            skador, observerat över Stockholm (Met; Immediate, Severe, Observed). Uppmaning: sök skydd i en
            stadig byggnad tills ovädret har passerat.
          expectedAction:
            role: tib
            action: kontaktar stadsdirektören
            within: 15
          contingency:
            text: SOS Alarm ringer TIB igen och frågar vem i staden som har tagit emot larmet.
        - id: parken
          at: 20
          from: SOS Alarm
          to: tib
          type: event
          text: >-
            Ett träd har fallit över ett tält vid ett midsommarfirande i en park på Södermalm. Flera personer är
            skadade, och ett hundratal som firade midsommar, många av dem unga, har sökt skydd i en närliggande
            skola.
          expectedAction:
            role: socialjouren
            action: informerar direktören vid SoF om gjorda och planerade insatser
            within: 20
          contingency:
            text: Direktören vid SoF har sett nyheterna och ringer själv Socialjouren för att fråga vad som händer.
        - id: ckl
          start: {decision: ckl-beslut, option: aktivera-ckl, after: 10}
          from: Stadsledningskontoret
          to: stadsdirektor
          type: information
          text: >-
            Den centrala krisledningsorganisationen, CKL, samlas. Flera i staben är bortresta över midsommar och
            ansluter per telefon.
          expectedAction:
            role: stadsdirektor
            action: ger CKL en första inriktning och bestämmer tid för nästa avstämning
            within: 30
        - id: radion
          start: {delivered: parken, after: 30}
          from: Sveriges Radio P4 Stockholm
          to: tib
          type: media
          text: En reporter ringer TIB och frågar hur staden tar hand om de drabbade i natt.
          expectedAction:
            role: tib
            action: hänvisar till stadens presstjänst och lämnar inga uppgifter om enskilda
            within: 10
          contingency:
            text: Reportern ringer Socialjouren i stället och frågar hur många som har skadats.
        - start: {missed: radion, after: 5}
          from: Sveriges Radio P4 Stockholm
          to: tib
          type: media
          text: Radions nyhetssändning säger att staden i natt inte har kunnat svara på frågor om de drabbade.
        - id: anhoriga
          at: 90
          from: Socialjouren
          to: sof-direktor
          type: information
          text: >-
            Oroliga anhöriga ringer jouren. Stödinsatserna väntas pågå över helgen och in på måndagen, då
            stadsdelsförvaltningen har kontorstid igen.
          expectedAction:
            role: sof-direktor
            action: informerar stadsdirektören om Socialjourens gjorda och planerade insatser
            within: 20
          contingency:
            text: Stadsdirektören ringer direktören vid SoF och frågar varför ingen lägesbild har kommit.
        - start: {decision: uppdrag-beslut, option: ge-uppdrag, after: 15}
          from: Socialjouren
          to: sof-direktor
          type: information
          text: >-
            Socialjouren samordnar nu det psykosociala omhändertagandet och har öppnat ett stödcentrum i skolan,
            men behöver fler krisstödjare än jouren har i natt.
          expectedAction:
            role: sof-direktor
            action: ser till att förvaltningen förstärker Socialjouren med personal
            within: 45
        - start: manual
          from: Polisen
          to: tib
          type: information
          text: Polisen meddelar att en person som saknades efter ovädret har hittats oskadd.
        objectives:
        - id: stadsdirektor-30
          text: Stadsdirektören kontaktad av TIB inom 30 minuter
          rule: {role: stadsdirektor, reachedWithin: 30}
        - id: sof-direktor-45
          text: Direktören vid SoF informerad inom 45 minuter
          rule: {role: sof-direktor, reachedWithin: 45}

        """
}
