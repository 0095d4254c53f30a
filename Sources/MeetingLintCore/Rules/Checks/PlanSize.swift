/// `plan-size`: a plan of more than `max-actions` actions is hard for a family to follow.
struct PlanSize: BuiltInCheck {
    static let id = "plan-size"

    func check(_ meeting: Meeting, _ context: CheckContext) -> [Finding] {
        let limit = context.integer("max-actions") ?? 8
        // An action written twice (in the discussion and again in a summary table) is one action:
        // its task's words (owner's set aside) mostly the same as one counted already.
        var kept: [Set<UInt64>] = []
        var distinct = 0
        for action in meeting.actions {
            let owner = Set(action.owner.map { Tokenizer.tokens(of: $0.text).map(\.folded) } ?? [])
            let words = Set(meeting.tokens[action.whatTokens].filter { $0.isWord && $0.range.count > 3 && !owner.contains($0.folded) }.map(\.folded))
            let repeated = meeting.actions.count <= 200 && words.count >= 2 && kept.contains { other in
                other.count >= 2 && Double(words.intersection(other).count) >= 0.6 * Double(min(words.count, other.count))
            }
            if repeated { continue }
            kept.append(words)
            distinct += 1
        }
        guard distinct > limit else { return [] }
        let where_ = meeting.sections(.actions).first?.headingRange ?? meeting.actions[limit].range
        return [Finding(
            where_,
            "This plan has \(distinct) actions; more than \(limit) is hard for a family to follow.",
            help: "Keep the actions that will make the most difference now; move the rest to agencies' own plans or to the next review.")]
    }
}
