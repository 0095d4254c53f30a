/// `plan-size`: a plan of more than `max-actions` actions is hard for a family to follow.
struct PlanSize: BuiltInCheck {
    static let id = "plan-size"
    /// Each context's `max-actions`, read once.

    func check(_ meeting: Meeting, _ words: WordIndex, _ context: CheckContext) -> [Finding] {
        let limit = context.integer("max-actions") ?? 8
        // Only actions can be counted: a plan no longer than the limit needs no comparing.
        guard meeting.actions.count > limit else { return [] }
        // Beyond 200 actions, none is compared with the others (comparing each with all costs the
        // square of their number): each counts, so their words need not be read.
        let distinct = meeting.actions.count <= 200 ? PlanSize.distinctActions(meeting, words) : meeting.actions.count
        guard distinct > limit else { return [] }
        // At the heading of the plan that holds the first action: the last plan section to start
        // before it (a `Safety plan / what if` before the `Actions` may hold none).
        let first = meeting.actions[0].range.start
        let holding = meeting.sectionIndexes(.actions).last { meeting.sections[$0].headingRange.start <= first }
        let where_ = holding.map { meeting.sections[$0].headingRange } ?? meeting.firstSection(.actions)?.headingRange ?? meeting.actions[limit].range
        return [Finding(
            where_,
            "This plan has \(distinct) actions; more than \(limit) is hard for a family to follow.",
            help: "Keep the actions that will make the most difference now; move the rest to agencies' own plans or to the next review.")]
    }

    /// How many actions a plan (of 200 actions at most) has, an action counted once however
    /// often it is written. `wordIndex` is the record's word index (which keeps where its owners' tokens stand).
    static func distinctActions(_ meeting: Meeting, _ wordIndex: WordIndex) -> Int {
        // An action written twice (in the discussion and again in a summary table) is one action:
        // its task's words (owner's set aside) mostly the same as one counted already. Each
        // action's words are a sorted array of distinct hashes, compared by merging. They are
        // made in one buffer for every action, and those kept stand one after another in one
        // array (`kept[keptStarts[k]..<keptStarts[k + 1]]`): no array is made for each action.
        var kept: [UInt64] = []
        var keptStarts = [0]
        var words: [UInt64] = []
        var distinct = 0
        var buffer: [Token] = []
        let owners = wordIndex.ownerRuns(in: meeting)
        // By index: an action copied out would retain each of its parts.
        for action in meeting.actions.indices {
            // (An empty owner has no tokens: only other owners are read.)
            var ownerTokens: ArraySlice<Token> = []
            if owners.hasOwner(action) {
                ownerTokens = owners.tokens(of: action, in: meeting, buffer: &buffer).tokens
            }
            words.removeAll(keepingCapacity: true)
            for token in meeting.tokens[meeting.actions[action].whatTokens] where token.isWord && token.range.count > 3 {
                if !ownerTokens.contains(where: { $0.folded == token.folded }) { words.append(token.folded) }
            }
            words.sort()
            words.removeDuplicates()
            let repeated = words.count >= 2 && keptStarts.indices.dropLast().contains { index in
                let other = kept[keptStarts[index]..<keptStarts[index + 1]]
                return other.count >= 2 && sharesAtLeast(0.6 * Double(min(words.count, other.count)), words[...], other)
            }
            if repeated { continue }
            kept.append(contentsOf: words)
            keptStarts.append(kept.count)
            distinct += 1
        }
        return distinct
    }
}
