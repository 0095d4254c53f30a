import Testing

@testable import MeetingLintCore

/// `NodeBuffer.appendChild` stores a node and links it into its parent's children in one step;
/// the parser's old way, add the node and then link it with five checked accesses, is kept here
/// (on a plain array) as the reference. Both give the same links for random parents, in lent
/// storage and after the buffer outgrows it.
@Suite struct NodeLinkingTests {
    /// The old append-then-link, on an array.
    static func appendThenLink(_ nodes: inout [Node], _ node: Node, to parent: Int32) {
        nodes.append(node)
        let index = Int32(nodes.count - 1)
        nodes[Int(index)].parent = parent
        let last = nodes[Int(parent)].lastChild
        if last >= 0 {
            nodes[Int(last)].nextSibling = index
        } else {
            nodes[Int(parent)].firstChild = index
        }
        nodes[Int(parent)].lastChild = index
    }

    static func links(_ nodes: [Node]) -> [[Int32]] {
        nodes.map { [Int32($0.kind.rawValue), Int32($0.range.start), Int32($0.range.end), $0.parent, $0.firstChild, $0.lastChild, $0.nextSibling] }
    }

    @Test func appendChildLinksAsAppendThenLinkDoes() {
        var generator = SplitMix64(seed: 0x11_4e_c5)
        for round in 0..<300 {
            let lent = Int.random(in: 1...40, using: &generator)
            let storage = UnsafeMutableBufferPointer<Node>.allocate(capacity: lent)
            defer { storage.deallocate() }
            var buffer = NodeBuffer(storage: storage)
            let root = Node(kind: .document, range: SourceRange(0, 0), content: SourceRange(0, 0))
            buffer.append(root)
            var reference = [root]
            for step in 0..<Int.random(in: 0...120, using: &generator) {
                let parent = Int32(Int.random(in: 0..<reference.count, using: &generator))
                let kind = NodeKind.allCases.randomElement(using: &generator)!
                var node = Node(kind: kind, range: SourceRange(step, step + 1), content: SourceRange(step, step))
                NodeLinkingTests.appendThenLink(&reference, node, to: parent)
                node.parent = parent
                #expect(buffer.appendChild(node) == Int32(reference.count - 1))
            }
            let (inStorage, outgrown) = buffer.finish()
            let nodes = outgrown ?? Array(storage[0..<inStorage])
            #expect(outgrown == nil || reference.count > lent)
            #expect(NodeLinkingTests.links(nodes) == NodeLinkingTests.links(reference), "round \(round)")
        }
    }
}
