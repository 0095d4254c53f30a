/// A meeting type: which rules apply, at what severity, with what parameters (SPEC 4).
///
/// Profiles are documents in `Rules/profiles/`.
public struct Profile: Sendable {
    /// The profile's id: `tac`, `cin`, `core-group`, `professionals`, `generic`.
    public var id: String
    /// Its name as practitioners say it: `Team Around the Child`.
    public var name: String
    /// The meeting types it matches, as phrases found anywhere in a record's `type`.
    public var matches: [String]
    /// Parameter values for rules, by parameter name (`review-within` → `12 weeks`).
    public var parameters: [String: String]
    /// Rule severities set by the profile (`nil` turns the rule off).
    public var severities: [String: Severity?]
    /// The document's text (the template and example are read from it when asked for).
    public var text: String
    /// Where it came from.
    public var path: String

    /// A blank record for this meeting type, with prompts (`meetinglint new`).
    public var template: String? { DataDocument(path: path, text: text).section("Template")?.codeBlocks.first?.body }
    /// A filled, realistic record that passes clean (`meetinglint new --example`).
    public var example: String? { DataDocument(path: path, text: text).section("Example")?.codeBlocks.first?.body }

    /// Reads a profile document.
    public init?(document: DataDocument) {
        self.init(path: document.path, text: document.text, outline: DataOutline(text: document.text))
    }

    init?(path: String, text: String, outline: DataOutline) {
        guard outline.field("kind") == "profile", let id = outline.field("id") else { return nil }
        self.id = id
        self.path = path
        self.text = text
        name = outline.field("name") ?? id
        matches = outline.items("Matches") ?? []
        var parameters: [String: String] = [:]
        for item in outline.items("Parameters") ?? [] {
            if let (key, value) = Profile.pair(item) { parameters[key] = value }
        }
        self.parameters = parameters
        var severities: [String: Severity?] = [:]
        for item in outline.items("Rules") ?? [] {
            if let (rule, value) = Profile.pair(item) {
                severities[rule] = value == "off" ? .some(nil) : Severity(rawValue: value).map { .some($0) } ?? .none
            }
        }
        self.severities = severities
    }

    /// `` `review-within`: `12 weeks` — note `` → (`review-within`, `12 weeks`).
    static func pair(_ item: String) -> (String, String)? {
        var item = item
        if let read = item.withUTF8(plainPair) { return read }
        return pairByCharacters(item)
    }

    /// `pair(_:)` read on the bytes, where they are ASCII but for dashes between spaces (` — `),
    /// as nearly every item is: then each byte of `:`, a backtick, a space or a tab is that
    /// character, and each separator found is whole. Nil for other text, read by characters;
    /// `.some(nil)` for plain text that is no pair.
    /// (By characters, with a search for each separator, the items of every rule and profile cost
    /// about 0.4 M instructions at every start.)
    private static func plainPair(_ bytes: UnsafeBufferPointer<UInt8>) -> (String, String)?? {
        let count = bytes.count
        var end = count
        var index = 0
        while index < count {
            let byte = bytes[index]
            if byte >= 0x80 {
                // Only ` — ` (E2 80 94 between spaces).
                guard index > 0, bytes[index - 1] == UInt8(ascii: " "), index + 3 < count, byte == 0xE2, bytes[index + 1] == 0x80, bytes[index + 2] == 0x94,
                    bytes[index + 3] == UInt8(ascii: " ")
                else { return nil }
                end = min(end, index - 1)
                index += 3
                continue
            }
            // ` -- `.
            if byte == UInt8(ascii: " "), index + 3 < count, bytes[index + 1] == UInt8(ascii: "-"), bytes[index + 2] == UInt8(ascii: "-"),
                bytes[index + 3] == UInt8(ascii: " ")
            {
                end = min(end, index)
            }
            index += 1
        }
        guard let colon = bytes[..<end].firstIndex(of: UInt8(ascii: ":")) else { return .some(nil) }
        /// The bytes without backticks, trimmed of spaces and tabs.
        func part(_ range: Range<Int>) -> String {
            var kept: [UInt8] = []
            kept.reserveCapacity(range.count)
            for byte in bytes[range] where byte != UInt8(ascii: "`") { kept.append(byte) }
            return kept.withUnsafeBufferPointer { kept in
                String(decoding: UnsafeBufferPointer(rebasing: kept[TextKey.trimmingSpaces(kept, 0..<kept.count)]), as: UTF8.self)
            }
        }
        let key = part(0..<colon)
        guard !key.isEmpty else { return .some(nil) }
        return .some((key, part((colon + 1)..<end)))
    }

    /// `pair(_:)` read by characters.
    static func pairByCharacters(_ item: String) -> (String, String)? {
        var text = item
        for separator in [" — ", " -- "] {
            if let range = text.firstWholeRange(of: separator) { text = String(text[..<range.lowerBound]) }
        }
        guard let colon = text.firstIndex(of: ":") else { return nil }
        let key = String(text[..<colon]).replacingBackticks.trimmingSpaces
        let value = String(text[text.index(after: colon)...]).replacingBackticks.trimmingSpaces
        guard !key.isEmpty else { return nil }
        return (key, value)
    }
}

extension String {
    /// The string without backticks. (Most have none, told from the bytes without walking the
    /// characters.)
    var replacingBackticks: String {
        guard utf8.contains(UInt8(ascii: "`")) else { return self }
        return filter { $0 != "`" }
    }
}
