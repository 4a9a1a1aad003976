import FoundationEssentials
#if canImport(Glibc)
import Glibc
#endif
import KinerjaModel
import Dispatch

/// Turns SIGINT/SIGTERM into an orderly stop of a batch:
/// first SIGINT — no new documents, the ones in flight finish and are recorded;
/// second SIGINT or SIGTERM — the workers are killed, their documents left for the next run.
public final class BatchSignalHandler: @unchecked Sendable {
    private var sources: [DispatchSourceSignal] = []
    private var interrupts = 0
    private let lock = Lock()

    public init(runner: BatchRunner) {
        let queue = DispatchQueue(label: "kinerja.batch.signals")
        for sig in [SIGINT, SIGTERM] {
            signal(sig, SIG_IGN)
            let src = DispatchSource.makeSignalSource(signal: sig, queue: queue)
            src.setEventHandler { [weak self, weak runner] in
                guard let self, let runner else { return }
                if sig == SIGTERM {
                    runner.progress.emitAboveBar("kinerja: batch: SIGTERM, stopping the workers now")
                    runner.abort(signal: SIGTERM)
                    return
                }
                self.lock.lock(); self.interrupts += 1; let n = self.interrupts; self.lock.unlock()
                if n == 1 {
                    runner.progress.emitAboveBar("kinerja: batch: interrupted; finishing the \(runner.runningChildren) document(s) in flight (Ctrl-C again to abort)")
                    runner.stopLaunching(signal: SIGINT)
                } else {
                    runner.progress.emitAboveBar("kinerja: batch: aborting")
                    runner.abort(signal: SIGINT)
                }
            }
            src.resume()
            sources.append(src)
        }
    }

    deinit { for s in sources { s.cancel() } }
}
