import ArgumentParser
import Batch
import FoundationEssentials

struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Combine batch output directories (e.g. shards) into one, with one manifest.",
        discussion: """
            Reads manifest.jsonl and manifest.shard-K-of-N.jsonl of every DIR (and of --out, \
            when it already has one), keeps the latest record per input, writes \
            OUT/manifest.jsonl and copies the JSON outputs into OUT. When the shards wrote \
            into one shared directory, `kinerja merge OUT --out OUT` just combines the manifests.
            """
    )

    @Argument(help: "Batch output directories.")
    var directories: [String] = []

    @Option(name: [.customLong("out"), .customShort("o")], help: ArgumentHelp("Merged output directory.", valueName: "DIR"))
    var out: String

    @Flag(name: [.customLong("quiet"), .customShort("q")], help: "No summary on stderr.")
    var quiet = false

    func run() throws {
        guard !directories.isEmpty else { throw usageFailure("merge", "no DIR given") }
        let summary: MergeSummary
        do {
            summary = try Merge.run(sources: directories, output: out)
        } catch BatchError.usage(let m) {
            throw usageFailure("merge", m)
        } catch {
            Console.error("kinerja: merge: \(error)\n")
            throw ExitCode(1)
        }
        if !quiet { Console.error(summary.text + "\n") }
        if !summary.missingOutputs.isEmpty { throw ExitCode(1) }
    }
}
