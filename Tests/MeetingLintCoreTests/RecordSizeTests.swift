import Foundation
import Testing

@testable import MeetingLintCore

/// Records are kept with 32-bit offsets (tokens and parser nodes), which makes their memory
/// smaller; these tests check that the offsets read back as they were written, and that a record
/// too long for them is refused by the reader (or, built by a library caller, read only as far as
/// they reach) rather than wrapped or trapped on.
@Suite struct RecordSizeTests {
    // MARK: - Layout

    /// A token is 24 bytes, a node 60 and a sentence 12: the savings the 32-bit offsets (and a
    /// token's offsets and shape packed in one word) were made for.
    @Test func tokensNodesAndSentencesAreSmall() {
        #expect(MemoryLayout<Token>.stride == 24)
        #expect(MemoryLayout<Node>.stride == 60)
        #expect(MemoryLayout<Meeting.Sentence>.stride == 12)
    }

    /// A sentence's line and tokens read back as they were written, up to `UInt32.max`.
    @Test func sentencesReadBackAsWritten() {
        let top = Int(UInt32.max)
        for (line, start, end) in [(0, 0, 0), (0, 0, 1), (3, 7, 19), (1 << 31, 1 << 31, 1 << 31 + 5), (top, top - 1, top), (top, top, top)] {
            var sentence = Meeting.Sentence(line: line, tokens: start..<end)
            #expect(sentence.line == line && sentence.tokens == start..<end)
            sentence.line = end
            sentence.tokens = end..<end
            #expect(sentence.line == end && sentence.tokens == end..<end)
        }
    }

    /// A node's spans read back as they were written, at offsets up to `UInt32.max`; a token's
    /// up to `Token.largestOffset` (2^30, the largest record), its public initialiser holding an
    /// offset past that at `Token.largestOffset` (and a start one less, as no token starts at
    /// the end of the largest record), so that a span never comes back reversed, rather than
    /// wrapping it.
    @Test func offsetsReadBackAsWritten() {
        let top = Int(UInt32.max)
        for (start, end) in [(0, 0), (0, 1), (7, 19), (1 << 31, 1 << 31 + 5), (top - 1, top), (top, top)] {
            let range = SourceRange(start, end)
            var node = Node(kind: .paragraph, range: range, content: SourceRange(end, end))
            node.key = range
            #expect(node.range == range && node.content == SourceRange(end, end) && node.key == range)
            node.range.end = start
            #expect(node.range == SourceRange(start, start))
        }
        let most = Token.largestOffset
        for (start, end) in [(0, 0), (0, 1), (7, 19), (1 << 29, 1 << 29 + 5), (most - 2, most - 1), (most - 1, most - 1), (most - 1, most)] {
            let range = SourceRange(start, end)
            for shape in [Token.Shape.word, .upperWord, .initial, .number, .numberWord, .punctuation] {
                let token = Token(range: range, folded: 1, exact: 2, shape: shape)
                #expect(token.range == range)
                #expect(token.folded == 1 && token.exact == 2 && token.shape == shape)
            }
        }
        let past = Token(range: SourceRange(most - 2, most + 10), folded: 0, exact: 0, shape: .word)
        #expect(past.range == SourceRange(most - 2, most))
        var moved = past
        moved.range = SourceRange(most + 1, most + 9)
        #expect(moved.range == SourceRange(most - 1, most))
        moved.range = SourceRange(top + 1, top + 9)
        #expect(moved.range == SourceRange(most - 1, most))
        #expect(moved.shape == .word)
        #expect(Token(range: SourceRange(-5, -1), folded: 0, exact: 0, shape: .initial).range == SourceRange(0, 0))
    }

    /// Every node the parser makes has a span inside its record, in order, over the corpus, the
    /// parser fixtures and awkward text (nodes keep offsets unchecked, so a negative or past-the-end
    /// offset would come back changed).
    @Test func nodeSpansLieInsideTheirRecord() {
        var sources = ParserSpeedTests.sources
        var random = BuilderSpeedTests.Random(state: 0x6e6f_6465)
        for pieces in [1, 5, 40, 400] {
            for _ in 0..<50 { sources.append(SourceFile(path: "awkward.md", bytes: RecordSizeTests.blockText(&random, pieces: pieces))) }
        }
        var nodes = 0
        for source in sources {
            let document = Document(parsing: source)
            let count = source.bytes.count
            for node in document.nodes {
                for range in [node.range, node.content, node.key] {
                    #expect(range.start >= 0 && range.start <= range.end && range.end <= count, "\(source.path): \(node.kind) \(range)")
                }
            }
            nodes += document.nodes.count
        }
        #expect(nodes > 10_000)
    }

    /// Text made of the marks that open blocks (quotes, lists, headings, fences, comments, tables,
    /// front matter) and plain words, in random order.
    static func blockText(_ random: inout BuilderSpeedTests.Random, pieces: Int) -> [UInt8] {
        let parts = ["> ", ">", "- ", "* ", "1. ", "# ", "## ", "```", "~~~", "<!--", "-->", "| a | b |", "|---|---|", "---", "\n", "\n\n", "   ",
                     "\t", "word", "Key: value", "**Key:** value", "[ ] ", "[x] ", "é", "\r\n", "===", "|"]
        var bytes: [UInt8] = []
        for _ in 0..<pieces { bytes += Array(parts[random.below(parts.count)].utf8) }
        return bytes
    }

    // MARK: - Records too long for 32-bit offsets

    /// The reader's limit leaves every 32-bit position room: token offsets (up to
    /// `Token.largestOffset`), node offsets (`UInt32`), and node, cell and word-index indexes
    /// (`Int32`; a node or cell takes about a byte at least, and a half more is allowed for the
    /// paragraph and line nodes a line may add).
    @Test func theLargestRecordFitsThirtyTwoBitPositions() {
        #expect(RecordReader.largestRecord <= Document.longestParsed)
        #expect(RecordReader.largestRecord <= Token.largestOffset)
        #expect(RecordReader.largestRecord + RecordReader.largestRecord / 2 < Int(Int32.max))
        #expect(Document.longestParsed == Int(UInt32.max))
    }

    /// A file longer than the limit is refused before it is read, with a message saying why; one
    /// exactly as long is read.
    @Test func filesLongerThanTheLimitAreRefused() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("record-size-\(UInt32.random(in: 0...UInt32.max))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("record.md")
        let bytes = Array("# Review\nText.\n".utf8)
        try Data(bytes).write(to: url)
        for limit in [0, 1, bytes.count - 1] {
            guard case .failure(let failure) = RecordReader.read(url.path, limit: limit) else {
                Issue.record("read with a limit of \(limit)")
                continue
            }
            guard case .tooLarge = failure else {
                Issue.record("refused with a limit of \(limit), but as \(failure)")
                continue
            }
            #expect(failure.description == "is too large to check: meetinglint checks records of up to 1 GiB")
        }
        for limit in [bytes.count, bytes.count + 1, RecordReader.largestRecord] {
            guard case .success(let read) = RecordReader.read(url.path, limit: limit) else {
                Issue.record("not read with a limit of \(limit)")
                continue
            }
            #expect(read == bytes)
        }
    }

    /// A descriptor of unknown size (a pipe, as standard input may be) is read to the limit and
    /// no further: longer input is refused, input up to the limit is read whole, whatever the
    /// size hint.
    @Test func pipesLongerThanTheLimitAreRefused() {
        for size in [0, 1, 100, 5000] {
            for limit in [0, 1, 99, 100, 101, 4096, 5000, 1 << 20] {
                for hint in [0, 1, 64, 1 << 16] {
                    var ends: [Int32] = [0, 0]
                    guard pipe(&ends) == 0 else {
                        Issue.record("no pipe")
                        return
                    }
                    let bytes = (0..<size).map { UInt8(truncatingIfNeeded: $0 % 200 + 1) }
                    // Written whole before reading (far less than a pipe holds), so the
                    // reader's stopping early never leaves a writer blocked or signalled.
                    let written = bytes.withUnsafeBytes { raw in raw.isEmpty ? 0 : write(ends[1], raw.baseAddress!, raw.count) }
                    close(ends[1])
                    #expect(written == size)
                    let read = RecordReader.readAll(ends[0], sizeHint: hint, limit: limit)
                    close(ends[0])
                    switch read {
                    case .success(let got):
                        #expect(size <= limit, "\(size) bytes, limit \(limit), hint \(hint): read")
                        #expect(got == bytes, "\(size) bytes, limit \(limit), hint \(hint)")
                    case .failure(.tooLarge):
                        #expect(size > limit, "\(size) bytes, limit \(limit), hint \(hint): refused as too large")
                    case .failure(let failure):
                        Issue.record("\(size) bytes, limit \(limit), hint \(hint): \(failure)")
                    }
                }
            }
        }
    }

    /// A source longer than 32-bit offsets reach is parsed as its first `Document.longestParsed`
    /// bytes: `prefix` keeps the path, the byte-order mark's note and the line table of those
    /// bytes (checked here on short prefixes, as a 4 GiB record is not made in a test).
    @Test func aPrefixOfASourceIsTheSourceOfItsBytes() {
        for text in ["", "a", "\u{FEFF}# Title\nline two\r\nthree\n", "one\ntwo\n\nfour", "\n\n\n"] {
            let source = SourceFile(path: "p.md", text: text)
            for count in 0...(source.bytes.count + 2) {
                let prefix = source.prefix(count)
                let plain = SourceFile(path: "p.md", bytes: Array(source.bytes.prefix(count)))
                #expect(prefix.path == "p.md")
                #expect(prefix.bytes == plain.bytes)
                #expect(prefix.lineStarts == plain.lineStarts)
                #expect(prefix.hadByteOrderMark == source.hadByteOrderMark)
            }
        }
    }
}
