import ArgumentParser
import Kinerja

@main
struct KinerjaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kinerja",
        abstract: "Turn Indonesian government performance documents (PDF) into normalized JSON.",
        discussion: """
            Reads LKjIP, Perjanjian Kinerja, RKT, Rencana Aksi and Renstra PDFs — born-digital \
            or scanned — and writes the JSON of CONTRACT.md v1: tables, indicator records with \
            target / realisasi / capaian, and warnings.
            """,
        version: KinerjaVersion.current,
        subcommands: [ExtractCommand.self, BatchCommand.self, MergeCommand.self, ExportCommand.self]
    )
}
