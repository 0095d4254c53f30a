import Testing

@testable import MeetingLintCore

/// A day's number from its year, month and day (`Day.init(year:month:day:)`), read for a year
/// from 0 on in unsigned numbers, is what the signed formula for every year gives.
@Suite struct DayNumberFormulaTests {
    /// Howard Hinnant's days_from_civil as `Day` read it for every year before the unsigned path.
    static func signedNumber(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let monthIndex = month > 2 ? month - 3 : month + 9
        let dayOfYear = (153 * monthIndex + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// Every day of the years around 0, around 1970, those a record writes, and a few far ones
    /// on both sides of the unsigned path's bound (2^40).
    @Test func everyDayHasTheSignedFormulasNumber() {
        let years = Array(-801...801) + Array(1890...2210) + [9_999, 10_000, 1 << 20, (1 << 40) - 1, 1 << 40, (1 << 40) + 1, 1 << 41, -(1 << 40)]
        var failures: [String] = []
        var checked = 0
        for year in years {
            for month in 1...12 {
                for day in 1...Day.daysIn(month: month, year: year) {
                    guard let found = Day(year: year, month: month, day: day) else {
                        failures.append("\(year)-\(month)-\(day): none")
                        continue
                    }
                    let expected = DayNumberFormulaTests.signedNumber(year: year, month: month, day: day)
                    if found.number != expected { failures.append("\(year)-\(month)-\(day): \(found.number), not \(expected)") }
                    checked += 1
                }
            }
        }
        #expect(failures.isEmpty, "\(failures.prefix(10))")
        #expect(checked > 700_000)
    }

    @Test func daysRoundTripThroughTheirParts() {
        var generator = SplitMix64(seed: 0xDA7_0F_DA75)
        for _ in 0..<20_000 {
            let number = Int.random(in: -1_000_000...3_000_000, using: &generator)
            let parts = Day(number: number).parts
            #expect(Day(year: parts.year, month: parts.month, day: parts.day)?.number == number)
        }
        #expect(Day(year: 1970, month: 1, day: 1)?.number == 0)
        #expect(Day(year: 2026, month: 2, day: 29) == nil)
        #expect(Day(year: 2024, month: 2, day: 29) != nil)
    }
}
