import Foundation
import Testing

@testable import MeetingLintCore

/// An action part the builder made of one line's tokens keeps them (`Action.Part.lineTokens`),
/// and rules read them from there rather than searching the record's lines: the kept tokens
/// are the ones `Meeting.lineTokens(exactly:near:)` finds, and `Meeting.partTokens` gives the
/// same tokens as the search does, over the corpus and over random plans.
@Suite struct PartLineTokensTests {
    /// Records whose plans mix lists, fields, tables, owner-first sentences, owners in brackets
    /// and after dashes, tasks wrapped over lines, emphasis, tabs and non-ASCII names.
    static func randomRecords() -> [String] {
        let owners = ["Tom Reed", "Priya Shah (SW)", "*Jo Wells*", "`Dr Ross`", "Zoë Ärnström", "all", "School nurse", "Sam_Lee", "Health visitor, GP", "Jo Wells & Tom Reed"]
        let tasks = ["refer to CAMHS", "weigh A. fortnightly", "book the\tnext review", "share the plan", "visit home **weekly**", "check school attendance"]
        let dues = ["by 27/03/2026", "next week", "ongoing", "TBC", "within 2 weeks", "by Friday"]
        var random = BuilderSpeedTests.Random(state: 0x0A11_7E5E_ED)
        func pick(_ list: [String]) -> String { list[random.below(list.count)] }
        var records: [String] = []
        for _ in 0..<250 {
            var text = "# Core group meeting\n\nDate: 14/03/2026\n\n## Attendees\n\n- Tom Reed, Social Worker, Council\n- Priya Shah, School nurse\n\n## Actions\n\n"
            for _ in 0..<(1 + random.below(8)) {
                switch random.below(8) {
                case 0: text += "- \(pick(owners)) to \(pick(tasks)) \(pick(dues)).\n"
                case 1: text += "- \(pick(tasks).capitalized) (\(pick(owners)), \(pick(dues))).\n"
                case 2: text += "- \(pick(tasks).capitalized) — \(pick(owners))\n"
                case 3: text += "- \(pick(tasks).capitalized). Owner: \(pick(owners)). Due: \(pick(dues))\n"
                case 4: text += "- [ ] \(pick(tasks).capitalized)\n  Owner: \(pick(owners))\n  Status: done\n"
                case 5: text += "- \(pick(owners)) to \(pick(tasks)) and\n  \(pick(tasks)) \(pick(dues))\n"
                case 6: text += "\n| Action | Owner | Due |\n|---|---|---|\n| \(pick(tasks)) | \(pick(owners)) | \(pick(dues)) |\n| \(pick(owners)) to \(pick(tasks)) |  | \(pick(dues)) |\n\n"
                default: text += "\n| \(pick(tasks)) | \(pick(owners)) | \(pick(dues)) |\n| \(pick(tasks)) | \(pick(dues)) | \(pick(owners)) |\n\n"
                }
            }
            records.append(text)
        }
        return records
    }

    /// Every action (and previous action) of the meetings, with each of its parts.
    static func parts(of meeting: Meeting) -> [(action: Action, part: Action.Part)] {
        var found: [(action: Action, part: Action.Part)] = []
        for action in meeting.actions + meeting.previousActions {
            for part in [action.what, action.owner, action.dueText, action.measure, action.status] {
                if let part { found.append((action, part)) }
            }
        }
        return found
    }

    /// The meetings checked: the corpus's and the random records'.
    static let meetings: [Meeting] = ActionSpeedTests.meetings + randomRecords().map { model($0) }

    @Test func keptTokensAreTheOnesTheLinesSearchFinds() {
        var kept = 0
        var mismatches: [String] = []
        for meeting in PartLineTokensTests.meetings {
            for (action, part) in PartLineTokensTests.parts(of: meeting) {
                guard let run = part.lineTokens, let last = run.last else { continue }
                kept += 1
                // A part's tokens are among its action's; the search finds the same run in all the record's too.
                let near = meeting.lineTokens(exactly: part.range, near: action.tokens)
                let anywhere = meeting.lineTokens(exactly: part.range)
                if near != run.lowerBound...last || anywhere != run.lowerBound...last {
                    mismatches.append("\(meeting.source.path): \(meeting.text(part.range)) kept \(run) found \(String(describing: near))")
                }
            }
        }
        #expect(kept > 200)
        #expect(mismatches.isEmpty, "\(mismatches.prefix(5))")
    }

    /// `partTokens` with the kept tokens gives the tokens and bytes the search (or tokenizing the
    /// text) gives: the same as for a copy of the part that kept none.
    @Test func partTokensReadTheSameWithTheKeptTokensAsWithout() {
        var compared = 0
        var mismatches: [String] = []
        for meeting in PartLineTokensTests.meetings {
            for (action, part) in PartLineTokensTests.parts(of: meeting) where part.lineTokens != nil {
                var plainPart = part
                plainPart.lineTokens = nil
                for near in [action.tokens, nil] {
                    var fastTokens: [Token] = []
                    var plainTokens: [Token] = []
                    let fastBytes = meeting.partTokens(part, near: near, into: &fastTokens)
                    let plainBytes = meeting.partTokens(plainPart, near: near, into: &plainTokens)
                    compared += 1
                    let fastText = fastTokens.map { fastBytes[$0.range.start..<$0.range.end] }
                    let plainText = plainTokens.map { plainBytes[$0.range.start..<$0.range.end] }
                    if fastTokens.map(\.folded) != plainTokens.map(\.folded) || fastTokens.map(\.exact) != plainTokens.map(\.exact)
                        || fastTokens.map(\.shape) != plainTokens.map(\.shape) || fastText != plainText
                    {
                        mismatches.append("\(meeting.source.path): \(part.text)")
                    }
                    // Where both read the record, the tokens (ranges too) are the same.
                    if fastBytes.count == plainBytes.count, fastBytes == plainBytes, fastTokens != plainTokens {
                        mismatches.append("\(meeting.source.path): ranges of \(part.text)")
                    }
                }
            }
        }
        #expect(compared > 400)
        #expect(mismatches.isEmpty, "\(mismatches.prefix(5))")
    }
}
