import ArgumentParser
import FoundationEssentials
import Kinerja

struct InspectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "Draw what kinerja saw on a page: words, rules, fills, table grids, column roles.",
        discussion: """
            Writes a PNG of the page with every word box (blue), every stroke (grey; curves \
            green) and fill (orange outline) of the page's drawing, the rules found from them \
            (red), images (teal box), each table's cell grid (dashed purple) with its id, and its columns tinted \
            by role (indikator yellow, target green, realisasi blue, capaian pink, sasaran \
            violet, no grey), and where rows were joined (thick green: `wrap` for a wrapped \
            row joined into the row above, `from p.N`/`to p.N` across a page break). \
            `--page N -o page.png` for one page; `--pages A-B -o DIR/` \
            writes DIR/page-N.png for each page.
            """)

    @Argument(help: "The PDF to read.")
    var file: String

    @Option(help: "The page to draw (1-based).")
    var page: Int?

    @Option(help: "A range of pages to draw, e.g. 3-7 (with -o DIR).")
    var pages: String?

    @Option(name: .shortAndLong, help: "The PNG to write (--page), or the directory for the PNGs (--pages).")
    var output: String

    @Option(help: "Resolution of the picture in dpi.")
    var dpi: Double = 90

    @Option(help: "OCR pages without a text layer (auto), every page (always), or none (never).")
    var ocr: ExtractOptions.OCRMode = .auto

    func range() throws -> ClosedRange<Int> {
        if let page { return page...page }
        guard let pages else { throw ValidationError("give --page N or --pages A-B") }
        let parts = pages.split(separator: "-").map { Int($0.trimming(.whitespaces)) }
        guard parts.count == 2, let a = parts[0], let b = parts[1], a >= 1, b >= a else {
            throw ValidationError("--pages must look like 3-7")
        }
        return a...b
    }

    func validate() throws {
        guard (page == nil) != (pages == nil) else { throw ValidationError("give exactly one of --page N or --pages A-B") }
        if let page, page < 1 { throw ValidationError("--page must be at least 1") }
        _ = try range()
        guard (20...600).contains(dpi) else { throw ValidationError("--dpi must be between 20 and 600") }
    }

    func run() throws {
        let wanted = try range()
        let single = page != nil
        if !single {
            try? FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        }
        let inspector = Inspector(options: ExtractOptions(ocr: ocr), scale: dpi / 72)
        do {
            let written = try inspector.inspect(path: file, pages: wanted) { n in
                single ? output : output.isEmpty || output.hasSuffix("/") ? output + "page-\(n).png" : output + "/page-\(n).png"
            }
            if written.isEmpty {
                Console.error("kinerja: \(file): no page \(wanted.lowerBound)\(single ? "" : "-\(wanted.upperBound)") in the document\n")
                throw ExitCode(1)
            }
            for w in written { print(w) }
        } catch let error as ExtractError {
            Console.error("kinerja: \(error) [\(error.code)]\n")
            throw ExitCode(1)
        }
    }
}
