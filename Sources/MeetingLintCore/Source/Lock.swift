#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

// The locks and threads the linter needs, on POSIX threads directly rather than Foundation's
// `NSLock`, `NSCondition` and `Thread`. With `NSString`'s path functions (`PathText.swift`), a few
// string operations (`TextSearch.swift`) and `JSONSerialization` (`Baseline.swift`), they were
// all the binary took from swift-corelibs-foundation, and linking it (with CoreFoundation and
// ICU) made the binary three times as large and slower to start: about a millisecond and a half,
// a fifth of checking one record.

/// A mutual-exclusion lock.
final class Lock: @unchecked Sendable {
    /// The mutex, allocated once: a mutex must not move.
    fileprivate let mutex: UnsafeMutablePointer<pthread_mutex_t>

    init() {
        mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
        mutex.initialize(to: pthread_mutex_t())
        pthread_mutex_init(mutex, nil)
    }

    deinit {
        pthread_mutex_destroy(mutex)
        mutex.deinitialize(count: 1)
        mutex.deallocate()
    }

    func lock() { pthread_mutex_lock(mutex) }

    func unlock() { pthread_mutex_unlock(mutex) }
}

/// A lock with a condition to wait on while holding it: `wait()` lets the lock go until another
/// thread calls `broadcast()` (or the wait ends spuriously, so callers wait in a loop).
final class Condition: @unchecked Sendable {
    private let held = Lock()
    private let condition: UnsafeMutablePointer<pthread_cond_t>

    init() {
        condition = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)
        condition.initialize(to: pthread_cond_t())
        pthread_cond_init(condition, nil)
    }

    deinit {
        pthread_cond_destroy(condition)
        condition.deinitialize(count: 1)
        condition.deallocate()
    }

    func lock() { held.lock() }

    func unlock() { held.unlock() }

    /// Lets the lock go and sleeps until woken, then takes the lock again. Call with the lock held.
    func wait() { pthread_cond_wait(condition, held.mutex) }

    /// Wakes every thread waiting on the condition.
    func broadcast() { pthread_cond_broadcast(condition) }
}

/// Runs `body` on a new thread of its own (with the system's default stack size), detached: it
/// ends when `body` returns. Traps if the system cannot make a thread, as `Thread` did.
func startThread(_ body: @escaping @Sendable () -> Void) {
    let status = startThreadIfPossible(body)
    precondition(status == 0, "cannot start a thread (error \(status))")
}

/// Work offered to a thread of its own, so that the thread that offered it can get on with other
/// work meanwhile (start-up, which a practitioner checking one draft waits for, on the machine's
/// second core); `result()` gives its result. Whichever thread begins the work first does it: the
/// new thread, or the one asking for the result before the new thread has begun (on a virtual
/// machine a new thread may wait milliseconds for its core to be woken, and the work is then done
/// sooner where it is wanted). Where the system cannot make a thread, the work is done when asked for.
final class Background<Value>: @unchecked Sendable {
    private enum State {
        case offered, begun, done
    }

    private let condition = Condition()
    /// Read and written under the lock.
    private var state = State.offered
    /// Set once, under the lock, when the work is done.
    private var value: Value?
    private let work: @Sendable () -> Value
    /// Whether the work was done on the thread made for it (for tests).
    private(set) var ranOnItsOwnThread = false

    /// Offers `work` to a new thread; `onThread: false` makes none (as where the system cannot).
    init(onThread: Bool = true, _ work: @escaping @Sendable () -> Value) {
        self.work = work
        guard onThread else { return }
        _ = startThreadIfPossible { [self] in
            guard begin() else { return }
            let made = work()
            condition.lock()
            value = made
            ranOnItsOwnThread = true
            state = .done
            condition.broadcast()
            condition.unlock()
        }
    }

    /// Takes the work, if no thread has begun it: true for the thread that does.
    private func begin() -> Bool {
        condition.lock()
        defer { condition.unlock() }
        guard state == .offered else { return false }
        state = .begun
        return true
    }

    /// Whether a thread has begun the work (or done it).
    var hasBegun: Bool {
        condition.lock()
        defer { condition.unlock() }
        return state != .offered
    }

    /// The work's result: done here if its thread has not begun it, else waited for.
    func result() -> Value {
        if begin() {
            let made = work()
            condition.lock()
            value = made
            state = .done
            condition.unlock()
            return made
        }
        // Begun on its thread, and soon done (start-up's work is a few milliseconds): asked again
        // and again, letting other threads run between, for up to 20 ms before sleeping. Asleep,
        // this thread's core may be put to sleep too, and waking it again cost as much as the
        // work on a virtual machine.
        var clock = timespec()
        clock_gettime(CLOCK_MONOTONIC, &clock)
        let deadline = clock.tv_sec * 1_000_000_000 + clock.tv_nsec + 20_000_000
        condition.lock()
        defer { condition.unlock() }
        while state != .done {
            clock_gettime(CLOCK_MONOTONIC, &clock)
            if clock.tv_sec * 1_000_000_000 + clock.tv_nsec > deadline {
                condition.wait()
            } else {
                condition.unlock()
                sched_yield()
                condition.lock()
            }
        }
        return value!
    }
}

/// Runs `body` on a new thread of its own, as `startThread` does, and returns 0; or, where the
/// system cannot make a thread, runs nothing and returns the error.
private func startThreadIfPossible(_ body: @escaping @Sendable () -> Void) -> Int32 {
    let context = Unmanaged.passRetained(ThreadBody(body))
    #if canImport(Darwin)
    var thread: pthread_t?
    #else
    var thread = pthread_t()
    #endif
    let status = pthread_create(
        &thread, nil,
        { context in
            #if canImport(Darwin)
            let body = Unmanaged<ThreadBody>.fromOpaque(context).takeRetainedValue()
            #else
            let body = Unmanaged<ThreadBody>.fromOpaque(context!).takeRetainedValue()
            #endif
            body.run()
            return nil
        }, context.toOpaque())
    guard status == 0 else {
        context.release()
        return status
    }
    #if canImport(Darwin)
    pthread_detach(thread!)
    #else
    pthread_detach(thread)
    #endif
    return 0
}

/// A thread's work, boxed to pass through `pthread_create`'s context pointer.
private final class ThreadBody: Sendable {
    let run: @Sendable () -> Void
    init(_ run: @escaping @Sendable () -> Void) { self.run = run }
}
