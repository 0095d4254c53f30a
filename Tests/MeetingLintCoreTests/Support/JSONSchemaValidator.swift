import Foundation

/// A JSON Schema draft-04 validator covering what the SARIF 2.1.0 schema uses: `$ref` to
/// `#/definitions/…` (any JSON pointer into the root schema), `type` (a name or a list of names),
/// `properties`, `patternProperties`, `additionalProperties`, `required`, `items` (one schema or a
/// list), `enum`, `minimum` / `maximum` (with draft-04's boolean `exclusiveMinimum` /
/// `exclusiveMaximum`), `minItems` / `maxItems`, `uniqueItems`, `minLength` / `maxLength`,
/// `pattern` (an `NSRegularExpression` search, as JSON Schema asks), `allOf` / `anyOf` / `oneOf` /
/// `not`, and `format` `uri`, `uri-reference` and `date-time`, checked loosely. Annotations
/// (`description`, `default`, `title`) and keywords it does not know are ignored.
///
/// Values are as `JSONSerialization` returns them.
struct JSONSchemaValidator {
    /// The root schema, which `$ref`s point into.
    let root: Any

    /// A validator for a parsed schema.
    init(schema: Any) { root = schema }

    /// A validator for a schema file.
    init(contentsOf url: URL) throws {
        root = try JSONSerialization.jsonObject(with: Data(contentsOf: url))
    }

    /// Every way `instance` breaks the schema, each as `JSON-pointer: problem`; empty when valid.
    func validate(_ instance: Any) -> [String] {
        var errors: [String] = []
        check(instance, root, at: "", errors: &errors)
        return errors
    }

    // MARK: - Keywords

    private func check(_ instance: Any, _ schema: Any, at path: String, errors: inout [String]) {
        guard let schema = schema as? [String: Any] else { return }
        if let reference = schema["$ref"] as? String {
            // In draft-04 a `$ref` replaces every other keyword beside it.
            guard let target = resolve(reference) else {
                errors.append("\(path): unresolvable $ref \(reference)")
                return
            }
            check(instance, target, at: path, errors: &errors)
            return
        }
        if let type = schema["type"] {
            let names = (type as? [String]) ?? [(type as? String) ?? ""]
            if !names.contains(where: { Self.has(instance, type: $0) }) {
                errors.append("\(path): expected \(names.joined(separator: " or ")), found \(Self.typeName(instance))")
                return
            }
        }
        if let values = schema["enum"] as? [Any], !values.contains(where: { Self.equal($0, instance) }) {
            errors.append("\(path): \(Self.describe(instance)) is not one of the allowed values")
        }
        if let number = Self.number(instance) { checkNumber(number, schema, at: path, errors: &errors) }
        if let string = instance as? String { checkString(string, schema, at: path, errors: &errors) }
        if let array = instance as? [Any] { checkArray(array, schema, at: path, errors: &errors) }
        if let object = instance as? [String: Any] { checkObject(object, schema, at: path, errors: &errors) }
        checkCombinations(instance, schema, at: path, errors: &errors)
    }

    private func checkNumber(_ number: Double, _ schema: [String: Any], at path: String, errors: inout [String]) {
        if let minimum = Self.number(schema["minimum"] as Any) {
            let exclusive = schema["exclusiveMinimum"] as? Bool ?? false
            if exclusive ? number <= minimum : number < minimum { errors.append("\(path): \(number) is below the minimum \(minimum)") }
        }
        if let maximum = Self.number(schema["maximum"] as Any) {
            let exclusive = schema["exclusiveMaximum"] as? Bool ?? false
            if exclusive ? number >= maximum : number > maximum { errors.append("\(path): \(number) is above the maximum \(maximum)") }
        }
    }

    private func checkString(_ string: String, _ schema: [String: Any], at path: String, errors: inout [String]) {
        let length = string.unicodeScalars.count
        if let minimum = schema["minLength"] as? Int, length < minimum { errors.append("\(path): shorter than \(minimum)") }
        if let maximum = schema["maxLength"] as? Int, length > maximum { errors.append("\(path): longer than \(maximum)") }
        if let pattern = schema["pattern"] as? String {
            if let expression = try? NSRegularExpression(pattern: pattern) {
                let range = NSRange(string.startIndex..<string.endIndex, in: string)
                if expression.firstMatch(in: string, range: range) == nil {
                    errors.append("\(path): \(Self.describe(string)) does not match /\(pattern)/")
                }
            } else {
                errors.append("\(path): the schema's pattern /\(pattern)/ is not a regular expression")
            }
        }
        if let format = schema["format"] as? String, !Self.conforms(string, to: format) {
            errors.append("\(path): \(Self.describe(string)) is not a valid \(format)")
        }
    }

    private func checkArray(_ array: [Any], _ schema: [String: Any], at path: String, errors: inout [String]) {
        if let minimum = schema["minItems"] as? Int, array.count < minimum { errors.append("\(path): fewer than \(minimum) items") }
        if let maximum = schema["maxItems"] as? Int, array.count > maximum { errors.append("\(path): more than \(maximum) items") }
        if schema["uniqueItems"] as? Bool == true {
            outer: for first in array.indices {
                for second in array.indices where second > first && Self.equal(array[first], array[second]) {
                    errors.append("\(path): items \(first) and \(second) are equal but must be unique")
                    break outer
                }
            }
        }
        if let items = schema["items"] as? [String: Any] {
            for (index, item) in array.enumerated() { check(item, items, at: "\(path)/\(index)", errors: &errors) }
        } else if let items = schema["items"] as? [Any] {
            for (index, item) in array.enumerated() {
                if index < items.count {
                    check(item, items[index], at: "\(path)/\(index)", errors: &errors)
                } else if schema["additionalItems"] as? Bool == false {
                    errors.append("\(path)/\(index): no additional items are allowed")
                } else if let additional = schema["additionalItems"] as? [String: Any] {
                    check(item, additional, at: "\(path)/\(index)", errors: &errors)
                }
            }
        }
    }

    private func checkObject(_ object: [String: Any], _ schema: [String: Any], at path: String, errors: inout [String]) {
        for name in (schema["required"] as? [String]) ?? [] where object[name] == nil {
            errors.append("\(path): required property '\(name)' is missing")
        }
        let properties = schema["properties"] as? [String: Any] ?? [:]
        let patterns = (schema["patternProperties"] as? [String: Any] ?? [:]).compactMap { pattern, subschema in
            (try? NSRegularExpression(pattern: pattern)).map { ($0, subschema) }
        }
        for key in object.keys.sorted() {
            guard let value = object[key] else { continue }
            let childPath = path + "/" + key.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1")
            var matched = false
            if let subschema = properties[key] {
                matched = true
                check(value, subschema, at: childPath, errors: &errors)
            }
            for (expression, subschema) in patterns
            where expression.firstMatch(in: key, range: NSRange(key.startIndex..<key.endIndex, in: key)) != nil {
                matched = true
                check(value, subschema, at: childPath, errors: &errors)
            }
            guard !matched else { continue }
            if schema["additionalProperties"] as? Bool == false {
                errors.append("\(path): property '\(key)' is not allowed")
            } else if let additional = schema["additionalProperties"] as? [String: Any] {
                check(value, additional, at: childPath, errors: &errors)
            }
        }
    }

    private func checkCombinations(_ instance: Any, _ schema: [String: Any], at path: String, errors: inout [String]) {
        for subschema in (schema["allOf"] as? [Any]) ?? [] { check(instance, subschema, at: path, errors: &errors) }
        if let choices = schema["anyOf"] as? [Any], !choices.contains(where: { passes(instance, $0) }) {
            errors.append("\(path): matches none of the anyOf schemas")
        }
        if let choices = schema["oneOf"] as? [Any] {
            let matching = choices.filter { passes(instance, $0) }.count
            if matching != 1 { errors.append("\(path): matches \(matching) of the oneOf schemas, not exactly one") }
        }
        if let negated = schema["not"], passes(instance, negated) {
            errors.append("\(path): matches a schema it must not match")
        }
    }

    private func passes(_ instance: Any, _ schema: Any) -> Bool {
        var errors: [String] = []
        check(instance, schema, at: "", errors: &errors)
        return errors.isEmpty
    }

    /// The schema a `#…` JSON pointer names in the root schema.
    private func resolve(_ reference: String) -> Any? {
        guard reference.hasPrefix("#") else { return nil }
        var node: Any = root
        for part in reference.dropFirst().split(separator: "/") {
            let key = String(part).removingPercentEncoding?.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~") ?? String(part)
            if let object = node as? [String: Any], let next = object[key] {
                node = next
            } else if let array = node as? [Any], let index = Int(key), array.indices.contains(index) {
                node = array[index]
            } else {
                return nil
            }
        }
        return node
    }

    // MARK: - Values

    /// Whether a value from `JSONSerialization` is a JSON boolean (not a number that bridges to one).
    static func isBoolean(_ value: Any) -> Bool {
        guard let number = value as? NSNumber else { return false }
        return String(cString: number.objCType) == "c"
    }

    /// The value as a number, if it is one (and not a boolean).
    static func number(_ value: Any) -> Double? {
        guard let number = value as? NSNumber, !isBoolean(value) else { return nil }
        return number.doubleValue
    }

    static func has(_ value: Any, type: String) -> Bool {
        switch type {
        case "object": return value is [String: Any]
        case "array": return value is [Any]
        case "string": return value is String
        case "boolean": return isBoolean(value)
        case "number": return number(value) != nil
        case "integer": return number(value).map { $0.rounded() == $0 } ?? false
        case "null": return value is NSNull
        default: return false
        }
    }

    static func typeName(_ value: Any) -> String {
        for name in ["object", "array", "string", "boolean", "integer", "number", "null"] where has(value, type: name) { return name }
        return "\(Swift.type(of: value))"
    }

    /// JSON equality: numbers by value, objects by members, arrays by items in order.
    static func equal(_ lhs: Any, _ rhs: Any) -> Bool {
        if isBoolean(lhs) || isBoolean(rhs) {
            return isBoolean(lhs) && isBoolean(rhs) && (lhs as? Bool) == (rhs as? Bool)
        }
        if let left = number(lhs), let right = number(rhs) { return left == right }
        if let left = lhs as? String, let right = rhs as? String { return left == right }
        if lhs is NSNull, rhs is NSNull { return true }
        if let left = lhs as? [Any], let right = rhs as? [Any] {
            return left.count == right.count && zip(left, right).allSatisfy { equal($0, $1) }
        }
        if let left = lhs as? [String: Any], let right = rhs as? [String: Any] {
            return left.count == right.count && left.allSatisfy { key, value in right[key].map { equal(value, $0) } ?? false }
        }
        return false
    }

    static func describe(_ value: Any) -> String {
        if let string = value as? String { return "'\(string.prefix(60))'" }
        return "\(value)"
    }

    /// Loose checks of the formats SARIF uses: a URI reference is URI text; a URI is one with a
    /// scheme; a date-time is RFC 3339.
    static func conforms(_ string: String, to format: String) -> Bool {
        switch format {
        case "uri":
            guard isURIText(string), let colon = string.firstIndex(of: ":") else { return false }
            let scheme = string[..<colon]
            guard let first = scheme.first, first.isLetter else { return false }
            return scheme.allSatisfy { $0.isLetter || $0.isNumber || "+-.".contains($0) }
        case "uri-reference":
            return isURIText(string)
        case "date-time":
            let pattern = #"^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$"#
            return string.range(of: pattern, options: .regularExpression) != nil
        default:
            return true
        }
    }

    /// Whether text could be a URI (RFC 3986): ASCII only, none of the characters a URI never
    /// holds (space, `"`, `<`, `>`, `\`, `^`, `` ` ``, `{`, `|`, `}`, controls), and every `%` starting
    /// a two-digit hex escape.
    static func isURIText(_ string: String) -> Bool {
        let scalars = Array(string.unicodeScalars)
        let hex = CharacterSet(charactersIn: "0123456789abcdefABCDEF")
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            guard scalar.value > 0x20, scalar.value < 0x7F, !" \"<>\\^`{|}".unicodeScalars.contains(scalar) else { return false }
            if scalar == "%" {
                guard index + 2 < scalars.count, hex.contains(scalars[index + 1]), hex.contains(scalars[index + 2]) else { return false }
                index += 3
            } else {
                index += 1
            }
        }
        return true
    }
}
