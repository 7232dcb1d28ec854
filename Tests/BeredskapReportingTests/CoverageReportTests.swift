import BeredskapModel
import Testing

@testable import BeredskapReporting

@Suite struct CoverageReportTests {
    @Test func bandsAreCutWhereATargetGroupStartsOrEnds() throws {
        let report = CoverageReport(plan: try Fixtures.stockholm())
        #expect(
            report.bands.map(\.label) == [
                "0–11", "12", "13–15", "16–17", "18", "19–20", "21", "22–25", "26", "27–29", "30+",
            ])
    }

    @Test func everyAgeInABandHasTheSameUnits() throws {
        let plan = try Fixtures.stockholm()
        let report = CoverageReport(plan: plan)
        for band in report.bands {
            for age in band.minAge...(band.maxAge ?? band.minAge + 5) {
                for cell in band.cells {
                    let serving = plan.units.filter {
                        $0.functions.contains(UnitFunction(rawValue: cell.function)!) && $0.serves(age: age)
                    }
                    #expect(serving.map(\.id.rawValue) == cell.units.map(\.id), "age \(age), \(cell.function)")
                }
            }
        }
    }

    @Test func anAgeBandWithoutARemedialUnitIsAGap() throws {
        let report = CoverageReport(plan: try Fixtures.stockholm())
        let remedialGaps = report.gaps.filter { $0.function == "remedial" }.map(\.band)
        #expect(remedialGaps == ["30+"])
        let teenagers = try #require(report.bands.first { $0.label == "13–15" })
        let remedial = try #require(teenagers.cells.first { $0.function == "remedial" })
        #expect(remedial.units.map(\.name) == ["Sociala insatsgrupper för unga"])
        // Preventive work has ages only through Origo (13–26).
        #expect(report.gaps.filter { $0.function == "preventive" }.map(\.band) == ["0–11", "12", "27–29", "30+"])
    }

    @Test func unitsWithoutStatedAgesAreListedApart() throws {
        let report = CoverageReport(plan: try Fixtures.stockholm())
        let names = report.unitsWithoutAges.map(\.name)
        #expect(names.contains("Stockholms stads socialjour"))
        #expect(names.contains("Mini Maria"))
        #expect(!names.contains("Origo"))
        #expect(report.units.count == 23)
        let rvc = try #require(report.units.first { $0.shortName == "RVC" })
        #expect(rvc.ages == "18+")
        let skkp = try #require(report.units.first { $0.shortName == "SKKP" })
        #expect(skkp.ages == "0–21")
    }

    @Test func milieusShowTheUnitsTaggedWithThem() throws {
        var plan = try Fixtures.stockholm()
        let report = CoverageReport(plan: plan)
        #expect(report.milieus.count == 4)
        #expect(report.milieus.allSatisfy { $0.units.isEmpty })
        plan.units = plan.units.map { unit in
            var unit = unit
            if unit.id == "avhopparverksamheten" { unit.milieus = ["vit-makt-miljon"] }
            return unit
        }
        let tagged = CoverageReport(plan: plan)
        #expect(tagged.milieus.first { $0.id == "vit-makt-miljon" }?.units.map(\.id) == ["avhopparverksamheten"])
        #expect(tagged.units.first { $0.id == "avhopparverksamheten" }?.milieus == ["Vit makt-miljön"])
    }

    @Test func aPlanWithNoAgesHasOneOpenBandThatIsAllGaps() {
        let plan = Plan(
            metadata: PlanMetadata(id: "liten", title: "Liten plan"),
            units: [ServiceUnit(id: "jour", name: "Jouren", level: .intervention, functions: [.remedial])])
        let report = CoverageReport(plan: plan)
        #expect(report.bands.map(\.label) == ["0+"])
        #expect(report.gaps.count == 3)
        #expect(report.unitsWithoutAges.map(\.id) == ["jour"])
    }
}
