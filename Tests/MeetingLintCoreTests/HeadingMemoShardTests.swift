import Foundation
import Testing

@testable import MeetingLintCore

/// The heading memo gives each thread tables of its own, chosen by the thread's ordinal.
@Suite struct HeadingMemoShardTests {
    /// A thread keeps its number; threads alive at once have different ones.
    @Test(.timeLimit(.minutes(1))) func eachThreadHasItsOwnOrdinal() {
        let first = ThreadOrdinal.current
        #expect(ThreadOrdinal.current == first)
        let seen = OrdinalsSeen()
        let started = DispatchGroup()
        let release = DispatchSemaphore(value: 0)
        for _ in 0..<6 {
            started.enter()
            Thread.detachNewThread {
                let ordinal = ThreadOrdinal.current
                seen.add(ordinal, again: ThreadOrdinal.current)
                started.leave()
                // Alive until every thread has asked, so none can hand its number on.
                release.wait()
            }
        }
        started.wait()
        for _ in 0..<6 { release.signal() }
        #expect(seen.ordinals.count == 6)
        #expect(Set(seen.ordinals + [first]).count == 7)
        #expect(seen.unstable == 0)
    }

    /// What one thread stores is found by that thread, and not by a thread with another shard.
    @Test(.timeLimit(.minutes(1))) func aThreadFindsWhatItStored() {
        let memo = HeadingMemo()
        let text = Array("Views of the child".utf8)
        let hash = text.withUnsafeBufferPointer { HeadingMemo.writtenHash($0) }
        text.withUnsafeBufferPointer { memo.shard.store([.childVoice], written: $0, hash: hash) }
        #expect(text.withUnsafeBufferPointer { memo.shard.concepts(written: $0, hash: hash) } == [.childVoice])
        let mine = ThreadOrdinal.current % HeadingMemo.shardCount
        let other = OtherThreadAnswer()
        let done = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            let shard = ThreadOrdinal.current % HeadingMemo.shardCount
            let found = text.withUnsafeBufferPointer { memo.shard.concepts(written: $0, hash: hash) }
            other.set(shard: shard, found: found)
            done.signal()
        }
        done.wait()
        // A new thread's ordinal is past every earlier one's, so it falls in another shard
        // unless the ordinals have gone round the shards since.
        if other.shard != mine {
            #expect(other.found == nil)
        } else {
            #expect(other.found == [.childVoice])
        }
    }
}

/// The ordinals threads reported, and how many gave a different one when asked again.
final class OrdinalsSeen: @unchecked Sendable {
    private let lock = NSLock()
    private var list: [Int] = []
    private var changed = 0

    func add(_ ordinal: Int, again: Int) {
        lock.lock()
        list.append(ordinal)
        if again != ordinal { changed += 1 }
        lock.unlock()
    }

    var ordinals: [Int] {
        lock.lock()
        defer { lock.unlock() }
        return list
    }

    var unstable: Int {
        lock.lock()
        defer { lock.unlock() }
        return changed
    }
}

/// What another thread found in the memo, and its shard.
final class OtherThreadAnswer: @unchecked Sendable {
    private let lock = NSLock()
    private var answer: (shard: Int, found: [Concept]?) = (-1, nil)

    func set(shard: Int, found: [Concept]?) {
        lock.lock()
        answer = (shard, found)
        lock.unlock()
    }

    var shard: Int {
        lock.lock()
        defer { lock.unlock() }
        return answer.shard
    }

    var found: [Concept]? {
        lock.lock()
        defer { lock.unlock() }
        return answer.found
    }
}
