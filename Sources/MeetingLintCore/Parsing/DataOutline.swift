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
        var inFrontMatter = false
        var lineNumber = 0
        var inFence = false
        for rawLine in text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            lineNumber += 1
            var line = rawLine[...]
            if line.last == UInt8(ascii: "\r") { line = line.dropLast() }
            if lineNumber == 1, line.elementsEqual("---".utf8) {
                inFrontMatter = true
                continue
            }
            if inFrontMatter {
                if line.elementsEqual("---".utf8) {
                    inFrontMatter = false
                } else if let colon = line.firstIndex(of: UInt8(ascii: ":")), line.first != UInt8(ascii: "#") {
                    let key = String(decoding: line[..<colon], as: UTF8.self).trimmingSpaces.lowercased()
                    var value = String(decoding: line[line.index(after: colon)...], as: UTF8.self).trimmingSpaces
                    if value.count >= 2, let first = value.first, first == "\"" || first == "'", value.last == first {
                        value = String(value.dropFirst().dropLast())
                    }
                    if !key.isEmpty { fields.append((key, value)) }
                }
                continue
            }
            if line.starts(with: "```".utf8) || line.starts(with: "~~~".utf8) {
                inFence.toggle()
                continue
            }
            if inFence { continue }
            if line.starts(with: "## ".utf8) || line.starts(with: "### ".utf8) {
                let title = String(decoding: line.drop { $0 == UInt8(ascii: "#") }, as: UTF8.self).trimmingSpaces
                sections.append((title, []))
            } else if line.starts(with: "- ".utf8), !sections.isEmpty {
                let item = String(decoding: line.dropFirst(2), as: UTF8.self).trimmingSpaces
                if !item.isEmpty { sections[sections.count - 1].items.append(item) }
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
