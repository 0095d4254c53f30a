#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

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
    /// Every path the baseline has entries for.
    private let paths: Set<String>
    /// The baseline's paths that this run read: only their entries can be stale. Bounded by the
    /// baseline's size, not by the number of records checked.
    private var checked = Set<String>()

    /// The key of a diagnostic in a record.
    static func key(_ diagnostic: Diagnostic, path: String) -> Key {
        Key(path: path, rule: diagnostic.rule, line: Diagnostic.hex(diagnostic.lineHash))
    }

    /// Reads a baseline file; throws a `BaselineError` saying what is wrong with it.
    init(path: String) throws {
        let data: [UInt8]
        switch RecordReader.read(path) {
        case .success(let bytes): data = bytes
        case .failure(.system(let reason)): throw BaselineError(path: path, message: "cannot read the baseline file: \(reason)")
        case .failure(.notAFile): throw BaselineError(path: path, message: "cannot read the baseline file: it is not a file")
        case .failure(.binary), .failure(.utf16): data = []
        case .failure(.tooLarge): throw BaselineError(path: path, message: "cannot read the baseline file: it is larger than 1 GiB")
        }
        guard case .object(let object)? = try? JSONDecoder().decode(JSONValue.self, from: Data(data)),
            case .array(let list)? = object["findings"], case let findings = list.compactMap(\.fields), findings.count == list.count
        else {
            throw BaselineError(path: path, message: "this is not a meetinglint baseline (write one with --write-baseline)")
        }
        for finding in findings {
            guard case .string(let file)? = finding["path"], case .string(let rule)? = finding["rule"], case .string(let line)? = finding["line"]
            else {
                throw BaselineError(
                    path: path, message: "this baseline file is damaged (an entry has no path, rule or line); make a new one with --write-baseline FILE")
            }
            remaining[Key(path: file, rule: rule, line: line), default: 0] += finding["count"]?.wholeNumber ?? 1
        }
        paths = Set(remaining.keys.map(\.path))
    }

    /// Removes the diagnostics the baseline accepts from a result, and notes that the record was
    /// read (so the baseline's entries for it that match nothing are stale).
    mutating func filter(_ result: inout RecordResult) {
        if result.failure == nil, paths.contains(result.path) { checked.insert(result.path) }
        result.diagnostics = result.diagnostics.filter { diagnostic in
            let key = Baseline.key(diagnostic, path: result.path)
            guard let count = remaining[key], count > 0 else { return true }
            remaining[key] = count - 1
            return false
        }
    }

    /// Entries for records this run read that matched nothing, with how many findings each still
    /// accepts, sorted. Entries for records not read this run are not stale: they were not tested.
    var stale: [(key: Key, count: Int)] {
        remaining.filter { $0.value > 0 && checked.contains($0.key.path) }.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    /// The text of a baseline holding `counts`.
    static func text(_ counts: [Key: Int]) -> String {
        let entries = counts.sorted { $0.key < $1.key }.map { key, count in
            "{\"path\":\(JSON.string(key.path)),\"rule\":\(JSON.string(key.rule)),\"line\":\(JSON.string(key.line)),\"count\":\(count)}"
        }
        return "{\"tool\":\"meetinglint\",\"baseline\":1,\"findings\":[\n" + entries.joined(separator: ",\n") + (entries.isEmpty ? "" : "\n") + "]}\n"
    }
}

/// A baseline file that cannot be used: unreadable, not a baseline, or damaged.
struct BaselineError: Error, CustomStringConvertible {
    /// The baseline file as given.
    var path: String
    /// What is wrong, and what to do.
    var message: String

    /// `path: error: message` (a baseline has no line worth naming).
    var description: String { "\(path): error: \(message)" }
}

/// A JSON value of any shape: a baseline file is read as one, and its entries are then looked
/// at one field at a time, so that a field of the wrong type is reported rather than failing
/// the whole reading (as `JSONSerialization` allowed, without linking all of Foundation).
private enum JSONValue: Decodable {
    case object([String: JSONValue])
    case array([JSONValue])
    case string(String)
    case integer(Int)
    case number(Double)
    case bool(Bool)
    case null

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Int.self) {
            self = .integer(value)
        } else if let value = try? container.decode(Double.self) {
            self = .number(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([JSONValue].self) {
            self = .array(value)
        } else {
            self = .object(try container.decode([String: JSONValue].self))
        }
    }

    /// The fields of an object, or nil for any other value.
    var fields: [String: JSONValue]? {
        guard case .object(let fields) = self else { return nil }
        return fields
    }

    /// The value as a whole number (`2` or `2.0`), if it is one.
    var wholeNumber: Int? {
        switch self {
        case .integer(let value): return value
        case .number(let value): return Int(exactly: value)
        default: return nil
        }
    }
}
