import BeredskapModel
import Testing

@Suite struct VocabularyTests {
    @Test func findsValuesByEnglishNameOrSwedishLabelIgnoringCaseAndDiacritics() {
        #expect(UnitFunction(label: "remedial") == .remedial)
        #expect(UnitFunction(label: "Åtgärdande") == .remedial)
        #expect(UnitFunction(label: "atgardande") == .remedial)
        #expect(UnitFunction(label: "förebyggande") == .preventive)
        #expect(UnitFunction(label: "upptackande") == .detecting)
        #expect(FunctionLevel(label: "Förhindrande arbete") == .intervention)
        #expect(UnitFunction(label: "remedia") == nil)
    }

    @Test func suggestsTheNearestCandidateForTypos() {
        #expect(Suggestion.nearest(to: "functons", in: ["id", "name", "functions", "level"]) == "functions")
        #expect(Suggestion.nearest(to: "remedia", in: ["preventive", "detecting", "remedial"]) == "remedial")
        #expect(Suggestion.nearest(to: "sof-samordnar", in: ["sof-samordnare", "tib"]) == "sof-samordnare")
        #expect(Suggestion.nearest(to: "dsecription", in: ["description", "name"]) == "description")
        #expect(Suggestion.nearest(to: "xyz", in: ["preventive", "detecting", "remedial"]) == nil)
        #expect(Suggestion.nearest(to: "id", in: ["kind"]) == nil)
    }

    @Test func foldsSwedishTextForMatching() {
        #expect(TextFolding.fold("PLUS Föräldrastöd") == "plus foraldrastod")
        #expect(TextFolding.fold("ÅTGÄRDANDE") == "atgardande")
    }

    @Test func suggestsWellFormedIDsForNames() {
        #expect(EntityID.suggested(for: "Mini Maria") == "mini-maria")
        #expect(EntityID.suggested(for: "Kruton – Skyddat boende") == "kruton-skyddat-boende")
        #expect(EntityID.suggested(for: "Särskilt kvalificerad kontaktperson") == "sarskilt-kvalificerad-kontaktperson")
        #expect(EntityID("mini-maria").isWellFormed)
        #expect(!EntityID("Mini-Maria").isWellFormed)
        #expect(!EntityID("mini--maria").isWellFormed)
        #expect(!EntityID("-mini").isWellFormed)
        #expect(!EntityID("").isWellFormed)
    }

    @Test func targetGroupsIncludeAgesWithinTheirBounds() {
        let origo = TargetGroup(description: "Ungdomar", minAge: 13, maxAge: 26)
        #expect(origo.includes(age: 13) && origo.includes(age: 26) && !origo.includes(age: 27))
        let skkp = TargetGroup(description: "Unga", maxAge: 21)
        #expect(skkp.includes(age: 0) && skkp.includes(age: 21) && !skkp.includes(age: 22))
        let adults = TargetGroup(description: "Vuxna", minAge: 18)
        #expect(adults.includes(age: 90) && !adults.includes(age: 17))
        #expect(!TargetGroup(description: "Vuxna").includes(age: 40))
    }
}
