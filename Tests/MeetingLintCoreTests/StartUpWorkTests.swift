#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Testing

@testable import MeetingLintCore

/// Start-up work done on a second thread (`Background`), or put off until a record needs it (a
/// profile's plan), gives what doing all of it at once, on one thread, gave.
@Suite struct StartUpWorkTests {
    @Test func backgroundWorkRunsOnAnotherThreadAndGivesItsResult() {
        let here = pthread_self()
        let work = Background { (pthread_self(), (1...1_000).reduce(0, +)) }
        // Its thread given time to begin it (else the result is worked out here).
        for _ in 0..<10_000 where !work.hasBegun { usleep(1_000) }
        #expect(work.hasBegun)
        let (there, sum) = work.result()
        #expect(sum == 500_500)
        #expect(pthread_equal(there, here) == 0)
        #expect(work.ranOnItsOwnThread)
        // Asked again, the same result.
        #expect(work.result().1 == 500_500)
    }

    /// Work no thread has begun is done by the thread asking for its result.
    @Test func backgroundWorkNotBegunIsDoneWhereItIsAskedFor() {
        let here = pthread_self()
        let work = Background(onThread: false) { (pthread_self(), 42) }
        #expect(!work.hasBegun)
        let (there, answer) = work.result()
        #expect(answer == 42 && pthread_equal(there, here) != 0)
        #expect(!work.ranOnItsOwnThread && work.hasBegun)
        #expect(work.result().1 == 42)
    }

    /// Asked for at once, while its thread may be beginning it, the work is done once, by one
    /// thread or the other, and gives its result.
    @Test func backgroundWorkAskedForAtOnceIsDoneOnce() {
        let count = CheckCounter()
        for round in 0..<200 {
            let work = Background { () -> Int in
                count.add()
                return round * 2
            }
            #expect(work.result() == round * 2)
        }
        // Every thread offered work it lost has ended by now, or will find it taken.
        usleep(50_000)
        #expect(count.value == 200)
    }

    /// The documents read in two halves, split anywhere, make the catalogue read in one.
    @Test func aCatalogueReadInTwoHalvesIsTheSameWhereverTheySplit() {
        let files = EmbeddedRules.documents.map { ($0.path, $0.text) }
        let whole = Catalogue(files: files, laterFrom: files.count)
        #expect(whole.rules.count > 20)
        #expect(whole.profiles.count == 5)
        for half in [0, 1, files.count / 3, files.count / 2, files.count - 1] {
            let split = Catalogue(files: files, laterFrom: half)
            #expect(split.rules.mapValues(\.path) == whole.rules.mapValues(\.path), "split at \(half)")
            #expect(split.rules.mapValues(\.parameters) == whole.rules.mapValues(\.parameters), "split at \(half)")
            #expect(split.profiles.mapValues(\.text) == whole.profiles.mapValues(\.text), "split at \(half)")
            #expect(split.vocabulary.lists == whole.vocabulary.lists, "split at \(half)")
            #expect(split.vocabulary.phraseSets.keys.sorted() == whole.vocabulary.phraseSets.keys.sorted(), "split at \(half)")
        }
        // The catalogue the binary carries, split by size, is the same too.
        #expect(Catalogue.builtIn.rules.mapValues(\.path) == whole.rules.mapValues(\.path))
        #expect(Catalogue.builtIn.vocabulary.lists == whole.vocabulary.lists)
    }

    /// The vocabulary's phrase sets and glossaries, built on their own thread, and its word sets,
    /// made when asked for, are those of the lists.
    @Test func theListTablesBuiltAlongsideAreTheLists() {
        let vocabulary = Catalogue.builtIn.vocabulary
        let child = vocabulary.list("people/child")
        #expect(!child.isEmpty)
        for entry in child { #expect(vocabulary.childWords.matchesWhole(entry), "\(entry)") }
        #expect(vocabulary.phrases("people/child").matchesWhole(child[0]))
        #expect(vocabulary.taskVerbs.contains(Tokenizer.foldedHash("refer")))
        #expect(vocabulary.words("actions/task-verbs").contains(Tokenizer.foldedHash("refer")))
        #expect(vocabulary.glossary.entry(for: Tokenizer.tokens(of: "CAMHS")[0])?.expansion == "Child and Adolescent Mental Health Services")
    }

    /// The timescale lists' phrase sets, made once by the timescale reader, are the vocabulary's
    /// sets of those lists, as any other list's are.
    @Test func theTimescaleListsPhraseSetsAreTheLists() {
        let vocabulary = Catalogue.builtIn.vocabulary
        for name in Vocabulary.timescaleLists.sorted() {
            let list = vocabulary.list(name)
            #expect(!list.isEmpty, "\(name)")
            let set = vocabulary.phrases(name)
            #expect(!set.isEmpty, "\(name)")
            let fresh = PhraseSet(list)
            for entry in list {
                let tokens = Tokenizer.tokens(of: entry)
                #expect(set.matchesWhole(entry) == fresh.matchesWhole(entry), "\(name): \(entry)")
                #expect(set.written(tokens[...], at: 0, length: tokens.count) == fresh.written(tokens[...], at: 0, length: tokens.count), "\(name): \(entry)")
            }
            #expect(vocabulary.phraseSets[name] != nil, "\(name)")
        }
    }

    /// A linter makes a profile's plan when a record of it is first checked, and only then.
    @Test func aProfilesPlanIsMadeWhenARecordNeedsIt() throws {
        let linter = Linter()
        #expect(linter.planMaker.madeProfileIDs.isEmpty)
        let text = """
            ---
            type: Team Around the Child
            date: 04/03/2026
            child: T.W. (6)
            ---

            # TAC meeting

            ## Attendees
            - Jo Baines, teacher
            """
        let result = linter.check(SourceFile(path: "tac.md", text: text))
        #expect(result.profile == "tac")
        #expect(linter.planMaker.madeProfileIDs == ["tac"])
        // The rules checked were known before the plan was made, and are the plan's.
        let plan = try #require(linter.runs["tac"]?.plan)
        let engine = Linter.engineRules.filter { result.checkedRules.contains($0) }
        #expect(result.checkedRules == (plan.map(\.rule) + engine).sorted())
        // Every plan, made on demand, is each profile's.
        #expect(linter.plans.keys.sorted() == linter.catalogue.profiles.values.map(\.id).sorted())
        #expect(linter.planMaker.madeProfileIDs == linter.catalogue.profiles.values.map(\.id).sorted())
        ProfileRunTests.expectRunsAreTheLookups(linter)
    }

    /// Records of one profile checked at once on several threads share one plan.
    @Test func threadsCheckingAtOnceShareOnePlan() {
        let linter = Linter()
        let run = linter.runs["cin"]
        let plans = GatheredPlans()
        let threads = 4
        for _ in 0..<threads { startThread { plans.add(run?.plan ?? []) } }
        plans.wait(for: threads)
        let made = plans.all
        #expect(made.count == threads)
        #expect(!(made.first ?? []).isEmpty)
        for plan in made.dropFirst() {
            #expect(plan.count == made[0].count && zip(plan, made[0]).allSatisfy { $0 === $1 })
        }
        #expect(linter.planMaker.madeProfileIDs == ["cin"])
    }
}

/// Plans gathered from several threads.
private final class GatheredPlans: @unchecked Sendable {
    private let condition = Condition()
    private var plans: [[Linter.Step]] = []

    func add(_ plan: [Linter.Step]) {
        condition.lock()
        plans.append(plan)
        condition.broadcast()
        condition.unlock()
    }

    /// Waits until `count` plans have been added.
    func wait(for count: Int) {
        condition.lock()
        while plans.count < count { condition.wait() }
        condition.unlock()
    }

    var all: [[Linter.Step]] {
        condition.lock()
        defer { condition.unlock() }
        return plans
    }
}
