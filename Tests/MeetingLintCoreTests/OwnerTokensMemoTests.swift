import Foundation
import Testing

@testable import MeetingLintCore

/// The owners' tokens read through the runs the word index keeps for a record
/// (`WordIndex.ownerRuns(in:)`, read by `action-owner`, `owner-known` and `plan-size`) are the
/// ones `Meeting.partTokens` reads for each owner, in any order and however often.
@Suite struct OwnerTokensMemoTests {
    @Test func keptOwnerTokensAreThePartTokens() {
        var random = BuilderSpeedTests.Random(state: 0x6f77_6e65_7273)
        var owners = 0
        var copied = 0
        let extra = WordIndexSpeedTests.awkward + [
            "## Actions\n- *Jo* Wells (Housing) to call Mum by Friday.\n- Owner: SW & `GP` — by 3 March\n- Owner: Zoë Brown / the school nurse\n",
            "| Action | Owner | When |\n|---|---|---|\n| Visit | **Dad** | today |\n| Refer | Mr_Smith | 1 May |\n| Call | | now |\n",
        ]
        for meeting in CheckSpeedTests.meetings() + WordIndexSpeedTests.meetings(extra) {
            let words = WordIndex(meeting)
            var order = Array(meeting.actions.indices)
            for index in order.indices.reversed() { order.swapAt(index, random.below(index + 1)) }
            for action in meeting.actions.indices {
                #expect(words.ownerRuns(in: meeting).hasOwner(action) == (meeting.actions[action].owner?.isEmpty == false))
            }
            for _ in 0..<2 {
                for action in order {
                    guard let owner = meeting.actions[action].owner else { continue }
                    var buffer: [Token] = []
                    let expected = meeting.partTokens(owner, near: meeting.actions[action].tokens, buffer: &buffer)
                    var own: [Token] = []
                    let kept = words.ownerRuns(in: meeting).tokens(of: action, in: meeting, buffer: &own)
                    #expect(kept.tokens.indices == expected.tokens.indices)
                    #expect(Array(kept.tokens) == Array(expected.tokens))
                    #expect(kept.bytes == expected.bytes)
                    owners += 1
                    if kept.bytes != meeting.source.bytes { copied += 1 }
                }
            }
        }
        #expect(owners > 500)
        #expect(copied > 0)
    }
}
