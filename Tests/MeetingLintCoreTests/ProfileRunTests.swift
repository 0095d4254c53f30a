import Testing

@testable import MeetingLintCore

/// A record's profile, plan and rules checked are looked up once, as one run: each is what
/// looking the profile up (falling back to generic, then to the built-in fallback) and then its
/// plan and rules by its id gives.
@Suite struct ProfileRunTests {
    static func expectRunsAreTheLookups(_ linter: Linter) {
        let catalogue = linter.catalogue
        let ids = catalogue.profiles.keys.sorted() + ["", "unknown", "GENERIC", "generic", "tac"]
        for id in ids {
            let run = linter.runs[id] ?? linter.otherRun
            let profile = catalogue.profiles[id] ?? catalogue.profiles["generic"] ?? Linter.fallbackProfile
            #expect(run.profile.id == profile.id, "\(id)")
            #expect(run.profile.name == profile.name, "\(id)")
            #expect(run.plan?.map(\.rule) == linter.plans[profile.id]?.map(\.rule), "\(id)")
            #expect(zip(run.plan ?? [], linter.plans[profile.id] ?? []).allSatisfy { $0 === $1 }, "\(id)")
            #expect(run.checkedRules == (linter.checkedRules[profile.id] ?? []), "\(id)")
        }
    }

    @Test func runsAreTheLookups() {
        ProfileRunTests.expectRunsAreTheLookups(CheckSpeedTests.linter)
        ProfileRunTests.expectRunsAreTheLookups(Linter())
    }
}
