#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A record's bytes with a table of where each line starts.
///
/// Positions inside meetinglint are UTF-8 byte offsets into `bytes`; this type turns them into the
/// 1-based lines and code-point columns that users see. A leading byte-order mark is dropped, so
/// offset 0 is the first character of the record.
public struct SourceFile: Sendable {
    /// The path as the user named it (or the `--stdin-name` for standard input).
    public let path: String
    /// The record's text as UTF-8 bytes, without a byte-order mark.
    public let bytes: [UInt8]
    /// The byte offset where each line starts; `lineStarts[0] == 0`.
    public let lineStarts: [Int]
    /// Whether the file began with a UTF-8 byte-order mark.
    public let hadByteOrderMark: Bool

    /// Reads lines from `bytes`, dropping a leading byte-order mark. Never fails.
    public init(path: String, bytes raw: [UInt8]) {
        if raw.count >= 3, raw[0] == 0xEF, raw[1] == 0xBB, raw[2] == 0xBF {
            self.init(path: path, bytesWithoutMark: Array(raw[3...]), hadByteOrderMark: true)
        } else {
            self.init(path: path, bytesWithoutMark: raw, hadByteOrderMark: false)
        }
    }

    /// Reads lines from `bytes`, whose byte-order mark (if it had one) is already dropped.
    init(path: String, bytesWithoutMark bytes: [UInt8], hadByteOrderMark: Bool) {
        self.path = path
        self.bytes = bytes
        self.hadByteOrderMark = hadByteOrderMark
        // Room made before the first entry, so the table is allocated once, not twice.
        var starts: [Int] = []
        starts.reserveCapacity(bytes.count / 32 + 2)
        starts.append(0)
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            // memchr finds each newline many bytes at a time.
            var offset = 0
            while offset < buffer.count, let found = memchr(base + offset, Int32(UInt8(ascii: "\n")), buffer.count - offset) {
                let index = UnsafeRawPointer(found) - UnsafeRawPointer(base)
                starts.append(index + 1)
                offset = index + 1
            }
        }
        lineStarts = starts
    }

    /// The source of the record's first `count` bytes (a byte-order mark, already dropped, stays
    /// dropped).
    func prefix(_ count: Int) -> SourceFile {
        SourceFile(path: path, bytesWithoutMark: Array(bytes.prefix(count)), hadByteOrderMark: hadByteOrderMark)
    }

    /// Creates a source from text.
    public init(path: String, text: String) {
        self.init(path: path, bytes: Array(text.utf8))
    }

    /// The number of lines; a final newline does not start a new line of its own.
    public var lineCount: Int {
        if lineStarts.count > 1, lineStarts[lineStarts.count - 1] == bytes.count {
            return lineStarts.count - 1
        }
        return lineStarts.count
    }

    /// The 0-based index of the line that holds `offset` (clamped to the record).
    public func lineIndex(of offset: Int) -> Int {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return low
    }

    /// The byte span of a line's content (0-based index), without `\n` or `\r\n`.
    public func lineContent(_ index: Int) -> SourceRange {
        let start = lineStarts[index]
        var end = index + 1 < lineStarts.count ? lineStarts[index + 1] - 1 : bytes.count
        if end > start, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        return SourceRange(start, max(start, end))
    }

    /// The 1-based line and code-point column of a byte offset.
    ///
    /// An offset in the middle of a multi-byte character counts as that character.
    public func location(of offset: Int) -> SourceLocation {
        let clamped = min(max(0, offset), bytes.count)
        let index = lineIndex(of: clamped)
        var column = 1
        var position = lineStarts[index]
        while position < clamped {
            if bytes[position] & 0xC0 != 0x80 { column += 1 }
            position += 1
        }
        // An offset inside a character points at that character, not the next one.
        if clamped < bytes.count, clamped > lineStarts[index], bytes[clamped] & 0xC0 == 0x80 { column -= 1 }
        // Stray continuation bytes (invalid UTF-8) at the start of a line still sit in column 1.
        return SourceLocation(line: index + 1, column: max(1, column))
    }

    /// The text of a span, with invalid UTF-8 repaired as U+FFFD.
    public func text(_ range: SourceRange) -> String {
        let start = min(max(0, range.start), bytes.count)
        let end = min(max(start, range.end), bytes.count)
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }

    /// The text of a line (1-based), without its line end.
    public func lineText(_ line: Int) -> String {
        guard line >= 1, line <= lineStarts.count else { return "" }
        return text(lineContent(line - 1))
    }

    /// The offset of the first byte that is not valid UTF-8, if any.
    public func firstInvalidUTF8Offset() -> Int? {
        bytes.withUnsafeBufferPointer { UTF8Validation.firstInvalidOffset(in: $0) }
    }
}
