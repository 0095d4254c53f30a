/// `plan-size`: a plan of more than `max-actions` actions is hard for a family to follow.
struct PlanSize: BuiltInCheck {
    static let id = "plan-size"

    func check(_ meeting: Meeting, _ context: CheckContext) -> [Finding] {
        let limit = context.integer("max-actions") ?? 8
        guard meeting.actions.count > limit else { return [] }
        let where_ = meeting.sections(.actions).first?.headingRange ?? meeting.actions[limit].range
        return [Finding(
            where_,
            "This plan has \(meeting.actions.count) actions; more than \(limit) is hard for a family to follow.",
            help: "Keep the actions that will make the most difference now; move the rest to agencies' own plans or to the next review.")]
    }
}
