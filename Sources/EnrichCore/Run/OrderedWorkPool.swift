import Foundation

/// Runs submitted work on `workers` threads and hands the results, in submission order, to
/// `deliver` on one writer thread. At most `window` results are in flight (queued, running or
/// waiting for their turn), so memory is bounded whatever the input length.
final class OrderedWorkPool<Result: Sendable>: @unchecked Sendable {
    // Everything below is guarded by `condition`.
    private let condition = NSCondition()
    private var queue: [(sequence: Int, work: @Sendable () -> Result)] = []
    private var finished: [Int: Result] = [:]
    private var submitted = 0
    private var delivered = 0
    private var closed = false
    private var stopped = false

    private let window: Int
    private let deliver: (Result) -> Bool
    private let allDone = DispatchGroup()

    /// `deliver` returns false to stop the run: no further work starts and `submit` returns false.
    init(workers: Int, window: Int, deliver: @escaping (Result) -> Bool) {
        self.window = max(window, workers)
        self.deliver = deliver
        for index in 0..<workers {
            startThread(name: "enrich-worker-\(index)") { [self] in workerLoop() }
        }
        startThread(name: "enrich-writer") { [self] in writerLoop() }
    }

    /// Queues `work`, blocking while the window is full. Returns false once the run was stopped.
    @discardableResult
    func submit(_ work: @escaping @Sendable () -> Result) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while !stopped && submitted - delivered >= window { condition.wait() }
        guard !stopped else { return false }
        queue.append((submitted, work))
        submitted += 1
        condition.broadcast()
        return true
    }

    /// Whether `deliver` has stopped the run.
    var isStopped: Bool {
        condition.lock()
        defer { condition.unlock() }
        return stopped
    }

    /// Waits until every submitted result was delivered (or the run stopped) and the threads ended.
    func finish() {
        condition.lock()
        closed = true
        condition.broadcast()
        condition.unlock()
        allDone.wait()
    }

    private func startThread(name: String, _ body: @escaping @Sendable () -> Void) {
        allDone.enter()
        let thread = Thread { [allDone] in
            body()
            allDone.leave()
        }
        thread.name = name
        thread.stackSize = 8 << 20
        thread.start()
    }

    private func workerLoop() {
        while true {
            condition.lock()
            while queue.isEmpty && !closed && !stopped { condition.wait() }
            if stopped || queue.isEmpty {
                condition.unlock()
                return
            }
            // The queue holds at most `window` items, so taking from its front is cheap, and a
            // taken item (with the input it captures) is released as soon as its work is done.
            let (sequence, work) = queue.removeFirst()
            condition.unlock()

            let result = work()

            condition.lock()
            finished[sequence] = result
            condition.broadcast()
            condition.unlock()
        }
    }

    private func writerLoop() {
        while true {
            condition.lock()
            while finished[delivered] == nil && !stopped && !(closed && delivered == submitted) {
                condition.wait()
            }
            guard !stopped, let result = finished.removeValue(forKey: delivered) else {
                condition.unlock()
                return
            }
            condition.unlock()

            let goOn = deliver(result)

            condition.lock()
            delivered += 1
            if !goOn { stopped = true }
            condition.broadcast()
            condition.unlock()
        }
    }
}
