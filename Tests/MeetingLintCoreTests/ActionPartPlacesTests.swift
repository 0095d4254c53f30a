import Foundation
import Testing

@testable import MeetingLintCore

/// The action reader finds and completes an action's parts as places (`MeetingBuilder.PartPlace`)
/// and makes each part once, as the action is made, rather than assigning parts as they are
/// found and settling the owner's and status's text after. The actions it reads are the ones
/// the reading that assigned parts read (kept below as the reference), field for field, over the
/// corpus, random plans and awkward records.
@Suite struct ActionPartPlacesTests {
    /// Every field of an action, its parts' text, ranges, origins and kept tokens included.
    static func describe(_ action: Action) -> String {
        func describe(_ part: Action.Part?) -> String {
            guard let part else { return "nil" }
            return "\(part.text)|\(part.range)|\(part.origin)|\(String(describing: part.lineTokens))|\(part.isEmpty)"
        }
        return [
            "\(action.range)", describe(action.what), describe(action.owner), describe(action.dueText), String(describing: action.due),
            "\(action.dueIsExplicit)", describe(action.measure), describe(action.status), "\(action.task)", "\(action.tokens)",
            "\(action.whatTokens)", "\(action.isPrevious)",
        ].joined(separator: " ; ")
    }

    /// Records with previous actions (statuses in the text, task boxes), tables with and without
    /// headers, keys with no value, and owners in brackets, after dashes and before labels.
    static let awkwardRecords: [String] = [
        """
        # Review

        Date: 14/03/2026
        Next meeting: 28/04/2026

        ## Attendees

        - Tom Reed, Social Worker
        - Gemma Hill (mum)

        ## Previous actions

        - [x] Refer to CAMHS
        - [ ] Book the review
        - Gemma to complete the review — completed 20/02
        - Complete the EHA (not done)
        - Tom Reed to visit weekly. Status:
        - Owner: Due: Status: done
        1. Health: Priya to weigh A. by 9/3

        | Action | Owner | Status |
        |---|---|---|
        | Share the plan | Tom | Done |
        | Visit home |  |  |

        ## Actions

        - Refer Isla to CAMHS (Dr Fiona Ross, GP, by 27/03/2026)
        - Refer A. to CAMHS – Tom Reed – 28/03/2026
        - Lead: Priya Shah — weigh A. fortnightly
        - Owner: — Due: —
        - Health: Priya to weigh A.
        - Tom Reed: refer A. within 2 weeks
        - Visit the family. Owner: Jo Wells. Due: next meeting. Measure: A. attends school
        - Dad to attend all meetings, ongoing

        | Visit home | weekly | Tom Reed |
        | Share the plan | Jo | by Friday |

        | Target date | Completion date | Action | Who? |
        |---|---|---|---|
        |  | 2/52 | Refer to CAMHS | Tom Reed to |
        | 12/04/2026 |  | Mum to attend | |

        Action: SW to visit weekly
        """,
        "## Actions\n\nAction:\n\n- \n- Owner:\n",
        "## Previous actions\n\n- Completed\n- Tom to complete the EHA\n\n## Plan\n\n| a | b |\n|---|---|\n| | |\n",
    ]

    /// The documents compared: the corpus's, random plans and the awkward records.
    static let documents: [Document] = ActionSpeedTests.meetings.map(\.document)
        + PartLineTokensTests.randomRecords().enumerated().map { Document(parsing: SourceFile(path: "random-\($0.offset).md", text: $0.element)) }
        + awkwardRecords.enumerated().map { Document(parsing: SourceFile(path: "awkward-\($0.offset).md", text: $0.element)) }

    @Test func actionsReadAsTheyDidWhenPartsWereAssigned() {
        let catalogue = Catalogue.builtIn
        let settings = ModelSettings(vocabulary: catalogue.vocabulary, profiles: catalogue.orderedProfiles)
        var compared = 0
        var statuses = 0
        var mismatches: [String] = []
        for document in ActionPartPlacesTests.documents {
            var builder = MeetingBuilder(document: document, settings: settings)
            builder.build()
            var placed = MeetingBuilder.ActionsFound()
            builder.readActions(into: &placed)
            var assigned = MeetingBuilder.ActionsFound()
            builder.referenceReadActions(into: &assigned)
            let new = (placed.actions + placed.previousActions).map(ActionPartPlacesTests.describe)
            let old = (assigned.actions + assigned.previousActions).map(ActionPartPlacesTests.describe)
            if new != old { mismatches.append("\(document.source.path): \(zip(new, old).first { $0 != $1 } ?? ("\(new.count)", "\(old.count)"))") }
            compared += old.count
            statuses += assigned.previousActions.filter { $0.status != nil }.count
        }
        #expect(compared > 1000)
        #expect(statuses > 20)
        #expect(mismatches.isEmpty, "\(mismatches.prefix(3))")
    }
}

// The reading that assigned each part as it was found, and settled the owner's and status's text
// once the action was complete: the reference the reading by places is compared with.
extension MeetingBuilder {
    /// The parts of an action given by their keys (`Owner: Tom Reed`), one slot a kind of part.
    struct ReferenceFoundParts {
        var what: Action.Part?
        var owner: Action.Part?
        var due: Action.Part?
        var measure: Action.Part?
        var status: Action.Part?
        /// The due part's tokens (in `meeting.tokens`), when it has a value.
        var dueTokens: Range<Int>?

        subscript(part: ActionPart) -> Action.Part? {
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

    func referenceReadActions(into found: inout ActionsFound) {
        let timing = ActionTiming(reader: vocabulary.timescales, context: meeting.timescaleContext)
        for index in meeting.sections.indices {
            // Read in place: a section copied out retains its title's bytes and its blocks.
            let isPrevious = meeting.sections[index].context.contains(.previousActions)
            guard isPrevious || meeting.sections[index].context.contains(.actions) else { continue }
            if meeting.sections[index].style == .field {
                let line = meeting.sections[index].lines.lowerBound
                if !isPrevious {
                    // `ACTIONS: SP` after a discussion's sentence names who will do that sentence.
                    if let owner = fieldValueOwner(line, timing: timing), let task = taskBefore(line) {
                        readMarkedAction(task: task, end: meeting.lines[line - 1].tokens.upperBound, markLine: line, owner: owner, timing: timing, into: &found)
                        continue
                    }
                    referenceReadAction(first: line, lines: line..<(line + 1), range: meeting.lines[line].range, task: .none, isPrevious: false, valueOnly: true, timing: timing, into: &found)
                }
                continue
            }
            // A paragraph's line may take the next paragraph's owner's `Action:` line with it.
            var consumedUntil = 0
            for block in meeting.sections[index].blocks {
                switch document[block].kind {
                case .list:
                    // Each item's first line looked for first after the last item's lines.
                    var guess = -1
                    for item in document.children(of: block) {
                        guess = referenceReadListAction(item, isPrevious: isPrevious, guess: guess, timing: timing, into: &found)
                    }
                case .table:
                    referenceReadTableActions(block, isPrevious: isPrevious, timing: timing, into: &found)
                case .paragraph:
                    // Each line looked for first after the one before (`lineIndex(of:guess:)`).
                    var guess = -1
                    for lineNode in document.children(of: block) {
                        let located = lineIndex(of: lineNode, guess: guess)
                        if let located { guess = located + 1 }
                        guard let lineIndex = located, lineIndex >= consumedUntil, meeting.lines[lineIndex].section == index,
                            meeting.lines[lineIndex].kind != .heading
                        else { continue }
                        consumedUntil = referenceReadParagraphAction(lineIndex, isPrevious: isPrevious, inPlan: true, timing: timing, into: &found)
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
            let item = enclosingItem(line.node)
            // The item's first line, if this one, is found at once (`lineIndex(of:guess:)`).
            if let item, lineIndex != firstLineIndex(of: item, guess: lineIndex) { continue }
            if let item {
                referenceReadListAction(item, isPrevious: false, guess: lineIndex, timing: timing, into: &found)
            } else if let owner = ownerLineOwner(lineIndex, timing: timing), let task = taskBefore(lineIndex) {
                // `ACTION: TR` after a discussion's sentence: that sentence is the task.
                readMarkedAction(task: task, end: meeting.lines[lineIndex - 1].tokens.upperBound, markLine: lineIndex, owner: owner, timing: timing, into: &found)
            } else {
                referenceReadParagraphAction(lineIndex, isPrevious: false, inPlan: false, timing: timing, into: &found)
            }
        }
        // `… appointment. ACTION: SP`, `ACTION – SP` in text outside the plan.
        readOwnerMarks(timing: timing, into: &found)
    }

    /// Reads a list item's action, its first line looked for first at `guess`; returns the index
    /// of the line after the item's lines (where the next item's first line most often is), or
    /// `guess` if it has none.
    @discardableResult
    func referenceReadListAction(_ item: Int32, isPrevious: Bool, guess: Int = -1, timing: ActionTiming, into found: inout ActionsFound) -> Int {
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
        // (Since the plans that are the contingency too: an item there that opens with a
        // condition, `- If Kai goes missing: …`, is a step of the contingency, no action.)
        let section = meeting.lines[first].section
        if !isPrevious, section >= 0, meeting.sections[section].context.contains(.contingency) {
            let body = sentenceBody(meeting.tokens[meeting.lines[first].tokens])
            if let start = body.indices.first, vocabulary.conditions.match(body, at: start) != nil { return lines.upperBound }
        }
        referenceReadAction(first: first, lines: lines, range: range, task: node.task, isPrevious: isPrevious, valueOnly: false, timing: timing, into: &found)
        return lines.upperBound
    }

    /// Reads an action from a paragraph line (and the lines an `Action:` line wraps onto); returns
    /// the index of the first line it did not use.
    @discardableResult
    func referenceReadParagraphAction(_ lineIndex: Int, isPrevious: Bool, inPlan: Bool, timing: ActionTiming, into found: inout ActionsFound) -> Int {
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
        // `ACTION: NFA`, `Action: see above`: no action.
        if keyIsWhat {
            var words = body
            while let last = words.last, last.shape == .punctuation { words = words.dropLast() }
            if vocabulary.noneWords.match(body, at: body.startIndex) != nil || vocabulary.elsewhere.matchesWhole(words) { return end }
        }
        if !keyIsWhat {
            // In the plan, every line of prose is an action, unless it is a note, an introduction
            // or a pointer elsewhere; among previous actions, only a line that reads as one.
            guard inPlan else { return end }
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
        // `ACTION: TR` on the next line names who will do this line's task: read with it.
        var markOwner: Range<Int>?
        if !keyIsWhat, end < meeting.lines.count, meeting.lines[end].section == line.section, let owner = ownerLineOwner(end, timing: timing) {
            markOwner = owner
            end += 1
        }
        // `ACTION (TR): share …`: the word leads the task.
        var taskFrom: Int?
        if !keyIsWhat, let word = leadingActionWord(lineIndex), let lead = taskLead(at: word, inLine: lineIndex) {
            taskFrom = lead.task
            markOwner = lead.owner ?? markOwner
        }
        referenceReadAction(
            markOwner: markOwner, first: lineIndex, lines: lineIndex..<end, range: range, task: .none, isPrevious: isPrevious, valueOnly: false, taskFrom: taskFrom,
            timing: timing, into: &found)
        return end
    }

    /// Settles a previous action's status and files the action.
    func referenceAppend(_ action: consuming Action, to found: inout ActionsFound) {
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
                action.status = Action.Part(text: plain(span(found.index..<(found.index + found.length))), range: span(found.index..<(found.index + found.length)), origin: .text)
            } else if action.task != .none {
                action.status = Action.Part(text: action.task == .done ? "done" : "not yet done", range: action.range, origin: .text)
            }
        }
        // The owner's and status's text are what rules read, some more than once: made once here.
        action.owner?.settle()
        action.status?.settle()
        found.file(consume action)
    }
    /// The part made of `tokens` without the punctuation around them; `line` is the tokens of
    /// the one line that holds them all, where known (`referencePart(trimmed:origin:line:)`).
    func referencePart(_ tokens: Range<Int>, origin: Action.Origin, line: Range<Int>? = nil) -> Action.Part? {
        referencePart(trimmed: trimmedPart(tokens), origin: origin, line: line)
    }

    /// A part's tokens without the punctuation around them (but `?`, an opening `[` and a
    /// The part made of tokens already trimmed (`trimmedPart(_:)`), if they hold any text.
    /// `line` is the tokens of the one line that holds them all, where the caller knows it: the
    /// part then keeps its tokens (`Action.Part.lineTokens`), so that rules need not find them.
    func referencePart(trimmed range: Range<Int>, origin: Action.Origin, line: Range<Int>? = nil) -> Action.Part? {
        guard !range.isEmpty else { return nil }
        let spanned = span(range)
        guard !Meeting.plainTextIsEmpty(of: spanned, in: bytes) else { return nil }
        let onOneLine = line.map { range.lowerBound >= $0.lowerBound && range.upperBound <= $0.upperBound } ?? false
        return Action.Part(plainTextOf: spanned, in: bytes, origin: origin, lineTokens: onOneLine ? range : nil)
    }

    /// Builds an action from its lines (the first holds the task; any line may hold parts) and
    /// files it: filed here, not returned, the action is moved into the list rather than copied.
    func referenceReadAction(
        markOwner: Range<Int>? = nil, first: Int, lines: Range<Int>, range: SourceRange, task: TaskState, isPrevious: Bool, valueOnly: Bool, taskFrom: Int? = nil,
        timing: ActionTiming, into found: inout ActionsFound
    ) {
        let firstLine = meeting.lines[first]
        var whatTokens = firstLine.tokens
        if valueOnly {
            let node = document[firstLine.node]
            let start = meeting.tokens[firstLine.tokens].firstIndex { $0.range.start >= node.content.start } ?? firstLine.tokens.upperBound
            whatTokens = start..<firstLine.tokens.upperBound
        }
        if let taskFrom { whatTokens = taskFrom..<firstLine.tokens.upperBound }
        var whatValue: Range<Int>?
        var parts = ReferenceFoundParts()
        var room = found.takeRoom()
        for lineIndex in lines {
            let lineTokens = lineIndex == first ? whatTokens : meeting.lines[lineIndex].tokens
            if !room.parts.isEmpty { room.parts.removeAll(keepingCapacity: true) }
            inlineParts(lineTokens, into: &room.parts)
            if lineIndex == first {
                if let firstPart = room.parts.first {
                    whatTokens = lineTokens.lowerBound..<firstPart.keyStart
                    if firstPart.keyStart == lineTokens.lowerBound || whatTokens.allSatisfy({ meeting.tokens[$0].shape == .punctuation }) {
                        whatTokens = firstPart.part == .what ? firstPart.value : whatTokens
                    }
                }
            }
            for var inline in room.parts where parts[inline.part] == nil {
                if inline.part == .what { whatValue = inline.value }
                if inline.part == .owner, let cut = inline.value.first(where: { MeetingBuilder.ownerEnds.contains(meeting.tokens[$0].folded) && isSpacedSeparator($0) }) {
                    // `Lead: Priya Shah — weigh A. fortnightly`: the owner ends at the dash, and what
                    // follows is the task when nothing came before the key.
                    if lineIndex == first, whatTokens.isEmpty || whatTokens.allSatisfy({ meeting.tokens[$0].shape == .punctuation }) {
                        whatTokens = (cut + 1)..<inline.value.upperBound
                    }
                    inline.value = inline.value.lowerBound..<cut
                } else if inline.part == .owner, let cut = ownerTimescaleCut(inline.value, timing: timing) {
                    // `Who: Nadia by 19/05/2026`: the owner ends where the timescale starts.
                    inline.value = inline.value.lowerBound..<cut
                }
                let valueTokens = trimmedPart(inline.value)
                if let value = referencePart(trimmed: valueTokens, origin: .field, line: lineTokens) {
                    parts[inline.part] = value
                    if inline.part == .due { parts.dueTokens = valueTokens }
                } else if inline.part == .owner || inline.part == .due {
                    // `Owner:` with nothing after it: the key is there, the value is not.
                    parts[inline.part] = Action.Part(text: "", range: span(inline.keyStart..<inline.value.upperBound), origin: .field)
                }
                if inline.part == .status || inline.part == .owner { room.excluded.append(inline.keyStart..<inline.value.upperBound) }
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
        // An `Action:` value that names only who will do the task is its owner.
        // So is a sub-item under the task that names only who will do it (`   - Nadia, this week`).
        if parts.owner == nil,
            let owner = whatValue.flatMap({ actionValueOwner($0, timing: timing) }) ?? markOwner
                ?? (lines.count > 1 && !valueOnly ? subItemOwner(lines, first: first, timing: timing) : nil)
        {
            parts.owner = Action.Part(plainTextOf: span(owner), in: bytes, origin: .field, lineTokens: nil)
            room.excluded.append(owner)
        }
        let allTokens = (taskFrom != nil ? whatTokens.lowerBound : firstLine.tokens.lowerBound)..<meeting.lines[lines.upperBound - 1].tokens.upperBound
        guard !allTokens.isEmpty else {
            found.giveBack(room)
            return
        }
        // The task's line, where the task stands on one (its owner may be read from its words).
        let whatLine = whatTokens.lowerBound >= firstLine.tokens.lowerBound && whatTokens.upperBound <= firstLine.tokens.upperBound ? firstLine.tokens : nil
        // The task's words, else the `Action:` part's value.
        let what = referencePart(whatTokens, origin: .text, line: whatLine) ?? parts.what.take()
        // Made, completed and filed without a local holding it: a local passed on to be filed
        // was copied (every part's text retained) and the copy destroyed. The parts found are
        // moved in (`take()`), not copied and then destroyed with `parts`.
        let action = Action(
            range: range, what: what, owner: parts.owner.take(), dueText: parts.due.take(), due: nil,
            dueIsExplicit: false, measure: parts.measure.take(), status: parts.status.take(), task: task, tokens: allTokens,
            whatTokens: whatTokens, isPrevious: isPrevious)
        referenceAppend(referenceCompleted(action, excluded: room.excluded, dueTokens: parts.dueTokens, whatLine: whatLine, timing: timing), to: &found)
        found.giveBack(room)
    }

    /// `referenceCompleteAction(_:excluded:dueTokens:whatLine:timing:)` of an action handed over, which is given back.
    func referenceCompleted(_ action: consuming Action, excluded: [Range<Int>], dueTokens: Range<Int>?, whatLine: Range<Int>?, timing: ActionTiming) -> Action {
        var action = action
        referenceCompleteAction(&action, excluded: excluded, dueTokens: dueTokens, whatLine: whatLine, timing: timing)
        return action
    }

    /// Finds the owner in the task's words and the timescale in the action's text, where no field gave them.
    /// `dueTokens` are the tokens of `action.dueText`, where it was made from tokens of one line.
    /// `whatLine` is the tokens of the one line that holds all the task's, if one does.
    func referenceCompleteAction(_ action: inout Action, excluded: [Range<Int>], dueTokens: Range<Int>?, whatLine: Range<Int>?, timing: ActionTiming) {
        let what = meeting.tokens[action.whatTokens]
        if action.owner == nil, let owner = ownerFirst(what) {
            action.owner = referencePart(owner, origin: .text, line: whatLine)
        }
        if action.owner == nil, let (owner, task) = leadingOwner(what) {
            // `Health: Priya to weigh A.` — an owner-first sentence after the label names the person.
            if let inner = ownerFirst(meeting.tokens[task]) {
                action.owner = referencePart(inner, origin: .text, line: whatLine)
            } else {
                action.owner = referencePart(owner, origin: .text, line: whatLine)
                action.whatTokens = task
            }
        }
        if action.owner == nil,
            let owner = bracketOwner(action.whatTokens, timing: timing) ?? trailingOwner(action.whatTokens, timing: timing)
                ?? passiveOwner(action.whatTokens, timing: timing)
        {
            action.owner = referencePart(owner, origin: .text, line: whatLine)
        }
        if let dueText = action.dueText, !dueText.isEmpty {
            let tokens = referenceDueTextTokens(dueText, dueTokens)
            if let due = explicitDue(tokens, timing: timing) {
                action.due = due
                action.dueIsExplicit = true
                return
            }
        }
        // A timescale anywhere in the action's text, leaving out its status and owner.
        let tokens = tokens(action.tokens, excluding: excluded)
        if let due = timing.reader.due(tokens, bytes: bytes, context: timing.context) {
            action.due = due
            if let position = tokens.firstIndex(where: { $0.range.start == due.range.start }), position > tokens.startIndex {
                action.dueIsExplicit = TimescaleReader.followsByWord(tokens, at: position, strong: false)
            }
        }
    }

    /// The tokens of a due field's or column's value. Made of the tokens `dueTokens` of one line,
    /// whose tokens were read from the line's whole range at once, the value's range reads as
    /// those very tokens again: the tokenizer carries nothing from one token to the next, and
    /// looks ahead past a token's end only to see that it ends there. So they are sliced, not
    /// tokenized again.
    func referenceDueTextTokens(_ dueText: Action.Part, _ dueTokens: Range<Int>?) -> ArraySlice<Token> {
        guard let dueTokens else { return tokens(in: dueText.range)[...] }
        return meeting.tokens[dueTokens]
    }

    /// An action's tokens (`all`, its `tokens`) less those `excluded` (its status and owner): a
    /// slice of the record's tokens where nothing is left out. Given the range, not the action,
    func referenceReadTableActions(_ table: Int32, isPrevious: Bool, timing: ActionTiming, into found: inout ActionsFound) {
        // What each column holds, by its offset in the row (nil: nothing an action has).
        var columns: [ActionPart?] = []
        var hasColumns = false
        var columnsPlaceOwnerOrDue = false
        var headerSeen = false
        // The rows' left-out tokens in one buffer kept from row to row (and action to action).
        var room = found.takeRoom()
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
            var action = Action(
                range: node.range, what: nil, owner: nil, dueText: nil, due: nil, dueIsExplicit: false, measure: nil,
                status: nil, task: .none, tokens: allTokens, whatTokens: meeting.lines[first].tokens, isPrevious: isPrevious)
            var dueTokens: Range<Int>?
            if !room.excluded.isEmpty { room.excluded.removeAll(keepingCapacity: true) }
            if !hasColumns {
                // No header: the first cell is the task; a later cell with a timescale is when; a short one is who.
                action.what = referencePart(meeting.lines[first].tokens, origin: .column)
                for offset in 1..<cells.count {
                    let line = meeting.lines[first + offset]
                    let tokens = meeting.tokens[line.tokens]
                    guard !tokens.isEmpty else { continue }
                    if action.dueText == nil, !timing.reader.read(tokens, bytes: bytes, context: timing.context).isEmpty {
                        let trimmed = trimmedPart(line.tokens)
                        dueTokens = trimmed
                        action.dueText = referencePart(trimmed: trimmed, origin: .column, line: line.tokens)
                    } else if action.owner == nil, tokens.count <= 8 {
                        action.owner = referencePart(line.tokens, origin: .column, line: line.tokens)
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
                    if partKind == .status || partKind == .owner { room.excluded.append(line.tokens) }
                    guard filled & MeetingBuilder.bit(partKind) == 0 else { continue }
                    let valueTokens = trimmedPart(line.tokens)
                    let value = referencePart(trimmed: valueTokens, origin: .column, line: line.tokens)
                    if value == nil, columns[(offset + 1)..<count].contains(partKind) { continue }
                    filled |= MeetingBuilder.bit(partKind)
                    let cell = cells[cells.startIndex + offset]
                    switch partKind {
                    case .what:
                        action.what = value
                        action.whatTokens = line.tokens
                    case .owner: action.owner = value ?? Action.Part(text: "", range: cell, origin: .column)
                    case .due:
                        action.dueText = value ?? Action.Part(text: "", range: cell, origin: .column)
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
                referenceCompleteColumns(&action, excluded: room.excluded, ownerGiven: ownerGiven, dueTokens: dueTokens, timing: timing)
            } else {
                // A row's task is one cell's tokens: one line's.
                referenceCompleteAction(&action, excluded: room.excluded, dueTokens: dueTokens, whatLine: action.whatTokens, timing: timing)
            }
            referenceAppend(action, to: &found)
        }
        found.giveBack(room)
    }

    /// Completes a table action whose columns name the owner or the date.
    func referenceCompleteColumns(_ action: inout Action, excluded: [Range<Int>], ownerGiven: Bool, dueTokens: Range<Int>?, timing: ActionTiming) {
        if !ownerGiven {
            let what = meeting.tokens[action.whatTokens]
            // A row's task is one cell's tokens: one line's.
            if let owner = ownerFirst(what) { action.owner = referencePart(owner, origin: .text, line: action.whatTokens) }
        }
        if let dueText = action.dueText, !dueText.isEmpty {
            let tokens = referenceDueTextTokens(dueText, dueTokens)
            if let due = explicitDue(tokens, timing: timing) {
                action.due = due
                action.dueIsExplicit = true
                return
            }
        }
        action.due = timing.reader.due(tokens(action.tokens, excluding: excluded), bytes: bytes, context: timing.context)
    }

    /// `lineIndex(ofCell:row:)`, tried first at `guess`, which is taken only where the search would
    /// find it: the line is the cell's, and the line before it is not (lines stand in order of
}

extension MeetingBuilder.ActionsFound {
    /// Gives the room back once nothing else holds it (as the reference reading did).
    mutating func giveBack(_ room: consuming (parts: [MeetingBuilder.InlinePart], excluded: [Range<Int>])) {
        swap(&room.parts, &partsRoom)
        swap(&room.excluded, &excludedRoom)
    }
}
