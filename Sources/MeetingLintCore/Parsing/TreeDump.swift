extension Document {
    /// A readable dump of the tree, one node a line, indented by depth, with each node's range as
    /// `@line:column-line:column` (columns in code points, end exclusive) and its text in quotes:
    ///
    ///     Heading(2) @3:1-3:13 "Apologies"
    ///
    /// A code block shows its info string and body. Used by the parser's snapshot tests.
    public func treeDump() -> String {
        var output = ""
        var pending: [(Int32, Int)] = children(of: Document.root).reversed().map { ($0, 0) }
        while let (index, depth) = pending.popLast() {
            let node = nodes[Int(index)]
            output += String(repeating: "  ", count: depth) + describe(index) + "\n"
            if node.kind == .tableRow {
                for cell in cells(of: index) {
                    output += String(repeating: "  ", count: depth + 1) + "Cell " + span(cell) + " " + quoted(cell) + "\n"
                }
            }
            var children: [Int32] = []
            var next = node.firstChild
            while next >= 0 {
                children.append(next)
                next = nodes[Int(next)].nextSibling
            }
            for grandchild in children.reversed() { pending.append((grandchild, depth + 1)) }
        }
        return output
    }

    private func describe(_ index: Int32) -> String {
        let node = nodes[Int(index)]
        var name: String
        switch node.kind {
        case .document: name = "Document"
        case .frontMatter: name = "FrontMatter"
        case .frontMatterField: name = "FrontMatterField"
        case .heading: name = "Heading(\(node.level))"
        case .paragraph: name = "Paragraph"
        case .textLine: name = "TextLine"
        case .fieldLine: name = "FieldLine"
        case .list: name = node.level == 1 ? "List(ordered)" : "List(bullet)"
        case .listItem:
            switch node.task {
            case .none: name = "ListItem"
            case .open: name = "ListItem[ ]"
            case .done: name = "ListItem[x]"
            }
        case .table: name = "Table"
        case .tableRow: name = node.isDelimiter ? "TableRow(delimiter)" : node.isHeader ? "TableRow(header)" : "TableRow"
        case .blockQuote: name = "BlockQuote"
        case .codeBlock: name = "CodeBlock"
        case .htmlComment: name = "Comment"
        case .thematicBreak: name = "ThematicBreak"
        }
        name += " " + span(node.range)
        switch node.kind {
        case .frontMatterField, .fieldLine:
            name += " key=" + quoted(node.key) + " value=" + quoted(node.content)
        case .heading, .textLine, .htmlComment:
            name += " " + quoted(node.content)
        case .codeBlock:
            name += " info=" + quoted(node.key) + " " + quoted(node.content)
        default:
            break
        }
        return name
    }

    private func span(_ range: SourceRange) -> String {
        let start = source.location(of: range.start)
        let end = source.location(of: range.end)
        return "@\(start.line):\(start.column)-\(end.line):\(end.column)"
    }

    private func quoted(_ range: SourceRange) -> String {
        var text = source.text(range)
        text = text.replacingScalar("\\", with: "\\\\")
        text = text.replacingScalar("\"", with: "\\\"")
        text = text.replacingScalar("\n", with: "\\n")
        text = text.replacingScalar("\r", with: "\\r")
        return "\"" + text + "\""
    }
}
