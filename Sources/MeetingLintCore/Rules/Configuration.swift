#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A `.meetinglint` file (SPEC 7): INI-like, read line by line, every error with its line number.
///
///     profile = tac                 # the default profile for records without a type
///     date-order = dmy
///     exclude = archive/**, templates/**
///     rules-dir = local-rules
///     working-days-exclude = 2026-12-25, 2026-12-28
///
///     [rules]
///     jargon = off
///
///     [profile tac]
///     review-within = 8 weeks
public struct Configuration: Sendable {
    /// The file's path.
    public var path: String
    /// The folder the file stands in; `exclude` and `rules-dir` are relative to it.
    public var directory: String
    /// `profile`: the default profile.
    public var profile: String?
    /// `date-order`.
    public var dateOrder: DateOrder?
    /// `exclude`: glob patterns.
    public var exclude: [String] = []
    /// `rules-dir`: a rule pack's folder, resolved against `directory`.
    public var rulesDirectory: String?
    /// `working-days-exclude`: bank holidays.
    public var holidays: Set<Day> = []
    /// `[rules]`: severities (nil: off), with the line each was set on.
    public var rules: [(id: String, severity: Severity?, line: Int)] = []
    /// `[profile NAME]`: parameters, with the line each was set on.
    public var profileParameters: [(profile: String, key: String, value: String, line: Int)] = []

    /// The file name meetinglint looks for.
    public static let fileName = ".meetinglint"

    /// Reads a configuration. Throws `ConfigurationError` for a line it cannot accept; checks
    /// rule ids and profile names only when `validate(against:)` is called.
    public init(path: String, text: String) throws {
        self.path = path
        directory = path.pathDeletingLastComponent
        if directory.isEmpty { directory = "." }
        enum Block { case top, rules, profile(String) }
        var block = Block.top
        var lineNumber = 0
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            var line = Substring(rawLine)
            if line.hasSuffix("\r") { line = line.dropLast() }
            if lineNumber == 1, line.hasPrefix("\u{FEFF}") { line = line.dropFirst() }
            // Comments: a line starting with `#` or `;`, or ` #` after a value.
            if let hash = line.firstWholeRange(of: " #") ?? line.firstWholeRange(of: "\t#") { line = line[..<hash.lowerBound] }
            let trimmed = String(line).trimmingSpaces
            if trimmed.isEmpty || trimmed.hasPrefix("#") || trimmed.hasPrefix(";") { continue }
            if trimmed.hasPrefix("[") {
                guard trimmed.hasSuffix("]") else {
                    throw ConfigurationError(path: path, line: lineNumber, message: "a section heading must end with ']'")
                }
                let name = String(trimmed.dropFirst().dropLast()).trimmingSpaces
                let words = name.split(separator: " ", omittingEmptySubsequences: true)
                if name == "rules" {
                    block = .rules
                } else if words.count == 2, words[0] == "profile" {
                    block = .profile(String(words[1]))
                } else {
                    throw ConfigurationError(
                        path: path, line: lineNumber, message: "unknown section '[\(name)]': use '[rules]' or '[profile NAME]'")
                }
                continue
            }
            guard let equals = trimmed.firstIndex(of: "=") else {
                throw ConfigurationError(path: path, line: lineNumber, message: "expected 'key = value', found '\(trimmed)'")
            }
            let key = String(trimmed[..<equals]).trimmingSpaces
            let value = String(trimmed[trimmed.index(after: equals)...]).trimmingSpaces
            guard !key.isEmpty else { throw ConfigurationError(path: path, line: lineNumber, message: "a setting needs a name before '='") }
            switch block {
            case .top:
                try readTopLevel(key: key, value: value, line: lineNumber)
            case .rules:
                switch value {
                case "off": rules.append((key, nil, lineNumber))
                default:
                    guard let severity = Severity(rawValue: value) else {
                        throw ConfigurationError(
                            path: path, line: lineNumber, message: "'\(value)' is not a severity for '\(key)': use error, warning, note or off")
                    }
                    rules.append((key, severity, lineNumber))
                }
            case .profile(let name):
                guard !value.isEmpty else {
                    throw ConfigurationError(path: path, line: lineNumber, message: "'\(key)' needs a value")
                }
                profileParameters.append((name, key, value, lineNumber))
            }
        }
    }

    private mutating func readTopLevel(key: String, value: String, line: Int) throws {
        switch key {
        case "profile":
            guard !value.isEmpty else { throw ConfigurationError(path: path, line: line, message: "'profile' needs a profile name") }
            profile = value
        case "date-order":
            guard let order = DateOrder(rawValue: value.lowercased()) else {
                throw ConfigurationError(path: path, line: line, message: "'\(value)' is not a date order: use dmy, mdy or ymd")
            }
            dateOrder = order
        case "exclude":
            exclude = Configuration.list(value)
        case "rules-dir":
            guard !value.isEmpty else { throw ConfigurationError(path: path, line: line, message: "'rules-dir' needs a folder") }
            rulesDirectory = value.hasPrefix("/") ? value : directory.pathAppending(value)
        case "working-days-exclude":
            for entry in Configuration.list(value) {
                let tokens = Tokenizer.tokens(of: entry)
                let bytes = Array(entry.utf8)
                guard let mention = DateReader.mentions(in: tokens[...], bytes: bytes, order: dateOrder ?? .dmy).first,
                    case .full(let day) = mention.value, mention.range == SourceRange(0, bytes.count)
                else {
                    throw ConfigurationError(path: path, line: line, message: "'\(entry)' is not a date (write dates as 2026-12-25)")
                }
                holidays.insert(day)
            }
        default:
            let known = ["profile", "date-order", "exclude", "rules-dir", "working-days-exclude"]
            let hint = Linter.closest(to: key, in: known).map { " Did you mean '\($0)'?" } ?? ""
            throw ConfigurationError(path: path, line: line, message: "unknown setting '\(key)'.\(hint)")
        }
    }

    /// `a, b, c` → `["a", "b", "c"]`.
    static func list(_ value: String) -> [String] {
        value.split(separator: ",").map { String($0).trimmingSpaces }.filter { !$0.isEmpty }
    }

    /// Checks rule ids, profile names and parameter names and values against a catalogue.
    public func validate(against catalogue: Catalogue) throws {
        if let profile, catalogue.profiles[profile] == nil {
            throw ConfigurationError(path: path, line: lineOf("profile"), message: "unknown profile '\(profile)': use one of \(catalogue.profiles.keys.sorted().joined(separator: ", "))")
        }
        for rule in rules where catalogue.rules[rule.id] == nil {
            let hint = Linter.closest(to: rule.id, in: catalogue.ruleIDs).map { " Did you mean '\($0)'?" } ?? ""
            throw ConfigurationError(path: path, line: rule.line, message: "unknown rule '\(rule.id)'.\(hint)")
        }
        var parameters: [String: String] = [:]
        for rule in catalogue.rules.values {
            for (key, value) in rule.parameters { parameters[key] = value }
        }
        for setting in profileParameters {
            guard catalogue.profiles[setting.profile] != nil else {
                throw ConfigurationError(path: path, line: setting.line, message: "unknown profile '\(setting.profile)' in '[profile \(setting.profile)]'")
            }
            guard let defaultValue = parameters[setting.key] else {
                let hint = Linter.closest(to: setting.key, in: parameters.keys.sorted()).map { " Did you mean '\($0)'?" } ?? ""
                throw ConfigurationError(path: path, line: setting.line, message: "unknown parameter '\(setting.key)'.\(hint)")
            }
            try Configuration.checkValue(setting.value, like: defaultValue, key: setting.key, path: path, line: setting.line)
        }
    }

    /// A parameter's value must be of the same kind as its default: an interval, a number, or a list.
    static func checkValue(_ value: String, like defaultValue: String, key: String, path: String, line: Int) throws {
        let isInterval = Interval(defaultValue) != nil || defaultValue == "none"
        if isInterval, Interval(value) == nil, value != "none" {
            throw ConfigurationError(path: path, line: line, message: "'\(value)' is not a length of time for '\(key)': write e.g. '8 weeks', '3 months' or '5 working days'")
        }
        if Int(defaultValue) != nil, Int(value) == nil || (Int(value) ?? 0) < 0 {
            throw ConfigurationError(path: path, line: line, message: "'\(value)' is not a whole number for '\(key)'")
        }
    }

    /// The line `key` is set on, trimmed as `init(path:text:)` trims lines to read them.
    private func lineOf(_ key: String) -> Int {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return 1 }
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
        where String(line).trimmingSpaces.hasPrefix(key) {
            return index + 1
        }
        return 1
    }

    /// The nearest `.meetinglint` in `folder` or a parent of it.
    public static func discover(from folder: String) -> String? {
        var current = URL(fileURLWithPath: folder).standardizedFileURL.path
        while true {
            let candidate = current.pathAppending(fileName)
            var isDirectory = false
            if FileManager.default.fileExists(atPath: candidate, isDirectory: &isDirectory), !isDirectory { return candidate }
            let parent = current.pathDeletingLastComponent
            if parent == current || parent.isEmpty { return nil }
            current = parent
        }
    }

    /// Applies the configuration's settings.
    public func apply(to settings: inout RuleSettings) {
        if let profile { settings.defaultProfile = profile }
        if let dateOrder { settings.dateOrder = dateOrder }
        settings.holidays.formUnion(holidays)
        for rule in rules { settings.configured[rule.id] = .some(rule.severity) }
        for setting in profileParameters { settings.profileParameters[setting.profile, default: [:]][setting.key] = setting.value }
    }
}

/// An error in a configuration file, with its line.
public struct ConfigurationError: Error, Sendable, CustomStringConvertible {
    /// The file.
    public var path: String
    /// The 1-based line, or 0 when the problem is the whole file (it could not be read).
    public var line: Int
    /// What is wrong.
    public var message: String

    /// `path:line: error: message`, or `path: error: message` without a line.
    public var description: String { line > 0 ? "\(path):\(line): error: \(message)" : "\(path): error: \(message)" }
}
