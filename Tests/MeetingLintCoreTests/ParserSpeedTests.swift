import Foundation
import Testing

@testable import MeetingLintCore

/// The block parser's shortcuts, checked against the longer ways they replace.
@Suite struct ParserSpeedTests {
    /// Every record of the bundled corpus and every parser fixture.
    static let sources: [SourceFile] = {
        var sources: [SourceFile] = []
        for folder in ["Corpus", "Tests/MeetingLintCoreTests/Fixtures/Parser", "Tests/MeetingLintCoreTests/Fixtures/Fuzz"] {
            let directory = Snapshot.packageRoot.appendingPathComponent(folder)
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []).filter { $0.hasSuffix(".md") }.sorted()
            for name in names {
                guard let data = try? Data(contentsOf: directory.appendingPathComponent(name)) else { continue }
                sources.append(SourceFile(path: name, bytes: Array(data)))
            }
        }
        return sources
    }()

    /// Lines are dispatched on their first non-space byte: the byte sets are exactly the bytes
    /// the container and leaf-block recognisers can start with.
    @Test func firstByteSetsHoldTheBytesBlocksStartWith() {
        let containers = Set(">-*+0123456789".utf8).union([0xC2, 0xE2, 0xEF])
        let leaves = Set("#`~<=-*_|:".utf8)
        for value in 0...255 {
            let byte = UInt8(value)
            #expect(BlockParser.mayOpenContainer(byte) == containers.contains(byte), "byte \(value)")
            #expect(BlockParser.mayStartLeafBlock(byte) == leaves.contains(byte), "byte \(value)")
        }
    }

    /// The field-line reader's key loop skips letters, digits and multi-byte characters without
    /// its other tests: it reads every line as the full loop does.
    @Test func fieldLinesReadAsTheFullKeyLoopReadsThem() {
        #expect(ParserSpeedTests.sources.count > 50)
        var lines: [(SourceFile, SourceRange)] = []
        for source in ParserSpeedTests.sources {
            for index in 0..<source.lineCount { lines.append((source, source.lineContent(index))) }
        }
        let keys = ["Date", "Start time", "**Chair:**", "**Chair**:", "__next_meeting__", "next_meeting", "A b c d e f g h", "A b c d e f g h i",
                    "Ünïcode kéy", "Key 2", "Key,", "**Key, other**", "https", "x" + String(repeating: "y", count: 58), "x" + String(repeating: "y", count: 59),
                    "x" + String(repeating: "y", count: 60), "Key\t", "Key (a/b)?", "Key!"]
        let tails = [": value", ":", ": 10:00", "://x", "**: v", ":** v", ": value**", " : v", "*: v", "__: v", ""]
        for key in keys {
            for tail in tails {
                let source = SourceFile(path: "line", text: key + tail)
                lines.append((source, source.lineContent(0)))
            }
        }
        var mismatches: [String] = []
        for (source, range) in lines {
            let fast = FieldLineShape.match(source.bytes, range)
            let full = ParserSpeedTests.fullMatch(source.bytes, range)
            if fast?.key != full?.key || fast?.value != full?.value { mismatches.append(source.text(range)) }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(5))")
    }

    /// Table cells found by searching for pipes are the cells a byte-by-byte walk finds.
    @Test func tableCellsAreTheCellsAByteWalkFinds() {
        var sources = ParserSpeedTests.sources
        for row in ["| a | b |", "|a|b", "a | b |", "| a \\| b | c |", "|\\|", "| x |\\", "|", "||", "| | |", "\\|a|", "| a | b \\|", "a|b|c|d|e"] {
            sources.append(SourceFile(path: "row", text: "| h | h |\n|---|---|\n" + row + "\n"))
        }
        var rows = 0
        for source in sources {
            let document = Document(parsing: source)
            for index in document.nodes.indices where document.nodes[index].kind == .tableRow {
                rows += 1
                let cells = Array(document.cells(of: Int32(index)))
                let walked = ParserSpeedTests.walkedCells(source.bytes, document.nodes[index].range)
                #expect(cells == walked, "\(source.path): \(source.text(document.nodes[index].range))")
            }
        }
        #expect(rows > 0)
    }

    /// A record with more nodes than the estimate moves them out of the array's storage intact.
    @Test func nodesOutgrowingTheEstimateKeepTheirLinks() {
        let line = String(repeating: "> - ", count: 500) + "text\n"
        let document = Document(parsing: SourceFile(path: "deep", text: line + line))
        #expect(document.nodes.count > BlockParser.nodeEstimate(of: document.source))
        for (index, node) in document.nodes.enumerated().dropFirst() {
            #expect(node.parent >= 0 && Int(node.parent) < index)
            #expect(node.nextSibling == -1 || Int(node.nextSibling) > index)
        }
        #expect(document.descendants(of: Document.root).count == document.nodes.count - 1)
    }

    // MARK: - The longer ways

    private static func walkedCells(_ bytes: [UInt8], _ text: SourceRange) -> [SourceRange] {
        var cells: [SourceRange] = []
        var start = text.start
        var end = text.end
        if start < end, bytes[start] == UInt8(ascii: "|") { start += 1 }
        if end > start, bytes[end - 1] == UInt8(ascii: "|"), !(end - 2 >= start && bytes[end - 2] == UInt8(ascii: "\\")) { end -= 1 }
        var cellStart = start
        var index = start
        while index <= end {
            if index == end || (bytes[index] == UInt8(ascii: "|") && (index == start || bytes[index - 1] != UInt8(ascii: "\\"))) {
                var low = cellStart
                var high = index
                while low < high, bytes[low] == UInt8(ascii: " ") || bytes[low] == UInt8(ascii: "\t") { low += 1 }
                while high > low, bytes[high - 1] == UInt8(ascii: " ") || bytes[high - 1] == UInt8(ascii: "\t") { high -= 1 }
                cells.append(SourceRange(low, high))
                cellStart = index + 1
            }
            index += 1
        }
        return cells
    }

    /// `FieldLineShape.match` with its key loop testing every byte in turn.
    private static func fullMatch(_ bytes: [UInt8], _ range: SourceRange) -> (key: SourceRange, value: SourceRange)? {
        let maximumKeyLength = FieldLineShape.maximumKeyLength
        var index = range.start
        let end = range.end
        var emphasis = 0
        let marker = index < end ? bytes[index] : 0
        while index < end, emphasis < 3, marker == UInt8(ascii: "*") || marker == UInt8(ascii: "_"), bytes[index] == marker {
            emphasis += 1
            index += 1
        }
        let keyStart = index
        guard index < end, FieldLineShape.isLetter(bytes[index]) else { return nil }
        var words = 1
        var keyEnd = -1
        var closedEmphasis = false
        while index < end, index - keyStart <= maximumKeyLength {
            let byte = bytes[index]
            if byte == UInt8(ascii: ":") {
                keyEnd = index
                break
            }
            if byte == UInt8(ascii: "*") || byte == UInt8(ascii: "_") {
                var after = index
                while after < end, bytes[after] == byte { after += 1 }
                while after < end, bytes[after] == UInt8(ascii: " ") { after += 1 }
                if emphasis > 0, byte == marker, after < end, bytes[after] == UInt8(ascii: ":") {
                    keyEnd = index
                    closedEmphasis = true
                    index = after
                    break
                }
                guard byte == UInt8(ascii: "_") else { return nil }
            }
            if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") {
                if index > keyStart, bytes[index - 1] != UInt8(ascii: " "), bytes[index - 1] != UInt8(ascii: "\t") { words += 1 }
                if words > 8 { return nil }
            } else if !isKeyByte(byte, emphasised: emphasis > 0) {
                return nil
            }
            index += 1
        }
        guard keyEnd > keyStart, index < end, bytes[index] == UInt8(ascii: ":") else { return nil }
        var trimmedKeyEnd = keyEnd
        while trimmedKeyEnd > keyStart, bytes[trimmedKeyEnd - 1] == UInt8(ascii: " ") { trimmedKeyEnd -= 1 }
        var valueStart = index + 1
        if valueStart < end, bytes[valueStart] == UInt8(ascii: "/") { return nil }
        if emphasis > 0, !closedEmphasis {
            var run = 0
            while valueStart < end, run < emphasis, bytes[valueStart] == marker {
                valueStart += 1
                run += 1
            }
        }
        while valueStart < end, bytes[valueStart] == UInt8(ascii: " ") || bytes[valueStart] == UInt8(ascii: "\t") { valueStart += 1 }
        var valueEnd = end
        while valueEnd > valueStart, bytes[valueEnd - 1] == UInt8(ascii: " ") || bytes[valueEnd - 1] == UInt8(ascii: "\t") { valueEnd -= 1 }
        if emphasis > 0, !closedEmphasis {
            var run = 0
            while valueEnd > valueStart, run < emphasis, bytes[valueEnd - 1] == marker {
                valueEnd -= 1
                run += 1
            }
            while valueEnd > valueStart, bytes[valueEnd - 1] == UInt8(ascii: " ") || bytes[valueEnd - 1] == UInt8(ascii: "\t") { valueEnd -= 1 }
        }
        return (SourceRange(keyStart, trimmedKeyEnd), SourceRange(valueStart, valueEnd))
    }

    private static func isKeyByte(_ byte: UInt8, emphasised: Bool) -> Bool {
        if byte >= 0x80 { return true }
        if (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") { return true }
        if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") { return true }
        switch byte {
        case UInt8(ascii: "'"), UInt8(ascii: "/"), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "-"),
            UInt8(ascii: "&"), UInt8(ascii: "."), UInt8(ascii: "?"), UInt8(ascii: "_"):
            return true
        case UInt8(ascii: ","):
            return emphasised
        default:
            return false
        }
    }
}
