import FoundationEssentials
import KinerjaModel

/// One page image to read.
public struct OCRJob: Sendable {
    public var image: GrayImage
    /// The page's size in points as the PDF states it (the image covers the whole page).
    public var pageWidth: Double
    public var pageHeight: Double

    public init(image: GrayImage, pageWidth: Double, pageHeight: Double) {
        self.image = image; self.pageWidth = pageWidth; self.pageHeight = pageHeight
    }
}

/// Reads many pages in parallel: a fixed set of worker threads, each owning one
/// `OCREngine` for its whole life (engines are created on first use and never cross
/// threads). The caller streams page images in; at most `workers` of them are in
/// flight at once, and results come back in page order.
///
/// A pool can serve several documents one after another (its engines are reused) and
/// several callers at once (they share the workers). Its threads end when it is released.
public final class OCRPool: Sendable {
    public let workers: Int
    public let options: OCROptions
    private let shared: Shared

    public init(workers: Int = ProcessInfo.processInfo.activeProcessorCount, options: OCROptions = OCROptions()) {
        self.workers = max(1, workers)
        self.options = options
        self.shared = Shared()
        for _ in 0..<self.workers {
            let shared = self.shared
            Threads.start(stackSize: 16 << 20) { shared.work(options: options) }
        }
    }

    deinit { shared.close() }

    /// Reads the pages `jobs` yields, pulling the next one (on the calling thread) only
    /// while fewer than `workers` pages are in flight, and calls `deliver` on the calling
    /// thread with each page's 0-based index and result, in page order. Blocks until all
    /// pages are delivered. If `deliver` throws, the pages not yet started are dropped
    /// and the error is rethrown.
    public func recognize<Jobs: IteratorProtocol>(
        _ jobs: Jobs, deliver: (Int, Result<OCRPage, OCRError>) throws -> Void
    ) rethrows where Jobs.Element == OCRJob {
        var jobs = jobs
        let batch = Batch()
        defer { shared.cancel(batch) }
        var submitted = 0, delivered = 0, exhausted = false
        while true {
            while !exhausted && submitted - delivered < workers {
                guard let job = jobs.next() else { exhausted = true; break }
                shared.submit(Task(batch: batch, index: submitted, job: job))
                submitted += 1
            }
            if exhausted && delivered == submitted { return }
            let result = shared.take(delivered, from: batch)
            try deliver(delivered, result)
            delivered += 1
        }
    }

    /// Convenience: reads all `jobs` (all images held by the caller) and returns the
    /// results in order.
    public func recognize(_ jobs: [OCRJob]) -> [Result<OCRPage, OCRError>] {
        var out: [Result<OCRPage, OCRError>] = []
        out.reserveCapacity(jobs.count)
        recognize(jobs.makeIterator()) { _, r in out.append(r) }
        return out
    }

    // MARK: - Internals

    /// The results of one `recognize` call (guarded by the pool's lock).
    final class Batch {
        var results: [Int: Result<OCRPage, OCRError>] = [:]
        var cancelled = false
    }

    struct Task {
        let batch: Batch
        let index: Int
        let job: OCRJob
    }

    /// State shared by the caller and the workers; every field is guarded by `condition`.
    final class Shared: @unchecked Sendable {
        private let condition = Condition()
        private var queue: [Task] = []
        private var closed = false

        func submit(_ task: Task) {
            condition.lock()
            queue.append(task)
            condition.broadcast()
            condition.unlock()
        }

        func take(_ index: Int, from batch: Batch) -> Result<OCRPage, OCRError> {
            condition.lock()
            defer { condition.unlock() }
            while true {
                if let r = batch.results.removeValue(forKey: index) { return r }
                condition.wait()
            }
        }

        func cancel(_ batch: Batch) {
            condition.lock()
            batch.cancelled = true
            queue.removeAll { $0.batch === batch }
            batch.results.removeAll()
            condition.unlock()
        }

        func close() {
            condition.lock()
            closed = true
            condition.broadcast()
            condition.unlock()
        }

        /// A worker thread's life: one engine, jobs until the pool is closed.
        func work(options: OCROptions) {
            var engine: OCREngine?
            var initError: OCRError?
            while true {
                condition.lock()
                while queue.isEmpty && !closed { condition.wait() }
                if queue.isEmpty {  // closed and drained
                    condition.unlock()
                    return
                }
                let task = queue.removeFirst()
                condition.unlock()

                let result: Result<OCRPage, OCRError>
                if engine == nil && initError == nil {
                    do { engine = try OCREngine(options: options) } catch let e as OCRError { initError = e } catch {
                        initError = .initFailed(languages: options.languages, tessdata: options.tessdataPath)
                    }
                }
                if let engine {
                    do {
                        result = .success(try engine.recognize(image: task.job.image, pageWidth: task.job.pageWidth,
                                                               pageHeight: task.job.pageHeight))
                    } catch let e as OCRError {
                        result = .failure(e)
                    } catch {
                        result = .failure(.recognitionFailed)
                    }
                } else {
                    result = .failure(initError ?? .recognitionFailed)
                }

                condition.lock()
                if !task.batch.cancelled { task.batch.results[task.index] = result }
                condition.broadcast()
                condition.unlock()
            }
        }
    }
}
