extension BuiltInScenarios {
    /// The text of `mediatryck.yaml`.
    ///
    /// Media pressure: a threat against a school on Tuesday 16 October 2018 from 08:20, alarm via TIB; a
    /// working day of questions from SVT, Sveriges Radio, the local paper and social media for the
    /// administration's communicators and directors.
    public static let mediatryckText = """
        # Bänkövning: en dag med mediatryck. Larmet kommer via TIB en tisdagsmorgon i kontorstid; frågorna
        # från SVT, Sveriges Radio, lokaltidningen och sociala medier går till förvaltningens kommunikatörer
        # och direktörer. Planen ger inga larmvägssteg för kommunikationen, så de förväntade åtgärderna gäller
        # de roller planen nämner: kommunikatörerna, direktören vid SoF, stadsdirektören och förvaltningens
        # samordnare mot våldsbejakande extremism. Tider i minuter från larmet.
        name: mediatryck
        title: En dag med mediatryck efter ett hot mot en skola
        plan: stockholm-socialforvaltningen-2017-2018
        path: via-tib
        event:
          time: "2018-10-16T08:20"
          classification: extraordinary
          administration: Berörd stadsdelsförvaltning
        duration: 480
        responses:
          stadsdirektor: {median: 10, p90: 30, noAnswer: 0.10, timeout: 20}
          sof-direktor: {median: 8, p90: 25, noAnswer: 0.10, timeout: 15}
        steps:
          kontakt-stadsdirektor: {target: 20}
          ckl-beslut: {median: 15, p90: 40}
          # Planen säger "kontinuerligt" utan intervall; en avstämning i timmen är övningens antagande.
          informera-sof-direktor: {every: 60}
          kontakt-sof-stadsdirektor: {every: 60}
          uppdrag-beslut: {median: 20, p90: 60}
        decisions:
          ckl-beslut:
            probabilities: {aktivera-ckl: 0.3, ingen-ckl: 0.7}
          uppdrag-beslut:
            probabilities: {ge-uppdrag: 0.2, inget-uppdrag: 0.8}
        injects:
        - id: hotet
          at: 0
          from: Polisen
          to: tib
          type: event
          text: >-
            Ett hot om våld mot en gymnasieskola i Söderort sprids på sociala medier sedan i natt. Hotet har ett
            våldsbejakande budskap; polisen bedömer det som allvarligt och skolan håller stängt i dag.
          expectedAction:
            role: tib
            action: kontaktar stadsdirektören
            within: 10
          contingency:
            text: Polisens kontaktperson ringer TIB igen och frågar vem i staden som leder arbetet.
        - id: svt
          at: 30
          from: SVT Nyheter Stockholm
          to: sof-kommunikatorer
          type: media
          text: >-
            En reporter vill ha en intervju före lunchsändningen: har socialtjänsten haft kontakt med den som
            ligger bakom hotet?
          expectedAction:
            role: sof-kommunikatorer
            action: >-
              svarar att socialtjänsten inte lämnar uppgifter om enskilda och erbjuder en intervju om stadens
              arbete
            within: 30
          contingency:
            text: Reportern ringer direktören vid SoF direkt på mobilen.
        - start: {missed: svt, after: 10}
          from: SVT Nyheter Stockholm
          to: sof-direktor
          type: media
          text: >-
            SVT publicerar en artikel om att staden inte vill svara och ber direktören om en kommentar inom en
            halvtimme.
          expectedAction:
            role: sof-direktor
            action: ger en kort kommentar om stadens insatser och hänvisar till polisen om utredningen
            within: 30
        - id: faktaunderlag
          at: 45
          from: Direktören vid SoF
          to: sof-samordnare
          type: information
          text: >-
            Inför intervjuerna behövs ett faktaunderlag om stadens arbete mot våldsbejakande extremism:
            riktlinjerna från 2016, samordnarna och handlingsplanens aktiviteter.
          expectedAction:
            role: sof-samordnare
            action: tar fram ett faktaunderlag utifrån handlingsplanen tillsammans med stadens centrala samordnare
            within: 45
          contingency:
            text: Direktören går in i intervjun utan underlag och ringer samordnaren från korridoren.
        - id: radion
          at: 60
          from: Sveriges Radio P4 Stockholm
          to: stadsdirektor
          type: media
          text: >-
            Radion vill ha stadsdirektören i eftermiddagens direktsändning om vad staden gör mot våldsbejakande
            extremism.
          expectedAction:
            role: stadsdirektor
            action: utser stadens talesperson och beslutar om staden ska medverka i sändningen
            within: 60
          contingency:
            text: Radion meddelar att de sänder utan staden och läser upp att staden har avböjt.
        - id: ryktet
          at: 90
          from: Sociala medier
          to: sof-kommunikatorer
          type: media
          text: >-
            I en Facebookgrupp för föräldrar i stadsdelen sprids påståendet att skolan ska hålla stängt hela
            veckan och att fler skolor har hotats. Inlägget har delats flera hundra gånger.
          expectedAction:
            role: sof-kommunikatorer
            action: >-
              publicerar bekräftad information i stadens kanaler och bemöter ryktet i samråd med
              utbildningsförvaltningen
            within: 30
          contingency:
            text: Ryktet når lokaltidningen, som ringer och frågar om fler skolor har hotats.
        - start: {delivered: ryktet, after: 60}
          from: Mitt i
          to: sof-kommunikatorer
          type: media
          text: Lokaltidningen frågar vilket stöd ungdomar och föräldrar i stadsdelen kan få i dag och i kväll.
          expectedAction:
            role: sof-kommunikatorer
            action: tar fram svaret tillsammans med berörd stadsdelsförvaltning och förvaltningens samordnare
            within: 60
        - start: {decision: ckl-beslut, option: aktivera-ckl, after: 15}
          from: Stadsledningskontoret
          to: sof-kommunikatorer
          type: information
          text: CKL samordnar nu stadens kommunikation. Förvaltningarna ska lämna sina medieloggar och budskap dit.
          expectedAction:
            role: sof-kommunikatorer
            action: lämnar medieloggen och förvaltningens budskap till CKL
            within: 30
        - start: manual
          from: Sociala medier
          to: sof-direktor
          type: media
          text: >-
            En anställd på förvaltningen har i ett öppet inlägg skrivit att socialtjänsten "kände till" den som
            ligger bakom hotet. Inlägget citeras redan av andra.
          expectedAction:
            role: sof-direktor
            action: påminner medarbetarna om tystnadsplikten och samordnar stadens budskap med kommunikatörerna
            within: 30
        objectives:
        - id: stadsdirektor-20
          text: Stadsdirektören kontaktad av TIB inom 20 minuter
          rule: {role: stadsdirektor, reachedWithin: 20}
        - id: sof-direktor-30
          text: Direktören vid SoF informerad inom 30 minuter
          rule: {role: sof-direktor, reachedWithin: 30}

        """
}
