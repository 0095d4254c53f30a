import Testing

@testable import MeetingLintCore

/// A check's setup is made when the linter is made (`Check.prepare(_:)`), and records then read
/// it without the lock: the value read is the one made, it is never made again, and a value
/// asked for only after sealing is made once as before.
@Suite struct PreparedSetupTests {
    final class Made: Sendable {
        let number: Int
        init(_ number: Int) { self.number = number }
    }

    @Test func aSealedValueIsTheOneMade() {
        let value = DerivedValue()
        var makes = 0
        let first = value.value { () -> Made in
            makes += 1
            return Made(1)
        }
        value.seal()
        for _ in 0..<3 {
            let again = value.value { () -> Made in
                makes += 1
                return Made(2)
            }
            #expect(again === first)
        }
        #expect(makes == 1)
    }

    @Test func aValueMadeAfterSealingIsMadeOnce() {
        let value = DerivedValue()
        value.seal()
        var makes = 0
        for _ in 0..<3 {
            let read = value.value { () -> Made in
                makes += 1
                return Made(3)
            }
            #expect(read.number == 3)
        }
        #expect(makes == 1)
    }

    /// Every step's context holds its check's setup before any record is checked.
    @Test func theLinterPreparesEverySetup() {
        let linter = CheckSpeedTests.linter
        var steps = 0
        for plan in linter.plans.values {
            for step in plan {
                var made = false
                if step.check is FamilyGroupConference {
                    _ = step.context.derived { () -> FamilyGroupConference.Setup in
                        made = true
                        return FamilyGroupConference.Setup(mentions: PhraseSet([]), first: FirstWords([]))
                    }
                    steps += 1
                } else if step.check is ActionMeasurable {
                    _ = step.context.derived { () -> ActionMeasurable.Setup in
                        made = true
                        return ActionMeasurable.Setup(vague: PhraseSet([]), deliverables: PhraseSet([]))
                    }
                    steps += 1
                }
                #expect(!made, "\(step.rule)")
            }
        }
        #expect(steps >= 2)
    }

    /// A check that counts how often its setup is made, from a parameter of its context.
    final class Counter: @unchecked Sendable {
        var makes = 0
    }

    struct CountingCheck: SetUpCheck {
        let counter: Counter

        func makeSetup(_ context: CheckContext) -> Int {
            counter.makes += 1
            return Int(context.parameters["number"] ?? "") ?? -1
        }

        func check(_ meeting: Meeting, _ words: WordIndex, _ context: CheckContext) -> [Finding] { [] }
    }

    /// `SetUpCheck`: `prepare(_:)` makes the setup, and `setup(_:)` then reads that one, for each
    /// context its own.
    @Test func aSetUpChecksSetupIsMadeOnceForEachContext() {
        let catalogue = Catalogue.builtIn
        let profile = catalogue.orderedProfiles[0]
        let counter = Counter()
        let check = CountingCheck(counter: counter)
        let seven = CheckContext(parameters: ["number": "7"], vocabulary: catalogue.vocabulary, profile: profile)
        let eight = CheckContext(parameters: ["number": "8"], vocabulary: catalogue.vocabulary, profile: profile)
        check.prepare(seven)
        #expect(counter.makes == 1)
        for _ in 0..<3 {
            #expect(check.setup(seven) == 7)
            #expect(check.setup(eight) == 8)
        }
        #expect(counter.makes == 2)
    }
}
