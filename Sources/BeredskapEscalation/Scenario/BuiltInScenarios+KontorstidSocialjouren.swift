extension BuiltInScenarios {
    /// The text of `kontorstid-socialjouren.yaml`.
    ///
    /// Office hours: an extraordinary event on Wednesday 18 April 2018 at 10:15, alarm via Socialjouren;
    /// POSOM is activated nine times in ten, and the injects that follow depend on that decision.
    public static let kontorstidSocialjourenText = """
        # Bänkövning: larm via Socialjouren en onsdagsförmiddag, i kontorstid (kalendern avgör: vardag
        # 08.00–16.30). Socialjouren har öppet dygnet runt och ansvarar för den akuta psykosociala
        # krisberedskapen och för att berörd stadsdelsförvaltning aktiveras; direktören där avgör om POSOM ska
        # aktiveras, och flera inspel följer av det beslutet. Tider i minuter från larmet.
        name: kontorstid-socialjouren
        title: Larm via Socialjouren en förmiddag i kontorstid
        plan: stockholm-socialforvaltningen-2017-2018
        path: via-socialjouren
        event:
          time: "2018-04-18T10:15"
          classification: extraordinary
          administration: Hässelby-Vällingby stadsdelsförvaltning
        duration: 300
        # Kontorstid: de flesta nås snabbt, men chefer sitter i möten.
        responses:
          socialjourens-enhetschef: {median: 3, p90: 10, noAnswer: 0.05, timeout: 10}
          direktor-berord-forvaltning: {median: 5, p90: 20, noAnswer: 0.15, timeout: 15}
          sof-direktor: {median: 5, p90: 20, noAnswer: 0.10, timeout: 15}
          stadsdirektor: {median: 10, p90: 30, noAnswer: 0.10, timeout: 20}
        steps:
          kontakt-direktor: {target: 20}
          posom-beslut: {median: 5, p90: 15}
          aktivera-posom: {median: 20, p90: 45}
          uppdrag-beslut: {median: 10, p90: 30}
        decisions:
          # Många drabbade barn och föräldrar: POSOM aktiveras nästan alltid.
          posom-beslut:
            probabilities: {aktivera: 0.9, aktivera-inte: 0.1}
          uppdrag-beslut:
            probabilities: {ge-uppdrag: 0.5, inget-uppdrag: 0.5}
        injects:
        - id: larm
          at: 0
          from: SOS Alarm
          to: socialjouren
          type: event
          text: >-
            Brand i en grundskola i Vällingby under förmiddagens lektioner. Omkring 400 elever och anställda är
            utrymda till en idrottshall; sex elever förs till sjukhus med rökskador.
          expectedAction:
            role: socialjouren
            action: kontaktar Socialjourens enhetschef
            within: 5
          contingency:
            text: >-
              Enhetschefen har hört om branden från polisen och ringer själv jouren för att fråga varför ingen
              har hört av sig.
        - id: rektorn
          start: {delivered: larm, after: 10}
          from: Skolans rektor
          to: direktor-berord-forvaltning
          type: information
          text: >-
            Rektorn ber om stöd till elever och föräldrar som samlas vid idrottshallen; skolans elevhälsa räcker
            inte till.
          # Beslutet om POSOM loggas med `drill decide posom-beslut …`; den förväntade åtgärden är det som
          # direktören gör utöver beslutet.
          expectedAction:
            role: direktor-berord-forvaltning
            action: skickar en chef från förvaltningen till idrottshallen
            within: 20
          contingency:
            text: Rektorn ringer igen. Föräldrar samlas utanför hallen och ingen från förvaltningen är på plats.
        - id: posom-samlas
          start: {decision: posom-beslut, option: aktivera, after: 20}
          from: POSOM-gruppen
          to: direktor-berord-forvaltning
          type: information
          text: >-
            POSOM-gruppen är på plats i idrottshallen med fyra krisstödjare. Omkring 80 föräldrar har kommit och
            fler är på väg; gruppen behöver en lokal för samtal och besked om eleverna som förts till sjukhus.
          expectedAction:
            role: direktor-berord-forvaltning
            action: ordnar en lokal och utser en kontaktperson mot sjukhuset och skolan
            within: 20
          contingency:
            text: POSOM-gruppens samordnare ringer direktören igen. Föräldrarna står utomhus och oron växer.
        - start: {decision: posom-beslut, option: aktivera-inte, after: 15}
          from: Skolans rektor
          to: direktor-berord-forvaltning
          type: information
          text: Elever och föräldrar frågar efter krisstöd, och skolans elevhälsa har inte fler att sätta in.
          expectedAction:
            role: direktor-berord-forvaltning
            action: omprövar beslutet om POSOM
            within: 15
        - id: grannstadsdel
          start: {delivered: posom-samlas, after: 40}
          from: POSOM-gruppen
          to: socialjouren
          type: information
          text: >-
            Flera av de utrymda eleverna bor i grannstadsdelen, och deras föräldrar hör av sig dit. POSOM-gruppen
            frågar vem som samordnar stödet mellan förvaltningarna.
          expectedAction:
            role: socialjouren
            action: informerar direktören vid SoF om gjorda och planerade insatser
            within: 15
          contingency:
            text: Direktören vid SoF får frågan av en journalist innan Socialjouren har hört av sig.
        - id: samordning
          start: {done: grannstadsdel, after: 10}
          from: Direktören vid SoF
          to: stadsdirektor
          type: information
          text: >-
            Två stadsdelsförvaltningar berörs och deras POSOM-grupper behöver samordnas. Insatserna väntas pågå
            resten av dagen.
          # Stadsdirektörens svar är beslutet uppdrag-beslut (`drill decide`); nästa inspel väntar på det.
        - start: {decision: uppdrag-beslut, option: ge-uppdrag, after: 10}
          from: Socialjouren
          to: POSOM-grupperna
          type: information
          text: >-
            Socialjouren samordnar nu det psykosociala omhändertagandet i och mellan förvaltningarna och kallar
            POSOM-grupperna i de två stadsdelarna till en gemensam avstämning.
        - start: manual
          from: Räddningstjänsten
          to: direktor-berord-forvaltning
          type: information
          text: Branden är släckt. Skolan kan inte användas resten av veckan.
          expectedAction:
            role: direktor-berord-forvaltning
            action: ser till att föräldrarna får besked om var undervisningen fortsätter
            within: 60
        objectives:
        - id: enhetschef-10
          text: Socialjourens enhetschef nådd inom 10 minuter
          rule: {role: socialjourens-enhetschef, reachedWithin: 10}
        - id: direktor-20
          text: Direktören på berörd förvaltning nådd inom 20 minuter
          rule: {role: direktor-berord-forvaltning, reachedWithin: 20}
        - id: stadsdirektor-60
          text: Stadsdirektören informerad inom 60 minuter
          rule: {role: stadsdirektor, reachedWithin: 60}

        """
}
