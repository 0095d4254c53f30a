#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a record's lines into a flat tree of blocks.
///
/// It works like a CommonMark block parser: for each line it first matches the open containers
/// (block quotes and list items) against the line's markers and indentation, closes those that do
/// not continue, opens new ones, then adds the rest of the line to a leaf block. Open containers
/// are a stack, so nesting depth costs memory in proportion to the depth but never recursion.
///
/// The parser reads the record's bytes through an unsafe buffer pointer (no bounds checks or
/// reference counting per byte), so it lives only inside `Document(parsing:)`'s
/// `withUnsafeBufferPointer`; it is never stored.
struct BlockParser {
    let source: SourceFile
    /// `source.bytes`, valid only while the parser is.
    let bytes: UnsafeBufferPointer<UInt8>
    /// The recognisers, reading `bytes`.
    private let scanner: BlockScanner
    /// The nodes made so far, written straight into the storage of the document's node array.
    private var nodes: NodeBuffer
    /// The cells of every table row, trimmed, in order (see `finishCells()`).
    private var cells = CellBuffer()
    private(set) var problems: [ParseProblem] = []

    /// Open containers, outermost first; `stack[0]` is the document.
    private var stack = ContainerStack()
    /// The places in `stack` of the open block quotes, in increasing order: a blank line inside
    /// them skips every list and item up to the next quote at once (see `addLineInContainers`).
    private var quotePlaces: [Int] = []
    /// The paragraph taking lines, or -1.
    private var paragraph: Int32 = -1
    /// The table taking rows, or -1.
    private var table: Int32 = -1
    /// The fenced code block taking lines, or -1; and its fence.
    private var fence: Int32 = -1
    private var fenceMarker: UInt8 = 0
    private var fenceLength = 0
    /// The HTML comment taking lines, or -1.
    private var comment: Int32 = -1
    /// The end of the last non-blank line read: where a closing container ends.
    private var lastContentEnd = 0
    /// Whether the nodes' indexes are their order in the tree (a walk from the root, parents
    /// before children, as `Document.descendants(of:)` reads them), every node in it: so they are
    /// by construction, as a node is only ever added as the last child of an open block, and the
    /// open blocks (the containers, then the paragraph, table, fence or comment taking lines) are
    /// the tree's last node and its ancestors; the nodes the parser rewrites stay in order too (a
    /// setext heading's or a table's line, dropped as the last node made, and a table's header
    /// line, the last node, made the table after its paragraph). Kept as a flag all the same,
    /// cleared wherever a node could be left out of the tree, so that the tree is walked then.
    private(set) var nodesInDocumentOrder = true
    /// Whether blank lines outside block quotes, and lines outside containers that open none,
    /// take the short way in `addLine`, and leaf lines try only the recognisers their first byte
    /// can start (always, but in tests that check it gives the same tree as the long way).
    var shortcuts = true
    /// Whether a line at the left margin that would go on a list item's or a block quote's
    /// paragraph lazily (`- Jane Smith — Class teacher⏎Apologies`) is a heading of the record
    /// instead, typed without a blank line before it: then every open list and quote ends before
    /// it, and it starts a paragraph of its own. Nil: such lines go on the paragraph, as in
    /// CommonMark.
    var lazyHeading: LazyHeadingTest?
    /// The numbered list that `numberedSection` started for a heading (`7. Lily's views`), or -1:
    /// its next item starts a list of its own, so that the heading stands alone.
    private var sectionList: Int32 = -1

    /// A parser of `source`, whose bytes `bytes` must point at for as long as the parser is used.
    /// Nodes go into `storage` (uninitialized, at least one node long; see `nodeEstimate(of:)`)
    /// while they fit, and into memory of the parser's own after that.
    init(source: SourceFile, bytes: UnsafeBufferPointer<UInt8>, storage: UnsafeMutableBufferPointer<Node>) {
        self.source = source
        self.bytes = bytes
        scanner = BlockScanner(bytes: bytes)
        nodes = NodeBuffer(storage: storage)
        nodes.append(Node(kind: .document, range: SourceRange(0, bytes.count), content: SourceRange(0, 0)))
    }

    /// How many nodes to make room for. Records average about 1.1 nodes a line, but a line of a
    /// list item makes three (the item, its paragraph and the line), and list-heavy records reach
    /// 1.7: room for 1.75 keeps every record of the bench corpus in the lent storage (outgrowing
    /// it copies every node twice). Room never written to costs no memory in a huge record: its
    /// pages are never touched.
    static func nodeEstimate(of source: SourceFile) -> Int {
        let lines = source.lineStarts.count
        return lines + lines / 2 + lines / 4 + 16
    }

    /// Ends the parse (call once, after `parse()`): how many nodes are in `storage`, or 0 and the
    /// nodes as an array when they outgrew it.
    mutating func finishNodes() -> (inStorage: Int, outgrown: [Node]?) {
        stack.release()
        return nodes.finish()
    }

    /// The cells of every table row, in order, as an array (call once, after `parse()`).
    mutating func finishCells() -> [SourceRange] { cells.finish() }

    mutating func parse() {
        var line = 0
        let lineCount = source.lineCount
        if lineCount > 0 { line = parseFrontMatter() }
        // `source.lineContent(line)`, read through pointers: every line passes here.
        let lineStarts = source.lineStarts
        lineStarts.withUnsafeBufferPointer { starts in
            while line < lineCount {
                let start = starts[line]
                var end = line + 1 < starts.count ? starts[line + 1] - 1 : bytes.count
                if end > start, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
                addLine(start: start, end: max(start, end))
                line += 1
            }
        }
        finish()
    }

    // MARK: - Front matter

    /// Reads a front-matter block if line 1 is `---`; returns the first body line's index.
    ///
    /// The block's node and its fields are made as the lines are read (each line is read once),
    /// and dropped again if the block turns out not to be front matter.
    private mutating func parseFrontMatter() -> Int {
        guard scanner.isDashLine(source.lineContent(0), exactlyThree: true) else { return 0 }
        let block = append(Node(kind: .frontMatter, range: SourceRange(0, 0), content: SourceRange(0, 0)), to: 0)
        var line = 1
        let lineCount = source.lineCount
        var sawProse = false
        var sawField = false
        var sawOther = false
        var opensWithField: Bool?
        while line < lineCount {
            let content = source.lineContent(line)
            if scanner.isDashLine(content, exactlyThree: true) || scanner.isDotsLine(content) {
                // Rules around ordinary text (`---`, `# Title`, `---`) are not a block of fields.
                if sawProse || (sawOther && !sawField) {
                    dropFrontMatter()
                    return 0
                }
                let close = scanner.trimTrailing(content)
                nodes[Int(block)].range = SourceRange(0, close.end)
                lastContentEnd = close.end
                return line + 1
            }
            let fieldContent = scanner.trimTrailing(content)
            if let field = scanner.frontMatterField(fieldContent) {
                // A field's line has a colon after a first byte that is not a space, `#` or `-`:
                // it is YAML-shaped.
                var node = Node(kind: .frontMatterField, range: fieldContent, content: field.value)
                node.key = field.key
                append(node, to: block)
                sawField = true
                if opensWithField == nil { opensWithField = true }
            } else {
                if !scanner.isYAMLShaped(content) { sawProse = true }
                if !scanner.isBlank(from: content.start, to: content.end) {
                    sawOther = true
                    if opensWithField == nil { opensWithField = false }
                }
            }
            line += 1
        }
        dropFrontMatter()
        // Never closed: a block of fields left open, or only a rule (`---`) above ordinary text.
        if opensWithField == true {
            problems.append(ParseProblem(kind: .unclosedFrontMatter, range: scanner.trimTrailing(source.lineContent(0))))
        }
        return 0
    }

    /// Drops the front-matter block and its fields, the only nodes made so far: line 1 was a rule
    /// or the start of text after all.
    private mutating func dropFrontMatter() {
        nodes.removeAll(after: 1)
        nodes[0].firstChild = -1
        nodes[0].lastChild = -1
    }

    // MARK: - Lines

    private mutating func addLine(start lineStart: Int, end lineEnd: Int) {
        if fence >= 0 {
            let text = scanner.trimTrailing(SourceRange(lineStart, lineEnd))
            if !text.isEmpty { lastContentEnd = text.end }
            if scanner.closesFence(start: lineStart, end: lineEnd, marker: fenceMarker, length: fenceLength) {
                nodes[Int(fence)].range.end = text.end
                let body = nodes[Int(fence)].content
                nodes[Int(fence)].content = SourceRange(body.start, max(body.start, lineStart))
                fence = -1
            }
            return
        }
        if comment >= 0 {
            let text = scanner.trimTrailing(SourceRange(lineStart, lineEnd))
            if !text.isEmpty { lastContentEnd = text.end }
            if let close = scanner.find("-->", from: lineStart, to: lineEnd) {
                nodes[Int(comment)].range.end = close + 3
                nodes[Int(comment)].content.end = close
                comment = -1
                addComments(from: close + 3, to: lineEnd)
            }
            return
        }

        if shortcuts, quotePlaces.isEmpty, scanner.isBlank(from: lineStart, to: lineEnd) {
            // A blank line continues every open list and item, and opens nothing: outside block
            // quotes (which it ends) all it does is end the open paragraph or table.
            closeLeaves()
            return
        }
        if shortcuts, stack.count == 1 {
            // Outside every container, most lines need none of the matching below (there is no
            // container to continue or close, and none opens): a line whose first byte is not a
            // space and can open no container goes to its leaf block straight away, plain text
            // (a byte that can start no leaf block either) without even `addLeaf`'s tests.
            // A `-`, `*`, `+` or digit that starts no list marker (`**Chair:**`, `12 apples`)
            // opens nothing either: the long way would find no marker and go to `addLeaf` too.
            let byte = bytes[lineStart]
            if !scanner.isSpace(byte),
                !Self.mayOpenContainer(byte)
                    || (byte != UInt8(ascii: ">") && scanner.listMarker(at: lineStart, end: lineEnd) == nil)
            {
                if Self.mayStartLeafBlock(byte) {
                    addLeaf(first: lineStart, end: lineEnd, blank: false)
                } else {
                    addPlainText(scanner.trimTrailing(SourceRange(lineStart, lineEnd)), end: lineEnd)
                }
                return
            }
        }
        addLineInContainers(start: lineStart, end: lineEnd)
    }

    /// `addLine` for every other line: matches the open containers against the line, closes
    /// those it does not continue, opens new ones, then adds the rest to a leaf block.
    @inline(never)
    private mutating func addLineInContainers(start lineStart: Int, end lineEnd: Int) {
        var position = lineStart
        var column = 0
        var matched = 1
        // The first non-space byte at or after `indent.from` and its column. Deeply nested list
        // items each look at the same run of indentation; scanning it once keeps a line linear.
        var indent = (from: -1, index: 0, column: 0)
        matching: while matched < stack.count {
            let container = Int(stack[matched])
            switch nodes[container].kind {
            case .blockQuote:
                let (next, nextColumn) = scanner.skipSpaces(from: position, column: column, end: lineEnd, limit: 3)
                guard next < lineEnd, bytes[next] == UInt8(ascii: ">") else { break matching }
                position = next + 1
                column = nextColumn + 1
                if position < lineEnd, bytes[position] == UInt8(ascii: " ") {
                    position += 1
                    column += 1
                }
                matched += 1
            case .list:
                matched += 1
            case .listItem:
                if indent.from < 0 || position < indent.from || position > indent.index {
                    let (next, nextColumn) = scanner.skipSpaces(from: position, column: column, end: lineEnd, limit: Int.max)
                    indent = (position, next, nextColumn)
                }
                let (next, nextColumn) = (indent.index, indent.column)
                if next == lineEnd {
                    // A blank line continues every open item and list, up to the next block quote
                    // (whose `>` it lacks). Going there at once, rather than item by item, keeps a
                    // line of a quote (`>`) under a list nested thousands deep from costing the depth.
                    matched = nextQuotePlace(after: matched)
                    continue
                }
                guard nextColumn >= Int(nodes[container].indent) else { break matching }
                // Consume indentation up to the item's content column; deeper indentation stays.
                var p = position
                var c = column
                while p < next, c < Int(nodes[container].indent) {
                    c = bytes[p] == UInt8(ascii: "\t") ? (c / 4 + 1) * 4 : c + 1
                    p += 1
                }
                position = p
                column = c
                matched += 1
            default:
                break matching
            }
        }

        let blank = scanner.isBlank(from: position, to: lineEnd)
        if matched < stack.count, paragraph >= 0, !blank,
            !scanner.startsBlock(from: position, to: lineEnd, column: column) || numberCannotInterrupt(from: position, end: lineEnd, matched: matched)
        {
            if lazyHeading != nil, endsContainersAsHeading(start: lineStart, end: lineEnd, position: position) {
                // Every container closes below, and the line starts a paragraph at the top.
                matched = 1
            } else {
                // A lazy continuation: the paragraph goes on although its containers' markers are missing.
                let first = scanner.skipSpaces(from: position, column: column, end: lineEnd, limit: Int.max).0
                addParagraphLine(SourceRange(first, lineEnd))
                return
            }
        }
        if matched < stack.count { closeContainers(downTo: matched) }

        // Open new containers.
        var breakScan: BlockScanner.ThematicBreakScan?
        // The first non-space byte after the containers: where the leaf's text starts.
        var first = position
        while true {
            let (next, nextColumn) = scanner.skipSpaces(from: position, column: column, end: lineEnd, limit: Int.max)
            // Most lines start with a letter: only `>`, `-`, `*`, `+`, digits and bullet characters
            // can open a container.
            guard next < lineEnd, Self.mayOpenContainer(bytes[next]) else {
                first = next
                break
            }
            if bytes[next] == UInt8(ascii: ">"), nextColumn - column < 4 {
                closeLeaves()
                if nodes[Int(stack[stack.count - 1])].kind == .list { closeContainers(downTo: stack.count - 1) }
                let quote = append(.blockQuote, range: SourceRange(next, lineEnd), content: SourceRange(next, next), to: stack[stack.count - 1])
                quotePlaces.append(stack.count)
                stack.append(quote)
                position = next + 1
                column = nextColumn + 1
                if position < lineEnd, bytes[position] == UInt8(ascii: " ") {
                    position += 1
                    column += 1
                }
                continue
            }
            if let marker = scanner.listMarker(at: next, end: lineEnd), !scanner.isThematicBreak(from: next, to: lineEnd, scan: &breakScan),
                !(paragraph >= 0 && marker.ordered && number(at: next) >= BlockParser.largestInterruptingNumber)
            {
                closeLeaves()
                var top = stack[stack.count - 1]
                if nodes[Int(top)].kind == .list, nodes[Int(top)].level != (marker.ordered ? 1 : 0) {
                    closeContainers(downTo: stack.count - 1)
                    top = stack[stack.count - 1]
                }
                var startsSection = false
                if marker.ordered, stack.count == 2, next == lineStart, nodes[Int(top)].kind == .list, lazyHeading != nil {
                    let split = numberedSection(list: top, marker: next, text: SourceRange(marker.end, lineEnd))
                    if split.newList {
                        closeContainers(downTo: 1)
                        top = stack[0]
                        startsSection = split.heading
                    }
                }
                if nodes[Int(top)].kind != .list {
                    var list = Node(kind: .list, range: SourceRange(next, lineEnd), content: SourceRange(next, next))
                    list.level = marker.ordered ? 1 : 0
                    top = append(list, to: top)
                    stack.append(top)
                    if startsSection { sectionList = top }
                }
                // A bullet character of several bytes takes one column.
                let markerColumn = nextColumn + (bytes[next] < 0x80 ? marker.end - next : 1)
                var contentStart = marker.end
                var contentColumn = markerColumn
                var spaces = 0
                while contentStart < lineEnd, scanner.isSpace(bytes[contentStart]), spaces < 5 {
                    contentColumn = bytes[contentStart] == UInt8(ascii: "\t") ? (contentColumn / 4 + 1) * 4 : contentColumn + 1
                    contentStart += 1
                    spaces += 1
                }
                if spaces == 0 || spaces > 4 || contentStart >= lineEnd {
                    // Content on the next line, or indented code: the content column is one past the marker.
                    contentColumn = markerColumn + 1
                    contentStart = min(marker.end + (spaces > 0 ? 1 : 0), lineEnd)
                }
                // The item's content is the rest of its first line, trailing spaces excluded.
                let textEnd = scanner.trimTrailing(SourceRange(next, lineEnd)).end
                var item = Node(kind: .listItem, range: SourceRange(next, textEnd), content: SourceRange(min(contentStart, textEnd), textEnd))
                item.indent = Int32(contentColumn)
                if let task = scanner.taskMarker(at: contentStart, end: lineEnd) {
                    item.task = task.state
                    contentStart = task.end
                    item.content = SourceRange(min(contentStart, textEnd), textEnd)
                }
                let itemIndex = append(item, to: top)
                stack.append(itemIndex)
                position = contentStart
                column = contentColumn
                continue
            }
            first = next
            break
        }
        // A list with no new item on this line ends here, unless the line is blank.
        if !blank, nodes[Int(stack[stack.count - 1])].kind == .list {
            closeContainers(downTo: stack.count - 1)
        }

        addLeaf(first: first, end: lineEnd, blank: blank)
    }

    /// Whether a line that would continue the open paragraph lazily is a heading that ends the
    /// open lists and block quotes (`lazyHeading`): it stands at the left margin, and the
    /// paragraph is a list item's or a quote's (`> "I want to see Dad."⏎Kirsty's views`, a
    /// child's words quoted in a record pasted with no blank lines). Asked with the paragraph's
    /// last line and the next line.
    @inline(never)
    private func endsContainersAsHeading(start lineStart: Int, end lineEnd: Int, position: Int) -> Bool {
        guard let lazyHeading, position == lineStart, stack.count > 1, nodes[Int(stack[1])].kind == .list || nodes[Int(stack[1])].kind == .blockQuote,
            !scanner.isSpace(bytes[lineStart])
        else { return false }
        let last = nodes[Int(paragraph)].lastChild
        guard last >= 0 else { return false }
        let line = LazyLine(
            text: scanner.trimTrailing(SourceRange(lineStart, lineEnd)), previous: nodes[Int(last)].range,
            previousIsField: nodes[Int(last)].kind == .fieldLine, next: nextLine(after: lineStart))
        return lazyHeading(source.bytes, line)
    }

    /// Whether a numbered item at the left margin (its marker at `marker`, its text after it at
    /// `text`) starts a list of its own rather than going on the open top-level numbered `list`,
    /// and whether it is a heading (`lazyHeading`). A word processor's numbered headings, pasted
    /// with their text straight after them, read in markdown as one list whose items hold the
    /// record's sections (`6. New information⏎Dr Ferris said …⏎7. Lily's views⏎Lily said …⏎8.
    /// Plan⏎1. Nina Shah to …⏎2. …`). An item starts a list of its own when
    /// - it is a heading (or, after an item that holds text, shaped as one: `afterSectionText`),
    ///   and the item before it holds text after its first line at the left margin (`7. Lily's
    ///   views`), or its number does not follow the one before (`9. Contingency` after `2.`, the
    ///   plan's last action), or the item before is prose, no heading: more than a line, or a
    ///   line ending with a full stop (`4. What Jayden told us:` after `3. Kyle Bennett to
    ///   arrange a reading assessment …`, when the plan's numbers and the headings' follow on);
    /// - the list was started so, for a heading (`8. Plan`): the item after it (`1. Nina Shah to
    ///   …`) is its section's;
    /// - its number goes back (`1.` after `8.`) after a list of one item, one line long, that is
    ///   a heading.
    /// An agenda's items (`1. Introductions⏎2. Apologies⏎3. Review of actions`) are none of these:
    /// they stay one list, and no heading.
    private func numberedSection(list: Int32, marker: Int, text: SourceRange) -> (newList: Bool, heading: Bool) {
        guard let lazyHeading else { return (false, false) }
        let last = nodes[Int(list)].lastChild
        guard last >= 0 else { return (false, false) }
        let trimmed = scanner.trim(text)
        guard !trimmed.isEmpty else { return (list == sectionList, false) }
        // The item before: its first paragraph's lines.
        let paragraph = nodes[Int(last)].firstChild
        let firstLine = paragraph >= 0 && nodes[Int(paragraph)].kind == .paragraph ? nodes[Int(paragraph)].firstChild : -1
        let lastLine = paragraph >= 0 && nodes[Int(paragraph)].kind == .paragraph ? nodes[Int(paragraph)].lastChild : -1
        let previous = lastLine >= 0 ? nodes[Int(lastLine)].range : nodes[Int(last)].range
        // Text pasted after a heading stands at the left margin, where markdown reads it as more
        // of the item; an action's own lines (`   Outcome: …`) are indented.
        let holdsText = firstLine >= 0 && firstLine != lastLine && atLeftMargin(nodes[Int(lastLine)].range.start)
        func isHeading() -> Bool {
            // A heading is short and ends with no full stop; most numbered items are actions,
            // passed over without a look-up.
            guard trimmed.count <= 80, bytes[trimmed.end - 1] != UInt8(ascii: ".") else { return false }
            let isField = lastLine >= 0 && nodes[Int(lastLine)].kind == .fieldLine
            let line = LazyLine(text: trimmed, previous: previous, previousIsField: isField, next: nextLine(after: marker), afterSectionText: holdsText)
            return lazyHeading(source.bytes, line)
        }
        if list == sectionList { return (true, isHeading()) }
        let own = number(at: marker)
        let before = number(at: nodes[Int(last)].range.start)
        // A heading alone, then a number lower than its own (`3. Review of previous actions:⏎1.
        // Martin Shaw to …`). Asked first: the number does not follow, which the test below
        // also takes, but of this item rather than the one before.
        if own < before, !holdsText, nodes[Int(list)].firstChild == last, firstLine >= 0, firstLine == lastLine {
            let alone = LazyLine(text: nodes[Int(firstLine)].range, previous: SourceRange(marker, marker), previousIsField: false, next: trimmed)
            if lazyHeading(source.bytes, alone) { return (true, false) }
        }
        let previousIsProse = firstLine != lastLine || (previous.count > 0 && bytes[previous.end - 1] == UInt8(ascii: "."))
        if holdsText || own != before + 1 || previousIsProse { return isHeading() ? (true, true) : (false, false) }
        return (false, false)
    }

    /// The numbers from which a numbered line does not start a list where it would go on a
    /// paragraph: wrapped prose whose line starts with a year (`… on 11th October⏎2025. No one
    /// was arrested`) is more of the paragraph. CommonMark lets only `1.` start a list there; the
    /// dialect lets smaller numbers do so too, as a word processor's numbered headings are pasted
    /// with no blank line before them (`To review the plan.⏎2. Apologies`).
    static let largestInterruptingNumber = 100

    /// Whether the line from `start` is a numbered item that cannot start a list where it would
    /// go on the open paragraph (`largestInterruptingNumber`), when its containers are not all
    /// matched: unless it is another item of the numbered list it stands in, it goes on the
    /// paragraph lazily.
    private func numberCannotInterrupt(from start: Int, end: Int, matched: Int) -> Bool {
        let first = scanner.skipSpaces(from: start, column: 0, end: end, limit: Int.max).0
        guard first < end, bytes[first] >= UInt8(ascii: "0"), bytes[first] <= UInt8(ascii: "9"), let marker = scanner.listMarker(at: first, end: end),
            marker.ordered, number(at: first) >= BlockParser.largestInterruptingNumber
        else { return false }
        let container = stack[matched - 1]
        return !(nodes[Int(container)].kind == .list && nodes[Int(container)].level == 1)
    }

    /// The record's line after the one holding `offset`, trimmed, or nil after the last
    /// (`LazyLine.next`).
    private func nextLine(after offset: Int) -> SourceRange? {
        let next = source.lineIndex(of: offset) + 1
        return next < source.lineCount ? scanner.trim(source.lineContent(next)) : nil
    }

    /// Whether `offset` starts its line.
    private func atLeftMargin(_ offset: Int) -> Bool { offset == 0 || bytes[offset - 1] == UInt8(ascii: "\n") }

    /// The number of a numbered item's marker at `start` (`markerNumber(at:in:)`).
    private func number(at start: Int) -> Int { BlockParser.markerNumber(at: start, in: bytes) }

    /// The number of a numbered item's marker at `start` of `bytes`: its digits, nine at most (0
    /// if none).
    @inline(__always)
    static func markerNumber<Bytes: RandomAccessCollection<UInt8>>(at start: Int, in bytes: Bytes) -> Int where Bytes.Index == Int {
        var value = 0
        var index = start
        while index < bytes.endIndex, index - start < 9, bytes[index] >= UInt8(ascii: "0"), bytes[index] <= UInt8(ascii: "9") {
            value = value * 10 + Int(bytes[index] - UInt8(ascii: "0"))
            index += 1
        }
        return value
    }

    /// Adds the text from `first`, the line's first non-space byte after its containers' markers.
    private mutating func addLeaf(first: Int, end: Int, blank: Bool) {
        if blank {
            closeLeaves()
            return
        }
        let text = scanner.trimTrailing(SourceRange(first, end))
        if text.isEmpty {
            // Only container markers (`- `, `- [ ]`, `>`): the containers are open and still empty.
            closeLeaves()
            lastContentEnd = scanner.trimTrailing(SourceRange(0, end)).end
            return
        }
        if !Self.mayStartLeafBlock(bytes[first]) {
            addPlainText(text, end: end)
            return
        }
        let parent = stack[stack.count - 1]
        defer { lastContentEnd = text.end }
        // Only the recognisers the first byte can start are tried (all of them the long way).
        let tests = shortcuts ? LeafTests(startingWith: bytes[first]) : .all

        if tests.contains(.heading), let heading = scanner.atxHeading(from: first, to: end) {
            closeLeaves()
            let node = append(.heading, range: text, content: heading.text, to: parent)
            nodes[Int(node)].level = Int8(heading.level)
            return
        }
        if tests.contains(.fence), let open = scanner.fenceOpening(from: first, to: end) {
            closeLeaves()
            let nextLine = source.lineIndex(of: end) + 1
            let bodyStart = nextLine < source.lineStarts.count ? source.lineStarts[nextLine] : bytes.count
            var node = Node(kind: .codeBlock, range: text, content: SourceRange(bodyStart, bodyStart))
            node.key = scanner.trim(SourceRange(open.infoStart, end))
            fence = append(node, to: parent)
            fenceMarker = open.marker
            fenceLength = open.length
            return
        }
        if tests.contains(.comment), scanner.starts(with: "<!--", at: first, end: end) {
            closeLeaves()
            addComments(from: first, to: end)
            return
        }
        if tests.contains(.setextUnderline), let setextLevel = scanner.setextUnderline(text), paragraph >= 0, setextCandidate(paragraph) {
            let line = nodes[Int(paragraph)].firstChild
            nodes[Int(paragraph)].kind = .heading
            nodes[Int(paragraph)].level = Int8(setextLevel)
            nodes[Int(paragraph)].content = nodes[Int(line)].content
            nodes[Int(paragraph)].range.end = text.end
            nodes[Int(paragraph)].firstChild = -1
            nodes[Int(paragraph)].lastChild = -1
            removeIfLast(line)
            paragraph = -1
            return
        }
        if tests.contains(.thematicBreak), scanner.isThematicBreak(from: first, to: end) {
            closeLeaves()
            append(.thematicBreak, range: text, content: SourceRange(first, first), to: parent)
            return
        }
        // Whether the line has a pipe matters only to a delimiter row and to an open table.
        let hasPipe = (tests.contains(.delimiterRow) || table >= 0) && scanner.find("|", from: first, to: end) != nil
        if hasPipe, tests.contains(.delimiterRow), scanner.isDelimiterRow(text) {
            if table >= 0 {
                addTableRow(text, delimiter: true)
                return
            }
            if paragraph >= 0, nodes[Int(paragraph)].firstChild == nodes[Int(paragraph)].lastChild {
                // A header row without a leading pipe: the one-line paragraph becomes the table's header.
                let line = nodes[Int(paragraph)].firstChild
                let header = nodes[Int(line)].range
                nodes[Int(paragraph)].kind = .table
                nodes[Int(paragraph)].content = SourceRange(header.start, header.start)
                nodes[Int(paragraph)].firstChild = -1
                nodes[Int(paragraph)].lastChild = -1
                removeIfLast(line)
                table = paragraph
                paragraph = -1
                addTableRow(header, delimiter: false)
                addTableRow(text, delimiter: true)
                return
            }
            if paragraph >= 0, splitTableHeader(from: paragraph) {
                addTableRow(text, delimiter: true)
                return
            }
        }
        if bytes[first] == UInt8(ascii: "|") || (table >= 0 && hasPipe) {
            if table < 0 {
                closeLeaves()
                table = append(.table, range: text, content: SourceRange(first, first), to: parent)
            }
            addTableRow(text, delimiter: false)
            return
        }
        if table >= 0 { closeLeaves() }
        addParagraphLine(text)
    }

    /// Adds a line of plain text, `text` (trailing spaces trimmed; the line ends at `end`), whose
    /// first byte is not a space and can start no leaf block (no heading, fence, comment,
    /// underline, break or delimiter row): a row of the open table if it has a pipe, otherwise a
    /// paragraph line (outside a table a pipe later in the line means nothing).
    @inline(__always)
    private mutating func addPlainText(_ text: SourceRange, end: Int) {
        if table >= 0 {
            if scanner.find("|", from: text.start, to: end) != nil {
                addTableRow(text, delimiter: false)
                return
            }
            closeLeaves()
        }
        addParagraphLine(text)
    }

    /// Reads `<!-- … -->` comments from `start` to the line's end, and text after the last one
    /// (`<!-- note --> Mum agreed`) as a paragraph line. An unclosed comment takes the next lines.
    private mutating func addComments(from start: Int, to end: Int) {
        var next = start
        while true {
            let text = scanner.trim(SourceRange(next, end))
            guard !text.isEmpty else { return }
            guard scanner.starts(with: "<!--", at: text.start, end: end) else {
                addParagraphLine(text)
                return
            }
            let parent = stack[stack.count - 1]
            var node = Node(kind: .htmlComment, range: text, content: SourceRange(text.start + 4, end))
            guard let close = scanner.find("-->", from: text.start + 4, to: end) else {
                comment = append(node, to: parent)
                return
            }
            node.range.end = close + 3
            node.content.end = close
            append(node, to: parent)
            next = close + 3
        }
    }

    /// When a `|---|` line follows a paragraph of several lines whose last line has a pipe, that
    /// line is the table's header: it leaves the paragraph and becomes the table.
    private mutating func splitTableHeader(from paragraph: Int32) -> Bool {
        let line = nodes[Int(paragraph)].lastChild
        guard line >= 0, Int(line) == nodes.count - 1 else { return false }
        let header = nodes[Int(line)].range
        guard scanner.find("|", from: header.start, to: header.end) != nil else { return false }
        var previous = nodes[Int(paragraph)].firstChild
        while previous >= 0, nodes[Int(previous)].nextSibling != line { previous = nodes[Int(previous)].nextSibling }
        guard previous >= 0 else { return false }
        nodes[Int(previous)].nextSibling = -1
        nodes[Int(paragraph)].lastChild = previous
        nodes[Int(paragraph)].range.end = nodes[Int(previous)].range.end
        nodes[Int(paragraph)].content.end = nodes[Int(previous)].range.end
        // The header line's node, the last one made, is reused as the table.
        let parent = nodes[Int(paragraph)].parent
        nodes[Int(line)] = Node(kind: .table, range: header, content: SourceRange(header.start, header.start))
        nodes[Int(line)].parent = parent
        nodes[Int(paragraph)].nextSibling = line
        nodes[Int(parent)].lastChild = line
        closeLeaves()
        table = line
        addTableRow(header, delimiter: false)
        return true
    }

    /// Drops a node that was just unlinked from the tree, so that every node stays reachable.
    /// (It is always the last one made; one that was not would be left out of the tree, which
    /// would then no longer hold every node in document order.)
    private mutating func removeIfLast(_ index: Int32) {
        if Int(index) == nodes.count - 1 {
            nodes.removeLast()
        } else {
            nodesInDocumentOrder = false
        }
    }

    private mutating func addParagraphLine(_ text: SourceRange) {
        if paragraph < 0 {
            paragraph = append(.paragraph, range: text, content: text, to: stack[stack.count - 1])
        }
        if let field = FieldLineShape.match(bytes, text) {
            let line = append(.fieldLine, range: text, content: field.value, to: paragraph)
            nodes[Int(line)].key = field.key
        } else {
            append(.textLine, range: text, content: text, to: paragraph)
        }
        nodes[Int(paragraph)].range.end = text.end
        nodes[Int(paragraph)].content.end = text.end
        lastContentEnd = text.end
    }

    private mutating func addTableRow(_ text: SourceRange, delimiter: Bool) {
        let firstCell = Int32(cells.count)
        var start = text.start
        var end = text.end
        if start < end, bytes[start] == UInt8(ascii: "|") { start += 1 }
        if end > start, bytes[end - 1] == UInt8(ascii: "|"), !(end - 2 >= start && bytes[end - 2] == UInt8(ascii: "\\")) {
            end -= 1
        }
        // A cell ends at each pipe not escaped with a backslash, and at the end; memchr finds the pipes.
        var cellStart = start
        var index = start
        while true {
            var pipe = end
            if index < end, let base = bytes.baseAddress, let found = memchr(base + index, Int32(UInt8(ascii: "|")), end - index) {
                pipe = UnsafeRawPointer(found) - UnsafeRawPointer(base)
            }
            if pipe < end, pipe != start, bytes[pipe - 1] == UInt8(ascii: "\\") {
                index = pipe + 1
                continue
            }
            cells.append(scanner.trim(SourceRange(cellStart, pipe)))
            if pipe == end { break }
            cellStart = pipe + 1
            index = pipe + 1
        }
        if delimiter, nodes[Int(table)].lastChild >= 0 {
            let previous = nodes[Int(table)].lastChild
            if !nodes[Int(previous)].isDelimiter { nodes[Int(previous)].isHeader = true }
        }
        let row = Int(append(.tableRow, range: text, content: text, to: table))
        nodes[row].isDelimiter = delimiter
        nodes[row].cellStart = firstCell
        nodes[row].cellCount = Int32(cells.count) - firstCell
        nodes[Int(table)].range.end = text.end
        lastContentEnd = text.end
    }

    /// The place in `stack` of the first open block quote above `place`, or `stack.count`.
    private func nextQuotePlace(after place: Int) -> Int {
        let next = quotePlaces.partitionPoint { $0 <= place }
        return next < quotePlaces.count ? quotePlaces[next] : stack.count
    }

    // MARK: - Closing

    /// Ends the open paragraph and table.
    private mutating func closeLeaves() {
        paragraph = -1
        table = -1
    }

    /// Closes containers until `count` remain on the stack.
    private mutating func closeContainers(downTo count: Int) {
        closeLeaves()
        while stack.count > max(1, count) {
            let index = stack.removeLast()
            nodes[Int(index)].range.end = max(nodes[Int(index)].range.start, lastContentEnd)
            if nodes[Int(index)].kind == .blockQuote { quotePlaces.removeLast() }
        }
    }

    private mutating func finish() {
        // An unclosed block runs to the end of the record's last non-blank line.
        if fence >= 0 {
            problems.append(ParseProblem(kind: .unclosedCodeBlock, range: nodes[Int(fence)].range))
            let end = max(nodes[Int(fence)].range.end, lastContentEnd)
            let bodyStart = min(nodes[Int(fence)].content.start, end)
            nodes[Int(fence)].range.end = end
            nodes[Int(fence)].content = SourceRange(bodyStart, end)
            fence = -1
        }
        if comment >= 0 {
            problems.append(ParseProblem(kind: .unclosedComment, range: SourceRange(nodes[Int(comment)].range.start, nodes[Int(comment)].range.start + 4)))
            nodes[Int(comment)].range.end = max(nodes[Int(comment)].range.end, lastContentEnd)
            nodes[Int(comment)].content.end = max(nodes[Int(comment)].content.start, lastContentEnd)
            comment = -1
        }
        closeContainers(downTo: 1)
    }

    // MARK: - Tree building

    /// Adds `node` as `parent`'s last child; returns its index.
    @discardableResult @inline(__always)
    private mutating func append(_ node: Node, to parent: Int32) -> Int32 {
        var node = node
        node.parent = parent
        return nodes.appendChild(node)
    }

    /// `append(_:to:)` for a node with only a kind, range and content.
    @discardableResult @inline(__always)
    private mutating func append(_ kind: NodeKind, range: SourceRange, content: SourceRange, to parent: Int32) -> Int32 {
        var node = Node(kind: kind, range: range, content: content)
        node.parent = parent
        return nodes.appendChild(node)
    }

    // MARK: - Recognisers

    /// `>`, `-`, `*`, `+`, a digit, or the first byte of a bullet character (`C2`, `E2`, `EF`:
    /// `BlockScanner.bulletLength`): a byte a block quote or list marker can start with.
    @inline(__always)
    static func mayOpenContainer(_ byte: UInt8) -> Bool {
        byte < 64 ? (0x43FF_2C00_0000_0000 as UInt64) >> UInt64(byte) & 1 != 0 : byte == 0xE2 || byte == 0xC2 || byte == 0xEF
    }

    /// A byte an ATX heading (`#`), fence (`` ` `` `~`), comment (`<`), setext underline (`=` `-`),
    /// thematic break (`-` `*` `_`) or table line (`|` `-` `:`) can start with.
    @inline(__always)
    static func mayStartLeafBlock(_ byte: UInt8) -> Bool {
        if byte < 64 { return (0x3400_2408_0000_0000 as UInt64) >> UInt64(byte) & 1 != 0 }
        if byte < 128 { return (0x5000_0001_8000_0000 as UInt64) >> UInt64(byte - 64) & 1 != 0 }
        return false
    }

    /// The leaf recognisers a line's first byte can start: `#` only a heading, `-` an underline,
    /// a break or a delimiter row, and so on (see `mayStartLeafBlock`).
    struct LeafTests: OptionSet {
        let rawValue: UInt8

        static let heading = LeafTests(rawValue: 1)
        static let fence = LeafTests(rawValue: 2)
        static let comment = LeafTests(rawValue: 4)
        static let setextUnderline = LeafTests(rawValue: 8)
        static let thematicBreak = LeafTests(rawValue: 16)
        static let delimiterRow = LeafTests(rawValue: 32)
        static let all: LeafTests = [.heading, .fence, .comment, .setextUnderline, .thematicBreak, .delimiterRow]

        init(rawValue: UInt8) { self.rawValue = rawValue }

        /// The tests for a line whose first (non-space) byte is `byte`.
        @inline(__always)
        init(startingWith byte: UInt8) {
            switch byte {
            case UInt8(ascii: "#"): self = .heading
            case UInt8(ascii: "`"), UInt8(ascii: "~"): self = .fence
            case UInt8(ascii: "<"): self = .comment
            case UInt8(ascii: "="): self = .setextUnderline
            case UInt8(ascii: "-"): self = [.setextUnderline, .thematicBreak, .delimiterRow]
            case UInt8(ascii: "*"), UInt8(ascii: "_"): self = .thematicBreak
            case UInt8(ascii: "|"), UInt8(ascii: ":"): self = .delimiterRow
            default: self = []
            }
        }
    }

    /// Only a one-line paragraph of plain text becomes a setext heading.
    // Inlined: a call would copy the whole parser to pass it.
    @inline(__always)
    private func setextCandidate(_ paragraph: Int32) -> Bool {
        let firstChild = nodes[Int(paragraph)].firstChild
        return firstChild >= 0 && firstChild == nodes[Int(paragraph)].lastChild && nodes[Int(firstChild)].kind == .textLine
    }
}

/// The block parser's recognisers: tests of a line's bytes that read nothing else.
///
/// They live apart from `BlockParser` so that a call the compiler does not inline (the parser's
/// line functions are too large for it to inline them all) passes only the scanner's two words:
/// a method of the parser itself would be called on a copy of the whole parser (about 190 bytes,
/// copied with memcpy for each call).
struct BlockScanner {
    /// The record's bytes, valid only while the parser that made the scanner is.
    let bytes: UnsafeBufferPointer<UInt8>

    /// Whether a line could stand in YAML front matter: blank, a comment, a `key: value`, a list
    /// entry or an indented continuation. A line of prose means the opening `---` was a rule.
    func isYAMLShaped(_ range: SourceRange) -> Bool {
        guard range.start < range.end else { return true }
        let first = bytes[range.start]
        if isSpace(first) || first == UInt8(ascii: "#") || first == UInt8(ascii: "-") { return true }
        return find(":", from: range.start, to: range.end) != nil
    }

    func isDashLine(_ range: SourceRange, exactlyThree: Bool) -> Bool {
        var end = range.end
        while end > range.start, isSpace(bytes[end - 1]) { end -= 1 }
        guard end - range.start == 3 else { return false }
        return bytes[range.start] == UInt8(ascii: "-") && bytes[range.start + 1] == UInt8(ascii: "-")
            && bytes[range.start + 2] == UInt8(ascii: "-")
    }

    func isDotsLine(_ range: SourceRange) -> Bool {
        let trimmed = trim(range)
        return trimmed.count == 3 && bytes[trimmed.start] == UInt8(ascii: ".")
            && bytes[trimmed.start + 1] == UInt8(ascii: ".") && bytes[trimmed.start + 2] == UInt8(ascii: ".")
    }

    /// A `key: value` front-matter line. Quotes around the key or the value are dropped, and so is
    /// a YAML comment after the value (` # …`, or a value that is only `# …`).
    func frontMatterField(_ range: SourceRange) -> (key: SourceRange, value: SourceRange)? {
        guard range.count > 0, !isSpace(bytes[range.start]), bytes[range.start] != UInt8(ascii: "#"),
            bytes[range.start] != UInt8(ascii: "-")
        else { return nil }
        var colon = range.start
        if isQuote(bytes[range.start]) {
            // `"key": value` — a quoted key may itself hold a colon.
            colon += 1
            while colon < range.end, bytes[colon] != bytes[range.start] { colon += 1 }
        }
        while colon < range.end, bytes[colon] != UInt8(ascii: ":") { colon += 1 }
        guard colon < range.end else { return nil }
        let key = unquoted(trim(SourceRange(range.start, colon)))
        guard !key.isEmpty else { return nil }
        var value = trim(SourceRange(colon + 1, range.end))
        if value.start < value.end, isQuote(bytes[value.start]) {
            let quote = bytes[value.start]
            var close = value.end - 1
            while close > value.start, bytes[close] != quote { close -= 1 }
            if close > value.start, isBlank(from: close + 1, to: value.end) || isComment(from: close + 1, to: value.end) {
                value = SourceRange(value.start + 1, close)
            }
        } else {
            // memchr finds each `#`; most values have none.
            var index = value.start
            while let hash = find("#", from: index, to: value.end) {
                if hash == value.start || isSpace(bytes[hash - 1]) {
                    value = trim(SourceRange(value.start, hash))
                    break
                }
                index = hash + 1
            }
        }
        return (key, value)
    }

    func isQuote(_ byte: UInt8) -> Bool { byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") }

    /// Whether the span is spaces and then a ` # comment`.
    func isComment(from start: Int, to end: Int) -> Bool {
        let first = skipSpaces(from: start, column: 0, end: end, limit: Int.max).0
        return first > start && first < end && bytes[first] == UInt8(ascii: "#")
    }

    /// The span without one pair of matching quotes around it.
    func unquoted(_ range: SourceRange) -> SourceRange {
        guard range.count >= 2, isQuote(bytes[range.start]), bytes[range.end - 1] == bytes[range.start] else { return range }
        return SourceRange(range.start + 1, range.end - 1)
    }

    @inline(__always)
    func isSpace(_ byte: UInt8) -> Bool { byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }

    @inline(__always)
    func isLetter(_ byte: UInt8) -> Bool { FieldLineShape.isLetter(byte) }

    @inline(__always)
    func isBlank(from start: Int, to end: Int) -> Bool {
        var index = start
        while index < end {
            if !isSpace(bytes[index]) { return false }
            index += 1
        }
        return true
    }

    /// Skips spaces and tabs (tabs to the next multiple of 4), at most `limit` columns' worth.
    @inline(__always)
    func skipSpaces(from start: Int, column: Int, end: Int, limit: Int) -> (Int, Int) {
        var index = start
        var col = column
        while index < end, isSpace(bytes[index]) {
            let next = bytes[index] == UInt8(ascii: "\t") ? (col / 4 + 1) * 4 : col + 1
            if next - column > limit { break }
            col = next
            index += 1
        }
        return (index, col)
    }

    @inline(__always)
    func trim(_ range: SourceRange) -> SourceRange {
        var start = range.start
        var end = range.end
        while start < end, isSpace(bytes[start]) { start += 1 }
        while end > start, isSpace(bytes[end - 1]) { end -= 1 }
        return SourceRange(start, end)
    }

    @inline(__always)
    func trimTrailing(_ range: SourceRange) -> SourceRange {
        var end = range.end
        while end > range.start, isSpace(bytes[end - 1]) { end -= 1 }
        return SourceRange(range.start, end)
    }

    @inline(__always)
    func starts(with literal: StaticString, at index: Int, end: Int) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard index + count <= end else { return false }
        let pointer = literal.utf8Start
        for offset in 0..<count where bytes[index + offset] != pointer[offset] { return false }
        return true
    }

    /// Where `literal` first occurs in `start..<end`; `memchr` finds the candidates for its first
    /// byte many bytes at a time.
    @inline(__always)
    func find(_ literal: StaticString, from start: Int, to end: Int) -> Int? {
        let count = literal.utf8CodeUnitCount
        guard count > 0, end - start >= count, let base = bytes.baseAddress else { return nil }
        let first = Int32(literal.utf8Start[0])
        var index = start
        while index + count <= end {
            guard let found = memchr(base + index, first, end - count + 1 - index) else { return nil }
            index = UnsafeRawPointer(found) - UnsafeRawPointer(base)
            if starts(with: literal, at: index, end: end) { return index }
            index += 1
        }
        return nil
    }

    /// Whether the text at `start` would open a block of its own rather than continue a paragraph.
    @inline(__always)
    func startsBlock(from start: Int, to end: Int, column: Int) -> Bool {
        let first = skipSpaces(from: start, column: column, end: end, limit: Int.max).0
        guard first < end else { return true }
        let byte = bytes[first]
        if byte == UInt8(ascii: ">") || byte == UInt8(ascii: "|") { return true }
        if listMarker(at: first, end: end) != nil { return true }
        if atxHeading(from: first, to: end) != nil { return true }
        if fenceOpening(from: first, to: end) != nil { return true }
        if starts(with: "<!--", at: first, end: end) { return true }
        if isThematicBreak(from: first, to: end) { return true }
        return false
    }

    /// `#`–`######` followed by a space or the end of the line; also `##Attendance`, a common slip,
    /// when two or more `#`s stand right before a letter (`#hashtag` and `#3` stay text).
    @inline(__always)
    func atxHeading(from start: Int, to end: Int) -> (level: Int, text: SourceRange)? {
        var index = start
        while index < end, bytes[index] == UInt8(ascii: "#") { index += 1 }
        let level = index - start
        guard level >= 1, level <= 6 else { return nil }
        if index < end, !isSpace(bytes[index]) {
            guard level >= 2, isLetter(bytes[index]) else { return nil }
        }
        var text = trim(SourceRange(index, end))
        if text.isEmpty { return (level, SourceRange(index, index)) }
        // Drop a closing run of `#`s that stands after a space.
        var closing = text.end
        while closing > text.start, bytes[closing - 1] == UInt8(ascii: "#") { closing -= 1 }
        if closing < text.end, closing == text.start || isSpace(bytes[closing - 1]) {
            text = trim(SourceRange(text.start, closing))
        }
        return (level, text)
    }

    @inline(__always)
    func fenceOpening(from start: Int, to end: Int) -> (marker: UInt8, length: Int, infoStart: Int)? {
        guard start < end else { return nil }
        let marker = bytes[start]
        guard marker == UInt8(ascii: "`") || marker == UInt8(ascii: "~") else { return nil }
        var index = start
        while index < end, bytes[index] == marker { index += 1 }
        let length = index - start
        guard length >= 3 else { return nil }
        if marker == UInt8(ascii: "`"), find("`", from: index, to: end) != nil { return nil }
        return (marker, length, index)
    }

    @inline(__always)
    func closesFence(start: Int, end: Int, marker: UInt8, length: Int) -> Bool {
        var index = start
        while index < end, isSpace(bytes[index]) || bytes[index] == UInt8(ascii: ">") { index += 1 }
        let runStart = index
        while index < end, bytes[index] == marker { index += 1 }
        guard index - runStart >= length else { return false }
        return isBlank(from: index, to: end)
    }

    /// `-`, `*`, `+`, a bullet character pasted from a word processor (`bulletLength`), or 1–9
    /// digits and `.` or `)`, followed by a space, a tab or the line end.
    @inline(__always)
    func listMarker(at start: Int, end: Int) -> (end: Int, ordered: Bool)? {
        guard start < end else { return nil }
        let byte = bytes[start]
        if byte == UInt8(ascii: "-") || byte == UInt8(ascii: "*") || byte == UInt8(ascii: "+") {
            let after = start + 1
            guard after == end || isSpace(bytes[after]) else { return nil }
            return (after, false)
        }
        if byte >= 0x80 {
            let length = bulletLength(at: start, end: end)
            guard length > 0 else { return nil }
            let after = start + length
            guard after == end || isSpace(bytes[after]) else { return nil }
            return (after, false)
        }
        var index = start
        while index < end, index - start < 9, bytes[index] >= UInt8(ascii: "0"), bytes[index] <= UInt8(ascii: "9") { index += 1 }
        guard index > start, index < end, bytes[index] == UInt8(ascii: ".") || bytes[index] == UInt8(ascii: ")") else {
            return nil
        }
        let after = index + 1
        guard after == end || isSpace(bytes[after]) else { return nil }
        return (after, true)
    }

    /// The bytes of a bullet character at `start` that a list pasted from a word processor
    /// starts its items with, or 0: `•` (U+2022), `◦` (U+25E6), `▪` (U+25AA), `●` (U+25CF),
    /// `·` (U+00B7) and Word's Symbol-font bullet (U+F0B7). Each takes one column.
    func bulletLength(at start: Int, end: Int) -> Int {
        let byte = bytes[start]
        if byte == 0xC2 { return start + 1 < end && bytes[start + 1] == 0xB7 ? 2 : 0 }
        guard start + 2 < end else { return 0 }
        switch (byte, bytes[start + 1], bytes[start + 2]) {
        case (0xE2, 0x80, 0xA2), (0xE2, 0x97, 0xA6), (0xE2, 0x96, 0xAA), (0xE2, 0x97, 0x8F), (0xEF, 0x82, 0xB7): return 3
        default: return 0
        }
    }

    @inline(__always)
    func taskMarker(at start: Int, end: Int) -> (state: TaskState, end: Int)? {
        guard start + 3 <= end, bytes[start] == UInt8(ascii: "["), bytes[start + 2] == UInt8(ascii: "]") else { return nil }
        let state: TaskState
        switch bytes[start + 1] {
        case UInt8(ascii: " "): state = .open
        case UInt8(ascii: "x"), UInt8(ascii: "X"): state = .done
        default: return nil
        }
        guard start + 3 == end || isSpace(bytes[start + 3]) else { return nil }
        var after = start + 3
        while after < end, isSpace(bytes[after]) { after += 1 }
        return (state, after)
    }

    /// Three or more `-`, `*` or `_` (the same one) with only spaces between.
    @inline(__always)
    func isThematicBreak(from start: Int, to end: Int) -> Bool {
        var scan: ThematicBreakScan?
        return isThematicBreak(from: start, to: end, scan: &scan)
    }

    /// Where a thematic-break scan of a line failed: the marker, and the first byte that was
    /// neither it nor a space (or the line end, if there were too few markers).
    typealias ThematicBreakScan = (marker: UInt8, failure: Int)

    /// `isThematicBreak`, reusing an earlier failed scan of the same line: every later start with
    /// the same marker before the failure fails too. This keeps `- - - … text` linear.
    @inline(__always)
    func isThematicBreak(from start: Int, to end: Int, scan: inout ThematicBreakScan?) -> Bool {
        guard start < end else { return false }
        let marker = bytes[start]
        guard marker == UInt8(ascii: "-") || marker == UInt8(ascii: "*") || marker == UInt8(ascii: "_") else { return false }
        if let earlier = scan, earlier.marker == marker, start < earlier.failure { return false }
        var count = 0
        var index = start
        while index < end {
            if bytes[index] == marker {
                count += 1
            } else if !isSpace(bytes[index]) {
                scan = (marker, index)
                return false
            }
            index += 1
        }
        if count >= 3 { return true }
        scan = (marker, end)
        return false
    }

    /// A line of only `=` (level 1) or only `-` (level 2).
    @inline(__always)
    func setextUnderline(_ text: SourceRange) -> Int? {
        guard text.count > 0 else { return nil }
        let marker = bytes[text.start]
        guard marker == UInt8(ascii: "=") || marker == UInt8(ascii: "-") else { return nil }
        for index in text.start..<text.end where bytes[index] != marker { return nil }
        return marker == UInt8(ascii: "=") ? 1 : 2
    }

    /// `|---|:--:|` and the like: every cell is dashes with optional colons at the ends.
    @inline(__always)
    func isDelimiterRow(_ text: SourceRange) -> Bool {
        var dashes = 0
        for index in text.start..<text.end {
            switch bytes[index] {
            case UInt8(ascii: "-"): dashes += 1
            case UInt8(ascii: "|"), UInt8(ascii: ":"), UInt8(ascii: " "), UInt8(ascii: "\t"): continue
            default: return false
            }
        }
        return dashes > 0
    }
}

/// The cells of the tables' rows: appended through a pointer, with no uniqueness check per cell
/// (an array's `append` cost about as much as finding the cell), and handed over as an array
/// when the parse is done.
struct CellBuffer {
    private var base: UnsafeMutablePointer<SourceRange>?
    private(set) var count = 0
    private var capacity = 0

    @inline(__always)
    mutating func append(_ cell: SourceRange) {
        if count == capacity { grow() }
        (base! + count).initialize(to: cell)
        count += 1
    }

    @inline(never)
    private mutating func grow() {
        let size = max(64, capacity * 2)
        let larger = UnsafeMutablePointer<SourceRange>.allocate(capacity: size)
        if let base {
            larger.moveInitialize(from: base, count: count)
            base.deallocate()
        }
        base = larger
        capacity = size
    }

    /// The cells as an array; the buffer is empty after, and its memory freed.
    mutating func finish() -> [SourceRange] {
        guard let base else { return [] }
        let count = self.count
        let cells = [SourceRange](room: count) { buffer, initialized in
            if let target = buffer.baseAddress { target.moveInitialize(from: base, count: count) }
            initialized = count
        }
        base.deallocate()
        self.base = nil
        self.count = 0
        capacity = 0
        return cells
    }
}

/// The open containers' node indexes, outermost first, starting with the document (0): a stack
/// in memory of its own, read and written with no uniqueness check per access (an array's
/// `append` cost more than the rest of the work of opening a list item). `release()` frees it;
/// the stack must not be used after that.
struct ContainerStack {
    private var base: UnsafeMutablePointer<Int32>
    private(set) var count = 1
    private var capacity = 16

    init() {
        base = .allocate(capacity: capacity)
        base.initialize(to: 0)
    }

    subscript(index: Int) -> Int32 {
        @inline(__always) get {
            precondition(index >= 0 && index < count, "container index out of range")
            return base[index]
        }
    }

    @inline(__always)
    mutating func append(_ index: Int32) {
        if count == capacity { grow() }
        (base + count).initialize(to: index)
        count += 1
    }

    @inline(__always)
    mutating func removeLast() -> Int32 {
        precondition(count > 0, "no container to close")
        count -= 1
        return base[count]
    }

    @inline(never)
    private mutating func grow() {
        let larger = UnsafeMutablePointer<Int32>.allocate(capacity: capacity * 2)
        larger.moveInitialize(from: base, count: count)
        base.deallocate()
        base = larger
        capacity *= 2
    }

    /// Frees the stack's memory.
    mutating func release() {
        base.deallocate()
        count = 0
        capacity = 0
    }
}

/// The parser's nodes: a buffer read and written in place, with no uniqueness checks per access
/// (indexes are still checked: a wrong one stops the run). It begins in storage the caller lends (the
/// document's node array) and moves to memory of its own, doubling, if the nodes outgrow it.
/// `Node` is a trivial type, so nodes are moved and dropped as plain bytes.
struct NodeBuffer {
    private var base: UnsafeMutablePointer<Node>
    private(set) var count = 0
    private var capacity: Int
    /// Whether `base` was allocated here (the lent storage was outgrown).
    private var owned = false

    init(storage: UnsafeMutableBufferPointer<Node>) {
        guard let start = storage.baseAddress, storage.count > 0 else {
            base = .allocate(capacity: 16)
            capacity = 16
            owned = true
            return
        }
        base = start
        capacity = storage.count
    }

    subscript(index: Int) -> Node {
        @inline(__always) unsafeAddress {
            precondition(index >= 0 && index < count, "node index out of range")
            return UnsafePointer(base + index)
        }
        @inline(__always) nonmutating unsafeMutableAddress {
            precondition(index >= 0 && index < count, "node index out of range")
            return base + index
        }
    }

    /// Adds a node; returns its index.
    @discardableResult @inline(__always)
    mutating func append(_ node: Node) -> Int {
        if count == capacity { grow() }
        (base + count).initialize(to: node)
        count += 1
        return count - 1
    }

    /// Adds a node whose `parent` is set as that node's last child (linked from its parent and
    /// from the parent's last child until now); returns its index. The parent's index is checked
    /// once and the last child's once, not at each of the five reads and writes linking takes.
    @inline(__always)
    mutating func appendChild(_ node: Node) -> Int32 {
        let parent = Int(node.parent)
        precondition(parent >= 0 && parent < count, "node index out of range")
        // Added first, then linked: the buffer may move as it grows.
        if count == capacity { grow() }
        let index = Int32(count)
        (base + count).initialize(to: node)
        count += 1
        let parentNode = base + parent
        let last = Int(parentNode.pointee.lastChild)
        if last >= 0 {
            precondition(last < count, "node index out of range")
            base[last].nextSibling = index
        } else {
            parentNode.pointee.firstChild = index
        }
        parentNode.pointee.lastChild = index
        return index
    }

    mutating func removeLast() {
        assert(count > 0)
        count -= 1
    }

    /// Drops every node after the first `count` (`Node` is trivial: they are plain bytes).
    mutating func removeAll(after count: Int) {
        precondition(count >= 0 && count <= self.count, "node count out of range")
        self.count = count
    }

    @inline(never)
    private mutating func grow() {
        let size = max(16, capacity * 2)
        let larger = UnsafeMutablePointer<Node>.allocate(capacity: size)
        larger.moveInitialize(from: base, count: count)
        if owned { base.deallocate() }
        base = larger
        capacity = size
        owned = true
    }

    /// How many nodes are in the lent storage, or 0 and the nodes as an array when they outgrew
    /// it (the buffer's own memory is freed). The buffer must not be used again.
    mutating func finish() -> (inStorage: Int, outgrown: [Node]?) {
        guard owned else {
            // Let go of the lent storage: anything added later goes to memory of the buffer's own.
            let count = self.count
            self.count = 0
            capacity = 0
            return (count, nil)
        }
        let count = self.count
        let nodes = [Node](room: count) { buffer, initialized in
            if let target = buffer.baseAddress { target.moveInitialize(from: base, count: count) }
            initialized = count
        }
        base.deallocate()
        owned = false
        self.count = 0
        capacity = 0
        return (0, nodes)
    }
}
