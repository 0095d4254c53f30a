/// The command line, parsed (SPEC 5).
public struct Arguments: Sendable {
    /// What to do.
    public enum Command: Sendable, Equatable {
        case check
        case rules
        case explain(String)
        case new(profile: String?, example: Bool)
        case version
        case help
    }

    /// `--color`.
    public enum ColorChoice: String, Sendable {
        case auto, always, never
    }

    public var command: Command = .check
    public var paths: [String] = []
    public var format: OutputFormat = .text
    public var reports: [(format: OutputFormat, path: String)] = []
    public var configPath: String?
    public var profile: String?
    public var enable: [String] = []
    public var disable: [String] = []
    public var severities: [(rule: String, severity: Severity?)] = []
    public var strict = false
    public var maxWarnings: Int?
    public var summary = false
    public var redact = false
    public var baseline: String?
    public var writeBaseline: String?
    public var jobs: Int?
    public var color: ColorChoice = .auto
    public var stdinName: String?
    public var quiet = false

    /// Parses arguments (without the program name). Throws `UsageError`.
    public init(_ arguments: [String]) throws {
        var rest = arguments[...]
        if let first = rest.first {
            switch first {
            case "check": rest = rest.dropFirst()
            case "rules":
                command = .rules
                rest = rest.dropFirst()
            case "explain":
                rest = rest.dropFirst()
                guard let rule = rest.first, !rule.hasPrefix("-") else { throw UsageError("'explain' needs a rule id, e.g. 'meetinglint explain child-voice'") }
                command = .explain(rule)
                rest = rest.dropFirst()
            case "new":
                rest = rest.dropFirst()
                var profile: String?
                var example = false
                while let next = rest.first {
                    if next == "--example" {
                        example = true
                    } else if next.hasPrefix("-") {
                        throw UsageError("unknown option '\(next)' for 'new'")
                    } else if profile == nil {
                        profile = next
                    } else {
                        throw UsageError("'new' takes one profile, e.g. 'meetinglint new tac'")
                    }
                    rest = rest.dropFirst()
                }
                command = .new(profile: profile, example: example)
                return
            default: break
            }
        }
        var onlyPaths = false
        while let argument = rest.popFirst() {
            if onlyPaths || argument == "-" || !argument.hasPrefix("-") {
                paths.append(argument)
                continue
            }
            var name = argument
            var inline: String?
            if argument.hasPrefix("--"), let equals = argument.firstIndex(of: "=") {
                name = String(argument[..<equals])
                inline = String(argument[argument.index(after: equals)...])
            }
            func value() throws -> String {
                if let inline { return inline }
                guard let next = rest.popFirst() else { throw UsageError("'\(name)' needs a value") }
                return next
            }
            switch name {
            case "--": onlyPaths = true
            case "--version", "-V": command = .version
            case "--help", "-h": command = .help
            case "--format", "-f":
                let text = try value()
                guard let format = OutputFormat(rawValue: text) else {
                    throw UsageError("unknown format '\(text)': use one of \(OutputFormat.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                self.format = format
            case "--report":
                let text = try value()
                guard let equals = text.firstIndex(of: "="), let format = OutputFormat(rawValue: String(text[..<equals])),
                    text.index(after: equals) < text.endIndex
                else { throw UsageError("'--report' takes FORMAT=FILE, e.g. '--report sarif=results.sarif'") }
                reports.append((format, String(text[text.index(after: equals)...])))
            case "--config", "-c": configPath = try value()
            case "--profile": profile = try value()
            case "--enable": enable.append(try value())
            case "--disable": disable.append(try value())
            case "--severity":
                let text = try value()
                guard let equals = text.firstIndex(of: "=") else { throw UsageError("'--severity' takes RULE=error|warning|note|off") }
                let rule = String(text[..<equals])
                let level = String(text[text.index(after: equals)...])
                if level == "off" {
                    severities.append((rule, nil))
                } else if let severity = Severity(rawValue: level) {
                    severities.append((rule, severity))
                } else {
                    throw UsageError("'\(level)' is not a severity: use error, warning, note or off")
                }
            case "--strict": strict = true
            case "--max-warnings":
                let text = try value()
                guard let count = Int(text), count >= 0 else { throw UsageError("'--max-warnings' takes a whole number, not '\(text)'") }
                maxWarnings = count
            case "--summary": summary = true
            case "--redact": redact = true
            case "--baseline": baseline = try value()
            case "--write-baseline": writeBaseline = try value()
            case "--jobs", "-j":
                let text = try value()
                guard let count = Int(text), count >= 1, count <= 256 else { throw UsageError("'--jobs' takes a number from 1 to 256, not '\(text)'") }
                jobs = count
            case "--color", "--colour":
                let text = try value()
                guard let choice = ColorChoice(rawValue: text) else { throw UsageError("'--color' takes auto, always or never") }
                color = choice
            case "--stdin-name": stdinName = try value()
            case "--quiet", "-q": quiet = true
            default:
                throw UsageError("unknown option '\(argument)'; 'meetinglint --help' lists the options")
            }
        }
    }

    /// The help text.
    public static let help = """
        meetinglint — checks the records of multi-agency meetings about children against practice guidance.

        Usage:
          meetinglint [check] [PATH …]          check files and folders (default: the current folder); - reads standard input
          meetinglint rules                       list every rule: id, default severity, profiles, summary
          meetinglint explain RULE                print a rule's document: what, why, how to fix, examples
          meetinglint new [PROFILE] [--example]   print a blank record for a meeting type (or a filled example)
          meetinglint --version | --help

        Options of check:
          --format FORMAT        text (default), oneline, json, sarif, junit, github, csv, html
          --report FORMAT=FILE   also write FORMAT to FILE (repeatable)
          --config FILE          use this configuration instead of the nearest .meetinglint
          --profile NAME         check every record as this meeting type (tac, cin, core-group, professionals, generic)
          --enable RULE          turn a rule on
          --disable RULE         turn a rule off
          --severity RULE=LEVEL  set a rule's severity: error, warning, note or off
          --strict               warnings fail the run too
          --max-warnings N       fail when there are more than N warnings
          --summary              add compliance per standard and per meeting type
          --redact               leave every word of the records out of the output
          --baseline FILE        report only findings not in FILE
          --write-baseline FILE  write the current findings to FILE
          --jobs N               check N records at a time (default: the number of cores)
          --color WHEN           auto (default), always or never; NO_COLOR turns colour off
          --stdin-name NAME      the path to show for standard input
          --quiet                show errors only

        Exit status: 0 no errors; 1 at least one error (or warnings beyond --strict/--max-warnings);
        2 a usage or configuration error, or an input that could not be read.
        """
}

/// A mistake on the command line.
public struct UsageError: Error, Sendable, CustomStringConvertible {
    /// What is wrong.
    public var message: String

    init(_ message: String) { self.message = message }

    /// `error: message`.
    public var description: String { "error: \(message)" }
}
