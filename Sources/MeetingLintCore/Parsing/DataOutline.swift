#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A quick reading of a `Rules/` document: its front-matter fields and, for each heading, the
/// first line of each top-level list item. It reads the subset of the dialect those documents use
/// for data, line by line, without building a syntax tree, so the binary starts fast; anything
/// richer (examples, templates) is read with `DataDocument` when asked for.
struct DataOutline: Sendable {
    /// Front-matter fields, keys lower-cased, values unquoted.
    var fields: [(key: String, value: String)] = []
    /// Sections in order: heading text (without `#`s) and the list items under it.
    var sections: [(title: String, items: [String])] = []

    init(text: String) {
        var text = text
        text.withUTF8 { buffer in self.read(buffer) }
    }

    private mutating func read(_ bytes: UnsafeBufferPointer<UInt8>) {
        var inFrontMatter = false
        var inFence = false
        var lineNumber = 0
        var start = 0
        let count = bytes.count
        func string(_ from: Int, _ to: Int) -> String {
            String(decoding: UnsafeBufferPointer(rebasing: bytes[TextKey.trimmingSpaces(bytes, from..<to)]), as: UTF8.self)
        }
        func isLine(_ from: Int, _ to: Int, _ literal: StaticString) -> Bool {
            guard to - from == literal.utf8CodeUnitCount else { return false }
            for offset in 0..<(to - from) where bytes[from + offset] != literal.utf8Start[offset] { return false }
            return true
        }
        func hasPrefix(_ from: Int, _ to: Int, _ literal: StaticString) -> Bool {
            guard to - from >= literal.utf8CodeUnitCount else { return false }
            for offset in 0..<literal.utf8CodeUnitCount where bytes[from + offset] != literal.utf8Start[offset] { return false }
            return true
        }
        while start <= count {
            // memchr finds each line's end many bytes at a time (these documents are read at
            // every start-up).
            var end = count
            if start < count, let base = bytes.baseAddress, let found = memchr(base + start, Int32(UInt8(ascii: "\n")), count - start) {
                end = UnsafeRawPointer(found) - UnsafeRawPointer(base)
            }
            let next = end + 1
            if end > start, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
            lineNumber += 1
            defer { start = next }
            if lineNumber == 1, isLine(start, end, "---") {
                inFrontMatter = true
                continue
            }
            if inFrontMatter {
                if isLine(start, end, "---") {
                    inFrontMatter = false
                } else if start < end, bytes[start] != UInt8(ascii: "#"),
                    let colon = (start..<end).first(where: { bytes[$0] == UInt8(ascii: ":") })
                {
                    let key = string(start, colon).lowercased()
                    var value = string(colon + 1, end)
                    if value.utf8.count >= 2, let first = value.utf8.first, first == UInt8(ascii: "\"") || first == UInt8(ascii: "'"),
                        value.utf8.last == first
                    {
                        value = String(value.dropFirst().dropLast())
                    }
                    if !key.isEmpty { fields.append((key, value)) }
                }
                continue
            }
            // Only a line opening with a backtick, a tilde, `#` or `-` matters here: the rest (most
            // of a rule's prose) are passed over on their first byte.
            guard start < end else { continue }
            switch bytes[start] {
            case UInt8(ascii: "`"), UInt8(ascii: "~"):
                if hasPrefix(start, end, "```") || hasPrefix(start, end, "~~~") { inFence.toggle() }
            case UInt8(ascii: "#") where !inFence:
                if hasPrefix(start, end, "## ") || hasPrefix(start, end, "### ") {
                    var from = start
                    while from < end, bytes[from] == UInt8(ascii: "#") { from += 1 }
                    sections.append((string(from, end), []))
                }
            case UInt8(ascii: "-") where !inFence:
                if hasPrefix(start, end, "- "), !sections.isEmpty {
                    let item = string(start + 2, end)
                    if !item.isEmpty { sections[sections.count - 1].items.append(item) }
                }
            default:
                break
            }
        }
    }

    /// The value of a front-matter field.
    func field(_ key: String) -> String? { fields.first { $0.key == key }?.value }

    /// The items of the first section with this title (case-insensitive).
    func items(_ title: String) -> [String]? {
        let wanted = title.lowercased()
        return sections.first { $0.title.lowercased() == wanted }?.items
    }
}
