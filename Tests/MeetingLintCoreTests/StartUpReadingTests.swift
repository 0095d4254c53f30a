import Testing

@testable import MeetingLintCore

/// What is read from `Rules/` at every start-up, made cheaper, reads as it did.
@Suite struct StartUpReadingTests {
    /// The old `Interval.init?(_:)`, without the first byte's check, kept as the reference.
    static func plainInterval(_ text: String) -> (Int, Interval.Unit)? {
        let words = text.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "-" })
        guard words.count >= 2, let amount = Int(words[0]), amount >= 0, amount <= 10_000 else { return nil }
        switch words.dropFirst().joined(separator: " ") {
        case "day", "days": return (amount, .days)
        case "working day", "working days", "business days", "business day": return (amount, .workingDays)
        case "week", "weeks": return (amount, .weeks)
        case "month", "months": return (amount, .months)
        default: return nil
        }
    }

    @Test func intervalsReadAsBefore() {
        var texts = [
            "12 weeks", "1 month", "+5 days", "-5 days", " 5 days", "\t-5-working-days", "5", "weeks", "", " ", "-", "five days", "05 Days",
            "10000 days", "10001 days", "+ 5 days", "５ days", " \u{301}5 days", "5 days\u{301}", "none", "people/vague-owners", "ASAP, urgent",
            "2 business day", "3 WORKING DAYS", "7 weeks extra",
        ]
        // Every value a built-in rule or profile gives a parameter.
        for rule in Catalogue.builtIn.rules.values { texts += rule.parameters.values }
        for profile in Catalogue.builtIn.profiles.values { texts += profile.parameters.values }
        for text in texts {
            let read = Interval(text).map { ($0.amount, $0.unit) }
            let plain = StartUpReadingTests.plainInterval(text)
            #expect(read?.0 == plain?.0 && read?.1 == plain?.1, "'\(text)'")
        }
        #expect(Interval("12 weeks").map { ($0.amount, $0.unit) } ?? (0, .days) == (12, .weeks))
    }

    @Test func glossaryAcronymsAreEachOnceInOrder() {
        let list = ["CAMHS: Child and Adolescent Mental Health Services", "camhs: the same, lower-case", "LAC: Looked After Child",
                    "No colon here", "GP: General Practitioner", "GP: again", ": no acronym", "EHA:"]
        let glossary = Glossary(list)
        let expected = Set(["CAMHS", "camhs", "LAC", "GP"].map { Tokenizer.foldedHash($0) }).sorted()
        #expect(glossary.acronymWords == expected)
        #expect(glossary.entry(for: Tokenizer.tokens(of: "GP")[0])?.expansion == "again")
        #expect(glossary.entry(for: Tokenizer.tokens(of: "EHA")[0]) == nil)
        let builtIn = Catalogue.builtIn.vocabulary.glossary
        #expect(!builtIn.acronymWords.isEmpty && builtIn.acronymWords == Array(Set(builtIn.acronymWords)).sorted())
    }
}
