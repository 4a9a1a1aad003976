import ArgumentParser
import FoundationEssentials
import Glibc
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
        subcommands: [ExtractCommand.self, BatchCommand.self, MergeCommand.self, ExportCommand.self, InspectCommand.self,
                      WorkerCommand.self]
    )
}

extension KinerjaCommand {
    /// Exit statuses are the tool's own contract: 0 ok, 1 some input failed, 2 usage.
    /// (swift-argument-parser would exit 64, EX_USAGE, for a malformed command line.)
    static func main() {
        // A closed pipe is a write error reported in one line, not a silent death.
        signal(SIGPIPE, SIG_IGN)
        do {
            var command = try subcommandParse(Array(CommandLine.arguments.dropFirst())) ?? parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                let message = fullMessage(for: error)
                if !message.isEmpty { Console.error(message + "\n") }
                Glibc.exit(2)
            }
            if code == .success, case let message = fullMessage(for: error), !message.isEmpty {
                // --help, --version: a failed write to stdout is an error too.
                guard Console.write(STDOUT_FILENO, Array((message + "\n").utf8)) else {
                    Console.error("kinerja: standard output: cannot write (\(String(cString: strerror(errno))))")
                    Glibc.exit(1)
                }
                Glibc.exit(0)
            }
            exit(withError: error)
        }
    }

    /// `kinerja extract …`, the command run once per document, parsed by the library with
    /// `ExtractCommand` as the only type: the root parse builds the whole command tree first
    /// (every subcommand's arguments through reflection, the completion-script check over
    /// all of them), a tenth of a two-page document's run (issue 10, start-up).
    /// Only a command line the subcommand accepts as it stands is taken; anything it does
    /// not (help, version, completion, a bad or missing argument, a failed validation)
    /// gives nil and is parsed again from the root, so every message, help text and exit
    /// status is the root parse's own. `KINERJA_PARSE_FROM_ROOT` set turns this off (the
    /// tests compare the two).
    static func subcommandParse(_ arguments: [String]) -> ParsableCommand? {
        guard arguments.first == ExtractCommand.configuration.commandName,
              getenv("KINERJA_PARSE_FROM_ROOT") == nil else { return nil }
        return try? ExtractCommand.parse(Array(arguments.dropFirst()))
    }
}
