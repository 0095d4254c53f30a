/// A document of `Rules/` (rule, profile or vocabulary) read through the record parser: its
/// front-matter fields, its title and its sections with their lists, paragraphs and code blocks.
public struct DataDocument: Sendable {
    /// One section of a data document.
    public struct Section: Sendable {
        /// The heading text.
        public var title: String
        /// The heading level.
        public var level: Int
        /// The first line of each top-level list item, in order.
        public var items: [String]
        /// The paragraphs' text, each with its lines joined by spaces.
        public var paragraphs: [String]
        /// Fenced code blocks: info string, body text, and the 1-based line the body starts on.
        public var codeBlocks: [(info: String, body: String, line: Int)]
        /// The section's text as written, without its heading.
        public var markdown: String
    }

    /// The path inside `Rules/` (or the rule pack).
    public var path: String
    /// Front-matter fields, keys lower-cased, in order.
    public var fields: [(key: String, value: String)]
    /// The level-1 heading, if any.
    public var title: String?
    /// Sections of level 2 and deeper, in order.
    public var sections: [Section]
    /// The whole text.
    public var text: String

    /// The value of a front-matter field.
    public func field(_ key: String) -> String? { fields.first { $0.key == key }?.value }

    /// The first section with this title (case-insensitive).
    public func section(_ title: String) -> Section? {
        let wanted = title.lowercased()
        return sections.first { $0.title.lowercased() == wanted }
    }

    /// Reads a data document.
    public init(path: String, text: String) {
        self.path = path
        self.text = text
        let source = SourceFile(path: path, text: text)
        let document = Document(parsing: source)
        var fields: [(String, String)] = []
        var title: String?
        var sections: [Section] = []
        var sectionStart = 0
        func closeSection(at end: Int) {
            guard !sections.isEmpty else { return }
            sections[sections.count - 1].markdown = source.text(SourceRange(sectionStart, end))
        }
        for index in document.children(of: Document.root) {
            let node = document[index]
            switch node.kind {
            case .frontMatter:
                for field in document.children(of: index) {
                    fields.append((document.text(document[field].key).lowercased(), document.text(document[field].content)))
                }
            case .heading where node.level == 1 && title == nil && sections.isEmpty:
                title = document.text(node.content)
            case .heading:
                closeSection(at: node.range.start)
                sectionStart = min(node.range.end + 1, source.bytes.count)
                sections.append(Section(title: document.text(node.content), level: Int(node.level), items: [], paragraphs: [], codeBlocks: [], markdown: ""))
            case .list where !sections.isEmpty:
                for item in document.children(of: index) {
                    if let paragraph = document.children(of: item).first(where: { document[$0].kind == .paragraph }),
                        let line = document.children(of: paragraph).first(where: { _ in true })
                    {
                        sections[sections.count - 1].items.append(document.text(document[line].range))
                    }
                }
            case .paragraph where !sections.isEmpty:
                let lines = document.children(of: index).map { document.text(document[$0].range) }
                sections[sections.count - 1].paragraphs.append(lines.joined(separator: " "))
            case .codeBlock where !sections.isEmpty:
                let line = source.location(of: node.content.start).line
                sections[sections.count - 1].codeBlocks.append((document.text(node.key), document.text(node.content), line))
            default:
                break
            }
        }
        closeSection(at: source.bytes.count)
        self.fields = fields
        self.title = title
        self.sections = sections
    }
}
