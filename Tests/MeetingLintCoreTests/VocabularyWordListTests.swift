import Testing

@testable import MeetingLintCore

/// The vocabulary lists read as single words (`Vocabulary.words`, a set of token hashes) hold
/// only entries of one token: an entry of several (`w/c`, `next week`) has the hash of its whole
/// text, which no token has, so it would never match. (`w/c` in the timescale cue words was such
/// an entry.)
@Suite struct VocabularyWordListTests {
    /// The lists the checks read with `words(_:)`.
    static let wordLists = ["wording/recipient-determiners", "people/everyone-words", "people/not-names", "people/titles", "actions/task-verbs"]

    @Test(arguments: wordLists)
    func everyEntryIsOneToken(_ name: String) throws {
        let entries = try #require(Catalogue.builtIn.vocabulary.lists[name], "\(name) is a list")
        #expect(!entries.isEmpty)
        for entry in entries {
            #expect(Tokenizer.tokens(of: entry).count == 1, "\(name): '\(entry)'")
        }
    }

    /// The words the timescale reader looks up as single tokens.
    @Test func theTimescaleReadersWordsAreOneTokenEach() {
        for word in TimescaleReader.cueWords + TimescaleReader.leadWords + TimescaleReader.everyWordList {
            #expect(Tokenizer.tokens(of: word).count == 1, "'\(word)'")
        }
    }
}
