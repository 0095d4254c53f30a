/// A strict RFC 4180 reader for checking the `csv` format: records end in CRLF, a field is either
/// plain (no `,`, `"`, CR or LF) or quoted with quotes doubled inside.
enum CSVParser {
    /// Why a text is not RFC 4180.
    struct Problem: Error, CustomStringConvertible {
        var description: String
    }

    /// The rows of `text`, each a list of fields. A last record must end in CRLF too.
    static func rows(_ text: String) throws -> [[String]] {
        let scalars = Array(text.unicodeScalars)
        var rows: [[String]] = []
        var row: [String] = []
        var field = String.UnicodeScalarView()
        var index = 0
        var atFieldStart = true
        func endField() {
            row.append(String(field))
            field = String.UnicodeScalarView()
            atFieldStart = true
        }
        while index < scalars.count {
            let scalar = scalars[index]
            if atFieldStart, scalar == "\"" {
                // A quoted field runs to the next quote that is not doubled.
                index += 1
                while true {
                    guard index < scalars.count else { throw Problem(description: "a quoted field is not closed") }
                    if scalars[index] == "\"" {
                        if index + 1 < scalars.count, scalars[index + 1] == "\"" {
                            field.append("\"")
                            index += 2
                            continue
                        }
                        index += 1
                        break
                    }
                    field.append(scalars[index])
                    index += 1
                }
                atFieldStart = false
                guard index < scalars.count, scalars[index] == "," || scalars[index] == "\r" else {
                    throw Problem(description: "a quoted field is followed by something other than ',' or CRLF")
                }
                continue
            }
            atFieldStart = false
            switch scalar {
            case ",":
                endField()
                index += 1
            case "\r":
                guard index + 1 < scalars.count, scalars[index + 1] == "\n" else { throw Problem(description: "a CR without LF") }
                endField()
                rows.append(row)
                row = []
                index += 2
            case "\n":
                throw Problem(description: "a line ends in LF, not CRLF")
            case "\"":
                throw Problem(description: "a quote inside a field that is not quoted")
            default:
                field.append(scalar)
                index += 1
            }
        }
        guard row.isEmpty, field.isEmpty else { throw Problem(description: "the last record does not end in CRLF") }
        return rows
    }
}
