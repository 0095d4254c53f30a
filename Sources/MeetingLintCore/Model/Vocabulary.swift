#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The words real records use, read from `Rules/vocabulary/*.md` (and any rule pack's vocabulary
/// documents, whose entries add to the built-in ones).
///
/// Lists are named `FILE/SECTION`: `headings/attendance` is the `## attendance` list of
/// `vocabulary/headings.md`.
///
/// A class, shared read-only by every check and worker: it is large, and copying it per check per
/// record cost more than the checks themselves. Its properties are set in `init` only.
public final class Vocabulary: @unchecked Sendable {
    /// Every list as written.
    public let lists: [String: [String]]

    /// Normalised heading → concept (made when asked for: the vocabulary itself reads
    /// `headingKeys`, `headingKeyConcepts` and the tables by hash).
    public var headingConcepts: [String: Concept] { Dictionary(zip(headingKeys, headingKeyConcepts)) { first, _ in first } }
    /// Every listed heading's normal form, each once, in the order listed, and the concept each
    /// names: held in arrays rather than a dictionary keyed by the string, whose seeded hashing of
    /// every heading, to look it up and to store it, was about 0.7 M instructions at start-up.
    let headingKeys: [String]
    let headingKeyConcepts: [Concept]
    /// Where each of `headingKeys` stands, by its hash (`TextKey.fnv`).
    let headingKeyIndexes: TokenMap<Int32>
    /// Headings with `{child}` in them, as normalised (prefix, suffix) pairs: most give the
    /// child's views (`{child}'s views`), some another concept (`What's going well for {child}`).
    public let childTemplates: [(prefix: String, suffix: String)]
    /// The concept each of `childTemplates` means (the list it stands in), by index.
    public let childTemplateConcepts: [Concept]
    /// The same as UTF-8 bytes, for comparing ASCII headings on bytes.
    let childTemplateBytes: [(prefix: [UInt8], suffix: [UInt8])]
    /// Where each template's prefix and suffix stand in `templateBytes`: plain values, so that the
    /// loop over them for every heading not in the lists retains no arrays.
    let templateRanges: [(prefix: Range<Int>, suffix: Range<Int>)]
    /// Every template's prefix and suffix bytes, one after another.
    let templateBytes: [UInt8]
    /// The words the templates with words before `{child}` open with (`what`, `views`), as folded
    /// hashes; and whether some template has no word before `{child}` and no apostrophe after it,
    /// so that any title may fit it. `mayFitTemplate(_:_:)` reads both.
    let templateOpenings: TokenSet
    /// The first word of letters of every heading in the lists and every template (`what`,
    /// `parents`, `contingency`): a plain line that opens with none (`Jane Smith (chair)`) and
    /// holds no apostrophe names no concept, told without its normal form (`mayOpenHeading`).
    let headingOpenings: TokenSet
    let anyTitleMayFitTemplate: Bool
    /// The templates (indexes into `templateRanges`, in order) an ASCII heading ending in each
    /// byte may fit: those whose suffix ends in it, and those with no suffix. Those of byte `b`
    /// are `templatesByLastByte[templateStarts[b]..<templateStarts[b + 1]]`: most headings end
    /// in a byte that few suffixes end in, and the rest are passed over without a look.
    let templatesByLastByte: [Int32]
    let templateStarts: [Int32]
    /// For each entry of `templatesByLastByte`, its template's prefix's first byte, or -1 where
    /// the prefix is empty: a heading whose first byte differs fits no template with that
    /// prefix, told without reading the template (most headings fit none of those looked at).
    let templatePrefixFirsts: [Int16]
    /// The words that name a plan in a heading not in the lists (`PlanHeadingWords`).
    let planHeadingWords: PlanHeadingWords
    /// Normalised field key → canonical key.
    public let fieldKeys: [String: FieldKey]
    /// The same, by the hash of the normalised key (`TextKey.fieldHash`).
    let fieldKeysByHash: TokenMap<FieldKey>
    /// Normalised heading → concept, by the hash of the normalised heading (`TextKey.headingHash`).
    let headingConceptsByHash: TokenMap<Concept>
    /// What headings that are not in the lists whole mean, by the hash of their normal form:
    /// filled in as records are read, for answers that do not depend on the child's names.
    let headingMemo = HeadingMemo()
    /// Normalised action field or column name → part, by the hash of the normalised name
    /// (`TextKey.fieldHash`).
    let actionPartsByHash: TokenMap<ActionPart>
    /// Normalised action field or column name → part.
    public let actionParts: [String: ActionPart]
    /// Normalised attendance column name → column.
    public let personColumns: [String: PersonColumn]
    /// Reads timescales.
    public let timescales: TimescaleReader
    /// Roles that mean the child.
    public let childWords: PhraseSet
    /// Roles that mean a parent or carer.
    public let familyWords: PhraseSet
    /// Owners that name nobody.
    public let vagueOwners: PhraseSet
    /// Owners that name only an organisation.
    public let organisationOwners: PhraseSet
    /// Words showing how an absent child's views were gathered.
    public let gatheringViews: PhraseSet
    /// Words showing someone will feed back to the family.
    public let feedback: PhraseSet
    /// Text that stands in for content.
    public let placeholders: PhraseSet
    /// Text that points elsewhere instead of giving content (`see attached`).
    public let elsewhere: PhraseSet
    /// An explicit empty apologies list.
    public let noneWords: PhraseSet
    /// A previous action's status.
    public let statusWords: PhraseSet
    /// An attendance table's "did not attend" values.
    public let absentWords: PhraseSet
    /// Verbs that start a task.
    public let taskVerbs: TokenSet
    /// Words before an owner-first sentence that are not the owner (`It was agreed that`).
    public let leadIns: PhraseSet
    /// Keys that introduce a note in a plan (`Note:`).
    public let noteKeys: PhraseSet
    /// Openings that make a short section a placeholder (`Not discussed as …`).
    public let placeholderOpenings: PhraseSet
    /// Words that make a role a professional's.
    public let professionalWords: PhraseSet
    /// Words that mark a review meeting.
    public let reviewWords: PhraseSet
    /// Words that, opening a sentence, make it a condition (`If`, `Should`, `In the event that`).
    public let conditions: PhraseSet
    /// Words that say a date is yet to be set (`to be confirmed`).
    public let dateUnset: PhraseSet
    /// Keys of a field that gives the child's date of birth (`records/date-of-birth`: `DOB`,
    /// `Date of birth`), by the hash of the normalised key (`TextKey.fieldHash`).
    let dateOfBirthKeys: TokenSet

    /// Every list as a phrase set, built once.
    public let phraseSets: [String: PhraseSet]
    /// Every glossary list, by list name.
    private let glossaries: [String: Glossary]
    /// The acronyms of `glossary/acronyms`.
    public let glossary: Glossary

    /// The list `name` (`FILE/SECTION`), or empty.
    public func list(_ name: String) -> [String] { lists[name] ?? [] }

    /// The list `name` as a phrase set (case-folded), or an empty set.
    public func phrases(_ name: String) -> PhraseSet { phraseSets[name] ?? PhraseSet([]) }

    /// The one-word entries of list `name` (a list of phrases) as a token set (case-folded), or
    /// an empty set. Made at each call, for the few lists read word by word: a check asks for one
    /// when it sets out (`SetUpCheck`), not for every record. (Made at start-up for every list,
    /// they cost half a million instructions, nearly all for lists no check reads so.)
    public func words(_ name: String) -> TokenSet { Vocabulary.words(name, in: lists) }

    /// `words(_:)` of `lists`.
    private static func words(_ name: String, in lists: [String: [String]]) -> TokenSet {
        guard holdsPhrases(name), let entries = lists[name] else { return TokenSet() }
        return TokenSet(words: entries)
    }

    /// A glossary list (`glossary/acronyms`, `glossary/other-meanings`, a pack's own) as a
    /// glossary, built once.
    public func glossary(named name: String) -> Glossary { glossaries[name] ?? Glossary([]) }

    /// Reads vocabulary documents; later documents add to earlier ones.
    public convenience init(documents: [DataDocument]) {
        self.init(outlines: documents.map { ($0.path, DataOutline(text: $0.text)) })
    }

    /// The lists that hold structure (headings, keys, columns, acronyms), not phrases to find in text.
    static let structuralFiles: Set<String> = ["headings", "fields", "columns", "glossary"]

    /// Reads vocabulary documents' outlines; later documents add to earlier ones.
    init(outlines: [(path: String, outline: DataOutline)]) {
        // Dictionaries below are given room for every entry at once: grown a step at a time, each
        // step hashed every key again (about half a million instructions at every start).
        var lists: [String: [String]] = [:]
        lists.reserveCapacity(outlines.reduce(0) { $0 + $1.outline.sections.count })
        for (path, outline) in outlines where outline.field("kind") == "vocabulary" {
            let file = path.split(separator: "/").last.map { String($0.dropLast(3)) } ?? path
            for section in outline.sections {
                // The outline's own array of items, shared rather than copied entry by entry
                // (each entry then retained, and released with the outline) unless some entry is
                // written as code.
                let items = section.items.contains(where: Vocabulary.mayBeQuoted) ? section.items.map(Vocabulary.unquote) : section.items
                let name = "\(file)/\(section.title.lowercased())"
                if lists[name] == nil {
                    lists[name] = items
                } else {
                    lists[name]?.append(contentsOf: items)
                }
            }
        }
        self.lists = lists
        // The lists' phrase sets and glossaries, about half the vocabulary's cost, are offered to
        // a thread of their own while this one reads the timescales, headings and keys below
        // (`Background`; built here if that thread has not begun them by then): a practitioner
        // checking one draft waits for start-up.
        let building = Background { [lists] in ListTables(lists, phraseSetsMadeElsewhere: Vocabulary.timescaleLists) }
        timescales = TimescaleReader(
            immediate: lists["timescales/immediate"] ?? [], recurring: lists["timescales/recurring"] ?? [],
            anchored: lists["timescales/anchored"] ?? [], anchoredDue: lists["timescales/anchored-due"] ?? [],
            vague: lists["timescales/vague"] ?? [])
        let headingCount = Concept.allCases.reduce(0) { $0 + (lists["headings/\($1.rawValue)"]?.count ?? 0) }
        var headingKeys: [String] = []
        var headingKeyConcepts: [Concept] = []
        var headingKeyIndexes = TokenMap<Int32>(minimumCapacity: headingCount)
        var headingKeyHashes: [UInt64] = []
        headingKeys.reserveCapacity(headingCount)
        headingKeyConcepts.reserveCapacity(headingCount)
        headingKeyHashes.reserveCapacity(headingCount)
        var childTemplates: [(prefix: String, suffix: String)] = []
        var childTemplateConcepts: [Concept] = []
        for concept in Concept.allCases {
            for heading in lists["headings/\(concept.rawValue)"] ?? [] {
                let key = TextKey.heading(heading)
                // Read on the key's bytes in place (an array of them for each heading cost
                // about 0.2 M instructions).
                var keyBytes = key
                let (template, hash) = keyBytes.withUTF8 { utf8 -> ((String, String)?, UInt64) in
                    guard let marker = TextKey.firstOffset(of: "{child}", in: utf8) else { return (nil, TextKey.fnv(utf8)) }
                    let suffix = marker + "{child}".utf8.count
                    return ((String(decoding: utf8[..<marker], as: UTF8.self), String(decoding: utf8[suffix...], as: UTF8.self)), 0)
                }
                if let template {
                    childTemplates.append(template)
                    childTemplateConcepts.append(concept)
                } else {
                    // The first list to hold a heading names its concept.
                    guard headingKeyIndexes[hash] == nil else { continue }
                    headingKeyIndexes[hash] = Int32(headingKeys.count)
                    headingKeys.append(key)
                    headingKeyConcepts.append(concept)
                    headingKeyHashes.append(hash)
                }
            }
        }
        var fieldKeys: [String: FieldKey] = [:]
        fieldKeys.reserveCapacity(FieldKey.allCases.reduce(0) { $0 + (lists["fields/\($1.rawValue)"]?.count ?? 0) })
        for key in FieldKey.allCases {
            for alias in lists["fields/\(key.rawValue)"] ?? [] { fieldKeys[TextKey.field(alias)] = key }
        }
        var actionParts: [String: ActionPart] = [:]
        actionParts.reserveCapacity(ActionPart.allCases.reduce(0) { $0 + (lists["actions/\($1.rawValue)"]?.count ?? 0) })
        for part in ActionPart.allCases {
            for alias in lists["actions/\(part.rawValue)"] ?? [] { actionParts[TextKey.field(alias)] = part }
        }
        var personColumns: [String: PersonColumn] = [:]
        personColumns.reserveCapacity(PersonColumn.allCases.reduce(0) { $0 + (lists["columns/\($1.rawValue)"]?.count ?? 0) })
        for column in PersonColumn.allCases {
            for alias in lists["columns/\(column.rawValue)"] ?? [] { personColumns[TextKey.field(alias)] = column }
        }
        self.headingKeys = headingKeys
        self.headingKeyConcepts = headingKeyConcepts
        self.headingKeyIndexes = headingKeyIndexes
        self.childTemplates = childTemplates
        self.childTemplateConcepts = childTemplateConcepts
        childTemplateBytes = childTemplates.map { (Array($0.prefix.utf8), Array($0.suffix.utf8)) }
        var templateBytes: [UInt8] = []
        var templateRanges: [(prefix: Range<Int>, suffix: Range<Int>)] = []
        for (prefix, suffix) in childTemplateBytes {
            let prefixStart = templateBytes.count
            templateBytes.append(contentsOf: prefix)
            let suffixStart = templateBytes.count
            templateBytes.append(contentsOf: suffix)
            templateRanges.append((prefixStart..<suffixStart, suffixStart..<templateBytes.count))
        }
        self.templateBytes = templateBytes
        self.templateRanges = templateRanges
        var openings: [String] = []
        var anyTitle = false
        for ((prefix, _), (_, suffix)) in zip(childTemplateBytes, childTemplates) {
            // The prefix's first word: its bytes from the first that is no space up to the next
            // space (split into words by characters, the templates cost 0.4 M instructions).
            if let start = prefix.firstIndex(where: { $0 != UInt8(ascii: " ") }) {
                let end = prefix[start...].firstIndex(of: UInt8(ascii: " ")) ?? prefix.endIndex
                openings.append(String(decoding: prefix[start..<end], as: UTF8.self))
            } else if !suffix.hasPrefix("'") {
                anyTitle = true
            }
        }
        templateOpenings = TokenSet(words: openings)
        anyTitleMayFitTemplate = anyTitle
        // The first word of letters of every heading in the lists, and of every template, read
        // on each key's bytes in place.
        var headingOpeningHashes = openings.map(Tokenizer.foldedHash)
        headingOpeningHashes.reserveCapacity(openings.count + headingKeys.count)
        for key in headingKeys {
            var key = key
            key.withUTF8 { bytes in
                guard let first = bytes.firstIndex(where: Tokenizer.isLetter) else { return }
                headingOpeningHashes.append(Tokenizer.foldedLetters(bytes, from: first, to: bytes.count).hash)
            }
        }
        let planHeadingWords = PlanHeadingWords(
            plan: lists["headings/plan-words"] ?? [], earlier: lists["headings/plan-earlier-words"] ?? [],
            review: lists["headings/plan-review-words"] ?? [], other: lists["headings/plan-other-words"] ?? [])
        self.planHeadingWords = planHeadingWords
        // A plain line that names a plan by its words opens with a plan, earlier or review word.
        headingOpeningHashes.append(contentsOf: planHeadingWords.openings)
        headingOpenings = TokenSet(headingOpeningHashes)
        // Each template's suffix's last byte and prefix's first (-1 where empty), read once rather
        // than for each of the 256 bytes: a template with no suffix stands under every byte.
        let lastBytes = templateRanges.map { $0.suffix.isEmpty ? -1 : Int16(templateBytes[$0.suffix.upperBound - 1]) }
        let firstBytes = templateRanges.map { $0.prefix.isEmpty ? -1 : Int16(templateBytes[$0.prefix.lowerBound]) }
        let unsuffixed = lastBytes.count { $0 == -1 }
        var byLastByte: [Int32] = []
        var prefixFirsts: [Int16] = []
        var starts: [Int32] = []
        byLastByte.reserveCapacity(unsuffixed * 256 + lastBytes.count)
        prefixFirsts.reserveCapacity(unsuffixed * 256 + lastBytes.count)
        starts.reserveCapacity(257)
        for byte in Int16(0)...255 {
            starts.append(Int32(byLastByte.count))
            for (index, last) in lastBytes.enumerated() where last == -1 || last == byte {
                byLastByte.append(Int32(index))
                prefixFirsts.append(firstBytes[index])
            }
        }
        starts.append(Int32(byLastByte.count))
        templatesByLastByte = byLastByte
        templatePrefixFirsts = prefixFirsts
        templateStarts = starts
        self.fieldKeys = fieldKeys
        self.actionParts = actionParts
        self.personColumns = personColumns
        fieldKeysByHash = TokenMap(fieldKeys.map { (TextKey.fnv($0.key.utf8), $0.value) })
        headingConceptsByHash = TokenMap(Array(zip(headingKeyHashes, headingKeyConcepts)))
        actionPartsByHash = TokenMap(actionParts.map { (TextKey.fnv($0.key.utf8), $0.value) })
        let tables = building.result()
        var sets = tables.sets
        for (section, set) in timescales.phraseSetsBySection where lists["timescales/\(section)"] != nil {
            sets["timescales/\(section)"] = set
        }
        phraseSets = sets
        glossaries = tables.glossaries
        func phrases(_ name: String) -> PhraseSet { sets[name] ?? PhraseSet([]) }
        childWords = phrases("people/child")
        familyWords = phrases("people/family")
        vagueOwners = phrases("people/vague-owners")
        organisationOwners = phrases("people/organisation-owners")
        gatheringViews = phrases("people/gathering-views")
        feedback = phrases("people/feedback")
        placeholders = phrases("records/placeholders")
        noneWords = phrases("records/none")
        elsewhere = phrases("records/elsewhere")
        statusWords = phrases("records/status")
        absentWords = phrases("records/absent")
        // Built above with the other glossaries.
        glossary = glossaries["glossary/acronyms"] ?? Glossary([])
        leadIns = phrases("actions/lead-ins")
        noteKeys = phrases("actions/note-keys")
        placeholderOpenings = phrases("records/placeholder-openings")
        professionalWords = phrases("people/professional-words")
        reviewWords = phrases("meetings/review")
        conditions = phrases("wording/conditions")
        dateUnset = phrases("records/date-unset")
        dateOfBirthKeys = TokenSet((lists["records/date-of-birth"] ?? []).map { TextKey.fnv(TextKey.field($0).utf8) })
        taskVerbs = Vocabulary.words("actions/task-verbs", in: lists)
    }

    /// The timescale lists, whose phrase sets the timescale reader makes (the vocabulary takes
    /// them from it rather than making them twice).
    static let timescaleLists: Set<String> = ["timescales/immediate", "timescales/recurring", "timescales/anchored", "timescales/anchored-due", "timescales/vague"]

    /// The lists of action parts' names (`actions/owner`), which hold structure.
    static let actionPartLists = Set(ActionPart.allCases.map { "actions/\($0.rawValue)" })

    /// The file part of a list's name: the name up to its slash (found among the bytes: `split`
    /// walks the name's characters, which cost more than building a phrase set).
    static func file(ofList name: String) -> String {
        name.utf8.firstIndex(of: UInt8(ascii: "/")).map { String(name[..<$0]) } ?? name
    }

    /// Whether list `name` holds phrases to find in text (rather than structure: headings, keys,
    /// columns, acronyms, action parts' names).
    static func holdsPhrases(_ name: String) -> Bool {
        !structuralFiles.contains(file(ofList: name)) && !actionPartLists.contains(name)
    }

    /// The tables built from the lists themselves: a phrase set for each list of phrases (but the
    /// phrase sets made elsewhere), a glossary for each glossary list.
    private struct ListTables {
        var sets: [String: PhraseSet] = [:]
        var glossaries: [String: Glossary] = [:]

        init(_ lists: [String: [String]], phraseSetsMadeElsewhere: Set<String>) {
            sets.reserveCapacity(lists.count)
            for (name, entries) in lists {
                if Vocabulary.file(ofList: name) == "glossary" { glossaries[name] = Glossary(entries) }
                if Vocabulary.holdsPhrases(name), !phraseSetsMadeElsewhere.contains(name) { sets[name] = PhraseSet(entries) }
            }
        }
    }

    /// Whether `unquote` may change the entry: false where it starts with an ASCII byte other than
    /// a backtick (most entries start with a letter), which starts a character that is no backtick.
    static func mayBeQuoted(_ entry: String) -> Bool {
        guard let first = entry.utf8.first else { return false }
        return first >= 0x80 || first == UInt8(ascii: "`")
    }

    /// `` `ASAP` `` → `ASAP`: list entries may be written as code.
    static func unquote(_ entry: String) -> String {
        if !mayBeQuoted(entry) { return entry }
        var text = Substring(entry)
        // An entry may carry a gloss after ` — `: `CAMHS — Child and ...` keeps both parts for the glossary.
        if text.hasPrefix("`"), text.hasSuffix("`"), text.count >= 2 { text = text.dropFirst().dropLast() }
        return String(text)
    }

    /// The concept a heading's text names (without the split at `and`, `&`, `/`).
    public func concept(ofHeading normalised: String, childNames: [String]) -> Concept? {
        var readNames = false
        return concept(ofHeading: normalised, childNames: childNames, readNames: &readNames)
    }

    /// The concepts a heading's text (UTF-8 bytes) names: the whole text, else its parts split at
    /// `and`, `&`, `/`, `+` and commas. From the lists by hash, else from the memo, else worked out
    /// from the normal form (and memoised unless the child's names mattered).
    func concepts(ofHeading text: UnsafeBufferPointer<UInt8>, childNames: [String]) -> [Concept] {
        // Records repeat their headings word for word: the text as written is looked up first, for
        // a plain hash of its bytes rather than the normal form's.
        let writtenHash = HeadingMemo.writtenHash(text)
        // This thread's share of the memo, found once for the look-ups below.
        let memo = headingMemo.shard
        if let memoised = memo.concepts(written: text, hash: writtenHash) { return memoised }
        return concepts(ofHeading: text, childNames: childNames, notMemoisedAsWritten: writtenHash, memo: memo)
    }

    /// `concepts(ofHeading:childNames:)` as a set, for a reader that needs no more (the model's
    /// walk): a heading memoised as written gives its set at once, without its array (which a
    /// look-up would retain and the reader release).
    func conceptSet(ofHeading text: UnsafeBufferPointer<UInt8>, childNames: [String]) -> ConceptSet {
        conceptSet(ofHeading: text, childNames: childNames, memo: headingMemo.shard)
    }

    /// This thread's share of the heading memo (`HeadingMemo.shard`), for a reader that looks up
    /// many headings on one thread (the model's walk): found once, rather than at every look-up
    /// (where finding it cost more than the look-up's hash).
    var headingMemoShard: HeadingMemo.Shard { headingMemo.shard }

    /// `conceptSet(ofHeading:childNames:)` with this thread's share of the memo found already
    /// (`headingMemoShard`). (Any shard gives the same answers: each holds what was worked out.)
    func conceptSet(ofHeading text: UnsafeBufferPointer<UInt8>, childNames: [String], memo: HeadingMemo.Shard) -> ConceptSet {
        let writtenHash = HeadingMemo.writtenHash(text)
        if let memoised = memo.conceptSet(written: text, hash: writtenHash) { return memoised }
        return ConceptSet(concepts(ofHeading: text, childNames: childNames, notMemoisedAsWritten: writtenHash, memo: memo))
    }

    /// `concepts(ofHeading:childNames:)` of a heading not memoised as written (whose
    /// `HeadingMemo.writtenHash` is `writtenHash`): worked out, or found by its normal form, and
    /// memoised in this thread's `memo`.
    private func concepts(
        ofHeading text: UnsafeBufferPointer<UInt8>, childNames: [String], notMemoisedAsWritten writtenHash: UInt64, memo: HeadingMemo.Shard
    ) -> [Concept] {
        // Not seen as written: the normal form is made once, and its hash (`TextKey.headingHash`,
        // which is `TextKey.fnv` of the normal form) read from it. Plain ASCII (nearly every
        // heading) is normalised in temporary room, and made a string only if its concepts must
        // be worked out: a listed heading, or one memoised by its normal form, needs only the hash.
        let found = TextKey.withHeading(bytes: text) { normal -> [Concept]? in
            guard let normal else { return nil }
            return concepts(ofHeading: text, childNames: childNames, notMemoisedAsWritten: writtenHash, memo: memo, normalFormHash: HeadingMemo.writtenHash(normal)) {
                String(decoding: normal, as: UTF8.self)
            }
        }
        if let found { return found }
        var key = TextKey.heading(bytes: text)
        let hash = key.withUTF8 { HeadingMemo.writtenHash($0) }
        return concepts(ofHeading: text, childNames: childNames, notMemoisedAsWritten: writtenHash, memo: memo, normalFormHash: hash) { key }
    }

    /// `concepts(ofHeading:childNames:notMemoisedAsWritten:memo:)` once the normal form's hash is
    /// known: `key` makes the normal form itself, asked for only if the concepts are worked out.
    @inline(__always)
    private func concepts(
        ofHeading text: UnsafeBufferPointer<UInt8>, childNames: [String], notMemoisedAsWritten writtenHash: UInt64, memo: HeadingMemo.Shard,
        normalFormHash hash: UInt64, key: () -> String
    ) -> [Concept] {
        if let concept = headingConceptsByHash[hash] {
            let found = Vocabulary.alone[concept.ordinal]
            memo.store(found, written: text, hash: writtenHash)
            return found
        }
        if let memoised = memo.concepts(normalForm: hash) {
            memo.store(memoised, written: text, hash: writtenHash)
            return memoised
        }
        var readNames = false
        let found = concepts(ofKey: key(), childNames: childNames, readNames: &readNames)
        if !readNames {
            memo.store(found, normalForm: hash)
            memo.store(found, written: text, hash: writtenHash)
        }
        return found
    }

    /// Each concept alone, by ordinal: most headings name one, and share its array rather than
    /// allocate their own.
    static let alone: [[Concept]] = Concept.allCases.map { [$0] }

    /// `concepts(ofHeading:childNames:)` of a heading's normal form, worked out.
    func concepts(ofKey key: String, childNames: [String], readNames: inout Bool) -> [Concept] {
        guard !key.isEmpty else { return [] }
        if let concept = self.concept(ofHeading: key, childNames: childNames, readNames: &readNames) { return Vocabulary.alone[concept.ordinal] }
        // Only a heading that matches nothing whole is split, and only if it has a separator.
        // Where the parts stand, found first: most keys hold a space but no separator, and are
        // one part, for which no strings are made. (The key's bytes are read at once: through
        // the UTF-8 view's iterator, a test for any separator's first byte cost more.)
        var key = key
        let (separated, dashed) = key.withUTF8 { (Vocabulary.holdsHeadingSeparator($0), Vocabulary.holdsSpacedDash($0)) }
        if dashed, let found = conceptsAroundDashes(key) { return found }
        guard separated else { return [] }
        let parts = TextKey.split(key, at: Vocabulary.headingSeparators)
        var result: [Concept] = []
        // `Parents' and carers' views`: a part that means nothing alone borrows the last word of
        // the final part (`parents' views`).
        let lastWord = parts.last.flatMap { $0.split(separator: " ").last }.map(String.init)
        for part in parts {
            let trimmed = TextKey.heading(part)
            guard !trimmed.isEmpty else { continue }
            var concept = self.concept(ofHeading: trimmed, childNames: childNames, readNames: &readNames)
            if concept == nil, let lastWord, !trimmed.hasSuffix(lastWord) {
                concept = self.concept(ofHeading: trimmed + " " + lastWord, childNames: childNames, readNames: &readNames)
            }
            // Each part is matched on its own: `Barn Mam / Mam's views` opens family-views.
            if let concept, !result.contains(concept) { result.append(concept) }
        }
        return result
    }

    /// Where a heading that means nothing whole is split into parts.
    static let headingSeparators: [StaticString] = [" and ", "&", "/", " + ", ","]

    /// The concepts that the parts of a heading (normalised) between spaced dashes name whole,
    /// as listed (`child's voice - what we see and hear`, `agenda item 4 - child's voice`), or
    /// nil if none does. Only the lists are read, not the `{child}` templates or further
    /// splits: most headings with a dash are a record's title (`team around the child - tyler`),
    /// each new to the memo, and reading their parts as fully as a heading's cost about 13,000
    /// instructions a title.
    func conceptsAroundDashes(_ key: String) -> [Concept]? {
        var found: [Concept] = []
        var key = key
        key.withUTF8 { bytes in
            var start = 0
            var index = 0
            while index <= bytes.count {
                let atDash = index + 2 < bytes.count && bytes[index] == UInt8(ascii: " ") && bytes[index + 1] == UInt8(ascii: "-")
                    && bytes[index + 2] == UInt8(ascii: " ")
                guard atDash || index == bytes.count else {
                    index += 1
                    continue
                }
                // The part without its spaces, hashed on its bytes: a string is made only for a
                // part that may be listed (`listedConcept(_:)`).
                var (low, high) = (start, index)
                while low < high, bytes[low] == UInt8(ascii: " ") { low += 1 }
                while high > low, bytes[high - 1] == UInt8(ascii: " ") { high -= 1 }
                let part = UnsafeBufferPointer(rebasing: bytes[low..<high])
                if !part.isEmpty, let concept = listedConcept(part), !found.contains(concept) {
                    found.append(concept)
                }
                index += 3
                start = min(index, bytes.count)
            }
        }
        return found.isEmpty ? nil : found
    }

    /// Whether `bytes` (a heading's normal form, where every dash is `-`) hold ` - `.
    static func holdsSpacedDash(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count >= 3 else { return false }
        for index in 1..<(bytes.count - 1) where bytes[index] == UInt8(ascii: "-") {
            if bytes[index - 1] == UInt8(ascii: " "), bytes[index + 1] == UInt8(ascii: " ") { return true }
        }
        return false
    }

    /// Whether `bytes` hold one of `headingSeparators`: `TextKey.holdsSeparator(bytes,
    /// headingSeparators)`, with the separators' bytes written out. Nearly every heading asked
    /// about that means nothing whole (a name, a service) holds none, and has spaces: the general
    /// search compared every separator at each space, this compares only the bytes after one.
    static func holdsHeadingSeparator(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = bytes.count
        var index = 0
        while index < count {
            switch bytes[index] {
            case UInt8(ascii: "&"), UInt8(ascii: "/"), UInt8(ascii: ","):
                return true
            case UInt8(ascii: " "):
                // ` and ` (five bytes) or ` + ` (three), each read only where it fits.
                if index + 5 <= count, bytes[index + 1] == UInt8(ascii: "a"), bytes[index + 2] == UInt8(ascii: "n"), bytes[index + 3] == UInt8(ascii: "d"),
                    bytes[index + 4] == UInt8(ascii: " ")
                {
                    return true
                }
                if index + 3 <= count, bytes[index + 1] == UInt8(ascii: "+"), bytes[index + 2] == UInt8(ascii: " ") { return true }
            default:
                break
            }
            index += 1
        }
        return false
    }

    /// `concept(ofHeading:childNames:)`, setting `readNames` when the answer depended on the
    /// child's names (the heading fits a `{child}` template), so that other answers can be memoised.
    func concept(ofHeading normalised: String, childNames: [String], readNames: inout Bool) -> Concept? {
        if let concept = listedConcept(normalised) { return concept }
        var stem: String?
        // `hasSuffix` first: it rules out most headings for less than counting their characters.
        // (Its last byte first, read at once rather than through the UTF-8 view: text whose last
        // byte is no `)` cannot end in that character.)
        var text = normalised
        if text.withUTF8({ $0.last }) == UInt8(ascii: ")"), normalised.hasSuffix(")"), normalised.count > 2, let open = normalised.lastIndex(of: "(") {
            // `Actions (SMART)`, `How Isla is doing (in Isla's words)`: a trailing aside does not
            // change what the section is.
            let trimmed = TextKey.heading(String(normalised[..<open]))
            if let concept = listedConcept(trimmed) { return concept }
            stem = trimmed
        }
        // The heading, then its stem: each read in turn rather than listed in an array.
        if let concept = childTemplateConcept(normalised, childNames: childNames, readNames: &readNames) { return concept }
        if let stem, let concept = childTemplateConcept(stem, childNames: childNames, readNames: &readNames) { return concept }
        return planHeadingWords.concept(ofHeading: stem ?? normalised)
    }

    /// The concept a heading (normalised) names by a `{child}` template that the child fills
    /// (`Sofia's views`: the child's voice; `What's going well for Sofia`: strengths), setting
    /// `readNames` if it fits one.
    func childTemplateConcept(_ heading: String, childNames: [String], readNames: inout Bool) -> Concept? {
        // Most headings asked about fit no template: told from their first word and apostrophes
        // (`mayFitTemplate(_:_:)`, on the normal form), for less than trying each template.
        var text = heading
        guard text.withUTF8({ mayFitTemplate($0, SourceRange(0, $0.count)) }) else { return nil }
        var found: Concept?
        forEachFit(inHeading: heading) { possessor, template in
            readNames = true
            guard found == nil, isChildReference(possessor, childNames: childNames) else { return }
            found = childTemplateConcepts[template]
        }
        return found
    }

    /// `headingConcepts[normalised]`: found by the heading's hash, and taken only if the listed
    /// heading there is the same text.
    @inline(__always)
    func listedConcept(_ normalised: String) -> Concept? {
        var text = normalised
        return text.withUTF8 { listedConcept($0) }
    }

    /// `listedConcept(_:)` of a normal form's UTF-8 bytes.
    func listedConcept(_ normalised: UnsafeBufferPointer<UInt8>) -> Concept? {
        // `TextKey.fnv` of the bytes.
        guard let index = headingKeyIndexes[HeadingMemo.writtenHash(normalised)].map(Int.init) else { return nil }
        var key = headingKeys[index]
        return key.withUTF8 { $0.elementsEqual(normalised) } ? headingKeyConcepts[index] : nil
    }

    /// Whether the title at `range` of `bytes` may fit a `{child}` template
    /// (`possessors(inHeading:)`): it holds an apostrophe, straight or curly (`Kirsty's views`),
    /// or its first word of letters is one a template opens with (`What Kirsty told us`, after a
    /// number too: `3. What Kirsty told us`). Read on the bytes, before the title's normal form
    /// is made: a record's bold lines are mostly the names of agencies (`**School**`), which fit
    /// none, and making the normal form of each cost about 1% of a record's check.
    func mayFitTemplate<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes, _ range: SourceRange) -> Bool where Bytes.Index == Int {
        if anyTitleMayFitTemplate { return true }
        return Vocabulary.holdsApostrophe(orOpensWithOneOf: templateOpenings, bytes, range, orNoLetter: false)
    }

    /// Whether a plain line at `range` may be a heading in the lists or fit a template: it holds
    /// an apostrophe (`Kai's views`), opens with no letter, or its first word of letters is one a
    /// heading or template opens with (`headingOpenings`); or it holds a slash, as a heading in
    /// two languages does (`Pwrpas / Purpose`, read in parts). Read on the bytes: most short
    /// lines of a record are people and dates, new to the headings' memo, whose normal form costs
    /// far more to make.
    func mayOpenHeading(_ bytes: [UInt8], _ range: SourceRange) -> Bool {
        Vocabulary.holdsApostrophe(orOpensWithOneOf: headingOpenings, bytes, range, orNoLetter: true)
            || bytes[range.start..<range.end].contains(UInt8(ascii: "/"))
    }

    /// Whether the text at `range` holds an apostrophe, straight or curly, or its first word of
    /// letters is one of `openings` (or, with `orNoLetter`, it has no letter at all).
    @inline(__always)
    static func holdsApostrophe<Bytes: RandomAccessCollection<UInt8>>(
        orOpensWithOneOf openings: TokenSet, _ bytes: Bytes, _ range: SourceRange, orNoLetter: Bool
    ) -> Bool where Bytes.Index == Int {
        let end = min(range.end, bytes.count)
        let start = max(range.start, 0)
        guard start < end else { return false }
        // An apostrophe: `'`, or the last byte of `’` (E2 80 99), which no other character of a
        // title ends with but a few rare ones (then the normal form is made for nothing).
        if bytes[start..<end].contains(where: { $0 == UInt8(ascii: "'") || $0 == 0x99 }) { return true }
        guard let firstLetter = bytes[start..<end].firstIndex(where: Tokenizer.isLetter) else { return orNoLetter }
        return openings.contains(Tokenizer.foldedLetters(bytes, from: firstLetter, to: end).hash)
    }

    /// Who a heading (normalised) gives the views of, by each `{child}` template of the child's
    /// voice in `headings.md` it fits: `Sofia's views` → `sofia`, `what mum and dad told us` →
    /// `mum and dad`. (A parent's views are read by these: `What's going well for Mum` is none.)
    public func possessors(inHeading heading: String) -> [String] {
        var found: [String] = []
        forEachFit(inHeading: heading) { possessor, template in
            if childTemplateConcepts[template] == .childVoice { found.append(possessor) }
        }
        return found
    }

    /// Calls `body` with the possessor and the index (into `childTemplates`) of each `{child}`
    /// template a heading (normalised) fits, in the templates' order.
    func forEachFit(inHeading heading: String, _ body: (String, Int) -> Void) {
        // An ASCII heading is compared on bytes, far cheaper than `hasPrefix`: the same answer
        // for the vocabulary's templates, which are normalised text. Whether it is ASCII is read
        // on the same bytes.
        var bytesOfHeading = heading
        let isASCII = bytesOfHeading.withUTF8 { bytes -> Bool in
            var union: UInt8 = 0
            for byte in bytes { union |= byte }
            guard union < 0x80 else { return false }
            guard let last = bytes.last else { return true }
            templateBytes.withUnsafeBufferPointer { templates in
                let first = Int16(bytes[0])
                for position in Int(templateStarts[Int(last)])..<Int(templateStarts[Int(last) + 1]) {
                    let prefixFirst = templatePrefixFirsts[position]
                    if prefixFirst >= 0, prefixFirst != first { continue }
                    let template = Int(templatesByLastByte[position])
                    let (prefix, suffix) = templateRanges[template]
                    guard bytes.count > prefix.count + suffix.count else { continue }
                    guard Vocabulary.holds(bytes, at: 0, templates, prefix), Vocabulary.holds(bytes, at: bytes.count - suffix.count, templates, suffix)
                    else { continue }
                    let possessor = String(decoding: UnsafeBufferPointer(rebasing: bytes[prefix.count..<(bytes.count - suffix.count)]), as: UTF8.self).trimmingSpaces
                    if !possessor.isEmpty { body(possessor, template) }
                }
            }
            return true
        }
        if isASCII { return }
        let utf8 = heading.utf8
        for (template, (prefix, suffix)) in childTemplates.enumerated()
        where utf8.count > prefix.utf8.count + suffix.utf8.count && heading.hasPrefix(prefix) && heading.hasSuffix(suffix) {
            let possessor = String(Substring(utf8.dropFirst(prefix.utf8.count).dropLast(suffix.utf8.count))).trimmingSpaces
            if !possessor.isEmpty { body(possessor, template) }
        }
    }

    /// Whether `bytes` hold `part` of `templates` from `offset` on (where it fits), byte by byte:
    /// templates are a few bytes long, and most differ from a heading at their first byte.
    @inline(__always)
    static func holds(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int, _ templates: UnsafeBufferPointer<UInt8>, _ part: Range<Int>) -> Bool {
        guard offset >= 0, offset + part.count <= bytes.count, part.lowerBound >= 0, part.upperBound <= templates.count else { return false }
        var index = offset
        for templateIndex in part {
            if bytes[index] != templates[templateIndex] { return false }
            index += 1
        }
        return true
    }

    /// Whether `text` (normalised) means the child: a word such as `child` or `young person`, or one
    /// of the child's names or initials; or the children named together (`mia and jayden`,
    /// `mia, jayden & leo`), each of them so.
    public func isChildReference(_ text: String, childNames: [String]) -> Bool {
        if isOneChildReference(text, childNames: childNames) { return true }
        // Most possessors (`mum`, `sofia`) join no names: every separator holds a space, so one
        // without is told from its bytes, for far less than splitting it (this is asked at every
        // such heading of every record, unmemoised).
        guard text.utf8.contains(UInt8(ascii: " ")) else { return false }
        var parts = [Substring(text)]
        for separator in [", ", " and ", " & "] { parts = parts.flatMap { $0.split(separator: separator, omittingEmptySubsequences: false) } }
        guard parts.count > 1 else { return false }
        return parts.allSatisfy { isOneChildReference(String($0).trimmingSpaces, childNames: childNames) }
    }

    /// Whether a bracket's words only say who chaired or took the minutes (`chair`, `minutes`:
    /// `people/chair-notes`, `people/minute-notes`).
    func isChairOrMinuteNote(_ tokens: ArraySlice<Token>) -> Bool {
        phrases("people/chair-notes").matchesWhole(tokens) || phrases("people/minute-notes").matchesWhole(tokens)
    }

    /// `isChildReference(_:childNames:)` of one name or word.
    func isOneChildReference(_ text: String, childNames: [String]) -> Bool {
        var candidate = text
        // `What does Kayden (7) think`: an aside after the name (an age, initials) is no part of it.
        if candidate.utf8.last == UInt8(ascii: ")"), let open = TextKey.firstOffset(of: " (", in: Array(candidate.utf8)) {
            candidate = String(decoding: candidate.utf8.prefix(open), as: UTF8.self)
        }
        for article in Vocabulary.articles where candidate.hasPrefix(article) { candidate.removeFirst(article.count) }
        if Vocabulary.childReferences.contains(candidate) { return true }
        let bare = Vocabulary.withoutDotsAndSpaces(candidate)
        return childNames.contains { name in
            let lower = name.lowercased()
            return lower == candidate || Vocabulary.withoutDotsAndSpaces(lower) == bare
        }
    }

    static let articles = ["the ", "our "]
    static let childReferences: Set<String> = ["child", "children", "young person", "young people", "yp", "child/young person", "c&yp", "cyp", "baby", "pupil", "student"]

    /// The text without full stops and spaces (`S. K.` → `SK`): on bytes where it is ASCII.
    static func withoutDotsAndSpaces(_ text: String) -> String {
        guard text.isASCII else { return text.filter { $0 != "." && $0 != " " } }
        return String(decoding: text.utf8.filter { $0 != UInt8(ascii: ".") && $0 != UInt8(ascii: " ") }, as: UTF8.self)
    }
}

extension Vocabulary {
    /// The canonical key a field key written at `range` of `bytes` means, if any. A bilingual key
    /// (`Dyddiad / Date`) means what one of its halves means, and a key with an aside in brackets
    /// (`Lead professional (LP)`) what it means without the aside.
    func fieldKey(_ bytes: [UInt8], _ range: SourceRange) -> FieldKey? {
        bytes.withUnsafeBufferPointer { buffer -> FieldKey? in
            if let key = fieldKeysByHash[TextKey.fieldHash(bytes: UnsafeBufferPointer(rebasing: buffer[range.start..<range.end]))] { return key }
            for part in Vocabulary.halves(buffer, range) {
                if let key = fieldKeysByHash[TextKey.fieldHash(bytes: UnsafeBufferPointer(rebasing: buffer[part.start..<part.end]))] { return key }
            }
            return fieldKeyBeforeAside(buffer, range)
        }
    }

    /// Whether a field's key names the child's date of birth (`DOB`, `Date of birth`).
    func isDateOfBirthKey(_ bytes: [UInt8], _ range: SourceRange) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            dateOfBirthKeys.contains(TextKey.fieldHash(bytes: UnsafeBufferPointer(rebasing: buffer[range.start..<range.end])))
        }
    }

    /// `Lead professional (LP)`, `Date of meeting (dd/mm/yyyy)`: an aside in brackets does not
    /// change what a key is, as for a column's title (`column(_:in:)`). Not inlined: asked only
    /// of keys that are none as written, it kept `fieldKey` from being inlined where it is asked.
    @inline(never)
    func fieldKeyBeforeAside(_ buffer: UnsafeBufferPointer<UInt8>, _ range: SourceRange) -> FieldKey? {
        guard let open = (range.start..<range.end).first(where: { buffer[$0] == UInt8(ascii: "(") }), open > range.start else { return nil }
        return fieldKeysByHash[TextKey.fieldHash(bytes: UnsafeBufferPointer(rebasing: buffer[range.start..<open]))]
    }

    /// The parts of a range split at `/` (for bilingual keys and column titles), if it has one.
    static func halves(_ buffer: UnsafeBufferPointer<UInt8>, _ range: SourceRange) -> [SourceRange] {
        var parts: [SourceRange] = []
        var start = range.start
        for index in range.start..<range.end where buffer[index] == UInt8(ascii: "/") {
            parts.append(SourceRange(start, index))
            start = index + 1
        }
        guard !parts.isEmpty else { return [] }
        parts.append(SourceRange(start, range.end))
        return parts
    }

    /// The meaning of a table column's title, trying each half of a bilingual one (`Pwy / Who`).
    func column<Value>(_ title: String, in table: [String: Value]) -> Value? {
        if let value = table[TextKey.field(title)] { return value }
        // `Achieved (Y/N)`: an aside in brackets does not change what the column is.
        if let open = title.firstIndex(of: "("), open > title.startIndex, let value = table[TextKey.field(String(title[..<open]))] { return value }
        for part in TextKey.split(title, at: ["/"]) where !part.isEmpty {
            if let value = table[TextKey.field(part)] { return value }
        }
        return nil
    }

    /// The concept a heading written at `range` of `bytes` means as a whole, found by hash.
    func headingConcept(_ bytes: [UInt8], _ range: SourceRange) -> Concept? {
        bytes.withUnsafeBufferPointer { headingConceptsByHash[TextKey.headingHash(bytes: UnsafeBufferPointer(rebasing: $0[range.start..<range.end]))] }
    }
}

/// The concepts of headings already worked out: records repeat the same headings, and splitting
/// and matching one costs far more than a look-up. Bounded, so a folder of endlessly varied
/// headings cannot grow it without limit.
///
/// Two tables: by the hash of a heading's normal form (`TextKey.headingHash`), and by the hash of
/// its bytes as written, which is far cheaper to work out and answers most look-ups. An entry of
/// the second keeps the bytes, so that a look-up is confirmed by comparing them rather than
/// trusting the hash alone.
///
/// Each thread has tables of its own (a shard, chosen by the thread's ordinal), each behind its
/// own lock. With one set shared by every worker, the workers met at its lock dozens of times a
/// record: half the times a thread was put to sleep in a `--jobs 2` run were there. A thread
/// fills its own tables as it meets headings; what one thread worked out, another works out
/// again once, which costs little beside a record.
final class HeadingMemo: @unchecked Sendable {
    /// Where a heading as written stands in `writtenBytes`, and its concepts' index in
    /// `conceptLists`: plain values, so a look-up copies and retains nothing but the answer.
    struct Written: Sendable {
        var start: Int32
        var length: Int32
        var concepts: Int32
        /// The concepts as a set (`ConceptSet.bits`), for a reader that needs no array.
        var bits: UInt32
    }

    static let capacity = 16_384
    /// Headings longer than this are not memoised as written (they are rare, and the memo keeps
    /// their bytes).
    static let longestWritten = 160
    /// How many shards: threads beyond this many share them (still correctly, under their locks).
    /// A shard holds at most a few MiB however varied the headings, and only once used.
    static let shardCount = 8

    private let shards: [Shard]

    init() {
        shards = (0..<HeadingMemo.shardCount).map { _ in Shard() }
    }

    /// This thread's shard: look-ups and stores go to it. A thread looking up a heading several
    /// ways finds it once.
    var shard: Shard {
        @inline(__always) get { shards[ThreadOrdinal.current % HeadingMemo.shardCount] }
    }

    /// The hash of a heading's bytes as written (FNV-1a).
    @inline(__always)
    static func writtenHash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return hash
    }

    /// One set of tables and its lock.
    final class Shard: @unchecked Sendable {
        /// The tables, read and written only under `mutex`.
        private struct Tables {
            /// Concepts by the hash of a heading's normal form.
            var byNormalForm = TokenMap<[Concept]>(minimumCapacity: 512)
            /// Headings as written, by the hash of their bytes.
            var written = TokenMap<Written>(minimumCapacity: 1_024)
            /// The bytes of every heading in `written`, one after another.
            var writtenBytes: [UInt8] = []
            /// The concepts of the headings in `written`.
            var conceptLists: [[Concept]] = []
        }

        /// The lock the tables are read and written under: a POSIX mutex of its own, allocated
        /// once (a mutex must not move), taken directly rather than through `NSLock`'s methods,
        /// some twenty instructions fewer a look-up (a record makes dozens). It has a cache line
        /// to itself (`Shard.lockRoom`), so that one thread taking its shard's lock does not
        /// disturb the line another thread's shard stands on.
        private let mutex: UnsafeMutablePointer<pthread_mutex_t>
        /// The tables, behind a pointer allocated once (so without the exclusivity checks a
        /// class's stored `var` costs on every access); made when the shard is first used.
        private var tables: UnsafeMutablePointer<Tables>?
        /// Room after the fields, so that two shards' objects (whose reference counts their
        /// threads change at every look-up) do not share a cache line.
        private let padding: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0, 0, 0, 0, 0)
        /// The bytes and alignment of the mutex's allocation: whole cache lines of 64 bytes.
        private static let lockRoom = (MemoryLayout<pthread_mutex_t>.stride + 63) / 64 * 64

        init() {
            mutex = UnsafeMutableRawPointer.allocate(byteCount: Shard.lockRoom, alignment: 64).bindMemory(to: pthread_mutex_t.self, capacity: 1)
            mutex.initialize(to: pthread_mutex_t())
            pthread_mutex_init(mutex, nil)
        }

        deinit {
            pthread_mutex_destroy(mutex)
            mutex.deinitialize(count: 1)
            UnsafeMutableRawPointer(mutex).deallocate()
            tables?.deinitialize(count: 1)
            tables?.deallocate()
        }

        /// Takes the lock and returns the tables, making them on first use.
        @inline(__always)
        private func lock() -> UnsafeMutablePointer<Tables> {
            pthread_mutex_lock(mutex)
            if let tables { return tables }
            let made = UnsafeMutablePointer<Tables>.allocate(capacity: 1)
            var empty = Tables()
            // Room for the headings of the first few hundred records, so that the tables are
            // not grown (and copied) a step at a time while they fill.
            empty.writtenBytes.reserveCapacity(32_768)
            empty.conceptLists.reserveCapacity(1_024)
            made.initialize(to: empty)
            tables = made
            return made
        }

        /// Gives the lock back.
        @inline(__always)
        private func unlock() { pthread_mutex_unlock(mutex) }

        /// The concepts memoised for a heading's normal form's hash, if any.
        func concepts(normalForm hash: UInt64) -> [Concept]? {
            let tables = lock()
            defer { unlock() }
            return tables.pointee.byNormalForm[hash]
        }

        /// Memoises a heading's concepts by its normal form's hash (unless the memo is full).
        func store(_ concepts: [Concept], normalForm hash: UInt64) {
            let tables = lock()
            defer { unlock() }
            if tables.pointee.byNormalForm.count < HeadingMemo.capacity { tables.pointee.byNormalForm[hash] = concepts }
        }

        /// The concepts memoised for a heading written exactly as `bytes` (whose `writtenHash`
        /// is `hash`), if any: the bytes are compared, so a hash shared by two headings cannot
        /// mislead.
        func concepts(written bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) -> [Concept]? {
            let tables = lock()
            defer { unlock() }
            guard let entry = entry(written: bytes, hash: hash, in: tables) else { return nil }
            return tables.pointee.conceptLists[Int(entry.concepts)]
        }

        /// `concepts(written:hash:)` as a set, read from the entry itself.
        func conceptSet(written bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) -> ConceptSet? {
            let tables = lock()
            defer { unlock() }
            return entry(written: bytes, hash: hash, in: tables).map { ConceptSet(bits: $0.bits) }
        }

        /// The entry of a heading written exactly as `bytes`, if any. Read only under `mutex`.
        @inline(__always)
        private func entry(written bytes: UnsafeBufferPointer<UInt8>, hash: UInt64, in tables: UnsafeMutablePointer<Tables>) -> Written? {
            guard let entry = tables.pointee.written[hash], Int(entry.length) == bytes.count else { return nil }
            let same = tables.pointee.writtenBytes.withUnsafeBufferPointer { stored in
                // `entry` was stored with its bytes, so its range lies within `stored`; an empty
                // heading (no address to compare) is the same as any other empty one.
                guard let storedBase = stored.baseAddress, let base = bytes.baseAddress, !bytes.isEmpty else { return bytes.isEmpty }
                return memcmp(storedBase + Int(entry.start), base, bytes.count) == 0
            }
            return same ? entry : nil
        }

        /// Memoises the concepts of a heading written as `bytes` (unless the memo is full, or
        /// the heading long). The first heading stored for a hash keeps it.
        func store(_ concepts: [Concept], written bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) {
            guard bytes.count <= HeadingMemo.longestWritten else { return }
            let tables = lock()
            defer { unlock() }
            guard tables.pointee.written.count < HeadingMemo.capacity, tables.pointee.written[hash] == nil else { return }
            let entry = Written(
                start: Int32(tables.pointee.writtenBytes.count), length: Int32(bytes.count), concepts: Int32(tables.pointee.conceptLists.count),
                bits: ConceptSet(concepts).bits)
            tables.pointee.writtenBytes.append(contentsOf: bytes)
            tables.pointee.conceptLists.append(concepts)
            tables.pointee.written[hash] = entry
        }
    }
}

/// A number for each thread, handed out in the order threads first ask: for choosing a thread's
/// own share of something (`HeadingMemo`'s shards). Kept in one POSIX thread-specific key for
/// the whole process.
enum ThreadOrdinal {
    private static let key: pthread_key_t = {
        var key = pthread_key_t()
        // Made outside the precondition: a build with `-Ounchecked` drops a precondition's
        // condition, and with it the key, so that the ordinals were stored under key 0 (another
        // library's) and a worker thread crashed as it ended.
        let status = pthread_key_create(&key, nil)
        precondition(status == 0, "a thread-specific key could not be made (error \(status))")
        return key
    }()
    private static let counter = Counter()

    /// This thread's number: 0 for the first thread to ask, then 1, and so on.
    static var current: Int {
        // Stored plus one, as the key's value is nil until set.
        if let stored = pthread_getspecific(key) { return Int(bitPattern: stored) - 1 }
        let ordinal = counter.next()
        pthread_setspecific(key, UnsafeRawPointer(bitPattern: ordinal + 1))
        return ordinal
    }

    private final class Counter: @unchecked Sendable {
        private let lock = Lock()
        private var value = 0

        func next() -> Int {
            lock.lock()
            defer { lock.unlock() }
            value += 1
            return value - 1
        }
    }
}

extension String {
    /// Whether every byte is ASCII: then a byte is a character, and text can be compared on bytes.
    var isASCII: Bool {
        // On the bytes at once (`utf8.allSatisfy` goes through the view's iterator a byte at a time).
        var text = self
        return text.withUTF8 { bytes in
            var union: UInt8 = 0
            for byte in bytes { union |= byte }
            return union < 0x80
        }
    }

    /// The string without leading and trailing spaces and tabs.
    var trimmingSpaces: String {
        let utf8 = self.utf8
        guard let first = utf8.firstIndex(where: { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\t") }),
            let last = utf8.lastIndex(where: { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\t") })
        else { return "" }
        if first == utf8.startIndex, utf8.index(after: last) == utf8.endIndex { return self }
        return String(self[first...last])
    }
}

/// The words that make a heading not in the lists name a plan (`headings/plan-…`, explained
/// in `vocabulary/headings.md`): this meeting's (`Core group plan`, `Actions from this meeting`)
/// or the last one's (`Review of last actions`, `Last TAF's actions`, `Plan review`). Records
/// word these headings in more ways than a list can hold.
struct PlanHeadingWords: Sendable {
    /// A plan or its actions (`actions`, `plan`).
    let plan: TokenSet
    /// Words that place the plan at an earlier meeting wherever they stand (`previous`, `last`).
    let earlier: TokenSet
    /// Words that look back at a plan when they open the heading or come straight after a plan
    /// word (`review`, `update`); elsewhere they name this meeting (`CIN review plan`, `Actions
    /// from today's review`).
    let review: TokenSet
    /// The other words such a heading may hold (`of`, `the`, `meeting's`, `next`).
    let other: TokenSet
    /// The folded hashes of the plan, earlier and review words, which such a heading opens with
    /// as a plain line (`Previous TAF actions`, `Plan going forward`); one that opens with
    /// another (`The plan agreed today`) is not told from a sentence.
    let openings: [UInt64]
    /// The folded hashes of every word's leading letters (`meeting` of `meeting's`): most
    /// headings asked about (a record's title, a service's name) open with none of them, and are
    /// turned away on their first word's letters without being tokenized.
    let leadingLetters: TokenSet

    init(plan: [String], earlier: [String], review: [String], other: [String]) {
        openings = (plan + earlier + review).map(Tokenizer.foldedHash)
        leadingLetters = TokenSet((plan + earlier + review + other).map { word in
            let bytes = Array(word.utf8)
            return Tokenizer.foldedLetters(bytes, from: 0, to: bytes.count).hash
        })
        self.plan = TokenSet(words: plan)
        self.earlier = TokenSet(words: earlier)
        self.review = TokenSet(words: review)
        self.other = TokenSet(words: other)
    }

    /// If the heading (normalised) is made only of these words, numbers and punctuation and
    /// names a plan: `.previousActions` if it looks back, else `.actions`. Else nil, and for a
    /// heading that holds a separator or a spaced dash, whose parts are read one by one
    /// (`Previous actions / new actions` names both plans).
    func concept(ofHeading heading: String) -> Concept? {
        var text = heading
        let mayName = text.withUTF8 { bytes in
            if let first = bytes.first, Tokenizer.isLetter(first),
                !leadingLetters.contains(Tokenizer.foldedLetters(bytes, from: 0, to: bytes.count).hash)
            {
                return false
            }
            return !Vocabulary.holdsHeadingSeparator(bytes) && !Vocabulary.holdsSpacedDash(bytes)
        }
        guard mayName else { return nil }
        var namesPlan = false
        var looksBack = false
        // Whether this is the first word, and whether the word before it was a plan word.
        var isFirstWord = true
        var followsPlan = false
        for token in Tokenizer.tokens(of: heading) where token.shape != .punctuation && token.shape != .number {
            let word = token.folded
            let isPlan = plan.contains(word)
            if isPlan {
                namesPlan = true
            } else if earlier.contains(word) {
                looksBack = true
            } else if review.contains(word) {
                if isFirstWord || followsPlan { looksBack = true }
            } else if !other.contains(word) {
                return nil
            }
            isFirstWord = false
            followsPlan = isPlan
        }
        guard namesPlan else { return nil }
        return looksBack ? .previousActions : .actions
    }
}
