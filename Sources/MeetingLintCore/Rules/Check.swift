/// One rule's check: reads the meeting model and returns findings. It never prints and never
/// reads global state; its wording stays in its own file.
///
/// One requirement, so a check cannot compile without it. `words` is the index of the record's
/// words, built once by the linter for all of a record's checks: a check that looks no words up
/// ignores it (`_: WordIndex`). A check that derives a value from its context (phrase
/// lists, word sets) is a `SetUpCheck`.
public protocol Check: Sendable {
    /// The findings for one record.
    func check(_ meeting: Meeting, _ words: WordIndex, _ context: CheckContext) -> [Finding]

    /// Makes what the check derives from `context`, before any record: the linter calls it for
    /// each rule and profile as it is made, so that every record then reads the value without
    /// taking a lock. (By default, nothing.)
    func prepare(_ context: CheckContext)
}

extension Check {
    public func prepare(_ context: CheckContext) {}
}

/// A check that sets out from what it derives from its context (its phrase lists and word sets):
/// made by `makeSetup(_:)` once for each rule and profile, when the linter is made (`prepare(_:)`),
/// and read by every record through `setup(_:)` without a lock.
public protocol SetUpCheck: Check {
    /// What the check derives from its context.
    associatedtype Setup: Sendable
    /// Makes the setup for `context`; called once for each context.
    func makeSetup(_ context: CheckContext) -> Setup
}

extension SetUpCheck {
    /// The setup made for `context` (`makeSetup(_:)`, once: `CheckContext.derived`).
    public func setup(_ context: CheckContext) -> Setup { context.derived { makeSetup(context) } }

    /// Makes the setup ahead of every record.
    public func prepare(_ context: CheckContext) { _ = setup(context) }
}

/// A check compiled into meetinglint, with its rule id. The generated `Registry` lists one for each
/// rule document in `Rules/`: the type named by the id in UpperCamelCase (`action-owner`: `ActionOwner`).
public protocol BuiltInCheck: Check {
    /// The rule id, as in its document and in configuration.
    static var id: String { get }
}

/// What a check may read besides the meeting: its parameters and the vocabulary. Built once per
/// rule and profile when the linter is made, so list parameters are phrase sets already.
public final class CheckContext: Sendable {
    /// The rule's parameters, resolved for the record's profile: configuration, then the
    /// profile's document, then the rule's document.
    public let parameters: [String: String]
    /// The vocabulary.
    public let vocabulary: Vocabulary
    /// The profile that applies.
    public let profile: Profile
    /// List parameters as phrase sets.
    private let phraseSets: [String: PhraseSet]
    /// Interval and whole-number parameters, read once.
    private let intervals: [String: Interval]
    private let integers: [String: Int]
    /// What the rule's check derives from this context (its lists' filters, its messages), made
    /// the first time a record needs it.
    private let derivedValue = DerivedValue()

    /// A parameter's value read as an interval and as a whole number.
    typealias Reading = (interval: Interval?, integer: Int?)

    /// Creates a context, building a phrase set for every parameter that names a vocabulary list
    /// or is a comma-separated list.
    public convenience init(parameters: [String: String], vocabulary: Vocabulary, profile: Profile) {
        var readings: [String: Reading] = [:]
        self.init(parameters: parameters, vocabulary: vocabulary, profile: profile, readings: &readings)
    }

    /// Creates a context, reading each value not in `readings` as an interval and a number and
    /// keeping it there: the linter makes a context for each rule and profile, mostly with the
    /// same values, and reading an interval is most of the cost of making them.
    init(parameters: [String: String], vocabulary: Vocabulary, profile: Profile, readings: inout [String: Reading]) {
        self.parameters = parameters
        self.vocabulary = vocabulary
        self.profile = profile
        var sets: [String: PhraseSet] = [:]
        var intervals: [String: Interval] = [:]
        var integers: [String: Int] = [:]
        for (name, value) in parameters {
            let reading: Reading
            if let known = readings[value] {
                reading = known
            } else {
                reading = (Interval(value), Int(value.trimmingSpaces))
                readings[value] = reading
            }
            intervals[name] = reading.interval
            integers[name] = reading.integer
            if vocabulary.lists[value] != nil {
                sets[name] = vocabulary.phrases(value)
            } else if reading.interval == nil, reading.integer == nil {
                sets[name] = PhraseSet(value.split(separator: ",").map { String($0).trimmingSpaces }.filter { !$0.isEmpty })
            }
        }
        phraseSets = sets
        self.intervals = intervals
        self.integers = integers
    }

    /// A parameter as an interval (`12 weeks`), or nil when it is `none` or missing.
    public func interval(_ name: String) -> Interval? { intervals[name] }

    /// A parameter as a whole number.
    public func integer(_ name: String) -> Int? { integers[name] }

    /// What the rule's check derives from its context, made by `make` the first time and shared
    /// by every record and worker after. A context belongs to one rule (and profile), so it holds
    /// one such value; `Value` is the same type at every call. A check's value is a final class
    /// (its `Setup`): each record then takes one reference to it, where a struct's every list was
    /// copied out (retained) and let go again.
    public func derived<Value: Sendable>(_ make: () -> Value) -> Value {
        derivedValue.value(make)
    }

    /// Lets the derived value made so far be read without the lock from now on. Called by the
    /// linter once the rule's check has made it (`Check.prepare(_:)`), before the context is
    /// shared with any other thread.
    func seal() { derivedValue.seal() }

    /// A parameter as a phrase list: the vocabulary list it names (`people/vague-owners`), or its
    /// comma-separated entries.
    public func phrases(_ name: String) -> PhraseSet {
        phraseSets[name] ?? PhraseSet([])
    }
}
