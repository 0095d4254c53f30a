/// A length of time written in `Rules/` or configuration: `12 weeks`, `3 months`, `5 working days`.
public struct Interval: Sendable, Hashable, CustomStringConvertible {
    /// The unit of an interval.
    public enum Unit: String, Sendable, Hashable {
        case days, workingDays = "working days", weeks, months
    }

    /// How many units.
    public var amount: Int
    /// Which unit.
    public var unit: Unit

    /// Creates an interval.
    public init(amount: Int, unit: Unit) {
        self.amount = amount
        self.unit = unit
    }

    /// Reads `12 weeks`, `6 week`, `3 months`, `5 working days`, `10 days`; nil for anything else.
    public init?(_ text: String) {
        // A length of time starts with its number (after any spaces, tabs or hyphens, which
        // separate words below): any other text is turned away here, before it is lower-cased
        // and split. Every parameter's value is read this way at start-up, most of them lists.
        guard let first = text.utf8.first(where: { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\t") && $0 != UInt8(ascii: "-") }),
            first == UInt8(ascii: "+") || (first >= UInt8(ascii: "0") && first <= UInt8(ascii: "9"))
        else { return nil }
        let words = text.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "-" })
        guard words.count >= 2, let amount = Int(words[0]), amount >= 0, amount <= 10_000 else { return nil }
        let rest = words.dropFirst().joined(separator: " ")
        switch rest {
        case "day", "days": unit = .days
        case "working day", "working days", "business days", "business day": unit = .workingDays
        case "week", "weeks": unit = .weeks
        case "month", "months": unit = .months
        default: return nil
        }
        self.amount = amount
    }

    /// The last day within the interval after `start` (the limit is inclusive).
    public func last(after start: Day, holidays: Set<Day>) -> Day {
        switch unit {
        case .days: return start.adding(days: amount)
        case .workingDays: return start.adding(workingDays: amount, holidays: holidays)
        case .weeks: return start.adding(days: amount * 7)
        case .months: return start.adding(months: amount)
        }
    }

    /// `12 weeks`, `1 month`.
    public var description: String {
        let singular: String
        switch unit {
        case .days: singular = "day"
        case .workingDays: singular = "working day"
        case .weeks: singular = "week"
        case .months: singular = "month"
        }
        return "\(amount) \(singular)\(amount == 1 ? "" : "s")"
    }
}
