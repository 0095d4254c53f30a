#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

extension MeetingBuilder {
    // Folded hashes (`Tokenizer.foldedHash`) written out, each followed by its text: a lazy static
    // is checked (`swift_once`) at every read, and `ownerFirst` reads these at every action.
    // `DateWordLiteralTests` checks each against the hash of its text.
    static var toWord: UInt64 { 0x08C8_3907_B56A_C0A4 }  // to
    static var willWord: UInt64 { 0xA619_0AF6_555A_BF8D }  // will
    static var wouldWord: UInt64 { 0x7AA8_EE5E_8B93_B862 }  // would
    static var shouldWord: UInt64 { 0xA5F5_DAFC_AA01_716A }  // should
    static var shallWord: UInt64 { 0x6DCA_AB49_3A75_066D }  // shall
    static var mustWord: UInt64 { 0xB66C_6CA2_92E2_E7A8 }  // must
    static var beWord: UInt64 { 0x08A6_2F07_B54D_C940 }  // be

    /// The exact hash of the pronoun `I` (`writerOwner`).
    static let capitalI = Tokenizer.exactHash("I")
    /// The words an owner-first sentence's owner stands before: `to`, `will`, and `would`,
    /// `should`, `shall`, `must` (`It was agreed Tom would refer …`, `Mum should attend …`).
    @inline(__always)
    static func isOwnerVerb(_ hash: UInt64) -> Bool {
        hash == toWord || hash == willWord || hash == wouldWord || hash == shouldWord || hash == shallWord || hash == mustWord
    }
    static let agreedWords: TokenSet = TokenSet(words: ["agreed", "agrees", "has", "have", "is", "are", "offered", "offers"])
    static let determiners: TokenSet = TokenSet(words: ["the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "that", "these", "those", "all",
         "any", "each", "every", "some", "be", "mum's", "dad's"])
    static let notOwners: TokenSet = TokenSet(words: ["it", "this", "that", "there", "the", "a", "an", "these", "those", "which", "what", "who", "plan", "meeting",
         "he", "she", "they", "we", "i", "if", "when", "where", "and", "but", "or", "no", "not", "agreed", "following",
         "actions", "action", "nothing", "none", "need", "needs", "in", "on", "at", "for", "with", "due", "referral",
         "progress", "how", "why"])
    static let sentenceEnds: TokenSet = TokenSet(words: [".", ";", "!", "?", ":"])
    static let dashes: TokenSet = TokenSet(words: ["-", "\u{2013}", "\u{2014}", "|"])
    static let partSeparators: TokenSet = TokenSet(words: [";", ".", "-", "\u{2013}", "\u{2014}", "|", ",", "(", ")"])
    static var colon: UInt64 { 0xAF63_B74C_8601_ADAD }  // :
    static let verbLeads = TokenSet(words: ["to", "will", "should", "must", "can", "could", "would"])
    static let joinWords = TokenSet(words: ["and", "&", "/", "+", "dr", "mr", "mrs", "ms", "miss", "of"])
    static let ownerEnds: TokenSet = TokenSet(words: ["-", "\u{2013}", "\u{2014}", "|", ";"])
    static let whatKeys: Set<String> = ["action", "actionpoint", "agreedaction", "actionagreed", "newaction"]
    /// Whether a folded byte is the first of some what key's normal form (`whatKeys`: `a` or `n`):
    /// a key that starts with any other ASCII byte is none of them. Compared with the two bytes
    /// rather than looked up in a lazy list of them (checked at every read: `isWhatKey` is asked
    /// of every field line). `BuilderWordLiteralTests` checks it against the keys.
    @inline(__always)
    static func mayStartWhatKey(_ folded: UInt8) -> Bool { folded == UInt8(ascii: "a") || folded == UInt8(ascii: "n") }
    static var completeWord: UInt64 { 0x3112_EC9A_A29A_B642 }  // complete
    static let actionWord = Tokenizer.foldedHash("action")
    /// The most tokens an `Action:` value that names only its owner may have, a timescale after
    /// the name included (`ACTION: BC – weekly until the next core group on 03/06/2026`).
    static var longestOwnerValue: Int { 24 }
    static var andWord: UInt64 { 0xE6F7_9719_051F_F286 }  // and

    /// What reading a record's timescales needs: the vocabulary's reader and the meeting's dates.
    /// Taken once a record rather than once an action: `timescaleContext` is built afresh on every
    /// read, and a copy of the reader costs a retain. Neither changes while the actions are read.
    struct ActionTiming {
        let reader: TimescaleReader
        let context: TimescaleReader.Context
    }

    /// Where a part of an action stands and what its text is, before the part is made: plain
    /// values, so that setting, testing and moving them copies nothing. An `Action.Part` holds its
    /// text (or the record's bytes) in an enum, and every assignment of one went through its value
    /// witnesses (about 130 instructions each): an action's parts are found and completed as
    /// places, and each part is made once, as the action is (`made(_:)`).
    struct PartPlace {
        /// What the part's text is.
        enum Text {
            /// The plain text of `range`, which is never empty.
            case plain
            /// Empty: a key with nothing after it (`Owner:`).
            case empty
            /// `done` or `not yet done`: a previous action's task box.
            case done, notYetDone
        }

        var range: SourceRange
        var origin: Action.Origin
        var text: Text
        /// The part's tokens, where they are a run of one line's (`Action.Part.lineTokens`).
        var lineTokens: Range<Int>?

        /// Whether the text is empty (`Action.Part.isEmpty`).
        var isEmpty: Bool { text == .empty }
    }

    /// An action as it is read: `Action`'s fields, its parts as places (`PartPlace`). Made into
    /// the action once it is complete.
    struct ActionDraft {
        var range: SourceRange
        var what: PartPlace?
        var owner: PartPlace?
        var dueText: PartPlace?
        var due: Timescale?
        var dueIsExplicit = false
        var measure: PartPlace?
        var status: PartPlace?
        var task: TaskState
        var tokens: Range<Int>
        var whatTokens: Range<Int>
        var isPrevious: Bool
    }

    /// The parts of an action given by their keys (`Owner: Tom Reed`), one slot a kind of part.
    struct FoundParts {
        var what: PartPlace?
        var owner: PartPlace?
        var due: PartPlace?
        var measure: PartPlace?
        var status: PartPlace?
        /// The due part's tokens (in `meeting.tokens`), when it has a value.
        var dueTokens: Range<Int>?

        subscript(part: ActionPart) -> PartPlace? {
            get {
                switch part {
                case .what: what
                case .owner: owner
                case .due: due
                case .measure: measure
                case .status: status
                }
            }
            set {
                switch part {
                case .what: what = newValue
                case .owner: owner = newValue
                case .due: due = newValue
                case .measure: measure = newValue
                case .status: status = newValue
                }
            }
        }
    }

    /// The actions read so far, filed by readers that leave the builder as it is: a non-mutating
    /// method called from a mutating one copies the whole builder at each call.
    struct ActionsFound {
        var actions: [Action] = []
        var previousActions: [Action] = []
        /// Room for a line's inline parts and an action's left-out tokens (`readAction`), taken
        /// for each action and given back: one buffer of each for a record's actions, rather than
        /// two made and freed for each.
        var partsRoom: [InlinePart] = []
        var excludedRoom: [Range<Int>] = []
        /// Room for an action's tokens less its status and owner (`tokens(_:excluding:into:)`):
        /// one buffer for a record's actions, rather than an array made and freed for each.
        var tokensRoom: [Token] = []

        mutating func file(_ action: consuming Action) {
            // Room for a record's usual actions at the first, rather than growing one by one (a
            // plan often has more than eight, and an action is large to copy over).
            if action.isPrevious {
                if previousActions.isEmpty { previousActions.reserveCapacity(8) }
                previousActions.append(consume action)
            } else {
                if actions.isEmpty { actions.reserveCapacity(16) }
                actions.append(consume action)
            }
        }

        /// Takes the room for an action's reading, empty. The reader gives its two buffers back by
        /// moving them into `partsRoom` and `excludedRoom` (`consume`) once nothing else holds them.
        /// Inlined: taken at every action, the room cost more to hand back from a call than to swap.
        @inline(__always)
        mutating func takeRoom() -> (parts: [InlinePart], excluded: [Range<Int>]) {
            // Swapped out, so that the buffers are moved rather than retained and released.
            var room: (parts: [InlinePart], excluded: [Range<Int>]) = ([], [])
            swap(&room.parts, &partsRoom)
            swap(&room.excluded, &excludedRoom)
            // Emptied in place; asked only when there is something to empty, as emptying costs a call.
            if !room.parts.isEmpty { room.parts.removeAll(keepingCapacity: true) }
            if !room.excluded.isEmpty { room.excluded.removeAll(keepingCapacity: true) }
            return room
        }
    }

    /// Reads the actions of this meeting's plan and of the previous meeting's.
    mutating func readActions() {
        var found = ActionsFound()
        // A huge record's actions, in room made for them all at once (as its people's are:
        // `readPeople()`): grown by doubling, the large actions were moved to new memory again and
        // again, each move's pages touched afresh.
        if meeting.tokens.count > MeetingBuilder.hugeRecordTokens { reserveRoomForActions(in: &found) }
        readActions(into: &found)
        meeting.actions = found.actions
        meeting.previousActions = found.previousActions
    }

    /// Makes room for the actions of the plan's sections and the previous actions': at most one a
    /// line of theirs (a table row, whose cells are lines, is one). Actions given by `Action:`
    /// fields elsewhere grow the list as they come. Room that is not used is not touched.
    func reserveRoomForActions(in found: inout ActionsFound) {
        var current = 0
        var previous = 0
        for index in meeting.sections.indices {
            let context = meeting.sections[index].context
            let isPrevious = context.contains(.previousActions)
            guard isPrevious || context.contains(.actions) else { continue }
            var count = 0
            var row: Int32 = -1
            for lineIndex in meeting.sections[index].lines where lineIndex < meeting.lines.count {
                let line = meeting.lines[lineIndex]
                if line.kind == .cell {
                    guard line.node != row else { continue }
                    row = line.node
                }
                count += 1
            }
            if isPrevious { previous += count } else { current += count }
        }
        found.actions.reserveCapacity(current)
        found.previousActions.reserveCapacity(previous)
    }

    func readActions(into found: inout ActionsFound) {
        let timing = ActionTiming(reader: vocabulary.timescales, context: meeting.timescaleContext)
        for index in meeting.sections.indices {
            // Read in place: a section copied out retains its title's bytes and its blocks.
            let isPrevious = meeting.sections[index].context.contains(.previousActions)
            guard isPrevious || meeting.sections[index].context.contains(.actions) else { continue }
            if meeting.sections[index].style == .field {
                let line = meeting.sections[index].lines.lowerBound
                // A form's row of the plan (`| Actions agreed | … |`, its line a cell) holds the
                // actions as one paragraph, or points elsewhere (`| Next steps | See section 9 |`):
                // read as one action it would be wrong either way, so it is a section only.
                if !isPrevious, meeting.lines[line].kind != .cell {
                    // `ACTIONS: SP` after a discussion's sentence names who will do that sentence.
                    if let owner = fieldValueOwner(line, timing: timing), let task = taskBefore(line) {
                        readMarkedAction(task: task, end: meeting.lines[line - 1].tokens.upperBound, markLine: line, owner: owner, timing: timing, into: &found)
                        continue
                    }
                    readAction(first: line, lines: line..<(line + 1), range: meeting.lines[line].range, task: .none, isPrevious: false, valueOnly: true, timing: timing, into: &found)
                }
                continue
            }
            // The lines read so far: a paragraph's line may take the next paragraph's owner's
            // `Action:` line with it (`readParagraphAction`).
            var consumedUntil = 0
            for block in meeting.sections[index].blocks {
                switch document[block].kind {
                case .list:
                    // Each item's first line looked for first after the last item's lines.
                    var guess = -1
                    for item in document.children(of: block) {
                        guess = readListAction(item, isPrevious: isPrevious, guess: guess, timing: timing, into: &found)
                    }
                case .table:
                    readTableActions(block, isPrevious: isPrevious, timing: timing, into: &found)
                case .paragraph:
                    // Each line looked for first after the one before (`lineIndex(of:guess:)`).
                    var guess = -1
                    for lineNode in document.children(of: block) {
                        let located = lineIndex(of: lineNode, guess: guess)
                        if let located { guess = located + 1 }
                        guard let lineIndex = located, lineIndex >= consumedUntil, meeting.lines[lineIndex].section == index,
                            meeting.lines[lineIndex].kind != .heading
                        else { continue }
                        consumedUntil = readParagraphAction(lineIndex, isPrevious: isPrevious, inPlan: true, timing: timing, into: &found)
                    }
                default:
                    break
                }
            }
        }
        // `Action: SW to visit weekly` anywhere else in the record is an action too.
        for lineIndex in meeting.lines.indices where meeting.lines[lineIndex].kind == .field {
            let line = meeting.lines[lineIndex]
            // Not in the plan's sections or the previous actions', read above (asked of the few
            // field lines, rather than a table of every section made for them).
            if line.section >= 0, meeting.sections[line.section].context.contains(.actions) { continue }
            if line.section >= 0, meeting.sections[line.section].context.contains(.previousActions) { continue }
            guard document.nodes[Int(line.node)].kind == .fieldLine, isWhatKey(document.nodes[Int(line.node)].key) else { continue }
            // An item that opens with the line is read whole (`- Action: …⏎  By: …`); a line
            // further down an item (`3. Health update⏎Joy said …⏎Action: …`, pasted with no blank
            // lines) is read on its own, as in a paragraph. (The item's first line, if this one,
            // is found at once: `lineIndex(of:guess:)`.)
            var item = enclosingItem(line.node)
            if let found = item, lineIndex != firstLineIndex(of: found, guess: lineIndex) { item = nil }
            if let item {
                readListAction(item, isPrevious: false, guess: lineIndex, timing: timing, into: &found)
            } else if let owner = ownerLineOwner(lineIndex, timing: timing), let task = taskBefore(lineIndex) {
                // `ACTION: TR` after a discussion's sentence: that sentence is the task.
                readMarkedAction(task: task, end: meeting.lines[lineIndex - 1].tokens.upperBound, markLine: lineIndex, owner: owner, timing: timing, into: &found)
            } else {
                readParagraphAction(lineIndex, isPrevious: false, inPlan: false, timing: timing, into: &found)
            }
        }
        readOwnerMarks(timing: timing, into: &found)
    }

    func isWhatKey(_ key: String) -> Bool {
        var normalised = TextKey.field(key)
        while let last = normalised.last, last.isNumber { normalised.removeLast() }
        return MeetingBuilder.whatKeys.contains(normalised)
    }

    /// `isWhatKey` for a key written at `range` of the record (`Action 2:`, `Agreed action`), on
    /// its bytes: what the normal form drops from the end goes, then the digits, and the rest is
    /// hashed as the normal form hashes it.
    func isWhatKey(_ range: SourceRange) -> Bool {
        @inline(__always) func vanishes(_ byte: UInt8) -> Bool {
            byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "*")
        }
        // Most keys are no action's (`Date`, `Chair`), and their first byte says so: the normal form
        // starts with it, folded.
        var first = range.start
        while first < range.end, vanishes(bytes[first]) { first += 1 }
        if first < range.end, bytes[first] < 0x80, !MeetingBuilder.mayStartWhatKey(Tokenizer.fold(bytes[first])) { return false }
        var end = range.end
        while end > range.start, vanishes(bytes[end - 1]) || bytes[end - 1] == UInt8(ascii: ":") || bytes[end - 1] == UInt8(ascii: "?") || bytes[end - 1] == UInt8(ascii: ".") {
            end -= 1
        }
        while end > range.start, vanishes(bytes[end - 1]) || Tokenizer.isDigit(bytes[end - 1]) { end -= 1 }
        var hash = Tokenizer.offsetBasis
        for index in range.start..<end where !vanishes(bytes[index]) {
            let byte = bytes[index]
            // Other text is normalised as a string.
            guard byte < 0x80 else { return isWhatKey(text(range)) }
            hash = (hash ^ UInt64(Tokenizer.fold(byte))) &* Tokenizer.prime
        }
        return MeetingBuilder.whatKeyHashes.contains(hash)
    }

    /// The hash of the normal form of the field key written at `range` (`TextKey.fieldHash`).
    func fieldHash(_ range: SourceRange) -> UInt64 {
        bytes.withUnsafeBufferPointer { TextKey.fieldHash(bytes: UnsafeBufferPointer(rebasing: $0[range.start..<range.end])) }
    }

    static let whatKeyHashes = TokenSet(whatKeys.map { TextKey.fnv($0.utf8) })
    // Written out as `colon` is, and checked by `BuilderWordLiteralTests`: read at every colon.
    static var questionMark: UInt64 { 0xAF63_B24C_8601_A52E }  // ?
    static var slash: UInt64 { 0xAF63_A24C_8601_89FE }  // /

    /// The list item a paragraph line stands in, if it is the item's first paragraph.
    func enclosingItem(_ lineNode: Int32) -> Int32? {
        let paragraph = document[lineNode].parent
        guard paragraph >= 0 else { return nil }
        let item = document[paragraph].parent
        guard item >= 0, document[item].kind == .listItem, document[item].firstChild == paragraph else { return nil }
        return item
    }

    /// The index of an item's first line, looked for first at `guess` (`lineIndex(of:guess:)`).
    func firstLineIndex(of item: Int32, guess: Int = -1) -> Int? {
        guard let paragraph = document.children(of: item).first(where: { document[$0].kind == .paragraph }),
            let first = document.children(of: paragraph).first(where: { _ in true })
        else { return nil }
        return lineIndex(of: first, guess: guess)
    }

    /// The lines (indexes into `meeting.lines`) from `first` that stand within `range`.
    func lines(from first: Int, within range: SourceRange) -> Range<Int> {
        var end = first
        while end < meeting.lines.count, meeting.lines[end].range.start < range.end || (meeting.lines[end].range.start == range.end && meeting.lines[end].range.isEmpty) {
            end += 1
        }
        return first..<max(first + 1, end)
    }

    /// Reads a list item's action, its first line looked for first at `guess`; returns the index
    /// of the line after the item's lines (where the next item's first line most often is), or
    /// `guess` if it has none.
    @discardableResult
    func readListAction(_ item: Int32, isPrevious: Bool, guess: Int = -1, timing: ActionTiming, into found: inout ActionsFound) -> Int {
        let node = document[item]
        guard let first = firstLineIndex(of: item, guess: guess) else {
            if node.task != .none, isPrevious {
                // An empty task box is still a previous action with a status.
                return guess
            }
            return guess
        }
        let lineRange = meeting.lines[first].range
        let range = SourceRange(node.range.start, lineRange.end)
        let lines = lines(from: first, within: node.range)
        // `- **If Kai goes missing:** Mum to report it …` in a section that is the contingency as
        // well as the plan (`Safety plan / what if`): a step of the contingency, as such a line of
        // prose is (`readParagraphAction`), no action.
        let section = meeting.lines[first].section
        if !isPrevious, section >= 0, meeting.sections[section].context.contains(.contingency) {
            let body = sentenceBody(meeting.tokens[meeting.lines[first].tokens])
            if !body.isEmpty, vocabulary.conditions.match(body, at: body.startIndex) != nil { return lines.upperBound }
        }
        readAction(first: first, lines: lines, range: range, task: node.task, isPrevious: isPrevious, valueOnly: false, timing: timing, into: &found)
        return lines.upperBound
    }

    /// Reads an action from a paragraph line (and the lines an `Action:` line wraps onto); returns
    /// the index of the first line it did not use.
    @discardableResult
    func readParagraphAction(_ lineIndex: Int, isPrevious: Bool, inPlan: Bool, timing: ActionTiming, into found: inout ActionsFound) -> Int {
        let line = meeting.lines[lineIndex]
        let node = document[line.node]
        if node.kind == .fieldLine, node.content.isEmpty { return lineIndex + 1 }
        let keyIsWhat = node.kind == .fieldLine && isWhatKey(node.key)
        let tokens = meeting.tokens[line.tokens]
        // A line that wraps onto the next: an `Action:` line takes the text lines after it in its
        // paragraph; prose takes a next line that starts in lower case after a line with no full stop.
        var end = lineIndex + 1
        while end < meeting.lines.count, meeting.lines[end].kind == .text, document[meeting.lines[end].node].parent == node.parent {
            if !keyIsWhat {
                let previous = meeting.lines[end - 1].range
                let last = previous.end > previous.start ? bytes[previous.end - 1] : UInt8(ascii: ".")
                let next = meeting.lines[end].range
                let first = next.end > next.start ? bytes[next.start] : UInt8(ascii: "A")
                let ended = last == UInt8(ascii: ".") || last == UInt8(ascii: ";") || last == UInt8(ascii: ":") || last == UInt8(ascii: "!") || last == UInt8(ascii: "?")
                // A long line that stops mid-sentence was wrapped, whatever the next line starts with.
                let wrapped = previous.count >= 60
                let continues = first >= UInt8(ascii: "a") && first <= UInt8(ascii: "z") || first >= UInt8(ascii: "0") && first <= UInt8(ascii: "9")
                    || first == UInt8(ascii: "(") || first == UInt8(ascii: "&")
                guard !ended, continues || wrapped else { break }
            }
            end += 1
        }
        let body = sentenceBody(tokens)
        guard let firstToken = body.first else { return end }
        // `ACTION: NFA`, `Action: None`, `Action: see above` (the pointer whole: `Action: refer to
        // CAMHS` is a task): no action.
        if keyIsWhat {
            var words = body
            while let last = words.last, last.shape == .punctuation { words = words.dropLast() }
            if vocabulary.noneWords.match(body, at: body.startIndex) != nil || vocabulary.elsewhere.matchesWhole(words) { return end }
        }
        if !keyIsWhat {
            // In the plan, every line of prose is an action, unless it is a note, an introduction
            // or a pointer elsewhere; among previous actions, only a line that reads as one.
            guard inPlan else { return end }
            // `If things get harder again, Mum can ask …` in a section that is the contingency as
            // well as the plan (`Safety and contingency plan`): a condition of the contingency,
            // no action.
            if line.section >= 0, meeting.sections[line.section].context.contains(.contingency),
                vocabulary.conditions.match(body, at: body.startIndex) != nil
            {
                return end
            }
            if node.kind == .fieldLine, vocabulary.noteKeys.matchesWhole(Tokenizer.tokens(of: text(node.key))[...]) { return end }
            // `**Next CIN:** TBC` after the list is the record's detail, not an action.
            if node.kind == .fieldLine, vocabulary.fieldKey(bytes, node.key) != nil || !concepts(ofHeadingAt: node.key).isEmpty { return end }
            if vocabulary.placeholders.matchesWhole(body) || vocabulary.elsewhere.match(body, at: body.startIndex) != nil
                || vocabulary.noneWords.match(body, at: body.startIndex) != nil
            {
                return end
            }
            if isPrevious {
                let reads = ownerFirst(tokens) != nil || vocabulary.taskVerbs.contains(firstToken.folded) || leadingOwner(tokens) != nil
                guard reads else { return end }
            }
        }
        let range = line.range
        // `ACTION: TR`, `ACTION – TR` on the next line (or after a blank line) names who will do
        // this line's task: read with it, not as an action of its own.
        var markOwner: Range<Int>?
        if !keyIsWhat, end < meeting.lines.count, meeting.lines[end].section == line.section, let owner = ownerLineOwner(end, timing: timing) {
            markOwner = owner
            end += 1
        }
        // `ACTION (TR): share …`, `Action – Tom Reed to share …`: the word leads the task.
        var taskFrom: Int?
        if !keyIsWhat, let word = leadingActionWord(lineIndex), let lead = taskLead(at: word, inLine: lineIndex) {
            taskFrom = lead.task
            markOwner = lead.owner ?? markOwner
        }
        readAction(
            first: lineIndex, lines: lineIndex..<end, range: range, task: .none, isPrevious: isPrevious, valueOnly: false, taskFrom: taskFrom, markOwner: markOwner,
            timing: timing, into: &found)
        return end
    }

    /// Settles a previous action's status, makes the action and files it.
    func append(_ action: ActionDraft, to found: inout ActionsFound) {
        var action = action
        if action.isPrevious, action.status == nil {
            // A previous action's status may stand anywhere in its text: `Completed 20/02`, `(not done)`.
            let tokens = meeting.tokens[action.tokens]
            let whatStart = action.whatTokens.lowerBound
            var found: (index: Int, length: Int)?
            var index = tokens.startIndex
            while index < tokens.endIndex, found == nil {
                if let length = vocabulary.statusWords.match(tokens, at: index) {
                    // `Complete the EHA`, `Gemma to complete the review`: the task, not its status.
                    let isLeadingVerb = index == whatStart && tokens[index].folded == MeetingBuilder.completeWord
                    let isVerb = index > tokens.startIndex && MeetingBuilder.verbLeads.contains(tokens[index - 1].folded)
                    if !isLeadingVerb && !isVerb { found = (index, length) }
                    index += length
                } else {
                    index += 1
                }
            }
            if let found {
                // Its text is the plain text of its range (made settled, below).
                action.status = PartPlace(range: span(found.index..<(found.index + found.length)), origin: .text, text: .plain, lineTokens: nil)
            } else if action.task != .none {
                action.status = PartPlace(range: action.range, origin: .text, text: action.task == .done ? .done : .notYetDone, lineTokens: nil)
            }
        }
        found.file(made(action))
    }

    /// The action a draft describes, each part made once. The owner's and status's text are
    /// what rules read, some more than once: made now (`Action.Part.settle()`). Inlined into
    /// `append(_:to:)`, its one caller: called, the action (some three hundred bytes) was
    /// returned through memory and copied again to be filed.
    @inline(__always)
    func made(_ draft: ActionDraft) -> Action {
        Action(
            range: draft.range, what: part(draft.what, settled: false), owner: part(draft.owner, settled: true),
            dueText: part(draft.dueText, settled: false), due: draft.due, dueIsExplicit: draft.dueIsExplicit,
            measure: part(draft.measure, settled: false), status: part(draft.status, settled: true), task: draft.task,
            tokens: draft.tokens, whatTokens: draft.whatTokens, isPrevious: draft.isPrevious)
    }

    /// The part at a place: its text made now where `settled`, else read from the record when asked for.
    /// Inlined into `made(_:)`, which asks it of five places: called, each returned its part
    /// (an optional of about forty bytes) through memory, and most places are empty.
    @inline(__always)
    func part(_ place: PartPlace?, settled: Bool) -> Action.Part? {
        guard let place else { return nil }
        switch place.text {
        case .plain:
            if settled {
                return Action.Part(text: plain(place.range), range: place.range, origin: place.origin, lineTokens: place.lineTokens)
            }
            return Action.Part(plainTextOf: place.range, in: bytes, origin: place.origin, lineTokens: place.lineTokens)
        case .empty: return Action.Part(text: "", range: place.range, origin: place.origin)
        case .done: return Action.Part(text: "done", range: place.range, origin: place.origin)
        case .notYetDone: return Action.Part(text: "not yet done", range: place.range, origin: place.origin)
        }
    }

    /// An inline part: `Owner: Tom Reed` within a line, found by its key and colon.
    struct InlinePart {
        var part: ActionPart
        var keyStart: Int
        var value: Range<Int>
    }

    /// Finds `Key: value` parts in a line's tokens (token indexes into `meeting.tokens`).
    func inlineParts(_ tokens: Range<Int>) -> [InlinePart] {
        var parts: [InlinePart] = []
        inlineParts(tokens, into: &parts)
        return parts
    }

    /// Where the bracket that the closing bracket at `meeting.tokens[close]` closes was opened, if
    /// at `start` or after.
    func openingBracket(closedAt close: Int, from start: Int) -> Int? {
        var depth = 0
        var index = close
        while index >= start {
            let folded = meeting.tokens[index].folded
            if folded == MeetingBuilder.closeBracket { depth += 1 }
            if folded == MeetingBuilder.openBracket {
                depth -= 1
                if depth == 0 { return index }
            }
            index -= 1
        }
        return nil
    }

    /// `inlineParts(_:)` into `parts`, which must be empty: a buffer kept from line to line.
    func inlineParts(_ tokens: Range<Int>, into parts: inout [InlinePart]) {
        // A key ends at a colon: without a colon byte among the tokens' bytes, there is none.
        guard let firstToken = tokens.first else { return }
        let firstByte = meeting.tokens[firstToken].range.start
        let endByte = meeting.tokens[tokens.upperBound - 1].range.end
        let hasColon = bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress, endByte > firstByte else { return false }
            return memchr(base + firstByte, Int32(UInt8(ascii: ":")), endByte - firstByte) != nil
        }
        guard hasColon else { return }
        // Taken once rather than through its lazy static at every key and value.
        let partSeparators = MeetingBuilder.partSeparators
        /// A value runs to the next key (or the line's end), less the separator before it. The
        /// last closing bracket, if it closes one the value opened, is its own (`Action: Refer A.
        /// to CAMHS (Tom Reed, by 28/03/2026).`, whose bracket names the owner), not a separator.
        /// (Only the last is asked about: each question walks the value back, and a run of
        /// brackets would ask it again and again.)
        func value(from start: Int, to next: Int) -> Range<Int> {
            var end = next
            var bracketAsked = false
            while end > start, partSeparators.contains(meeting.tokens[end - 1].folded) {
                if !bracketAsked, meeting.tokens[end - 1].folded == MeetingBuilder.closeBracket {
                    bracketAsked = true
                    if openingBracket(closedAt: end - 1, from: start) != nil { break }
                }
                end -= 1
            }
            return start..<max(start, end)
        }
        var index = tokens.lowerBound
        while index < tokens.upperBound {
            let token = meeting.tokens[index]
            if token.folded == MeetingBuilder.colon, index > tokens.lowerBound {
                // Try keys of one to four words ending just before the colon, or before the
                // emphasis that closes a key written `**Action**:` or `__Action__:`.
                var matched: (ActionPart, Int)?
                var last = index - 1
                while last > tokens.lowerBound, isEmphasisMark(meeting.tokens[last]) { last -= 1 }
                var start = last
                let keyEnd = meeting.tokens[last].range.end
                while start >= tokens.lowerBound, last - start <= 3 {
                    let candidate = meeting.tokens[start]
                    guard candidate.shape != .punctuation || candidate.folded == MeetingBuilder.questionMark || candidate.folded == MeetingBuilder.slash else { break }
                    // A key starts the line or a part, or follows the emphasis that opens it
                    // (`**Action:**`, `__Action:__`).
                    let atBoundary = start == tokens.lowerBound || partSeparators.contains(meeting.tokens[start - 1].folded)
                        || isEmphasisMark(meeting.tokens[start - 1])
                    if atBoundary {
                        // The key's words stand on one line with only spaces between them, which
                        // a key's normal form drops: its hash is read from the record's bytes.
                        let key = SourceRange(candidate.range.start, keyEnd)
                        if let part = vocabulary.actionPartsByHash[fieldHash(key)] {
                            matched = (part, start)
                        } else if isWhatKey(key) {
                            matched = (.what, start)
                        }
                    }
                    start -= 1
                }
                if let (part, matchedStart) = matched {
                    // The key starts at the emphasis that opens it, so the value before it does
                    // not end with that emphasis.
                    var keyStart = matchedStart
                    while keyStart > tokens.lowerBound, isEmphasisMark(meeting.tokens[keyStart - 1]) { keyStart -= 1 }
                    // The value before this key ends here; this one's end is set by the next key.
                    if let last = parts.indices.last { parts[last].value = value(from: parts[last].value.lowerBound, to: keyStart) }
                    parts.append(InlinePart(part: part, keyStart: keyStart, value: (index + 1)..<(index + 1)))
                }
            }
            index += 1
        }
        if let last = parts.indices.last { parts[last].value = value(from: parts[last].value.lowerBound, to: tokens.upperBound) }
    }

    /// The full stop that ends an owner's value and starts a sentence (`Owner: Tom Reed. Refer A.
    /// …`): after a word that is no initial or title (`A. B. Smith`, `Dr. Lee` go on), before a
    /// capitalised word.
    func ownerSentenceEnd(_ value: Range<Int>) -> Int? {
        var index = value.lowerBound + 1
        while index + 1 < value.upperBound {
            let token = meeting.tokens[index]
            if token.folded == Meeting.fullStop {
                let before = meeting.tokens[index - 1]
                let after = meeting.tokens[index + 1]
                if before.isWord, before.shape != .initial, !MeetingBuilder.titles.contains(before.folded), after.isWord, after.range.start > token.range.end,
                    bytes[after.range.start] >= UInt8(ascii: "A"), bytes[after.range.start] <= UInt8(ascii: "Z")
                {
                    return index
                }
            }
            index += 1
        }
        return nil
    }

    /// Whether a token is a `*` or `_` of emphasis.
    @inline(__always)
    func isEmphasisMark(_ token: Token) -> Bool {
        token.isPunctuation && (bytes[token.range.start] == UInt8(ascii: "*") || bytes[token.range.start] == UInt8(ascii: "_"))
    }

    /// Whether the separator token at `index` stands apart from its neighbours (` — `, ` - `, `;`),
    /// unlike the hyphen inside `step-mum`.
    func isSpacedSeparator(_ index: Int) -> Bool {
        let token = meeting.tokens[index]
        guard bytes[token.range.start] == UInt8(ascii: "-") else { return true }
        let before = index > 0 ? meeting.tokens[index - 1].range.end < token.range.start : true
        let after = index + 1 < meeting.tokens.count ? meeting.tokens[index + 1].range.start > token.range.end : true
        return before && after
    }

    func span(_ tokens: Range<Int>) -> SourceRange { meeting.span(tokens) }

    /// The place of the part made of `tokens` without the punctuation around them; `line` is the
    /// tokens of the one line that holds them all, where known (`place(trimmed:origin:line:)`).
    /// Inlined, as the two it joins are.
    @inline(__always)
    func place(_ tokens: Range<Int>, origin: Action.Origin, line: Range<Int>? = nil) -> PartPlace? {
        place(trimmed: trimmedPart(tokens), origin: origin, line: line)
    }

    /// A part's tokens without the punctuation around them (but `?`, an opening `[` and a
    /// closing `)`). Inlined, as `place(trimmed:origin:line:)` is: both are asked of every
    /// part of every action, and their calls cost about as much as their work.
    @inline(__always)
    func trimmedPart(_ tokens: Range<Int>) -> Range<Int> {
        var range = tokens
        while let first = range.first, meeting.tokens[first].shape == .punctuation,
            bytes[meeting.tokens[first].range.start] != UInt8(ascii: "?"), bytes[meeting.tokens[first].range.start] != UInt8(ascii: "[")
        {
            range = (first + 1)..<range.upperBound
        }
        while let last = range.last, meeting.tokens[last].shape == .punctuation, range.count > 1,
            bytes[meeting.tokens[last].range.start] != UInt8(ascii: "?"), bytes[meeting.tokens[last].range.start] != UInt8(ascii: ")")
        {
            range = range.lowerBound..<last
        }
        return range
    }

    /// The place of the part made of tokens already trimmed (`trimmedPart(_:)`), if they hold any
    /// text. `line` is the tokens of the one line that holds them all, where the caller knows it:
    /// the part then keeps its tokens (`Action.Part.lineTokens`), so that rules need not find them.
    @inline(__always)
    func place(trimmed range: Range<Int>, origin: Action.Origin, line: Range<Int>? = nil) -> PartPlace? {
        guard !range.isEmpty else { return nil }
        let spanned = span(range)
        guard !Meeting.plainTextIsEmpty(of: spanned, in: bytes) else { return nil }
        var onOneLine = false
        if let line { onOneLine = range.lowerBound >= line.lowerBound && range.upperBound <= line.upperBound }
        return PartPlace(range: spanned, origin: origin, text: .plain, lineTokens: onOneLine ? range : nil)
    }

    /// Builds an action from its lines (the first holds the task; any line may hold parts) and
    /// files it: filed here, not returned, the action is moved into the list rather than copied.
    /// `taskFrom`, where given, is the task's first token, within the first line (after the word
    /// that leads it: `taskLead(at:inLine:)`). `markOwner`, where given, is the owner that mark
    /// names, or an owner's mark on the last line (`ownerLineOwner(_:timing:)`), where no part does.
    func readAction(
        first: Int, lines: Range<Int>, range: SourceRange, task: TaskState, isPrevious: Bool, valueOnly: Bool, taskFrom: Int? = nil, markOwner: Range<Int>? = nil,
        timing: ActionTiming, into found: inout ActionsFound
    ) {
        let firstLine = meeting.lines[first]
        var whatTokens = firstLine.tokens
        if valueOnly {
            let node = document[firstLine.node]
            let start = meeting.tokens[firstLine.tokens].firstIndex { $0.range.start >= node.content.start } ?? firstLine.tokens.upperBound
            whatTokens = start..<firstLine.tokens.upperBound
        }
        if let taskFrom, firstLine.tokens.contains(taskFrom) { whatTokens = taskFrom..<firstLine.tokens.upperBound }
        // The value of the first `Action:` key, which may name the owner rather than the task.
        var whatValue: Range<Int>?
        var parts = FoundParts()
        // The room's two buffers taken as locals of their own, and given back by moving them
        // (`consume`): a tuple handed back swapped its buffers with retains and releases.
        var (roomParts, roomExcluded) = found.takeRoom()
        var roomTokens: [Token] = []
        swap(&roomTokens, &found.tokensRoom)
        for lineIndex in lines {
            let lineTokens = lineIndex == first ? whatTokens : meeting.lines[lineIndex].tokens
            if !roomParts.isEmpty { roomParts.removeAll(keepingCapacity: true) }
            inlineParts(lineTokens, into: &roomParts)
            if lineIndex == first {
                if let firstPart = roomParts.first {
                    whatTokens = lineTokens.lowerBound..<firstPart.keyStart
                    if firstPart.keyStart == lineTokens.lowerBound || whatTokens.allSatisfy({ meeting.tokens[$0].shape == .punctuation }) {
                        whatTokens = firstPart.part == .what ? firstPart.value : whatTokens
                    }
                }
            }
            for var inline in roomParts where parts[inline.part] == nil {
                if inline.part == .what { whatValue = inline.value }
                if inline.part == .owner,
                    let cut = inline.value.first(where: { MeetingBuilder.ownerEnds.contains(meeting.tokens[$0].folded) && isSpacedSeparator($0) })
                        ?? ownerSentenceEnd(inline.value)
                {
                    // `Lead: Priya Shah — weigh A. fortnightly`, `Owner: Tom Reed. Refer A. …`: the
                    // owner ends at the dash or the sentence's end, and what follows is the task
                    // when nothing came before the key.
                    if lineIndex == first, whatTokens.isEmpty || whatTokens.allSatisfy({ meeting.tokens[$0].shape == .punctuation }) {
                        whatTokens = (cut + 1)..<inline.value.upperBound
                    }
                    inline.value = inline.value.lowerBound..<cut
                } else if inline.part == .owner, let cut = ownerTimescaleCut(inline.value, timing: timing) {
                    // `Who: Nadia by 19/05/2026`, `Lead: Nadia, this week`: the owner ends where
                    // the timescale starts, which is read as the action's (it was read as part of
                    // the owner, and so not at all).
                    inline.value = inline.value.lowerBound..<cut
                }
                let valueTokens = trimmedPart(inline.value)
                if let value = place(trimmed: valueTokens, origin: .field, line: lineTokens) {
                    parts[inline.part] = value
                    if inline.part == .due { parts.dueTokens = valueTokens }
                } else if inline.part == .owner || inline.part == .due {
                    // `Owner:` with nothing after it: the key is there, the value is not.
                    parts[inline.part] = PartPlace(range: span(inline.keyStart..<inline.value.upperBound), origin: .field, text: .empty, lineTokens: nil)
                }
                if inline.part == .status || inline.part == .owner { roomExcluded.append(inline.keyStart..<inline.value.upperBound) }
            }
        }
        // The task runs on over the text lines its paragraph wraps onto (`… low mood and⏎sleep (Dr
        // Fiona Ross, GP, by 27/03/2026).`), unless a part's key stopped it.
        if whatTokens.upperBound == firstLine.tokens.upperBound, !valueOnly {
            let paragraph = document[firstLine.node].parent
            var next = first + 1
            // Not onto an owner's mark on the last line (`ACTION – TR`), which is no part of the task.
            let taskEnd = markOwner != nil ? lines.upperBound - 1 : lines.upperBound
            while next < taskEnd, meeting.lines[next].kind == .text, document[meeting.lines[next].node].parent == paragraph,
                inlineParts(meeting.lines[next].tokens).isEmpty
            {
                whatTokens = whatTokens.lowerBound..<meeting.lines[next].tokens.upperBound
                next += 1
            }
        }
        // `… every fortnight. ACTION: TR`, `ACTION: Tom Reed by 27/03/2026` after the task's line:
        // the value names who will do the task, not the task.
        if parts.owner == nil,
            let owner = whatValue.flatMap({ actionValueOwner($0, timing: timing) }) ?? markOwner
                ?? (lines.count > 1 && !valueOnly ? subItemOwner(lines, first: first, timing: timing) : nil)
        {
            parts.owner = PartPlace(range: span(owner), origin: .field, text: .plain, lineTokens: nil)
            roomExcluded.append(owner)
        }
        // The action's text starts at its first line, or at its task's sentence where that was given.
        let textStart = taskFrom != nil && firstLine.tokens.contains(whatTokens.lowerBound) ? whatTokens.lowerBound : firstLine.tokens.lowerBound
        let allTokens = textStart..<meeting.lines[lines.upperBound - 1].tokens.upperBound
        guard !allTokens.isEmpty else {
            found.partsRoom = consume roomParts
            found.excludedRoom = consume roomExcluded
            found.tokensRoom = consume roomTokens
            return
        }
        // The task's line, where the task stands on one (its owner may be read from its words).
        let whatLine = whatTokens.lowerBound >= firstLine.tokens.lowerBound && whatTokens.upperBound <= firstLine.tokens.upperBound ? firstLine.tokens : nil
        // The task's words, else the `Action:` part's value.
        let what = place(whatTokens, origin: .text, line: whatLine) ?? parts.what
        var action = ActionDraft(
            range: range, what: what, owner: parts.owner, dueText: parts.due, due: nil, measure: parts.measure, status: parts.status,
            task: task, tokens: allTokens, whatTokens: whatTokens, isPrevious: isPrevious)
        completeAction(&action, excluded: roomExcluded, dueTokens: parts.dueTokens, whatLine: whatLine, timing: timing, tokensRoom: &roomTokens)
        found.partsRoom = consume roomParts
        found.excludedRoom = consume roomExcluded
        found.tokensRoom = consume roomTokens
        append(action, to: &found)
    }

    /// Finds the owner in the task's words and the timescale in the action's text, where no field gave them.
    /// `dueTokens` are the tokens of `action.dueText`, where it was made from tokens of one line.
    /// `whatLine` is the tokens of the one line that holds all the task's, if one does.
    /// `tokensRoom` is a buffer for the action's tokens less those `excluded` (`tokens(_:excluding:into:)`).
    func completeAction(
        _ action: inout ActionDraft, excluded: [Range<Int>], dueTokens: Range<Int>?, whatLine: Range<Int>?, timing: ActionTiming, tokensRoom: inout [Token]
    ) {
        let what = meeting.tokens[action.whatTokens]
        if action.owner == nil, let owner = conditionalOwner(what) ?? ownerFirst(what) {
            action.owner = place(owner, origin: .text, line: whatLine)
        }
        if action.owner == nil, let (owner, task) = leadingOwner(what) {
            // `Health: Priya to weigh A.` — an owner-first sentence after the label names the person.
            if let inner = ownerFirst(meeting.tokens[task]) {
                action.owner = place(inner, origin: .text, line: whatLine)
            } else {
                action.owner = place(owner, origin: .text, line: whatLine)
                action.whatTokens = task
            }
        }
        if action.owner == nil,
            let owner = bracketOwner(action.whatTokens, timing: timing) ?? trailingOwner(action.whatTokens, timing: timing)
                ?? passiveOwner(action.whatTokens, timing: timing)
        {
            action.owner = place(owner, origin: .text, line: whatLine)
        }
        if let dueText = action.dueText, !dueText.isEmpty {
            let tokens = dueTextTokens(dueText, dueTokens)
            if let due = explicitDue(tokens, timing: timing) {
                action.due = due
                action.dueIsExplicit = true
                return
            }
        }
        // A timescale anywhere in the action's text, leaving out its status and owner.
        let tokens = tokens(action.tokens, excluding: excluded, into: &tokensRoom)
        if let due = timing.reader.due(tokens, bytes: bytes, context: timing.context) {
            action.due = due
            if let position = tokens.firstIndex(where: { $0.range.start == due.range.start }), position > tokens.startIndex {
                action.dueIsExplicit = TimescaleReader.followsByWord(tokens, at: position, strong: false)
            }
        }
    }

    /// The timescale a due column's or field's value gives: the one the reader chooses, else a
    /// day and month in numbers (`23/01`, which only a cue word makes a date in other text), the
    /// next such day after the meeting, else a bare anchored phrase (`Next review`, which only a
    /// cue word makes a timescale in other text), else a month's name alone (`April`), due at
    /// its end.
    func explicitDue(_ tokens: ArraySlice<Token>, timing: ActionTiming) -> Timescale? {
        if let due = timing.reader.due(tokens, bytes: bytes, context: timing.context) { return due }
        if let mention = DateReader.leadingDayAndMonth(tokens, bytes: bytes, order: timing.context.order) {
            return Timescale(kind: .date(mention.resolved(against: timing.context.meeting)), range: mention.range)
        }
        return timing.reader.leadingAnchored(tokens, context: timing.context) ?? timing.reader.bareMonth(tokens, bytes: bytes, context: timing.context)
    }

    /// The tokens of a due field's or column's value. Made of the tokens `dueTokens` of one line,
    /// whose tokens were read from the line's whole range at once, the value's range reads as
    /// those very tokens again: the tokenizer carries nothing from one token to the next, and
    /// looks ahead past a token's end only to see that it ends there. So they are sliced, not
    /// tokenized again.
    func dueTextTokens(_ dueText: PartPlace, _ dueTokens: Range<Int>?) -> ArraySlice<Token> {
        guard let dueTokens else { return tokens(in: dueText.range)[...] }
        return meeting.tokens[dueTokens]
    }

    /// An action's tokens (`all`, its `tokens`) less those `excluded` (its status and owner): a
    /// slice of the record's tokens where nothing is left out. Given the range, not the action,
    /// so that the action is not copied.
    func tokens(_ all: Range<Int>, excluding excluded: [Range<Int>]) -> ArraySlice<Token> {
        var tokens: [Token] = []
        return self.tokens(all, excluding: excluded, into: &tokens)
    }

    /// `tokens(_:excluding:)`, written into `tokens` (emptied first) where some are left out: a
    /// buffer kept from action to action. The slice returned is of `tokens` then, and must be
    /// let go before the buffer is written again.
    func tokens(_ all: Range<Int>, excluding excluded: [Range<Int>], into tokens: inout [Token]) -> ArraySlice<Token> {
        guard !excluded.isEmpty else { return meeting.tokens[all] }
        if !tokens.isEmpty { tokens.removeAll(keepingCapacity: true) }
        // Grown to at least double (and a usual action's at the first), so that a record's
        // actions, which differ in length, do not make it anew at each longer one.
        if tokens.capacity < all.count { tokens.reserveCapacity(max(all.count, 2 * tokens.capacity, 64)) }
        // Copied a run at a time rather than token by token (each token tested against every
        // range): from a kept token, the run goes on to the nearest range that starts after it;
        // from a left-out one, it skips to the furthest end of the ranges that hold it.
        var index = all.lowerBound
        while index < all.upperBound {
            var skipTo = -1
            var runEnd = all.upperBound
            for range in excluded where !range.isEmpty {
                if range.contains(index) {
                    skipTo = max(skipTo, range.upperBound)
                } else if range.lowerBound > index, range.lowerBound < runEnd {
                    runEnd = range.lowerBound
                }
            }
            if skipTo >= 0 {
                index = skipTo
                continue
            }
            tokens.append(contentsOf: meeting.tokens[index..<runEnd])
            index = runEnd
        }
        return tokens[...]
    }


    /// `Tom Reed (school) to refer …`, `Mum and Dad to attend …`, `SW will visit …`: the words
    /// before `to`, `will` or another owner verb (`isOwnerVerb`) name the owner. Returns the
    /// owner's tokens (indexes into `meeting.tokens`).
    func ownerFirst(_ tokens: ArraySlice<Token>) -> Range<Int>? {
        let tokens = sentenceBody(tokens)
        guard let start = tokens.indices.first else { return nil }
        let first = tokens[start]
        // `A.` is an initial, not the article `A`.
        let isInitial = first.shape == .initial && start + 1 < tokens.endIndex && tokens[start + 1].folded == Meeting.fullStop
            && tokens[start + 1].range.start == first.range.end
        if first.folded == TimescaleReader.theWord { return theOwner(tokens, start: start) }
        if first.exact == MeetingBuilder.capitalI { return writerOwner(tokens, start: start) }
        guard first.isWord, !vocabulary.taskVerbs.contains(first.folded), isInitial || !MeetingBuilder.notOwners.contains(first.folded) else { return nil }
        var words = 0
        var index = start
        var depth = 0
        // The marks, taken once rather than through their statics at every token.
        let (openBracket, closeBracket) = (MeetingBuilder.openBracket, MeetingBuilder.closeBracket)
        let sentenceEnds = MeetingBuilder.sentenceEnds
        while index < tokens.endIndex, index - start < 14 {
            let token = tokens[index]
            if token.folded == openBracket { depth += 1 }
            if token.folded == closeBracket { depth = max(0, depth - 1) }
            if depth == 0, index > start, MeetingBuilder.isOwnerVerb(token.folded) {
                var ownerEnd = index
                // `Tom has agreed to`, `Mum is to`: the helper words are not the owner.
                while ownerEnd - 1 > start, MeetingBuilder.agreedWords.contains(tokens[ownerEnd - 1].folded) { ownerEnd -= 1 }
                guard startsATask(tokens, at: index + 1) else { return nil }
                guard words <= 8, ownerEnd > start else { return nil }
                return start..<ownerEnd
            }
            if depth == 0, sentenceEnds.contains(token.folded) {
                // `A. to attend`, `Dr. Lee to refer`: a full stop after an initial or a title
                // does not end the sentence.
                let afterInitial = token.folded == Meeting.fullStop && index > start
                    && (tokens[index - 1].shape == .initial || MeetingBuilder.titles.contains(tokens[index - 1].folded))
                if !afterInitial { return nil }
            }
            if token.isWord { words += 1 }
            index += 1
        }
        return nil
    }

    /// `Referral to be made to the drug and alcohol service by KR within 5 working days`,
    /// `Assessment to be completed by the social worker by 12/06/2026`: a task in the passive,
    /// as minutes often put it, names its owner after a `by` that follows `be` in its sentence:
    /// the longest run of words after it (six at most, up to a comma or a sentence's end) that
    /// names someone the meeting knows (`KR`, `Kate`), a family word (`Mum`), a role or an
    /// organisation (`SW`, `school`), ends with a professional's word (`the health visitor`), or
    /// is a name of two words or more (`Tom Reed`, whom `owner-known` then looks for). A date or
    /// time after `by` (`by 12/06/2026`, `by the end of June`, `by Friday`, `by Christmas Eve`),
    /// or a meeting (`by the TAF`), names no one. Returns the owner's tokens, without `the`.
    func passiveOwner(_ tokens: Range<Int>, timing: ActionTiming) -> Range<Int>? {
        guard let be = tokens.first(where: { meeting.tokens[$0].folded == MeetingBuilder.beWord }) else { return nil }
        var index = be + 1
        while index < tokens.upperBound {
            let folded = meeting.tokens[index].folded
            if MeetingBuilder.sentenceEnds.contains(folded), !isInitialsStop(index) { return nil }
            index += 1
            guard folded == TimescaleReader.byWord else { continue }
            var start = index
            if start < tokens.upperBound, meeting.tokens[start].folded == TimescaleReader.theWord { start += 1 }
            var owner: Range<Int>?
            var end = start
            // The name's words, and the marks inside initials (`K.R.`, `SW/HV`).
            while end < tokens.upperBound, end - start < 6 {
                let token = meeting.tokens[end]
                guard token.isWord || isInitialsStop(end) || token.folded == MeetingBuilder.slash else { break }
                end += 1
                if namesPassiveOwner(start..<end) { owner = start..<end }
            }
            if let owner, !timing.reader.holdsTimescale(meeting.tokens[(index - 1)..<owner.upperBound], bytes: bytes, context: timing.context) {
                return owner
            }
        }
        return nil
    }

    /// Whether the words after a passive task's `by` name its owner (`passiveOwner`).
    func namesPassiveOwner(_ name: Range<Int>) -> Bool {
        let words = meeting.tokens[name]
        guard let last = words.last, last.isWord else { return false }
        if vocabulary.familyWords.matchesWhole(words) || vocabulary.organisationOwners.matchesWhole(words)
            || vocabulary.professionalWords.matchesWhole(words[(words.endIndex - 1)...])
        {
            return true
        }
        guard namesPerson(words) else { return false }
        return words.contains { knownPeople.contains($0.folded) } || words.count { $0.isWord } >= 2
    }

    /// Whether the full stop at `index` follows an initial straight after it (`K.` of `K.R.`),
    /// so that it ends no sentence.
    func isInitialsStop(_ index: Int) -> Bool {
        let token = meeting.tokens[index]
        guard token.folded == Meeting.fullStop, index > 0 else { return false }
        let before = meeting.tokens[index - 1]
        return before.shape == .initial && before.range.end == token.range.start
    }

    /// `If Lee comes to the house, Mum will call 999`: a sentence that opens with a condition
    /// (`wording/conditions`) names its owner after the condition, past the first comma or colon
    /// (within the sentence and the first 30 tokens), as `ownerFirst` reads it there. Asked before
    /// `ownerFirst`, which would take the condition for the owner (`Should Lee breach the
    /// order, Mum`).
    func conditionalOwner(_ tokens: ArraySlice<Token>) -> Range<Int>? {
        let body = sentenceBody(tokens)
        guard let start = body.indices.first, let length = vocabulary.conditions.match(body, at: start) else { return nil }
        var index = start + length
        while index < body.endIndex, index - start < 30 {
            let folded = body[index].folded
            // `If Kai goes missing: Mum to report it …`: a colon ends the condition too, as a comma
            // does, rather than the sentence.
            if folded == MeetingBuilder.comma || folded == MeetingBuilder.colon { return ownerFirst(body[(index + 1)...]) }
            if MeetingBuilder.sentenceEnds.contains(folded) { return nil }
            index += 1
        }
        return nil
    }

    /// `I (Sarah, DSL) will send these notes …`: minutes written by one of those present name the
    /// writer in a bracket after `I`, opening with a capital. Returns the bracket's tokens; a bare
    /// `I` names no one.
    func writerOwner(_ tokens: ArraySlice<Token>, start: Int) -> Range<Int>? {
        guard start + 2 < tokens.endIndex, tokens[start + 1].folded == MeetingBuilder.openBracket else { return nil }
        // The bracket opens with a name or initials: a capital.
        let opening = bytes[tokens[start + 2].range.start]
        guard opening >= UInt8(ascii: "A"), opening <= UInt8(ascii: "Z") else { return nil }
        var close = start + 2
        while close < tokens.endIndex, close - start <= 8, tokens[close].folded != MeetingBuilder.closeBracket { close += 1 }
        guard close < tokens.endIndex, tokens[close].folded == MeetingBuilder.closeBracket, close > start + 2,
            close + 1 < tokens.endIndex, MeetingBuilder.isOwnerVerb(tokens[close + 1].folded), startsATask(tokens, at: close + 2)
        else { return nil }
        return (start + 2)..<close
    }

    /// `The school will send …`, `The health visitor to weigh …`: `the` and, before `to`,
    /// `will` or another owner verb (`isOwnerVerb`), an organisation, a professional's role or
    /// family (`The plan will be reviewed` names no one). Returns the owner's tokens, `the`
    /// included.
    func theOwner(_ tokens: ArraySlice<Token>, start: Int) -> Range<Int>? {
        var index = start + 1
        while index < tokens.endIndex, index - start <= 4, tokens[index].isWord, !MeetingBuilder.isOwnerVerb(tokens[index].folded) {
            index += 1
        }
        guard index > start + 1, index + 1 < tokens.endIndex, MeetingBuilder.isOwnerVerb(tokens[index].folded) else { return nil }
        let words = tokens[(start + 1)..<index]
        guard vocabulary.organisationOwners.matchesWhole(words) || vocabulary.professionalWords.matchesWhole(tokens[(index - 1)..<index])
            || vocabulary.familyWords.matchesWhole(words), startsATask(tokens, at: index + 1)
        else { return nil }
        return start..<index
    }

    /// Whether the word after an owner-first sentence's verb starts a task: a lower-case word
    /// that is no determiner (`Tom to refer …`, not `Tom will be …` or `the review to the …`).
    @inline(__always)
    func startsATask(_ token: Token) -> Bool {
        let lowerStart = bytes[token.range.start] >= UInt8(ascii: "a") && bytes[token.range.start] <= UInt8(ascii: "z")
        return token.shape == .word && lowerStart && !MeetingBuilder.determiners.contains(token.folded)
    }

    /// Whether the words from `tokens[index]` on, after an owner-first sentence's verb, start a
    /// task: `startsATask`, or `be` and a word in `-ing` (`Tom will be writing …`; a passive such
    /// as `Attendance will be monitored` still starts none).
    func startsATask(_ tokens: ArraySlice<Token>, at index: Int) -> Bool {
        guard index < tokens.endIndex else { return false }
        if startsATask(tokens[index]) { return true }
        guard tokens[index].folded == MeetingBuilder.beWord, index + 1 < tokens.endIndex, startsATask(tokens[index + 1]) else { return false }
        let word = tokens[index + 1].range
        return word.count >= 5 && bytes[word.end - 3] == UInt8(ascii: "i") && bytes[word.end - 2] == UInt8(ascii: "n")
            && bytes[word.end - 1] == UInt8(ascii: "g")
    }

    /// The words of a task with what comes before its sentence set aside: emphasis left by
    /// `**Action:**`, a paragraph number (`8.1`, `3)`), and a lead-in (`It was agreed that`,
    /// `Action –`, with the dash after it).
    func sentenceBody(_ tokens: ArraySlice<Token>) -> ArraySlice<Token> {
        var tokens = tokens
        func dropMarks(dashes: Bool) {
            while let first = tokens.first, first.shape == .punctuation || first.shape == .number,
                first.shape == .number || [UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: ")"), UInt8(ascii: ":"), UInt8(ascii: ",")].contains(bytes[first.range.start])
                    || dashes && (first.folded == MeetingBuilder.hyphen || MeetingBuilder.isLongDash(first.folded))
            {
                tokens = tokens.dropFirst()
            }
        }
        dropMarks(dashes: false)
        if let start = tokens.indices.first, let length = vocabulary.leadIns.match(tokens, at: start) {
            tokens = tokens.dropFirst(length)
            dropMarks(dashes: true)
        }
        return tokens
    }

    /// `Tom Reed: refer A. …`, `Tom Reed – refer A. …`: a short leading part that names someone.
    func leadingOwner(_ tokens: ArraySlice<Token>) -> (owner: Range<Int>, task: Range<Int>)? {
        let body = sentenceBody(tokens)
        guard let start = body.indices.first else { return nil }
        var index = start
        while index < body.endIndex, index - start <= 7 {
            let token = body[index]
            // A colon, and the marks that close a bold or italic key straight after it
            // (`**Health:** Priya to weigh A.`), then a space.
            var after = index + 1
            if token.folded == MeetingBuilder.colon {
                while after < body.endIndex, body[after].range.start == body[after - 1].range.end, isEmphasisMark(body[after]) { after += 1 }
            }
            let separates = token.folded == MeetingBuilder.colon && after < body.endIndex && body[after].range.start > body[after - 1].range.end
                || MeetingBuilder.ownerEnds.contains(token.folded) && isSpacedSeparator(index)
            if separates {
                guard index > start else { return nil }
                let candidate = body[start..<index]
                guard namesSomeone(candidate), vocabulary.noteKeys.match(candidate, at: start) == nil else { return nil }
                return (start..<index, after..<body.endIndex)
            }
            index += 1
        }
        return nil
    }

    /// Whether a few words read as a person, people or role: capitalised words or initials (with
    /// `and`), a family word, or a name or role from the attendance lists.
    func namesSomeone(_ tokens: ArraySlice<Token>) -> Bool {
        let words = tokens.filter { $0.shape != .punctuation }
        guard !words.isEmpty, words.count <= 6, let first = words.first, !vocabulary.taskVerbs.contains(first.folded) else { return false }
        if vocabulary.familyWords.matchesWhole(tokens) || vocabulary.vagueOwners.matchesWhole(tokens) { return true }
        if words.contains(where: { knownPeople.contains($0.folded) }) { return true }
        return words.allSatisfy { token in
            token.shape == .initial || token.shape == .upperWord || MeetingBuilder.joinWords.contains(token.folded)
                || (token.shape == .word && bytes[token.range.start] >= UInt8(ascii: "A") && bytes[token.range.start] <= UInt8(ascii: "Z"))
        }
    }

    /// `Refer Isla to CAMHS (Dr Fiona Ross, GP, by 27/03/2026)`: a closing bracket that names the
    /// owner. Only when the bracket also gives a timescale, or names someone the meeting knows, so
    /// that `(Early Help Assessment)` is not taken for a person.
    func bracketOwner(_ range: Range<Int>, timing: ActionTiming) -> Range<Int>? {
        var end = range.upperBound
        while end > range.lowerBound, meeting.tokens[end - 1].shape == .punctuation, meeting.tokens[end - 1].folded != MeetingBuilder.closeBracket { end -= 1 }
        if end > range.lowerBound, meeting.tokens[end - 1].folded != MeetingBuilder.closeBracket {
            // `Refer A. to CAMHS (Tom Reed) by 28/03/2026`: a bracket followed by the timescale
            // alone. (The timescale is not the bracket's, so the bracket must name someone the
            // meeting knows.)
            guard let close = (max(range.lowerBound, end - 8)..<end).last(where: { meeting.tokens[$0].folded == MeetingBuilder.closeBracket }),
                timing.reader.holdsTimescale(meeting.tokens[(close + 1)..<end], bytes: bytes, context: timing.context)
            else { return nil }
            end = close + 1
        }
        guard end > range.lowerBound, meeting.tokens[end - 1].folded == MeetingBuilder.closeBracket,
            let open = openingBracket(closedAt: end - 1, from: range.lowerBound), open > range.lowerBound
        else { return nil }
        // The bracket's parts, split at commas and semicolons.
        var parts: [Range<Int>] = []
        var start = open + 1
        for index in (open + 1)..<(end - 1) where meeting.tokens[index].folded == MeetingBuilder.comma || meeting.tokens[index].folded == MeetingBuilder.semicolon {
            parts.append(start..<index)
            start = index + 1
        }
        parts.append(start..<(end - 1))
        let partTimed = parts.map { timing.reader.holdsTimescale(meeting.tokens[$0], bytes: bytes, context: timing.context) }
        let timed = partTimed.contains(true)
        for (part, partIsTimed) in zip(parts, partTimed) where !part.isEmpty {
            let tokens = meeting.tokens[part]
            guard !partIsTimed, namesSomeone(tokens) else { continue }
            if timed || tokens.contains(where: { knownPeople.contains($0.folded) }) || vocabulary.familyWords.matchesWhole(tokens) { return part }
        }
        return nil
    }

    /// `Refer A. to CAMHS – Tom Reed – 28/03/2026`: a later dash-separated part that names a person.
    func trailingOwner(_ tokens: Range<Int>, timing: ActionTiming) -> Range<Int>? {
        var segments: [Range<Int>] = []
        var start = tokens.lowerBound
        for index in tokens where MeetingBuilder.dashes.contains(meeting.tokens[index].folded) {
            // A hyphen inside a word is part of it; a spaced dash separates.
            let token = meeting.tokens[index]
            let spacedBefore = index > tokens.lowerBound && meeting.tokens[index - 1].range.end < token.range.start
            let spacedAfter = index + 1 < tokens.upperBound && meeting.tokens[index + 1].range.start > token.range.end
            guard spacedBefore && spacedAfter || bytes[token.range.start] != UInt8(ascii: "-") else { continue }
            segments.append(start..<index)
            start = index + 1
        }
        segments.append(start..<tokens.upperBound)
        guard segments.count > 1 else { return nil }
        for segment in segments.dropFirst() {
            var trimmed = segment
            while let last = trimmed.last, meeting.tokens[last].shape == .punctuation { trimmed = trimmed.lowerBound..<last }
            let slice = meeting.tokens[trimmed]
            guard !slice.isEmpty, slice.count <= 12 else { continue }
            if timing.reader.holdsTimescale(slice, bytes: bytes, context: timing.context) {
                // `– Tom Reed by 28/03/2026`, `– Tom Reed, 28/03/2026`: the name, then the
                // timescale alone. (The timescale is not part of the name, so the name must be
                // someone the meeting knows.)
                guard let cut = trimmed.first(where: { isTimescaleCut($0, after: trimmed.lowerBound) }),
                    timing.reader.holdsTimescale(meeting.tokens[cut..<trimmed.upperBound], bytes: bytes, context: timing.context)
                else { continue }
                var name = trimmed.lowerBound..<cut
                while let last = name.last, meeting.tokens[last].shape == .punctuation { name = name.lowerBound..<last }
                let words = meeting.tokens[name]
                if !words.isEmpty, words.count <= 6, namesPerson(words),
                    words.contains(where: { knownPeople.contains($0.folded) }) || vocabulary.familyWords.matchesWhole(words)
                {
                    return name
                }
                continue
            }
            guard slice.count <= 6 else { continue }
            if namesPerson(slice) || vocabulary.familyWords.matchesWhole(slice) || vocabulary.vagueOwners.matchesWhole(slice) { return trimmed }
        }
        return nil
    }

    /// `ACTION: TR`, `Action: Tom Reed by 27/03/2026`, `ACTION: SW/HV`: an `Action:` value that
    /// names only who will do it (and perhaps when), the task being the sentence before it, as
    /// minutes written item by item put it. Returns the owner's tokens. The name must read as
    /// one (`namesOnlyAnOwner`): initials (`TR`, `SW/HV`), someone the meeting knows, a family
    /// word, a role or an organisation, or a vague owner (`All`, which `action-owner` reports);
    /// a task (`Refer A. to CAMHS`, `REFER TO CAMHS`) names no one.
    func actionValueOwner(_ value: Range<Int>, timing: ActionTiming) -> Range<Int>? {
        // A name and a timescale are short: a long value is a task, and is not read (each cut
        // looked for below reads the rest of the value for a timescale).
        guard value.count <= MeetingBuilder.longestOwnerValue else { return nil }
        let value = trimmedPart(value)
        guard let firstIndex = value.first, meeting.tokens[firstIndex].isWord else { return nil }
        // The name: at most seven tokens, up to a spaced dash or to where a timescale that ends
        // the value starts. Read a token at a time, so that a task (most values) is known for
        // one at its verb or `to` (`SW TO VISIT`, `Mum will attend`), before any timescale is
        // looked for. A bracket's words are a note (`SP (with RD's help)`), not a task.
        var name = value
        var index = value.lowerBound
        var depth = 0
        while index < value.upperBound {
            let token = meeting.tokens[index]
            if token.folded == MeetingBuilder.openBracket { depth += 1 }
            if token.folded == MeetingBuilder.closeBracket { depth = max(0, depth - 1) }
            if depth == 0, MeetingBuilder.isOwnerVerb(token.folded) || vocabulary.taskVerbs.contains(token.folded) { return nil }
            if index > value.lowerBound, depth == 0,
                MeetingBuilder.ownerEnds.contains(token.folded) && isSpacedSeparator(index)
                    || isTimescaleCut(index, after: value.lowerBound)
                        && timing.reader.holdsTimescale(meeting.tokens[index..<value.upperBound], bytes: bytes, context: timing.context)
            {
                name = value.lowerBound..<index
                break
            }
            index += 1
            if index - value.lowerBound > 7 { return nil }
        }
        // The marks before the cut go, but a closing bracket (`School (TR)`).
        while let last = name.last, meeting.tokens[last].shape == .punctuation, meeting.tokens[last].folded != MeetingBuilder.closeBracket {
            name = name.lowerBound..<last
        }
        if namesOnlyAnOwner(name) { return name }
        // `SP (with RD's help)`: the name before a closing bracket's note.
        if let last = name.last, meeting.tokens[last].folded == MeetingBuilder.closeBracket, let open = openingBracket(closedAt: last, from: name.lowerBound),
            open > name.lowerBound, namesOnlyAnOwner(name.lowerBound..<open)
        {
            return name.lowerBound..<open
        }
        return nil
    }

    /// Where a timescale starts in an owner's value (`Nadia by 19/05/2026`, `Nadia, this week`,
    /// `Year 6 teacher by Friday`): the first token of the first timescale read in it, with the
    /// `by`, comma or dash before it, when some name comes first. The value's start when it is
    /// a timescale from its first word, a `by` (`Who: by 19/05/2026`: no one is named). Nil
    /// otherwise (`April Jones` may be someone), or when the value is longer than a name and a
    /// timescale (`longestOwnerValue` tokens).
    func ownerTimescaleCut(_ value: Range<Int>, timing: ActionTiming) -> Int? {
        guard value.count > 1, value.count <= MeetingBuilder.longestOwnerValue,
            let timescale = timing.reader.firstTimescale(meeting.tokens[value], bytes: bytes, context: timing.context),
            var cut = value.firstIndex(where: { meeting.tokens[$0].range.start >= timescale.range.start })
        else { return nil }
        while cut > value.lowerBound, TimescaleReader.byWords.contains(meeting.tokens[cut - 1].folded)
            || meeting.tokens[cut - 1].folded == MeetingBuilder.comma || MeetingBuilder.ownerEnds.contains(meeting.tokens[cut - 1].folded)
        {
            cut -= 1
        }
        if cut == value.lowerBound { return TimescaleReader.byWords.contains(meeting.tokens[cut].folded) ? cut : nil }
        return meeting.tokens[value.lowerBound..<cut].contains(where: \.isWord) ? cut : nil
    }

    /// `   - Nadia, this week` under an action's item (`1. Report the mould to Hollins Homes.`): a
    /// sub-item's line, among `lines` after the `first`, that names only who will do the action
    /// and perhaps when (`actionValueOwner`), as plans typed as a list put the owner under the
    /// task. Lines with a part's key (`Who: Nadia`) are read as parts already.
    func subItemOwner(_ lines: Range<Int>, first: Int, timing: ActionTiming) -> Range<Int>? {
        let paragraph = document[meeting.lines[first].node].parent
        for lineIndex in lines where lineIndex != first {
            let line = meeting.lines[lineIndex]
            guard line.kind == .text, !line.tokens.isEmpty else { continue }
            let lineParagraph = document[line.node].parent
            guard lineParagraph >= 0, lineParagraph != paragraph else { continue }
            let item = document[lineParagraph].parent
            guard item >= 0, document[item].kind == .listItem, inlineParts(line.tokens).isEmpty else { continue }
            if let owner = actionValueOwner(line.tokens, timing: timing) { return owner }
        }
        return nil
    }

    /// Whether the tokens at `name` name only who will do an action (`actionValueOwner`).
    func namesOnlyAnOwner(_ name: Range<Int>) -> Bool {
        let words = meeting.tokens[name]
        guard !words.isEmpty else { return false }
        // `ACTION: N/A`, `Action: None`, `TBC`: no one.
        guard !vocabulary.placeholders.matchesWhole(words), vocabulary.noneWords.match(words, at: words.startIndex) == nil else { return false }
        if vocabulary.familyWords.matchesWhole(words) || vocabulary.vagueOwners.matchesWhole(words) || vocabulary.professionalWords.matchesWhole(words)
            || vocabulary.organisationOwners.matchesWhole(words)
        {
            return true
        }
        guard namesPerson(words) else { return false }
        // Initials (`TR`, `SW/HV`, `J.S.`): capitals of three letters at most, so that `URGENT`,
        // `ONGOING` or `ASAP` are not taken for someone.
        let initials = words.allSatisfy {
            $0.shape == .initial || $0.shape == .upperWord && $0.range.count <= 3 || $0.shape == .punctuation || MeetingBuilder.joinWords.contains($0.folded)
        }
        return initials || words.contains(where: { knownPeople.contains($0.folded) })
    }

    /// The owner that `meeting.lines[lineIndex]` names where the whole line is an owner's action
    /// mark (`ACTION: TR`, `ACTION – TR`, `(ACTION: TR)`, `Action by: TR`: `ownerMark`): the task
    /// is the sentence before it.
    func ownerLineOwner(_ lineIndex: Int, timing: ActionTiming) -> Range<Int>? {
        guard lineIndex < meeting.lines.count else { return nil }
        let kind = meeting.lines[lineIndex].kind
        guard kind == .text || kind == .field else { return nil }
        let tokens = meeting.lines[lineIndex].tokens
        guard let index = leadingActionWord(lineIndex), let mark = ownerMark(at: index, inLine: lineIndex, timing: timing), mark.start == tokens.lowerBound else { return nil }
        return mark.owner
    }

    /// The index of the word `action` where it opens `meeting.lines[lineIndex]`, after a bracket
    /// or emphasis (`ACTION`, `(ACTION`, `**ACTION`).
    func leadingActionWord(_ lineIndex: Int) -> Int? {
        let tokens = meeting.lines[lineIndex].tokens
        var index = tokens.lowerBound
        while index < tokens.upperBound, index - tokens.lowerBound < 3, isEmphasisMark(meeting.tokens[index]) || meeting.tokens[index].folded == MeetingBuilder.openBracket {
            index += 1
        }
        return index < tokens.upperBound && meeting.tokens[index].folded == MeetingBuilder.actionWord ? index : nil
    }

    /// The owner the value of `meeting.lines[lineIndex]` names, a field line (`ACTIONS: SP`, whose
    /// key opens a section of the plan of its own), where it names only the owner (`actionValueOwner`).
    func fieldValueOwner(_ lineIndex: Int, timing: ActionTiming) -> Range<Int>? {
        let node = document[meeting.lines[lineIndex].node]
        guard !node.content.isEmpty else { return nil }
        let tokens = meeting.lines[lineIndex].tokens
        let start = meeting.tokens[tokens].firstIndex { $0.range.start >= node.content.start } ?? tokens.upperBound
        return actionValueOwner(start..<tokens.upperBound, timing: timing)
    }

    /// Where the task that an owner's `Action:` line (`meeting.lines[lineIndex]`) follows starts:
    /// the last sentence of the text line just before it in its section, which may have started
    /// a line or two before that one in its paragraph. Nil when no text line comes just before.
    func taskBefore(_ lineIndex: Int) -> (line: Int, token: Int)? {
        let line = lineIndex - 1
        guard line >= 0, meeting.lines[line].kind == .text, !meeting.lines[line].tokens.isEmpty else { return nil }
        // In the same section, or the one an `Actions:` field's own section stands in.
        var section = meeting.lines[lineIndex].section
        if section >= 0, meeting.sections[section].style == .field { section = meeting.sections[section].parent }
        guard meeting.lines[line].section == section || meeting.lines[line].section == meeting.lines[lineIndex].section else { return nil }
        return sentenceStart(endingAt: meeting.lines[line].tokens.upperBound, inLine: line)
    }

    /// Where the sentence that ends just before the token at `end`, in line `line`, starts: after
    /// the sentence end before it, which may stand a line or two back in its paragraph (three
    /// lines are read at most).
    func sentenceStart(endingAt end: Int, inLine line: Int) -> (line: Int, token: Int) {
        var line = line
        let sentenceEnds = MeetingBuilder.sentenceEnds
        /// Whether the token at `index` ends a sentence: not the full stop of an initial or title.
        func ends(_ index: Int) -> Bool {
            let token = meeting.tokens[index]
            guard sentenceEnds.contains(token.folded) else { return false }
            guard token.folded == Meeting.fullStop, index > 0 else { return true }
            let before = meeting.tokens[index - 1]
            return before.shape != .initial && !MeetingBuilder.titles.contains(before.folded)
        }
        // The marks that end the task's own sentence are its own.
        var index = end - 1
        while index > meeting.lines[line].tokens.lowerBound, meeting.tokens[index].shape == .punctuation { index -= 1 }
        for _ in 0..<3 {
            let tokens = meeting.lines[line].tokens
            while index >= tokens.lowerBound {
                if ends(index) { return (line, index + 1) }
                index -= 1
            }
            // The sentence started at this line's start, or on the line before in its paragraph.
            let previous = line - 1
            guard previous >= 0, meeting.lines[previous].kind == .text, document[meeting.lines[previous].node].parent == document[meeting.lines[line].node].parent,
                let last = meeting.lines[previous].tokens.last, !ends(last)
            else { break }
            line = previous
            index = last
        }
        return (line, meeting.lines[line].tokens.lowerBound)
    }

    /// `… his first appointment. ACTION: SP`, `ACTION – SP`, `(ACTION: SP)`, `**ACTION: SP**`:
    /// owners' action marks in lines of text outside the plan, each naming who will do the
    /// sentence before it; and the word leading a task of its own (`taskLead`). (A line `ACTION:
    /// SP` of its own is a field line, read with the others; in the plan, a line's `Action:` key
    /// is read with its parts.) The word is looked for in the record's tokens in one pass, and
    /// only where it stands are lines read.
    func readOwnerMarks(timing: ActionTiming, into found: inout ActionsFound) {
        let actionWord = MeetingBuilder.actionWord
        var lineIndex = 0
        var from = 0
        while let index = MeetingBuilder.firstToken(actionWord, in: meeting.tokens, from: from) {
            from = index + 1
            // The mark's line: lines' tokens stand in order.
            while lineIndex < meeting.lines.count, meeting.lines[lineIndex].tokens.upperBound <= index { lineIndex += 1 }
            guard lineIndex < meeting.lines.count, meeting.lines[lineIndex].tokens.contains(index) else { continue }
            // A line of text, or a field line other than an `Action:` line (`Action by: SP`).
            let kind = meeting.lines[lineIndex].kind
            guard kind == .text || kind == .field && !(document[meeting.lines[lineIndex].node].kind == .fieldLine && isWhatKey(document[meeting.lines[lineIndex].node].key))
            else { continue }
            let section = meeting.lines[lineIndex].section
            if section >= 0, meeting.sections[section].context.contains(.actions) || meeting.sections[section].context.contains(.previousActions) { continue }
            guard let mark = ownerMark(at: index, inLine: lineIndex, timing: timing) else {
                // `Action – Tom Reed to share …`, `ACTION (TR): share …`, `ACTION TR: share …`: the
                // word leads a task of its own.
                if let lead = taskLead(at: index, inLine: lineIndex) {
                    readAction(
                        first: lineIndex, lines: lineIndex..<(lineIndex + 1), range: meeting.lines[lineIndex].range, task: .none, isPrevious: false, valueOnly: false,
                        taskFrom: lead.task, markOwner: lead.owner, timing: timing, into: &found)
                }
                continue
            }
            // The task: the sentence before the mark on its line, or before its line.
            let task: (line: Int, token: Int)
            let end: Int
            if mark.start > meeting.lines[lineIndex].tokens.lowerBound {
                task = sentenceStart(endingAt: mark.start, inLine: lineIndex)
                end = mark.start
            } else if let before = taskBefore(lineIndex) {
                task = before
                end = meeting.lines[lineIndex - 1].tokens.upperBound
            } else {
                continue
            }
            readMarkedAction(task: task, end: end, markLine: lineIndex, owner: mark.owner, timing: timing, into: &found)
        }
    }

    /// The index of the first token from `start` on whose folded hash is `hash`: a plain loop over
    /// the tokens' memory, as a record's every token passes here.
    static func firstToken(_ hash: UInt64, in tokens: [Token], from start: Int) -> Int? {
        tokens.withUnsafeBufferPointer { tokens in
            var index = start
            while index < tokens.count {
                if tokens[index].folded == hash { return index }
                index += 1
            }
            return nil
        }
    }

    /// The owner's action mark whose word `action` is `meeting.tokens[index]`, in line `lineIndex`:
    /// where the mark starts (its bracket or emphasis included) and the owner's tokens. The mark
    /// starts its line, or follows a sentence's end or opens a bracket; its word is followed by a
    /// colon or a dash (or, starting its line, by the owner alone: `ACTION SP`, when the record
    /// lists SP); the rest of the line names only the owner (`actionValueOwner`).
    func ownerMark(at index: Int, inLine lineIndex: Int, timing: ActionTiming) -> (start: Int, owner: Range<Int>)? {
        let line = meeting.lines[lineIndex].tokens
        var start = index
        var bracketed = false
        while start > line.lowerBound, isEmphasisMark(meeting.tokens[start - 1]) || meeting.tokens[start - 1].folded == MeetingBuilder.openBracket {
            if meeting.tokens[start - 1].folded == MeetingBuilder.openBracket { bracketed = true }
            start -= 1
        }
        let startsLine = start == line.lowerBound
        if !startsLine, !bracketed {
            let before = meeting.tokens[start - 1].folded
            // `… appointment. ACTION: SP`, `… appointment – ACTION: SP`.
            guard MeetingBuilder.sentenceEnds.contains(before) || before == MeetingBuilder.closeBracket || MeetingBuilder.dashes.contains(before) && isSpacedSeparator(start - 1)
            else { return nil }
        }
        var value = index + 1
        while value < line.upperBound, isEmphasisMark(meeting.tokens[value]) { value += 1 }
        var separated = false
        // `Action by: SP`.
        if value + 1 < line.upperBound, meeting.tokens[value].folded == TimescaleReader.byWord, meeting.tokens[value + 1].folded == MeetingBuilder.colon { value += 1 }
        if value < line.upperBound, meeting.tokens[value].folded == MeetingBuilder.colon || MeetingBuilder.dashes.contains(meeting.tokens[value].folded) {
            value += 1
            separated = true
        }
        guard separated || startsLine else { return nil }
        while value < line.upperBound, isEmphasisMark(meeting.tokens[value]) { value += 1 }
        var end = line.upperBound
        while end > value,
            isEmphasisMark(meeting.tokens[end - 1]) || meeting.tokens[end - 1].folded == Meeting.fullStop
                || bracketed && meeting.tokens[end - 1].folded == MeetingBuilder.closeBracket
        {
            end -= 1
        }
        guard end > value, let owner = actionValueOwner(value..<end, timing: timing) else { return nil }
        // `ACTION PLAN`: a bare mark names someone the record lists, or family.
        if !separated {
            let words = meeting.tokens[owner]
            guard words.contains(where: { knownPeople.contains($0.folded) }) || vocabulary.familyWords.matchesWhole(words) else { return nil }
        }
        return (start, owner)
    }

    /// Where the task that the word `action` at `meeting.tokens[index]` leads starts, and the
    /// owner it names, where the word starts its line (after emphasis) and is followed by a
    /// spaced dash (`Action – Tom Reed to share …`: the owner is read from the task), a bracket
    /// naming someone and a colon (`ACTION (TR): share …`), or a short name and a colon
    /// (`ACTION TR: share …`). (`Action plan agreed` leads nothing.)
    func taskLead(at index: Int, inLine lineIndex: Int) -> (task: Int, owner: Range<Int>?)? {
        let line = meeting.lines[lineIndex].tokens
        var start = index
        while start > line.lowerBound, isEmphasisMark(meeting.tokens[start - 1]) { start -= 1 }
        guard start == line.lowerBound else { return nil }
        var next = index + 1
        while next < line.upperBound, isEmphasisMark(meeting.tokens[next]) { next += 1 }
        guard next < line.upperBound else { return nil }
        let token = meeting.tokens[next]
        if MeetingBuilder.ownerEnds.contains(token.folded), isSpacedSeparator(next) {
            return next + 1 < line.upperBound ? (next + 1, nil) : nil
        }
        // The name runs to a colon within a few tokens: in a bracket, or bare.
        let bracketed = token.folded == MeetingBuilder.openBracket
        let nameStart = bracketed ? next + 1 : next
        guard let colon = (nameStart..<min(line.upperBound, nameStart + 6)).first(where: { meeting.tokens[$0].folded == MeetingBuilder.colon }),
            colon + 1 < line.upperBound
        else { return nil }
        var nameEnd = colon
        if bracketed {
            guard colon - 1 > nameStart, meeting.tokens[colon - 1].folded == MeetingBuilder.closeBracket else { return nil }
            nameEnd = colon - 1
        }
        guard nameEnd > nameStart, namesSomeone(meeting.tokens[nameStart..<nameEnd]) else { return nil }
        return (colon + 1, nameStart..<nameEnd)
    }

    /// Files the action an owner's mark gives: its task the tokens from `task` to `end`, its
    /// owner `owner`, its text running on to the end of the mark's line.
    func readMarkedAction(task: (line: Int, token: Int), end: Int, markLine: Int, owner: Range<Int>, timing: ActionTiming, into found: inout ActionsFound) {
        let whatTokens = task.token..<max(task.token, end)
        let taskLine = meeting.lines[task.line].tokens
        let whatLine = whatTokens.upperBound <= taskLine.upperBound ? taskLine : nil
        guard let what = place(whatTokens, origin: .text, line: whatLine) else { return }
        var action = ActionDraft(
            range: SourceRange(meeting.tokens[task.token].range.start, meeting.lines[task.line].range.end), what: what,
            owner: PartPlace(range: span(owner), origin: .field, text: .plain, lineTokens: nil), dueText: nil, due: nil, measure: nil, status: nil,
            task: .none, tokens: task.token..<meeting.lines[markLine].tokens.upperBound, whatTokens: whatTokens, isPrevious: false)
        var roomTokens: [Token] = []
        swap(&roomTokens, &found.tokensRoom)
        completeAction(&action, excluded: [owner], dueTokens: nil, whatLine: whatLine, timing: timing, tokensRoom: &roomTokens)
        found.tokensRoom = consume roomTokens
        append(action, to: &found)
    }

    /// Whether every token of a dash-separated part reads as part of a name: initials, capitals,
    /// capitalised words, marks and `and`.
    func namesPerson(_ tokens: ArraySlice<Token>) -> Bool {
        tokens.allSatisfy { token in
            token.shape == .initial || token.shape == .upperWord || token.shape == .punctuation
                || (token.shape == .word && bytes[token.range.start] >= UInt8(ascii: "A") && bytes[token.range.start] <= UInt8(ascii: "Z"))
                || token.folded == MeetingBuilder.andWord
        }
    }

    /// Whether a timescale may start at `meeting.tokens[index]`, after a name that starts at
    /// `start`: a comma, a word that makes a date a deadline (`by`, `before`, the `w` of `w/c` …)
    /// or a date's first token (a number).
    func isTimescaleCut(_ index: Int, after start: Int) -> Bool {
        guard index > start else { return false }
        let token = meeting.tokens[index]
        return token.folded == MeetingBuilder.comma || token.shape == .number || TimescaleReader.byWords.contains(token.folded)
            || token.folded == TimescaleReader.wWord
    }

    func readTableActions(_ table: Int32, isPrevious: Bool, timing: ActionTiming, into found: inout ActionsFound) {
        // What each column holds, by its offset in the row (nil: nothing an action has).
        var columns: [ActionPart?] = []
        var hasColumns = false
        var columnsPlaceOwnerOrDue = false
        var headerSeen = false
        // The rows' left-out tokens in one buffer kept from row to row (and action to action).
        // (Taken as two locals and moved back, as in `readAction`.)
        var (roomParts, roomExcluded) = found.takeRoom()
        var roomTokens: [Token] = []
        swap(&roomTokens, &found.tokensRoom)
        // Each row's first line looked for first after the last row's lines.
        var guess = -1
        for row in document.children(of: table) {
            let node = document[row]
            if node.isDelimiter { continue }
            let cells = document.cells(of: row)
            if !headerSeen {
                headerSeen = true
                // Each cell's part, in order (appended into room made for them: an array made
                // full of nils costs more than one filled as it goes).
                var mapped: [ActionPart?] = []
                mapped.reserveCapacity(cells.count)
                var mappedCount = 0
                for cell in cells {
                    let part = columnPart(cell)
                    mapped.append(part)
                    if part != nil { mappedCount += 1 }
                }
                if node.isHeader || mappedCount >= 2 {
                    // Settled before it is shared with `columns`: changed after, it was copied.
                    if !mapped.contains(.what), let free = mapped.firstIndex(where: { $0 == nil }) { mapped[free] = .what }
                    columns = mapped
                    hasColumns = columns.contains { $0 != nil }
                    columnsPlaceOwnerOrDue = columns.contains(.owner) || columns.contains(.due)
                    continue
                }
            }
            guard cells.contains(where: { !$0.isEmpty }) else { continue }
            guard let first = lineIndex(ofCell: cells[cells.startIndex], row: row, guess: guess) else { continue }
            let lines = first..<(first + cells.count)
            guess = lines.upperBound
            let allTokens = meeting.lines[first].tokens.lowerBound..<meeting.lines[lines.upperBound - 1].tokens.upperBound
            var action = ActionDraft(
                range: node.range, what: nil, owner: nil, dueText: nil, due: nil, measure: nil, status: nil, task: .none, tokens: allTokens,
                whatTokens: meeting.lines[first].tokens, isPrevious: isPrevious)
            var dueTokens: Range<Int>?
            if !roomExcluded.isEmpty { roomExcluded.removeAll(keepingCapacity: true) }
            if !hasColumns {
                // No header: the first cell is the task; a later cell with a timescale is when; a short one is who.
                action.what = place(meeting.lines[first].tokens, origin: .column)
                for offset in 1..<cells.count {
                    let line = meeting.lines[first + offset]
                    let tokens = meeting.tokens[line.tokens]
                    guard !tokens.isEmpty else { continue }
                    if action.dueText == nil, timing.reader.holdsTimescale(tokens, bytes: bytes, context: timing.context) {
                        let trimmed = trimmedPart(line.tokens)
                        dueTokens = trimmed
                        action.dueText = place(trimmed: trimmed, origin: .column, line: line.tokens)
                    } else if action.owner == nil, tokens.count <= 8 {
                        action.owner = place(line.tokens, origin: .column, line: line.tokens)
                    }
                }
            } else {
                // Column by column, left to right; where two columns mean the same part (`Target
                // date`, `Completion date`), the first the row fills is it.
                // The parts filled so far, as bits (`MeetingBuilder.bit(_:)`).
                var filled: UInt8 = 0
                let count = min(columns.count, cells.count)
                for offset in 0..<count {
                    guard let partKind = columns[offset] else { continue }
                    let line = meeting.lines[first + offset]
                    if partKind == .status || partKind == .owner { roomExcluded.append(line.tokens) }
                    guard filled & MeetingBuilder.bit(partKind) == 0 else { continue }
                    let valueTokens = trimmedPart(line.tokens)
                    let value = place(trimmed: valueTokens, origin: .column, line: line.tokens)
                    if value == nil, columns[(offset + 1)..<count].contains(partKind) { continue }
                    filled |= MeetingBuilder.bit(partKind)
                    let cell = cells[cells.startIndex + offset]
                    switch partKind {
                    case .what:
                        action.what = value
                        action.whatTokens = line.tokens
                    case .owner: action.owner = value ?? PartPlace(range: cell, origin: .column, text: .empty, lineTokens: nil)
                    case .due:
                        action.dueText = value ?? PartPlace(range: cell, origin: .column, text: .empty, lineTokens: nil)
                        dueTokens = value == nil ? nil : valueTokens
                    case .measure: action.measure = value
                    case .status: action.status = value
                    }
                }
            }
            if action.what == nil, action.owner == nil, action.dueText == nil { continue }
            if columnsPlaceOwnerOrDue {
                // Columns say where the owner and the date are; the task's words are only the task.
                let ownerGiven = action.owner != nil
                completeColumns(&action, excluded: roomExcluded, ownerGiven: ownerGiven, dueTokens: dueTokens, timing: timing, tokensRoom: &roomTokens)
            } else {
                // A row's task is one cell's tokens: one line's.
                completeAction(&action, excluded: roomExcluded, dueTokens: dueTokens, whatLine: action.whatTokens, timing: timing, tokensRoom: &roomTokens)
            }
            append(action, to: &found)
        }
        found.partsRoom = consume roomParts
        found.excludedRoom = consume roomExcluded
        found.tokensRoom = consume roomTokens
    }

    /// A part's bit in a set of parts held as bits.
    static func bit(_ part: ActionPart) -> UInt8 {
        switch part {
        case .what: 1
        case .owner: 2
        case .due: 4
        case .measure: 8
        case .status: 16
        }
    }

    /// The part of an action a column's title names. A title of plain ASCII, without brackets,
    /// slashes, code marks or line ends, is looked up by the hash of its normal form read from its
    /// bytes: its plain text differs from its bytes only in what the normal form drops, and it
    /// has no aside or halves to try. Any other is read from its text.
    func columnPart(_ cell: SourceRange) -> ActionPart? {
        for index in cell.start..<cell.end {
            let byte = bytes[index]
            if byte >= 0x80 || byte == UInt8(ascii: "(") || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "`") || byte == UInt8(ascii: "\r")
                || byte == UInt8(ascii: "\n")
            {
                return columnPart(title: plain(cell))
            }
        }
        if let part = vocabulary.actionPartsByHash[fieldHash(cell)] { return part }
        return isWhatKey(cell) ? .what : nil
    }

    /// The part of an action a column's title names, read from its text.
    func columnPart(title: String) -> ActionPart? {
        if let part = vocabulary.column(title, in: vocabulary.actionParts) { return part }
        if isWhatKey(title) || TextKey.split(title, at: ["/"]).contains(where: isWhatKey) { return .what }
        return nil
    }

    /// Completes a table action whose columns name the owner or the date.
    func completeColumns(
        _ action: inout ActionDraft, excluded: [Range<Int>], ownerGiven: Bool, dueTokens: Range<Int>?, timing: ActionTiming, tokensRoom: inout [Token]
    ) {
        if !ownerGiven {
            let what = meeting.tokens[action.whatTokens]
            // A row's task is one cell's tokens: one line's.
            if let owner = ownerFirst(what) { action.owner = place(owner, origin: .text, line: action.whatTokens) }
        }
        if let dueText = action.dueText, !dueText.isEmpty {
            let tokens = dueTextTokens(dueText, dueTokens)
            if let due = explicitDue(tokens, timing: timing) {
                action.due = due
                action.dueIsExplicit = true
                return
            }
        }
        action.due = timing.reader.due(tokens(action.tokens, excluding: excluded, into: &tokensRoom), bytes: bytes, context: timing.context)
    }

    /// `lineIndex(ofCell:row:)`, tried first at `guess`, which is taken only where the search would
    /// find it: the line is the cell's, and the line before it is not (lines stand in order of
    /// their starts, and a row's lines in order of their rows).
    func lineIndex(ofCell cell: SourceRange, row: Int32, guess: Int) -> Int? {
        if guess >= 0, guess < meeting.lines.count, meeting.lines[guess].range.start == cell.start, meeting.lines[guess].node == row {
            guard guess > 0 else { return guess }
            let before = meeting.lines[guess - 1]
            if before.range.start < cell.start || (before.range.start == cell.start && before.node < row) { return guess }
        }
        return lineIndex(ofCell: cell, row: row)
    }

    /// The line made from a table cell.
    func lineIndex(ofCell cell: SourceRange, row: Int32) -> Int? {
        var low = 0
        var high = meeting.lines.count - 1
        while low <= high {
            let middle = (low + high) / 2
            let line = meeting.lines[middle]
            if line.range.start < cell.start || (line.range.start == cell.start && line.node < row) {
                low = middle + 1
            } else if line.range.start > cell.start || line.node > row {
                high = middle - 1
            } else {
                var candidate = middle
                while candidate > 0, meeting.lines[candidate - 1].range.start == cell.start, meeting.lines[candidate - 1].node == row { candidate -= 1 }
                return candidate
            }
        }
        return nil
    }
}
