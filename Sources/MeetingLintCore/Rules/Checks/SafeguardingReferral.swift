/// `safeguarding-referral`: a new safeguarding concern raised in the record comes with who will
/// make the referral and to whom.
struct SafeguardingReferral: BuiltInCheck, SetUpCheck {
    static let id = "safeguarding-referral"

    /// A context's phrase sets, and the filters of their first words, read once.
    final class Setup: Sendable {
        let triggers: PhraseSet
        let triggersFirst: FirstWords
        let negations: PhraseSet
        let negationsFirst: FirstWords
        let actions: PhraseSet
        let actionsFirst: FirstWords
        let destinations: PhraseSet
        let destinationsFirst: FirstWords
        let conditions: PhraseSet
        let conditionalProcesses: PhraseSet
        let teamWords: TokenSet

        init(
            triggers: PhraseSet, triggersFirst: FirstWords, negations: PhraseSet, negationsFirst: FirstWords, actions: PhraseSet,
            actionsFirst: FirstWords, destinations: PhraseSet, destinationsFirst: FirstWords, conditions: PhraseSet,
            conditionalProcesses: PhraseSet, teamWords: TokenSet
        ) {
            self.triggers = triggers
            self.triggersFirst = triggersFirst
            self.negations = negations
            self.negationsFirst = negationsFirst
            self.actions = actions
            self.actionsFirst = actionsFirst
            self.destinations = destinations
            self.destinationsFirst = destinationsFirst
            self.conditions = conditions
            self.conditionalProcesses = conditionalProcesses
            self.teamWords = teamWords
        }
    }

    /// A sentence that raises a concern, and where its first trigger stands.
    struct Concern {
        let sentence: Int
        let trigger: Range<Int>
    }

    /// What the check derives from a context (`SetUpCheck`): made once for each rule and
    /// profile, when the linter is made.
    func makeSetup(_ context: CheckContext) -> Setup {
        let vocabulary = context.vocabulary
        let actions = vocabulary.phrases("wording/referral-actions")
        let triggers = context.phrases("triggers")
        let negations = vocabulary.phrases("wording/negations")
        let destinations = vocabulary.phrases("wording/referral-destinations")
        return Setup(
            triggers: triggers, triggersFirst: FirstWords([triggers]),
            negations: negations, negationsFirst: FirstWords([negations]),
            actions: actions, actionsFirst: FirstWords([actions]),
            destinations: destinations, destinationsFirst: FirstWords([destinations]), conditions: vocabulary.conditions,
            conditionalProcesses: vocabulary.phrases("wording/conditional-processes"), teamWords: vocabulary.words("wording/team-words"))
    }

    func check(_ meeting: Meeting, _ words: WordIndex, _ context: CheckContext) -> [Finding] {
        let setup = self.setup(context)
        let triggers = setup.triggers
        let negations = setup.negations
        let actions = setup.actions
        let actionsFirst = setup.actionsFirst
        let destinations = setup.destinations
        let destinationsFirst = setup.destinationsFirst
        let conditions = setup.conditions
        // Who will refer, and to whom: an action with an owner, or a sentence naming both, with the
        // referral before where it goes (`refer to MASH`, not `police stopped him … phone`), and not
        // a condition (`If he goes missing, Mum will report it to the police`). The destination may
        // be part of the referral words themselves: `request a strategy discussion`.
        func refers(_ tokens: ArraySlice<Token>) -> Bool {
            var index = tokens.startIndex
            while index < tokens.endIndex {
                if let length = actions.match(tokens, at: index, actionsFirst) {
                    let window = tokens[index..<min(tokens.endIndex, index + length + 12)]
                    if destinations.firstMatch(in: window, destinationsFirst) != nil { return true }
                    index += length
                } else {
                    index += 1
                }
            }
            return false
        }
        func conditional(_ tokens: ArraySlice<Token>) -> Bool {
            guard let first = tokens.indices.first else { return false }
            return conditions.match(tokens, at: first) != nil
        }
        // The first sentence that raises a concern and does not deny it, or say in the same
        // paragraph that it was reported (`Mum reported it to the police the same evening`).
        let sentences = meeting.sentences()
        func paragraph(_ sentence: Meeting.Sentence) -> Int32 {
            let line = meeting.lines[sentence.line]
            return line.kind == .text || line.kind == .field ? meeting.document[line.node].parent : -1 - Int32(sentence.line)
        }
        // Whether each sentence says who refers and to whom (and is no condition): read once per
        // sentence, however many concerns share its paragraph. 0: not read yet, 1: yes, 2: no.
        // Only a sentence that holds a first word of the referral actions can say so (`refers`
        // matches nowhere else): with the index, those are found at once, and every other
        // sentence is a no without its tokens being read. (Without it, in a huge record, finding
        // them would read every sentence: each is read when asked instead.)
        var reportsMemo: [UInt8] = []
        func readCandidates() {
            guard reportsMemo.isEmpty else { return }
            if words.scans {
                reportsMemo = [UInt8](filledWith: 0, count: sentences.count)
                return
            }
            reportsMemo = [UInt8](filledWith: 2, count: sentences.count)
            for index in words.sentences(sentences, mayHold: actions) { reportsMemo[index] = 0 }
        }
        func reports(_ index: Int) -> Bool {
            readCandidates()
            if reportsMemo[index] == 0 {
                let tokens = meeting.tokens[sentences[index].tokens]
                reportsMemo[index] = refers(tokens) && !conditional(tokens) ? 1 : 2
            }
            return reportsMemo[index] == 1
        }
        // Whether a paragraph has a sentence that says who refers and to whom: worked out once per
        // paragraph, however many concerns it raises. Its sentences are chained at the first
        // concern: `firstOf` a paragraph's first sentence, `nextOf` each sentence's next one there.
        var firstOf: [Int32: Int] = [:]
        var nextOf: [Int] = []
        var handledMemo: [Int32: Bool] = [:]
        func handled(_ here: Int32) -> Bool {
            if let known = handledMemo[here] { return known }
            if nextOf.isEmpty {
                nextOf = [Int](filledWith: -1, count: sentences.count)
                for index in sentences.indices.reversed() {
                    let key = paragraph(sentences[index])
                    if let following = firstOf[key] { nextOf[index] = following }
                    firstOf[key] = index
                }
            }
            var index = firstOf[here] ?? -1
            var answer = false
            while index >= 0 {
                if reports(index) {
                    answer = true
                    break
                }
                index = nextOf[index]
            }
            handledMemo[here] = answer
            return answer
        }
        // The sentences that raise a concern (and do not deny it, list people, or only say what
        // would follow one), in order, each with its first trigger: a trigger is tried only where
        // one of its first words stands (no other token starts a match), and a sentence is read
        // further at its first match only. Whether a concern's paragraph says it was reported is
        // asked after, in order, outside the search (asked inside, its memos were checked for
        // exclusive access at every reading).
        var concerns: [Concern] = []
        var decided = -1
        words.forEachStart(of: triggers, in: sentences) { index, position in
            let tokens = meeting.tokens[sentences[index].tokens]
            guard index != decided, let length = triggers.match(tokens, at: position, setup.triggersFirst) else { return true }
            // A trigger that names a team or a role (`a referral to the Exploitation Team`, `the
            // CSE worker`) raises no concern; a later one in the sentence still may.
            let after = position + length
            if after < tokens.endIndex, setup.teamWords.contains(tokens[after].folded) { return true }
            decided = index
            // A list of who attended or sent apologies names teams, not concerns (`DC Matt
            // Hughes – Missing and Exploitation Team`).
            let section = meeting.lines[sentences[index].line].section
            if section >= 0, meeting.sections[section].context.contains(.attendance) || meeting.sections[section].context.contains(.apologies) {
                return true
            }
            // A process that would only start if a concern arose (`If new information comes to
            // light, a strategy discussion will be held`), or that the contingency plan names, is
            // a contingency, not a concern raised; harm in such a sentence (`If A. goes home
            // tonight, she is at risk of significant harm`) still is one.
            let inContingency = section >= 0 && meeting.sections[section].context.contains(.contingency)
            let contingent = (inContingency || conditional(tokens)) && setup.conditionalProcesses.match(tokens, at: position) != nil
            if negations.firstMatch(in: tokens, setup.negationsFirst) == nil, !contingent {
                concerns.append(Concern(sentence: index, trigger: position..<(position + length)))
            }
            return true
        }
        var raised: (Meeting.Sentence, Range<Int>)?
        for concern in concerns where !handled(paragraph(sentences[concern.sentence])) {
            raised = (sentences[concern.sentence], concern.trigger)
            break
        }
        guard let (sentence, trigger) = raised else { return [] }
        // Each action read in place: a copy would retain each of its parts.
        for index in meeting.actions.indices where meeting.actions[index].owner != nil {
            let tokens = meeting.tokens[meeting.actions[index].tokens]
            if refers(tokens), !conditional(meeting.tokens[meeting.actions[index].whatTokens]) { return [] }
        }
        // The sentences that may report, in order: no other does.
        for index in words.sentences(sentences, mayHold: actions) {
            let other = sentences[index]
            let tokens = meeting.tokens[other.tokens]
            let section = meeting.lines[other.line].section
            if section >= 0, meeting.sections[section].context.contains(.contingency) { continue }
            guard reports(index) else { continue }
            let namesSomeone = tokens.dropFirst().contains { token in
                let first = meeting.source.bytes[token.range.start]
                return (token.shape == .word && first >= UInt8(ascii: "A") && first <= UInt8(ascii: "Z")) || token.shape == .initial
            }
            if namesSomeone { return [] }
        }
        let line = meeting.lines[sentence.line]
        let raisedWords = meeting.text(meeting.span(trigger))
        return [Finding(
            line.range,
            "This raises a safeguarding concern (\(quote(raisedWords))), but the record does not say who will make the referral or to whom.",
            redacted: "This raises a safeguarding concern, but the record does not say who will make the referral or to whom.",
            help: "Record who will make the referral, to whom — children's social care (the front door or MASH), the police, or the Local Authority Designated Officer (LADO) — and when, e.g. 'Jane Smith (school safeguarding lead) to refer to children's social care today.'")]
    }
}
