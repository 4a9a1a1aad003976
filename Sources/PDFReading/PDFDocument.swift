import FoundationEssentials
import PopplerGraphics
import KinerjaModel

/// Why poppler could not open a document.
public enum PDFOpenError: Error, Sendable, Equatable {
    case encrypted
    case damaged(String)
    case notPDF
}

/// A PDF opened with poppler's core API (text and drawing of a page in one pass: see
/// PopplerGraphics); poppler-glib opens the same bytes only when a page must be rendered
/// or its images fetched (OCR, `inspect`). Releases both on deinit.
///
/// Poppler objects are not thread-safe: use one `PDFDocument` from one thread at a time
/// (the pipeline reads pages serially and parallelises only the OCR of their images).
public final class PDFDocument {
    /// The PDF's bytes, at a fixed address for as long as either document reads them.
    private let bytes: UnsafeMutableRawBufferPointer
    let core: OpaquePointer             // kg_document*
    private let password: String?

    /// Opens PDF bytes (already read by the caller, who also hashes them). `password`
    /// opens a file locked with a user password (an owner password alone needs none).
    public init(data: Data, password: String? = nil) throws(PDFOpenError) {
        // PDF files start with "%PDF-" within the first 1024 bytes (the spec allows junk before it).
        let head = data.prefix(1024)
        guard head.firstRange(of: Array("%PDF-".utf8)) != nil else { throw .notPDF }

        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: max(1, data.count), alignment: 16)
        data.withUnsafeBytes { raw in
            if let base = raw.baseAddress, raw.count > 0 { buffer.baseAddress!.copyMemory(from: base, byteCount: raw.count) }
        }
        var error: Int32 = 0
        guard !data.isEmpty, let core = kg_open_with_password(buffer.baseAddress, data.count, password, &error) else {
            buffer.deallocate()
            // poppler-glib's words for the same failures.
            switch Int(error) {
            case Int(KG_ERROR_ENCRYPTED): throw .encrypted
            case Int(KG_ERROR_DAMAGED): throw .damaged("PDF document is damaged")
            case Int(KG_ERROR_BAD_CATALOG): throw .damaged("Failed to read the document catalog")
            default: throw .damaged("Failed to load document")
            }
        }
        self.bytes = UnsafeMutableRawBufferPointer(start: buffer.baseAddress, count: data.count)
        self.core = core
        self.password = password
    }

    /// True while poppler-glib checks a password (see `renderDocument`).
    nonisolated(unsafe) public static var openingWithPassword = false

    deinit {
        if let glib { kr_close(glib) }
        kg_close(core)
        bytes.deallocate()
    }

    /// poppler-glib's document over the same bytes, for renders and embedded images (opened,
    /// and poppler-glib and cairo loaded, on first use: a born-digital document never needs it).
    private var glib: OpaquePointer?    // kr_document*
    private var glibTried = false

    func renderDocument() -> OpaquePointer? {
        if !glibTried {
            glibTried = true
            // poppler-glib 22 crashes on a wrong password (its UTF-8 retry reuses a freed
            // stream); the flag lets the CLI's crash handler say what happened.
            if password != nil { PDFDocument.openingWithPassword = true }
            glib = kr_open(bytes.baseAddress, bytes.count, password)
            PDFDocument.openingWithPassword = false
        }
        return glib
    }

    /// Seconds one page's content may take to read (0: no limit): a page past it is cut
    /// off there (`PDFPage.contentTimedOut`) and the document goes on.
    public var contentTimeLimit: Double = 0

    public var pageCount: Int { Int(kg_page_count(core)) }

    /// The page at a 0-based index.
    public func page(at index: Int) -> PDFPage? {
        guard index >= 0, index < pageCount else { return nil }
        var w = 0.0, h = 0.0
        guard kg_page_size(core, Int32(index), &w, &h) == 0 else { return nil }
        return PDFPage(document: self, index: index, size: (w, h))
    }
}
