import ArgumentParser
import Foundation
import Kinerja

struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract one PDF into contract JSON.",
        discussion: """
            Writes the JSON of CONTRACT.md v1 to OUT (atomically: a temporary file renamed \
            into place, so OUT is never half-written) or to standard output. A file that \
            cannot be read (missing, empty, not a PDF, encrypted, damaged) gives one line \
            on stderr, exit status 1, and no output file.
            """)

    @Argument(help: "The PDF to read.")
    var file: String

    @Option(name: .shortAndLong, help: "Write the JSON here instead of standard output.")
    var output: String?

    @Option(help: "OCR pages without a text layer (auto), every page (always), or none (never).")
    var ocr: ExtractOptions.OCRMode = .auto

    @Option(help: "Resolution (dpi) for rendering pages to OCR that are not a single scanned image.")
    var ocrDpi: Double = 300

    @Option(help: "Threads for reading pages and OCR engines working at once (default: the number of cores).")
    var workers: Int?

    func validate() throws {
        guard (72...1200).contains(ocrDpi) else { throw ValidationError("--ocr-dpi must be between 72 and 1200") }
        if let workers, workers < 1 { throw ValidationError("--workers must be at least 1") }
    }

    func run() throws {
        let extractor = Extractor(options: ExtractOptions(ocr: ocr, ocrDPI: ocrDpi, workers: workers))
        let json: Data
        do {
            json = try extractor.extractJSON(path: file)
        } catch let error as ExtractError {
            FileHandle.standardError.write(Data("kinerja: \(error) [\(error.code)]\n".utf8))
            throw ExitCode(1)
        }
        if let output {
            do { try AtomicFile.write(json, to: output) } catch {
                FileHandle.standardError.write(Data("kinerja: \(output): cannot write (\(error.localizedDescription))\n".utf8))
                throw ExitCode(1)
            }
        } else {
            FileHandle.standardOutput.write(json)
        }
    }
}

extension ExtractOptions.OCRMode: ExpressibleByArgument {}
