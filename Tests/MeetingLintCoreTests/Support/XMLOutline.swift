import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// What an XML parser made of a document: whether it is well-formed, and its elements in order
/// with their attributes and text, for checking a reporter's XML (JUnit, polyglot XHTML).
final class XMLOutline: NSObject, XMLParserDelegate {
    /// One element: its name, attributes, depth and all the text inside it (its descendants' too).
    struct Element {
        var name: String
        var attributes: [String: String]
        var text: String
        var depth: Int
    }

    /// The elements, in document order.
    private(set) var elements: [Element] = []
    /// The parser's error, if the document is not well-formed.
    private(set) var error: String?
    private var open: [Int] = []

    /// Parses `text` as XML.
    init(parsing text: String) {
        super.init()
        let parser = XMLParser(data: Data(text.utf8))
        parser.delegate = self
        parser.shouldResolveExternalEntities = false
        if !parser.parse() {
            let reason = parser.parserError.map { "\($0)" } ?? error ?? "unknown error"
            error = "\(reason) at line \(parser.lineNumber), column \(parser.columnNumber)"
        }
    }

    /// Whether the document is well-formed XML.
    var isWellFormed: Bool { error == nil }

    /// The elements with a name.
    func elements(named name: String) -> [Element] { elements.filter { $0.name == name } }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        elements.append(Element(name: elementName, attributes: attributes, text: "", depth: open.count))
        open.append(elements.count - 1)
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        open.removeLast()
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        for index in open { elements[index].text += string }
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
        if error == nil { error = "\(parseError)" }
    }
}
