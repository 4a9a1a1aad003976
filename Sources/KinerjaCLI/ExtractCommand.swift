import ArgumentParser
import FoundationEssentials
import Glibc
import Kinerja

struct ExtractCommand: ParsableCommand {
    /// The super-command's name matters only where `extract` is parsed as a command of its
    /// own (`KinerjaCommand.subcommandParse`): the library then names it `kinerja extract`
    /// as the root parse does, and does not look for a request of a completion script
    /// (`kinerja` answers it, from the root): ~1 % of a two-page document's run.
    static let configuration = CommandConfiguration(
        commandName: "extract",
        _superCommandName: "kinerja",
        abstract: "Extract one PDF into contract JSON.",
        discussion: """
            Writes the JSON of CONTRACT.md v1 to OUT (atomically: a temporary file renamed \
            into place, so OUT is never half-written) or to standard output. A file that \
            cannot be read (missing, empty, not a PDF, encrypted, damaged) gives one line \
            on stderr, exit status 1, and no output file. OUT may not be the input itself.
            """)

    @Argument(help: "The PDF to read.")
    var file: String

    @Option(name: .shortAndLong, help: "Write the JSON here instead of standard output.")
    var output: String?

    @Option(help: "OCR pages without a text layer (auto), every page (always), or none (never).")
    var ocr: ExtractOptions.OCRMode = .auto

    @Option(help: "Resolution (dpi) for rendering pages to OCR that are not a single scanned image (scaled down beyond 50 megapixels a page, with a warning).")
    var ocrDpi: Double = 300

    @Option(help: "Threads for reading pages and OCR engines working at once (default: the number of cores).")
    var workers: Int?

    @Option(help: "The user password of an encrypted PDF.")
    var password: String?

    @Option(help: ArgumentHelp("Address space this extraction may use, in MiB (0: no limit).", valueName: "MiB"))
    var maxMemory: Int = ProcessGuard.defaultMaxMemoryMB

    @Option(help: ArgumentHelp("Seconds one page's content may take to read: a slower page is cut off there with a page_timeout warning and the document goes on; the whole extraction gives up after this times the page count (0: no limit).", valueName: "SECONDS"))
    var pageTimeout: Double = 60

    func validate() throws {
        guard (72...1200).contains(ocrDpi) else { throw ValidationError("--ocr-dpi must be between 72 and 1200") }
        if let workers, workers < 1 { throw ValidationError("--workers must be at least 1") }
        guard maxMemory >= 0 else { throw ValidationError("--max-memory must not be negative") }
        guard pageTimeout >= 0 else { throw ValidationError("--page-timeout must not be negative") }
    }

    func run() throws {
        ProcessGuard.bindToBatch()
        // The crash handlers first: installing them allocates (their alternate stack), which
        // a small --max-memory must not refuse.
        ProcessGuard.oneLineOnCrash(input: file)
        ProcessGuard.limitMemory(megabytes: maxMemory)
        let raw = RawArguments.bytes(of: file)
        if let output { try checkOutput(output, input: raw) }

        var options = ExtractOptions(ocr: ocr, ocrDPI: ocrDpi, workers: workers, password: password)
        options.pageTimeout = pageTimeout
        let extractor = Extractor(options: options)
        let json: Data
        do {
            json = try extractor.extractJSON(path: file, rawPath: raw, pageDeadline: { pages in
                ProcessGuard.armDeadline(
                    seconds: pageTimeout * Double(pages),
                    line: "kinerja: \(file): gave up after \(Int(pageTimeout * Double(pages))) s (--page-timeout \(Int(pageTimeout)) s a page, \(pages) page\(pages == 1 ? "" : "s")) [page_timeout]\n")
            })
        } catch let error as ExtractError {
            Console.error("kinerja: \(error) [\(error.code)]")
            throw ExitCode(1)
        }
        if let output {
            do { try AtomicFile.write(json, to: output) } catch {
                Console.error("kinerja: \(output): cannot write (\(error))")
                throw ExitCode(1)
            }
        } else {
            try Console.out(json)
        }
    }

    /// Refuses an OUT that is the input (the same file, also through a symbolic or hard
    /// link: same device and inode) or a directory, before any work.
    private func checkOutput(_ output: String, input: [UInt8]) throws {
        guard let out = InputFile.identity(rawPath: Array(output.utf8)) else { return }
        if out.kind == S_IFDIR {
            Console.error("kinerja: \(output): is a directory; -o takes the name of the JSON file to write")
            throw ExitCode(1)
        }
        if let inp = InputFile.identity(rawPath: input), inp.device == out.device, inp.inode == out.inode {
            Console.error("kinerja: \(output): is the input file itself; refusing to overwrite the PDF (choose another -o)")
            throw ExitCode(1)
        }
    }
}

extension ExtractOptions.OCRMode: ExpressibleByArgument {}

/// The command line's own bytes. Swift decodes arguments as UTF-8 and "repairs" bytes
/// that are not (a Latin-1 `caf\xe9.pdf`) into U+FFFD, which names no file; the raw
/// `argv` entry does.
enum RawArguments {
    /// The raw bytes of the argument that decodes to `argument`, when it is not valid UTF-8.
    static func bytes(of argument: String) -> [UInt8] {
        let wanted = Array(argument.utf8)
        guard argument.unicodeScalars.contains("\u{FFFD}") else { return wanted }
        for i in 0..<Int(CommandLine.argc) {
            guard let p = CommandLine.unsafeArgv[i] else { continue }
            let raw = Array(UnsafeBufferPointer(start: p, count: strlen(p))).map { UInt8(bitPattern: $0) }
            if raw != wanted, String(decoding: raw, as: UTF8.self) == argument { return raw }
        }
        return wanted
    }
}
