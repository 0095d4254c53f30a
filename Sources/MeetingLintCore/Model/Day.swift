/// A calendar day (proleptic Gregorian), stored as days since 1970-01-01.
public struct Day: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Days since 1970-01-01 (negative before it).
    public let number: Int

    /// The day `number` days after 1970-01-01.
    public init(number: Int) { self.number = number }

    /// The day with these parts, or `nil` if there is no such day (`31/02/2026`).
    public init?(year: Int, month: Int, day: Int) {
        guard month >= 1, month <= 12, day >= 1, day <= Day.daysIn(month: month, year: year) else { return nil }
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let monthIndex = month > 2 ? month - 3 : month + 9
        let dayOfYear = (153 * monthIndex + 2) / 5 + day - 1
        if y >= 0, y < 1 << 40 {
            // Every year a record writes (from 1900 on): the eras and the year within one taken
            // together, in unsigned numbers whose divisions by constants are a multiply and a
            // shift, where the signed ones needed corrections for a negative year. Below 2^40,
            // `365 * y` and the sums stay far inside 64 bits.
            let years = UInt(y)
            let days = years * 365 + years / 4 - years / 100 + years / 400
            number = Int(days) + dayOfYear - 719_468
            return
        }
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        number = era * 146_097 + dayOfEra - 719_468
    }

    /// Year, month (1–12) and day (1–31).
    public var parts: (year: Int, month: Int, day: Int) {
        let z = number + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// 0 for Monday through 6 for Sunday.
    public var weekday: Int {
        let value = (number + 3) % 7  // 1970-01-01 was a Thursday.
        return value < 0 ? value + 7 : value
    }

    /// Whether the day is a Saturday or Sunday.
    public var isWeekend: Bool { weekday >= 5 }

    /// The day `days` later (or earlier, if negative).
    public func adding(days: Int) -> Day { Day(number: number + days) }

    /// The same day of the month `months` later, or that month's last day if it is shorter.
    public func adding(months: Int) -> Day {
        let (year, month, day) = parts
        let total = year * 12 + (month - 1) + months
        let newYear = total >= 0 ? total / 12 : (total - 11) / 12
        let newMonth = total - newYear * 12 + 1
        let clamped = min(day, Day.daysIn(month: newMonth, year: newYear))
        return Day(year: newYear, month: newMonth, day: clamped) ?? self
    }

    /// The day `count` working days later, skipping weekends and `holidays`.
    /// Whole weeks are added at once (any 7 days in a row hold 5 weekdays), so a far timescale
    /// (`within 999999999 working days`) costs no more than a near one.
    public func adding(workingDays count: Int, holidays: Set<Day>) -> Day {
        var day = self
        var remaining = count
        while remaining > 5 {
            let weeks = (remaining - 1) / 5
            let end = day.adding(days: 7 * weeks)
            let holidaysSkipped = holidays.count { $0 > day && $0 <= end && !$0.isWeekend }
            day = end
            remaining -= 5 * weeks - holidaysSkipped
        }
        while remaining > 0 {
            day = day.adding(days: 1)
            if !day.isWeekend && !holidays.contains(day) { remaining -= 1 }
        }
        return day
    }

    /// Working days from this day (exclusive) to `other` (inclusive); 0 if `other` is not later.
    public func workingDays(to other: Day, holidays: Set<Day>) -> Int {
        guard other > self else { return 0 }
        var count = 0
        var day = self
        // Whole weeks first, so a far date costs little.
        while day.number + 7 <= other.number {
            for offset in 1...7 {
                let next = day.adding(days: offset)
                if !next.isWeekend && !holidays.contains(next) { count += 1 }
            }
            day = day.adding(days: 7)
        }
        while day < other {
            day = day.adding(days: 1)
            if !day.isWeekend && !holidays.contains(day) { count += 1 }
        }
        return count
    }

    /// The last day of this day's month.
    public var endOfMonth: Day {
        let (year, month, _) = parts
        return Day(year: year, month: month, day: Day.daysIn(month: month, year: year)) ?? self
    }

    /// The number of days in a month (1–12) of a year.
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// `2026-03-14`.
    public var iso: String {
        let (year, month, day) = parts
        return "\(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
    }

    /// `14 March 2026`: how messages show a day.
    public var description: String {
        let (year, month, day) = parts
        return "\(day) \(Day.monthNames[month - 1]) \(year)"
    }

    static let monthNames = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ]

    public static func < (lhs: Day, rhs: Day) -> Bool { lhs.number < rhs.number }
}
