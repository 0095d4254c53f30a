/// `circulation`: the record says how and when it will be circulated, and a `circulated` date is
/// within the profile's limit.
struct Circulation: BuiltInCheck, SetUpCheck {
    static let id = "circulation"

    /// A context's limit, its words, and the filters of their first words, read once.
    final class Setup: Sendable {
        let limit: Interval?
        let circulationWords: PhraseSet
        let circulationFirst: FirstWords
        let recordWords: PhraseSet
        let recordFirst: FirstWords

        init(limit: Interval?, circulationWords: PhraseSet, circulationFirst: FirstWords, recordWords: PhraseSet, recordFirst: FirstWords) {
            self.limit = limit
            self.circulationWords = circulationWords
            self.circulationFirst = circulationFirst
            self.recordWords = recordWords
            self.recordFirst = recordFirst
        }
    }

    /// What the check derives from a context (`SetUpCheck`): made once for each rule and
    /// profile, when the linter is made.
    func makeSetup(_ context: CheckContext) -> Setup {
        let circulationWords = context.phrases("circulation-words")
        let recordWords = context.phrases("record-words")
        return Setup(
            limit: context.interval("circulate-within"),
            circulationWords: circulationWords, circulationFirst: FirstWords([circulationWords]),
            recordWords: recordWords, recordFirst: FirstWords([recordWords]))
    }

    func check(_ meeting: Meeting, _ words: WordIndex, _ context: CheckContext) -> [Finding] {
        let setup = self.setup(context)
        let limit = setup.limit
        // A `circulated` field that gives no date, and says no other when: reported unless the
        // record says when elsewhere (`**Distribution:** All present` beside `Minutes to be
        // circulated within 5 working days.`).
        var fieldFinding: Finding?
        if let field = meeting.field(.circulated) {
            switch meeting.circulatedDate {
            case .valid(let sent, let range):
                guard let date = meeting.meetingDate.day else { return [] }
                if sent < date {
                    return [Finding(range, "The record says it was circulated on \(sent), before the meeting on \(date).")]
                }
                if let limit, sent > limit.last(after: date, holidays: meeting.holidays) {
                    let working = date.workingDays(to: sent, holidays: meeting.holidays)
                    return [Finding(
                        range,
                        "The record was circulated \(plural(working, "working day")) after the meeting; it should go out within \(limit).",
                        help: "Send the record within \(limit) of the meeting (by \(limit.last(after: date, holidays: meeting.holidays)) for this one).")]
                }
                return []
            case .impossible, .unset, .missing:
                // A circulated field that is not a date (`by email, within 5 working days`) still says how and when.
                if Circulation.saysWhen(meeting, meeting.text(field.valueRange), context) { return [] }
                fieldFinding = Finding(
                    field.lineRange, "The record does not say when it was or will be circulated.",
                    help: "Give the date it was sent, or when it will be (e.g. 'within 5 working days').")
            }
        }
        // The substantial sections' indexes: each read in place, not copied into an array.
        let sections = meeting.sectionIndexes(.distribution).filter { meeting.sections[$0].substance == .present }
        // `Minutes to be circulated to all present within 5 working days.`, anywhere: the record
        // itself named (not `attendance figures shared with the nurse by 20/03/2026`).
        // Circulation words are tried only where one of their first words stands (no other token
        // starts a match); a sentence is read further at its first match, and then not tried again.
        let sentences = meeting.sentences()
        var says = false
        var decided = -1
        words.forEachStart(of: setup.circulationWords, in: sentences) { index, position in
            let tokens = meeting.tokens[sentences[index].tokens]
            guard index != decided, setup.circulationWords.match(tokens, at: position, setup.circulationFirst) != nil else { return true }
            decided = index
            guard setup.recordWords.firstMatch(in: tokens, setup.recordFirst) != nil else { return true }
            // Whether one is concrete, stopped at the first such (no list of them made).
            says = context.vocabulary.timescales.holdsConcreteTimescale(tokens, bytes: meeting.source.bytes, context: meeting.timescaleContext)
            return !says
        }
        if says { return [] }
        // An action of the plan that sends the record round says when too: asked only where
        // nothing else has (the record would be reported otherwise).
        func unlessThePlanSays(_ finding: Finding) -> [Finding] {
            Circulation.planSendsTheRecord(meeting, circulationWords: setup.circulationWords, recordWords: setup.recordWords) ? [] : [finding]
        }
        guard !sections.isEmpty else {
            if let fieldFinding { return unlessThePlanSays(fieldFinding) }
            if let empty = meeting.firstSection(.distribution) {
                return unlessThePlanSays(Finding(empty.headingRange, "The distribution section is empty: it does not say who the record will be sent to, or when."))
            }
            return unlessThePlanSays(.missing("The record does not say who it will be sent to or when."))
        }
        let timing = meeting.timescaleContext
        for section in sections {
            // Stopped at the first timescale, with no list of them made.
            if context.vocabulary.timescales.holdsTimescale(meeting.contentTokens(of: meeting.sections[section]), bytes: meeting.source.bytes, context: timing) {
                return []
            }
        }
        if let fieldFinding { return unlessThePlanSays(fieldFinding) }
        return unlessThePlanSays(Finding(
            meeting.sections[sections[0]].headingRange, "The record says who it goes to, but not when it will be circulated.",
            help: "Add when it will be sent, e.g. 'Minutes to be circulated within 5 working days'."))
    }

    /// Whether an action of the plan sends the record round by a time of its own: `| Circulate
    /// these minutes to attendees | Elin Davies | By 17:00, 07/05/2026 |` (its task sends the
    /// record, named within three words of sending; its timescale, in another cell, is concrete).
    /// `Send weekly attendance to Liam` sends something else, and `put a plan in place` no plan.
    static func planSendsTheRecord(_ meeting: Meeting, circulationWords: PhraseSet, recordWords: PhraseSet) -> Bool {
        meeting.actions.indices.contains { index in
            guard let due = meeting.actions[index].due, due.isConcrete else { return false }
            let task = meeting.tokens[meeting.actions[index].whatTokens]
            // Each sending tried where it starts, with no list of them made.
            var position = task.startIndex
            while position < task.endIndex {
                guard let length = circulationWords.match(task, at: position) else {
                    position += 1
                    continue
                }
                let after = position + length
                if recordWords.firstMatch(in: task[after..<min(task.endIndex, after + 3)]) != nil { return true }
                position = after
            }
            return false
        }
    }

    /// Whether text holds a timescale.
    static func saysWhen(_ meeting: Meeting, _ text: String, _ context: CheckContext) -> Bool {
        let bytes = Array(text.utf8)
        var tokens: [Token] = []
        Tokenizer.tokenize(bytes, SourceRange(0, bytes.count), into: &tokens)
        return context.vocabulary.timescales.holdsConcreteTimescale(tokens[...], bytes: bytes, context: meeting.timescaleContext)
    }
}
