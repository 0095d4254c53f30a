import Testing

@testable import MeetingLintCore

/// The templates a heading fits, and their possessors, read with the templates whose prefix starts with another byte
/// passed over at once (`Vocabulary.templatePrefixFirsts`) are those every template gives when
/// tried whole: over headings made of each template with names, with the template's first or
/// last byte changed, cut, doubled, or beside another template's prefix; and each entry of the
/// filter is its template's prefix's first byte.
@Suite struct PossessorPrefixFilterTests {
    @Test func filterEntriesAreThePrefixesFirstBytes() {
        let vocabulary = Catalogue.builtIn.vocabulary
        #expect(vocabulary.templatePrefixFirsts.count == vocabulary.templatesByLastByte.count)
        for (position, template) in vocabulary.templatesByLastByte.enumerated() {
            let prefix = vocabulary.childTemplateBytes[Int(template)].prefix
            #expect(vocabulary.templatePrefixFirsts[position] == (prefix.first.map { Int16($0) } ?? -1))
        }
    }

    @Test func filteredPossessorsAreThoseOfEveryTemplate() {
        let vocabulary = Catalogue.builtIn.vocabulary
        /// Every template tried whole, on bytes (the headings here are ASCII).
        func plainFits(_ heading: String) -> [String] {
            let bytes = Array(heading.utf8)
            var found: [String] = []
            for (template, (prefix, suffix)) in vocabulary.childTemplateBytes.enumerated()
            where bytes.count > prefix.count + suffix.count && bytes.starts(with: prefix) && bytes.suffix(suffix.count).elementsEqual(suffix) {
                let possessor = String(decoding: bytes[prefix.count..<(bytes.count - suffix.count)], as: UTF8.self).trimmingSpaces
                if !possessor.isEmpty { found.append("\(template) \(possessor)") }
            }
            return found
        }
        var headings = ["", "s", "x", "'s views", "views of", "what told us"]
        let templates = vocabulary.childTemplates.filter { ($0.prefix + $0.suffix).isASCII }
        for (prefix, suffix) in templates {
            for name in ["isla", "mum and dad", " ", "", "x y"] {
                headings.append(prefix + name + suffix)
                headings.append("x" + prefix + name + suffix)
                headings.append(String((prefix + name + suffix).dropFirst()))
                headings.append(prefix + prefix + name + suffix + suffix)
                headings.append(prefix + name + String(suffix.dropLast()) + "x")
                for (otherPrefix, _) in templates.prefix(6) { headings.append(otherPrefix + name + suffix) }
            }
        }
        var matched = 0
        for heading in headings where heading.isASCII {
            var fast: [String] = []
            vocabulary.forEachFit(inHeading: heading) { fast.append("\($1) \($0)") }
            #expect(fast == plainFits(heading), "\(heading)")
            matched += fast.count
        }
        #expect(matched > 100)
    }
}
