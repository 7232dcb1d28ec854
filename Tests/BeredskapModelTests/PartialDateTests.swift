import BeredskapModel
import Testing

@Suite struct PartialDateTests {
    @Test(arguments: [
        ("2017", PartialDate.Precision.year), ("2017-08", .month), ("2017-09-01", .day), ("2016-02-29", .day),
    ])
    func parsesEachPrecisionAndWritesItBack(text: String, precision: PartialDate.Precision) throws {
        let date = try PartialDate(parsing: text)
        #expect(date.precision == precision)
        #expect(date.description == text)
    }

    @Test func rejectsDaysThatDoNotExist() {
        #expect(throws: PartialDate.ParseError.noSuchDay("2017-02-29", daysInMonth: 28)) {
            try PartialDate(parsing: "2017-02-29")
        }
        #expect(throws: PartialDate.ParseError.noSuchDay("2018-04-31", daysInMonth: 30)) {
            try PartialDate(parsing: "2018-04-31")
        }
        #expect(throws: PartialDate.ParseError.noSuchMonth("2017-13")) { try PartialDate(parsing: "2017-13") }
    }

    @Test(arguments: ["augusti 2017", "17", "2017-8", "2017-08-1", "2017/08", "", "2017-08-01-01", "０２０１"])
    func rejectsTextThatIsNotADate(text: String) {
        #expect(throws: PartialDate.ParseError.malformed(text)) { try PartialDate(parsing: text) }
    }

    @Test func errorMessagesSayWhatToWrite() {
        #expect(
            PartialDate.ParseError.malformed("augusti 2017").description
                == "'augusti 2017' is not a date; write a year, a month or a day: '2017', '2017-08' or '2017-09-01'")
        #expect(
            PartialDate.ParseError.noSuchDay("2017-02-30", daysInMonth: 28).description
                == "impossible date '2017-02-30': that month has 28 days")
    }

    @Test func ordersByFirstDayThenCoarserFirst() throws {
        let texts = ["2018", "2017-09-01", "2017-08", "2017", "2017-01-01", "2017-01"]
        let sorted = try texts.map { try PartialDate(parsing: $0) }.sorted().map(\.description)
        #expect(sorted == ["2017", "2017-01", "2017-01-01", "2017-08", "2017-09-01", "2018"])
    }

    @Test func containsFinerDatesWithinIt() throws {
        let august = try PartialDate(parsing: "2017-08")
        #expect(august.contains(try PartialDate(parsing: "2017-08-15")))
        #expect(!august.contains(try PartialDate(parsing: "2017-09-01")))
        #expect(!august.contains(try PartialDate(parsing: "2017")))
        #expect(try PartialDate(parsing: "2017").contains(august))
    }

    @Test func knowsTheLastDayOfAMonth() throws {
        #expect(try PartialDate(parsing: "2016-02").lastDay == (2016, 2, 29))
        #expect(try PartialDate(parsing: "2017").lastDay == (2017, 12, 31))
        #expect(PartialDate.isLeapYear(2000) && !PartialDate.isLeapYear(1900))
    }
}
