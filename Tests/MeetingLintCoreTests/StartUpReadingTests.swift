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

    /// The old reading of one glossary entry, by characters, kept as the reference.
    static func plainEntry(_ item: String) -> (acronym: String, expansion: String, words: [UInt64])? {
        guard let colon = item.firstIndex(of: ":") else { return nil }
        let acronym = String(item[..<colon]).trimmingSpaces
        let expansion = String(item[item.index(after: colon)...]).trimmingSpaces
        guard !acronym.isEmpty, !expansion.isEmpty else { return nil }
        return (acronym, expansion, Tokenizer.tokens(of: expansion).filter { $0.shape != .punctuation }.map(\.folded))
    }

    /// Entries read on their bytes are those read by characters: spaces and tabs trimmed, the
    /// expansion's words without punctuation, a curly apostrophe and accents kept.
    @Test func glossaryEntriesReadAsBefore() {
        var items = ["  LAC :\tLooked After Child  ", "S47: Section 47 (child protection) enquiry", "ICPC:Initial Child Protection Conference.",
                     "CP-IS: Child Protection – Information Sharing", "CYPS: Children’s and Young People’s Service", "ÉCOLE: école élémentaire",
                     "A:B", "\t: x", "X:\t "]
        for name in ["glossary/acronyms", "glossary/other-meanings", "glossary/meanings", "glossary/advice"] {
            items += Catalogue.builtIn.vocabulary.list(name)
        }
        for item in items {
            let glossary = Glossary([item])
            let plain = StartUpReadingTests.plainEntry(item)
            let entry = plain.flatMap { glossary.entry(for: Tokenizer.tokens(of: $0.acronym)[0]) }
            #expect(glossary.isEmpty == (plain == nil), "'\(item)'")
            #expect(entry?.acronym == plain?.acronym && entry?.expansion == plain?.expansion && entry?.words == plain?.words, "'\(item)'")
        }
        #expect(Glossary(["  LAC :\tLooked After Child  "]).entry(for: Tokenizer.tokens(of: "LAC")[0])?.expansion == "Looked After Child")
    }

    /// Phrases that tokenize alike are one phrase, written as first listed; each phrase's first
    /// two words are given once.
    @Test func phraseSetsKeepTheFirstWrittenOfPhrasesAlike() {
        let set = PhraseSet(["the parents", "Mum", "The Parents", "mum", "parents", "", "   "])
        let parents = Tokenizer.tokens(of: "THE PARENTS")
        #expect(set.written(parents[...], at: 0, length: 2) == "the parents")
        #expect(set.written(Tokenizer.tokens(of: "MUM")[...], at: 0, length: 1) == "Mum")
        #expect(set.written(parents[...], at: 1, length: 1) == "parents")
        #expect(set.written(parents[...], at: 0, length: 1) == nil)
        var openings: [String] = []
        set.forEachOpening { first, second in
            let words = ["the", "parents", "mum"]
            let name = { (hash: UInt64) in words.first { Tokenizer.foldedHash($0) == hash } ?? "\(hash)" }
            openings.append(second == 0 ? name(first) : name(first) + " " + name(second))
        }
        #expect(openings.sorted() == ["mum", "parents", "the parents"])
        #expect(PhraseSet(["", " "]).isEmpty && !set.isEmpty)
        // Longest first within a group: `the parents` matches whole before `the` alone.
        let longer = PhraseSet(["the", "the parents"])
        #expect(longer.match(parents[...], at: 0) == 2)
        // A group larger than `smallGroup` is put in order, and rid of repeats, the same way.
        var many = ["the"] + (1...100).map { "the w\($0)" } + ["The W5", "the w3 again", "THE W100", "the"]
        many.swapAt(0, 50)
        let large = PhraseSet(many)
        var count = 0
        large.forEachOpening { _, _ in count += 1 }
        #expect(count == 102)
        for (text, length) in [("the w50 x", 2), ("the w3 again", 3), ("the w3", 2), ("the x", 1), ("THE W5", 2)] {
            #expect(large.match(Tokenizer.tokens(of: text)[...], at: 0) == length, "\(text)")
        }
        #expect(large.written(Tokenizer.tokens(of: "THE W5")[...], at: 0, length: 2) == "the w5")
        #expect(large.written(Tokenizer.tokens(of: "the w100")[...], at: 0, length: 2) == "the w100")
        #expect(large.written(Tokenizer.tokens(of: "the")[...], at: 0, length: 1) == "the")
    }

    /// The listed headings, held in arrays by hash, name the concepts the first list holding each
    /// gave them, looked up by string or bytes.
    @Test func listedHeadingsNameTheirFirstListsConcept() {
        let vocabulary = Catalogue.builtIn.vocabulary
        var reference: [String: Concept] = [:]
        for concept in Concept.allCases {
            for heading in vocabulary.list("headings/\(concept.rawValue)") where !heading.contains("{child}") {
                let key = TextKey.heading(heading)
                if reference[key] == nil { reference[key] = concept }
            }
        }
        #expect(reference.count > 300)
        #expect(vocabulary.headingConcepts == reference)
        for (key, concept) in reference { #expect(vocabulary.listedConcept(key) == concept, "\(key)") }
        for key in ["", "not a heading anyone lists", "actions agreed and more", "attendees "] {
            #expect(vocabulary.listedConcept(key) == reference[key], "\(key)")
        }
    }

    /// Word sets, made when asked for, hold each list's entries' hashes; lists of structure give none.
    @Test func wordSetsAreMadeFromTheirLists() {
        let vocabulary = Catalogue.builtIn.vocabulary
        for (name, entries) in vocabulary.lists {
            let words = vocabulary.words(name)
            let structural = Vocabulary.structuralFiles.contains(String(name.prefix { $0 != "/" })) || name.hasPrefix("actions/") && ActionPart.allCases.contains { "actions/\($0.rawValue)" == name }
            #expect(words.count == (structural ? 0 : Set(entries.map(Tokenizer.foldedHash)).count), "\(name)")
            if !structural { for entry in entries { #expect(words.contains(Tokenizer.foldedHash(entry)), "\(name): \(entry)") } }
        }
        #expect(vocabulary.words("no such list").count == 0)
    }

    /// The templates each heading's last byte may fit are, byte by byte, those whose suffix ends
    /// in it and those with none, in order, with their prefixes' first bytes.
    @Test func templatesByLastByteAreEveryFittingTemplateInOrder() {
        let vocabulary = Catalogue.builtIn.vocabulary
        let bytes = vocabulary.templateBytes
        #expect(vocabulary.templateStarts.count == 257)
        for byte in 0...255 {
            let expected = vocabulary.templateRanges.indices.filter { index in
                let suffix = vocabulary.templateRanges[index].suffix
                return suffix.isEmpty || bytes[suffix.upperBound - 1] == UInt8(byte)
            }
            let range = Int(vocabulary.templateStarts[byte])..<Int(vocabulary.templateStarts[byte + 1])
            #expect(vocabulary.templatesByLastByte[range].map(Int.init) == expected, "byte \(byte)")
            let firsts = expected.map { index in
                let prefix = vocabulary.templateRanges[index].prefix
                return prefix.isEmpty ? Int16(-1) : Int16(bytes[prefix.lowerBound])
            }
            #expect(Array(vocabulary.templatePrefixFirsts[range]) == firsts, "byte \(byte)")
        }
    }

    /// Pairs read on their bytes are those read by characters, for every item of every rule and
    /// profile document and for items that are not plain.
    @Test func pairsReadAsBefore() {
        var items = [
            "`review-within`: `12 weeks` — note", "a: b -- c — d", "key:value", " : x", "x", "a — b: c", "a: b —c", "é: ü", "a: b\t",
            "``: x", "a:b — ", "a: b — c: d", "`a`:`b`", "a: b — ", "a: b --", "a: b -- ", "a:\u{301} b", "a`\u{301}: b", "a: b — \u{301}c",
            "—: x", " — a: b", "a: `b` `c`", "\t\ta\t:\tb\t", "",
        ]
        for document in EmbeddedRules.documents {
            for section in DataOutline(text: document.text).sections { items += section.items }
        }
        #expect(items.count > 1_000)
        for item in items {
            let read = Profile.pair(item)
            let plain = Profile.pairByCharacters(item)
            #expect(read?.0 == plain?.0 && read?.1 == plain?.1, "'\(item)'")
        }
        #expect(Profile.pair("`review-within`: `12 weeks` — note").map { [$0.0, $0.1] } == ["review-within", "12 weeks"])
    }

    /// List entries written as code are read without their backticks; the rest as written.
    @Test func listEntriesWrittenAsCodeAreUnquoted() {
        let vocabulary = Vocabulary(documents: [DataDocument(path: "vocabulary/test.md", text: """
            ---
            kind: vocabulary
            ---
            ## plain
            - ASAP
            - as soon as possible
            ## coded
            - `ASAP`
            - soon
            - `CAMHS — Child and Adolescent Mental Health Services`
            ## plain
            - urgent
            """)])
        #expect(vocabulary.list("test/plain") == ["ASAP", "as soon as possible", "urgent"])
        #expect(vocabulary.list("test/coded") == ["ASAP", "soon", "CAMHS — Child and Adolescent Mental Health Services"])
    }

    /// The words the templates open with, read on their bytes, are those split by characters.
    @Test func templateOpeningsAreTheirPrefixesFirstWords() {
        let vocabulary = Catalogue.builtIn.vocabulary
        var words: [String] = []
        var anyTitle = false
        for (prefix, suffix) in vocabulary.childTemplates {
            if let word = prefix.split(separator: " ").first { words.append(String(word)) } else if !suffix.hasPrefix("'") { anyTitle = true }
        }
        #expect(!words.isEmpty)
        #expect(vocabulary.templateOpenings.count == Set(words.map(Tokenizer.foldedHash)).count)
        for word in words { #expect(vocabulary.templateOpenings.contains(Tokenizer.foldedHash(word)), "\(word)") }
        #expect(vocabulary.anyTitleMayFitTemplate == anyTitle)
    }
}
