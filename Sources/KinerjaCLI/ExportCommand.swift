import ArgumentParser
import Batch
import FoundationEssentials

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Flatten a batch output directory into one row per indicator (CSV or JSON Lines).",
        discussion: """
            One row per indicator, and per period for multi-year or quarterly tables (one row \
            per indicator and tahun, or tahun and triwulan; period_tahun and period_triwulan \
            are empty for rows that are not a period). \
            Columns: \(Exporter.columns.joined(separator: ", ")). CSV is RFC 4180, UTF-8, \
            with a header row and CRLF line endings (--lf for LF).
            """
    )

    @Argument(help: "A batch output directory (or any folder of contract JSON files).")
    var directory: String

    @Option(help: ArgumentHelp("csv or jsonl.", valueName: "FORMAT"))
    var format: String = "csv"

    @Option(help: ArgumentHelp("indicators (one row per indicator) or budget (one row per program / kegiatan budget row: \(Exporter.budgetColumns.joined(separator: ", "))).", valueName: "WHAT"))
    var what: String = "indicators"

    @Option(name: [.customLong("output"), .customShort("o")], help: ArgumentHelp("Output file (default: standard output).", valueName: "FILE"))
    var output: String?

    @Flag(help: "End CSV lines with LF instead of CRLF.")
    var lf = false

    @Flag(help: "Start the CSV with a UTF-8 byte order mark (for Excel).")
    var bom = false

    @Flag(name: [.customLong("quiet"), .customShort("q")], help: "No summary on stderr.")
    var quiet = false

    func run() throws {
        guard let fmt = Exporter.Format(rawValue: format.lowercased()) else {
            throw usageFailure("export", "--format must be csv or jsonl")
        }
        guard let whatRows = Exporter.What(rawValue: what.lowercased()) else {
            throw usageFailure("export", "--what must be indicators or budget")
        }
        let summary: Exporter.Summary
        do {
            var options = Exporter.Options(directory: directory, format: fmt, output: output,
                                           lineEnding: lf ? "\n" : "\r\n", bom: bom)
            options.what = whatRows
            summary = try Exporter.run(options)
        } catch BatchError.usage(let m) {
            throw usageFailure("export", m)
        } catch {
            Console.error("kinerja: export: \(error)\n")
            throw ExitCode(1)
        }
        if !quiet {
            var s = "kinerja: export: \(summary.rows) rows from \(summary.documents) documents"
            if !summary.skipped.isEmpty { s += "; \(summary.skipped.count) JSON file(s) that are not kinerja documents skipped" }
            Console.error(s + "\n")
        }
    }
}
