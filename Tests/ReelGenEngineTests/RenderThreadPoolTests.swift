import Foundation
import ReelGenEngine
import Testing

struct RenderThreadPoolTests {
    @Test("parallelFor calls every index exactly once", arguments: [1, 2, 4])
    func everyIndexOnce(threads: Int) {
        let pool = RenderThreadPool(threads: threads)
        #expect(pool.width == threads)
        for count in [0, 1, 2, 7, 1000] {
            var calls = [Int](repeating: 0, count: count)
            calls.withUnsafeMutableBufferPointer { calls in
                pool.parallelFor(count) { index in calls[index] += 1 }
            }
            #expect(calls == [Int](repeating: 1, count: count), "count \(count)")
        }
    }

    @Test("many short batches in a row: helpers that wake late never see a finished batch's closure")
    func manyShortBatches() {
        let pool = RenderThreadPool(threads: 4)
        var total = 0
        for round in 0..<5000 {
            var slots = [Int](repeating: 0, count: 3)
            slots.withUnsafeMutableBufferPointer { slots in
                pool.parallelFor(3) { index in slots[index] = round + index }
            }
            total += slots.reduce(0, +)
        }
        #expect(total == (0..<5000).reduce(0) { $0 + 3 * $1 + 3 })
    }

    @Test("callers on different threads take turns")
    func concurrentCallers() async throws {
        let pool = RenderThreadPool(threads: 2)
        let sums = try await withThrowingTaskGroup(of: Int.self) { group in
            for caller in 0..<4 {
                group.addTask {
                    try await pool.run {
                        var values = [Int](repeating: 0, count: 500)
                        for _ in 0..<50 {
                            values.withUnsafeMutableBufferPointer { values in
                                pool.parallelFor(values.count) { index in values[index] = index * caller }
                            }
                        }
                        return values.reduce(0, +)
                    }
                }
            }
            return try await group.reduce(into: [Int]()) { $0.append($1) }.sorted()
        }
        #expect(sums == (0..<4).map { 124_750 * $0 })
    }

    @Test("run gives every clip a thread of its own: four runs can wait for each other", .timeLimit(.minutes(1)))
    func runUsesDedicatedThreads() async throws {
        // Four works that each block until all four have started: this only finishes if
        // none of them waits for a thread another one holds (the cooperative pool has fewer).
        let barrier = NSCondition()
        let arrived = Counter()
        let pool = RenderThreadPool(threads: 1)
        let reached = try await withThrowingTaskGroup(of: Bool.self) { group in
            for _ in 0..<4 {
                group.addTask {
                    try await pool.run {
                        barrier.lock()
                        defer { barrier.unlock() }
                        arrived.value += 1
                        barrier.broadcast()
                        let deadline = Date().addingTimeInterval(20)
                        while arrived.value < 4 {
                            if !barrier.wait(until: deadline) { return false }
                        }
                        return true
                    }
                }
            }
            return try await group.reduce(into: [Bool]()) { $0.append($1) }
        }
        #expect(reached == [true, true, true, true])
    }

    @Test("run passes the work's value and error on")
    func runResultAndError() async throws {
        struct Failure: Error {}
        let pool = RenderThreadPool(threads: 1)
        #expect(try await pool.run { 6 * 7 } == 42)
        await #expect(throws: Failure.self) { try await pool.run { throw Failure() } }
    }
}

/// A count shared by threads that hold a lock around every use.
private final class Counter: @unchecked Sendable {
    var value = 0
}
