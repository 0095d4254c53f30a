import Foundation
import Testing

@testable import MeetingLintCore

/// The walk runs under a lock of its own, outside the one results are stored and written under.
@Suite struct WalkOutsideResultsLockTests {
    /// The walk is read by one thread at a time even now that it runs outside the results' lock,
    /// and results still come out in order, however slow the walk is beside the checking.
    @Test(.timeLimit(.minutes(1)), arguments: [2, 3, 8])
    func theWalkIsReadByOneThreadAtATime(_ jobs: Int) {
        let walk = GuardedWalk(count: 400)
        var order: [String] = []
        Runner.forEachResult(items: AnyIterator { walk.next() }, jobs: jobs, check: { item in
            guard case .file(let path) = item else { return RecordResult(path: "?", profile: "", meetingDate: nil, diagnostics: [], failure: nil) }
            // Checking is quick and uneven, so threads come back for items while others walk.
            if path.hasSuffix("3.md") { usleep(100) }
            return RecordResult(path: path, profile: "", meetingDate: nil, diagnostics: [], failure: nil)
        }, consume: { order.append($0.path) })
        #expect(order == (0..<400).map { "r\($0).md" })
        #expect(walk.overlaps == 0)
    }
}

/// A walk of `count` files that notices if two threads read it at once: each step takes a while
/// (as reading a folder does), and a step that starts while another is under way is counted.
final class GuardedWalk: @unchecked Sendable {
    private let lock = NSLock()
    private var inside = false
    private var taken = 0
    private var overlapCount = 0
    private let count: Int

    init(count: Int) { self.count = count }

    func next() -> FileWalker.Item? {
        lock.lock()
        if inside { overlapCount += 1 }
        inside = true
        lock.unlock()
        usleep(50)
        lock.lock()
        defer {
            inside = false
            lock.unlock()
        }
        guard taken < count else { return nil }
        taken += 1
        return .file("r\(taken - 1).md")
    }

    var overlaps: Int {
        lock.lock()
        defer { lock.unlock() }
        return overlapCount
    }
}
