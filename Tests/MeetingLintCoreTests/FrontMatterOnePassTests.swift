import Testing

@testable import MeetingLintCore

/// The parser reads front matter in one pass, making the block's nodes as it goes and dropping
/// them when line 1 turns out to be a rule. The two-pass reading it replaced (decide first, then
/// read the field lines again) is kept here as the reference: both give the same block, the same
/// problem and the same first body line, on the corpus and on random records.
@Suite struct FrontMatterOnePassTests {
    /// What the two-pass reading found: the block's range, its fields (range, key, value), and
    /// the first body line; or only the problem, if it was left open.
    struct Reading: Equatable, CustomStringConvertible {
        var block: SourceRange?
        var fields: [[SourceRange]] = []
        var bodyLine = 0
        var unclosed = false

        var description: String { "block \(String(describing: block)) fields \(fields) body \(bodyLine) unclosed \(unclosed)" }
    }

    /// The reading by the parser itself.
    static func parsed(_ source: SourceFile) -> Reading {
        let document = Document(parsing: source)
        var reading = Reading()
        reading.unclosed = document.problems.contains { $0.kind == .unclosedFrontMatter }
        let first = document.nodes[0].firstChild
        guard first >= 0, document.nodes[Int(first)].kind == .frontMatter else { return reading }
        reading.block = document.nodes[Int(first)].range
        for field in document.children(of: first) {
            let node = document.nodes[Int(field)]
            #expect(node.kind == .frontMatterField && node.parent == first)
            reading.fields.append([node.range, node.key, node.content])
        }
        // Every other node comes after the block, in the body.
        let blockEnd = document.nodes[Int(first)].range.end
        reading.bodyLine = source.lineIndex(of: blockEnd) + 1
        for index in 1..<document.nodes.count where document.nodes[index].kind != .frontMatterField && index != Int(first) {
            #expect(document.nodes[index].range.start >= source.lineStarts[min(reading.bodyLine, source.lineStarts.count - 1)] || reading.bodyLine >= source.lineCount)
        }
        return reading
    }

    /// The two-pass reading, as the parser had it.
    static func twoPass(_ source: SourceFile) -> Reading {
        let reader = Reference(bytes: source.bytes)
        var reading = Reading()
        guard source.lineCount > 0, reader.isDashLine(source.lineContent(0)) else { return reading }
        var line = 1
        var sawProse = false
        var sawField = false
        var sawOther = false
        var opensWithField: Bool?
        while line < source.lineCount {
            let content = source.lineContent(line)
            if reader.isDashLine(content) || reader.isDotsLine(content) {
                if sawProse || (sawOther && !sawField) { return reading }
                reading.block = SourceRange(0, reader.trimTrailing(content).end)
                for fieldLine in 1..<line {
                    let fieldContent = reader.trimTrailing(source.lineContent(fieldLine))
                    if let field = reader.frontMatterField(fieldContent) { reading.fields.append([fieldContent, field.key, field.value]) }
                }
                reading.bodyLine = line + 1
                return reading
            }
            if !reader.isYAMLShaped(content) { sawProse = true }
            if reader.frontMatterField(reader.trimTrailing(content)) != nil {
                sawField = true
                if opensWithField == nil { opensWithField = true }
            } else if !reader.isBlank(content) {
                sawOther = true
                if opensWithField == nil { opensWithField = false }
            }
            line += 1
        }
        reading.unclosed = opensWithField == true
        return reading
    }

    /// The parser's front-matter helpers, copied.
    struct Reference {
        let bytes: [UInt8]

        func isSpace(_ byte: UInt8) -> Bool { byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }
        func isQuote(_ byte: UInt8) -> Bool { byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") }
        func isBlank(_ range: SourceRange) -> Bool { (range.start..<range.end).allSatisfy { isSpace(bytes[$0]) } }
        func trim(_ range: SourceRange) -> SourceRange {
            var start = range.start
            var end = range.end
            while start < end, isSpace(bytes[start]) { start += 1 }
            while end > start, isSpace(bytes[end - 1]) { end -= 1 }
            return SourceRange(start, end)
        }
        func trimTrailing(_ range: SourceRange) -> SourceRange {
            var end = range.end
            while end > range.start, isSpace(bytes[end - 1]) { end -= 1 }
            return SourceRange(range.start, end)
        }
        func isDashLine(_ range: SourceRange) -> Bool {
            let end = trimTrailing(range).end
            return end - range.start == 3 && bytes[range.start..<end].allSatisfy { $0 == UInt8(ascii: "-") }
        }
        func isDotsLine(_ range: SourceRange) -> Bool {
            let trimmed = trim(range)
            return trimmed.count == 3 && bytes[trimmed.start..<trimmed.end].allSatisfy { $0 == UInt8(ascii: ".") }
        }
        func isYAMLShaped(_ range: SourceRange) -> Bool {
            guard range.start < range.end else { return true }
            let first = bytes[range.start]
            if isSpace(first) || first == UInt8(ascii: "#") || first == UInt8(ascii: "-") { return true }
            return bytes[range.start..<range.end].contains(UInt8(ascii: ":"))
        }
        func frontMatterField(_ range: SourceRange) -> (key: SourceRange, value: SourceRange)? {
            guard range.count > 0, !isSpace(bytes[range.start]), bytes[range.start] != UInt8(ascii: "#"),
                bytes[range.start] != UInt8(ascii: "-")
            else { return nil }
            var colon = range.start
            if isQuote(bytes[range.start]) {
                colon += 1
                while colon < range.end, bytes[colon] != bytes[range.start] { colon += 1 }
            }
            while colon < range.end, bytes[colon] != UInt8(ascii: ":") { colon += 1 }
            guard colon < range.end else { return nil }
            var key = trim(SourceRange(range.start, colon))
            if key.count >= 2, isQuote(bytes[key.start]), bytes[key.end - 1] == bytes[key.start] { key = SourceRange(key.start + 1, key.end - 1) }
            guard !key.isEmpty else { return nil }
            var value = trim(SourceRange(colon + 1, range.end))
            if value.start < value.end, isQuote(bytes[value.start]) {
                let quote = bytes[value.start]
                var close = value.end - 1
                while close > value.start, bytes[close] != quote { close -= 1 }
                if close > value.start {
                    let rest = SourceRange(close + 1, value.end)
                    let afterSpaces = trim(rest).start
                    let comment = afterSpaces > rest.start && afterSpaces < rest.end && bytes[afterSpaces] == UInt8(ascii: "#")
                    if isBlank(rest) || comment { value = SourceRange(value.start + 1, close) }
                }
            } else {
                for hash in value.start..<value.end where bytes[hash] == UInt8(ascii: "#") {
                    if hash == value.start || isSpace(bytes[hash - 1]) {
                        value = trim(SourceRange(value.start, hash))
                        break
                    }
                }
            }
            return (key, value)
        }
    }

    @Test func theCorpusReadsAsTheTwoPassReadingReadsIt() {
        #expect(ParserSpeedTests.sources.count > 50)
        var blocks = 0
        for source in ParserSpeedTests.sources {
            let expected = FrontMatterOnePassTests.twoPass(source)
            if expected.block != nil { blocks += 1 }
            #expect(FrontMatterOnePassTests.parsed(source) == expected, "\(source.path)")
        }
        #expect(blocks > 20)
    }

    /// Records that open with `---` and then any mix of fields, prose, rules, comments, lists,
    /// blank lines and closing lines, with or without a close.
    @Test func randomRecordsReadAsTheTwoPassReadingReadsThem() {
        let lines = [
            "key: value", "\"quoted key\": 'quoted value' # note", "title: A: B", "date: 2025-01-08 # comment", "tags: #one", "'k': \"v\"",
            "empty:", ": no key", "# comment", "- entry", "  indented: more", "", " ", "\t", "---", "...", " ... ", "--- ", "Prose line here",
            "# Title", "* bullet", "| a | b |", "Key: value", "**Chair:** Ann", "```", "<!-- c -->", "a\"b: c", "\"open: value", "x: 'y' z",
        ]
        var generator = SplitMix64(seed: 0xf0_0d)
        var blocks = 0
        for round in 0..<3_000 {
            var text = Bool.random(using: &generator) ? "---\n" : "--- \r\n"
            for _ in 0..<Int.random(in: 0...12, using: &generator) {
                text += lines.randomElement(using: &generator)!
                text += Int.random(in: 0..<5, using: &generator) == 0 ? "\r\n" : "\n"
            }
            if Bool.random(using: &generator) { text.removeLast() }
            let source = SourceFile(path: "random", text: text)
            let expected = FrontMatterOnePassTests.twoPass(source)
            if expected.block != nil { blocks += 1 }
            let parsed = FrontMatterOnePassTests.parsed(source)
            #expect(parsed == expected, "round \(round): \(text.debugDescription)")
            if parsed != expected { return }
        }
        #expect(blocks > 100)
    }

    /// A record that opens with `---` over a great many field lines and never closes makes a node
    /// for each, then drops them all: the body's tree is the one a record without the fields'
    /// block would give, and no node of the dropped block is left.
    @Test func anUnclosedBlockOfManyFieldsLeavesNoNodes() {
        let fields = String(repeating: "key: value\n", count: 50_000)
        let document = Document(parsing: SourceFile(path: "open", text: "---\n" + fields))
        #expect(!document.nodes.contains { $0.kind == .frontMatter || $0.kind == .frontMatterField })
        #expect(document.problems.contains { $0.kind == .unclosedFrontMatter })
        #expect(document.nodes[Int(document.nodes[0].firstChild)].kind == .thematicBreak)
        #expect(document.nodes.count == 1 + 1 + 1 + 50_000)
    }
}
