import Foundation

/// Findings accepted as they are (SPEC 5): each keyed by path, rule and a hash of the text of the
/// line it points at — not the line's number — so edits elsewhere in a record keep it valid.
///
///     {"tool":"meetinglint","baseline":1,"findings":[
///     {"path":"records/a.md","rule":"child-voice","line":"5f1c…","count":1}
///     ]}
struct Baseline {
    struct Key: Hashable, Comparable {
        var path: String
        var rule: String
        var line: String

        static func < (lhs: Key, rhs: Key) -> Bool { (lhs.path, lhs.rule, lhs.line) < (rhs.path, rhs.rule, rhs.line) }
    }

    /// How many findings of each key the baseline still accepts.
    private(set) var remaining: [Key: Int] = [:]

    /// The key of a diagnostic in a record.
    static func key(_ diagnostic: Diagnostic, path: String) -> Key {
        Key(path: path, rule: diagnostic.rule, line: hex(diagnostic.lineHash))
    }

    /// A 64-bit hash as 16 hex digits.
    static func hex(_ value: UInt64) -> String {
        let hex = String(value, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// Reads a baseline file.
    init(path: String) throws {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ConfigurationError(path: path, line: 0, message: "the baseline could not be read")
        }
        guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
            let findings = object["findings"] as? [[String: Any]]
        else {
            throw ConfigurationError(path: path, line: 0, message: "this is not a meetinglint baseline (write one with --write-baseline)")
        }
        for finding in findings {
            guard let file = finding["path"] as? String, let rule = finding["rule"] as? String, let line = finding["line"] as? String else {
                throw ConfigurationError(path: path, line: 0, message: "a baseline entry needs path, rule and line")
            }
            remaining[Key(path: file, rule: rule, line: line), default: 0] += (finding["count"] as? Int) ?? 1
        }
    }

    /// Removes the diagnostics the baseline accepts from a result.
    mutating func filter(_ result: inout RecordResult) {
        result.diagnostics = result.diagnostics.filter { diagnostic in
            let key = Baseline.key(diagnostic, path: result.path)
            guard let count = remaining[key], count > 0 else { return true }
            remaining[key] = count - 1
            return false
        }
    }

    /// Entries that matched nothing in this run, sorted.
    var stale: [Key] { remaining.filter { $0.value > 0 }.keys.sorted() }

    /// The text of a baseline holding `counts`.
    static func text(_ counts: [Key: Int]) -> String {
        let entries = counts.sorted { $0.key < $1.key }.map { key, count in
            "{\"path\":\(JSON.string(key.path)),\"rule\":\(JSON.string(key.rule)),\"line\":\(JSON.string(key.line)),\"count\":\(count)}"
        }
        return "{\"tool\":\"meetinglint\",\"baseline\":1,\"findings\":[\n" + entries.joined(separator: ",\n") + (entries.isEmpty ? "" : "\n") + "]}\n"
    }
}
