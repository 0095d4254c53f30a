/// `child-identified`: who the meeting is about is identified.
struct ChildIdentified: BuiltInCheck {
    static let id = "child-identified"

    static let aboutWords: Set<UInt64> = Set(["for", "re", "regarding", "about", "concerning"].map(Tokenizer.foldedHash))

    func check(_ meeting: Meeting, _ context: CheckContext) -> [Finding] {
        if meeting.meaningfulValue(.child, placeholders: context.vocabulary.placeholders) != nil { return [] }
        // A title such as `TAC meeting for Sofia K.` or `Core group re: A.` names the child.
        for title in [meeting.field(.title)?.value, meeting.title].compactMap({ $0 }) {
            let bytes = Array(title.utf8)
            let tokens = Tokenizer.tokens(of: title)
            for (index, token) in tokens.enumerated() where ChildIdentified.aboutWords.contains(token.folded) {
                var next = index + 1
                while next < tokens.count, tokens[next].shape == .punctuation { next += 1 }
                guard next < tokens.count else { continue }
                let first = bytes[tokens[next].range.start]
                if tokens[next].isWord, first >= UInt8(ascii: "A"), first <= UInt8(ascii: "Z") { return [] }
            }
        }
        return [.missing("The record does not say which child or young person the meeting was about.")]
    }
}
