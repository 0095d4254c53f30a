import Foundation
import Testing

@testable import MeetingLintCore

/// The word index finds what a plain walk over every token finds: the tokens of a phrase list's
/// first words, the sentences and lines that may hold a phrase (every one that holds one among
/// them), and every token that is a glossary acronym.
@Suite struct WordIndexSpeedTests {
    /// Records with awkward words: curly apostrophes, acronyms in front matter and headings, a
    /// phrase across a soft line break, emphasis, an empty record.
    static let awkward = [
        "",
        "---\ntype: CIN review\nlead professional: SW (CAMHS)\n---\n# CAMHS review\nThe GP’s referral to CAMHS.\n",
        "Mum was told about\nthis meeting. **Family Group Conference** was *considered*; LADO, MASH; s47 and S47.\n",
        "| CAMHS | Child and Adolescent Mental Health Services (CAMHS) |\n|---|---|\n| GP | Tariq Ahmed (TA) |\n",
        "disguised compliance? DISGUISED COMPLIANCE! significant\nharm. Minutes circulated within 5 working days.\n",
    ]

    /// The corpus's meetings and those of `extra` records (the awkward ones unless told).
    static func meetings(_ extra: [String] = awkward) -> [Meeting] {
        let corpus = Snapshot.packageRoot.appendingPathComponent("Corpus")
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: corpus.path)) ?? []).filter { $0.hasSuffix(".md") }.sorted()
        let records = names.compactMap { try? String(contentsOf: corpus.appendingPathComponent($0), encoding: .utf8) }
        let catalogue = Catalogue.builtIn
        let settings = ModelSettings(vocabulary: catalogue.vocabulary, profiles: catalogue.orderedProfiles)
        return (records + extra).map { Meeting(parsing: SourceFile(path: "test.md", text: $0), settings: settings) }
    }

    @Test func indexFindsWhatAWalkFinds() {
        let vocabulary = Catalogue.builtIn.vocabulary
        let lists = vocabulary.lists.keys.sorted().map { vocabulary.phrases($0) } + [PhraseSet(["significant harm", "told", "the"])]
        var matched = 0
        for meeting in WordIndexSpeedTests.meetings() {
            let words = WordIndex(meeting)
            let tokens = meeting.tokens
            for phrases in lists where !phrases.caseSensitive {
                let first = Set(phrases.firstWords)
                #expect(words.positions(of: phrases.firstWords) == tokens.indices.filter { first.contains(tokens[$0].folded) })
                for sentences in [meeting.sentences(), meeting.sentences(includingHeadings: true)] {
                    let found = words.sentences(sentences, mayHold: phrases)
                    #expect(found == sentences.indices.filter { tokens[sentences[$0].tokens].contains { first.contains($0.folded) } })
                    for index in sentences.indices where phrases.firstMatch(in: tokens[sentences[index].tokens]) != nil {
                        #expect(found.contains(index))
                        matched += 1
                    }
                }
                let lines = words.lines(meeting.lines, mayHold: phrases)
                #expect(lines == meeting.lines.indices.filter { tokens[meeting.lines[$0].tokens].contains { first.contains($0.folded) } })
            }
            let acronyms = words.positions(of: vocabulary.glossary.acronymWords)
            for index in tokens.indices where vocabulary.glossary.entry(for: tokens[index]) != nil {
                #expect(acronyms.contains(index))
                matched += 1
            }
        }
        #expect(matched > 1000)
    }
}

/// An action part's tokens sliced from its line are what tokenizing the part gives: the same
/// hashes and shapes as its text's tokens, and, read from the record, the same ranges.
@Suite struct PartTokenSpeedTests {
    @Test func partTokensAreThePartTokenized() {
        let awkward = WordIndexSpeedTests.awkward + [
            "## Actions\n- Jo-Ann O’Brien to call Mum by Friday. Owner: Jo-Ann; due: 3/4/2026\n",
            "## Actions\n| Action | Owner | Due |\n|---|---|---|\n| Call | **Jane** Smith | 1 week |\n| Visit | SW, HV – GP | ASAP |\n| x | `code` | |\n",
            "## Actions\n1. Jane Smith (SW) will refer to MASH today\n2. Tom to book it — by 4pm\n   and follow up. Owner: Tom\n",
        ]
        var sliced = 0
        for meeting in WordIndexSpeedTests.meetings(awkward) {
            var tokens: [Token] = []
            for action in meeting.actions + meeting.previousActions {
                for part in [action.what, action.owner, action.dueText, action.measure, action.status].compactMap({ $0 }) {
                    let bytes = meeting.partTokens(part, into: &tokens)
                    let plain = Tokenizer.tokens(of: part.text)
                    #expect(tokens.map(\.folded) == plain.map(\.folded), "\(part.text)")
                    #expect(tokens.map(\.exact) == plain.map(\.exact), "\(part.text)")
                    #expect(tokens.map(\.shape) == plain.map(\.shape), "\(part.text)")
                    if bytes == meeting.source.bytes {
                        var read: [Token] = []
                        Tokenizer.tokenize(bytes, part.range, into: &read)
                        #expect(tokens == read, "\(part.text)")
                    }
                    if meeting.lineTokens(exactly: part.range) != nil { sliced += 1 }
                }
            }
        }
        #expect(sliced > 100)
    }
}
