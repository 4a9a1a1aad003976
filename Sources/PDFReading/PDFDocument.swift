import CPoppler
import Foundation
import PopplerGraphics
import KinerjaModel

/// Why poppler could not open a document.
public enum PDFOpenError: Error, Sendable, Equatable {
    case encrypted
    case damaged(String)
    case notPDF
}

/// A PDF opened with poppler-glib. Owns the `PopplerDocument` and releases it on deinit.
///
/// Poppler objects are not thread-safe: use one `PDFDocument` from one thread at a time
/// (the pipeline reads pages serially and parallelises only the OCR of their images).
public final class PDFDocument {
    private let handle: OpaquePointer   // PopplerDocument*
    private let bytes: OpaquePointer    // GBytes*, kept alive as long as the document

    /// Opens PDF bytes (already read by the caller, who also hashes them). `password`
    /// opens a file locked with a user password (an owner password alone needs none).
    public init(data: Data, password: String? = nil) throws(PDFOpenError) {
        // PDF files start with "%PDF-" within the first 1024 bytes (the spec allows junk before it).
        let head = data.prefix(1024)
        guard head.range(of: Data("%PDF-".utf8)) != nil else { throw .notPDF }

        _ = PDFDocument.quietPoppler
        let gbytes: OpaquePointer = data.withUnsafeBytes { raw in
            g_bytes_new(raw.baseAddress, gsize(raw.count))
        }
        var error: UnsafeMutablePointer<GError>? = nil
        // poppler-glib 22 crashes on a wrong password (its UTF-8 retry reuses a freed
        // stream); the flag lets the CLI's crash handler say what happened.
        if password != nil { PDFDocument.openingWithPassword = true }
        let opened = poppler_document_new_from_bytes(gbytes, password, &error)
        PDFDocument.openingWithPassword = false
        guard let doc = opened else {
            g_bytes_unref(gbytes)
            let code = error.map { Int($0.pointee.code) } ?? -1
            let message = error.flatMap { $0.pointee.message.map { String(cString: $0) } } ?? "unknown error"
            if let error { g_error_free(error) }
            if code == Int(POPPLER_ERROR_ENCRYPTED.rawValue) { throw .encrypted }
            throw .damaged(message)
        }
        self.handle = doc
        self.bytes = gbytes
    }

    /// True while poppler checks a password (see `init`).
    nonisolated(unsafe) public static var openingWithPassword = false

    /// Poppler reports every oddity of a damaged file ("Syntax Error", font fallbacks) on
    /// GLib's log in its own domain; the pipeline reports what matters itself, so those
    /// messages are dropped rather than mixed into the tool's one-line errors.
    private static let quietPoppler: Void = {
        let levels = GLogLevelFlags(rawValue: G_LOG_LEVEL_MASK.rawValue | G_LOG_FLAG_FATAL.rawValue | G_LOG_FLAG_RECURSION.rawValue)
        g_log_set_handler("Poppler", levels, { _, _, _, _ in }, nil)
    }()

    deinit {
        if let core { kg_close(core) }
        g_object_unref(UnsafeMutableRawPointer(handle))
        g_bytes_unref(bytes)
    }

    /// poppler's core document over the same bytes, for the vector drawing (opened on first
    /// use: only native pages need it).
    private var core: OpaquePointer?   // kg_document*
    private var coreTried = false

    func coreDocument() -> OpaquePointer? {
        if !coreTried {
            coreTried = true
            var size: gsize = 0
            if let data = g_bytes_get_data(bytes, &size) { core = kg_open(data, Int(size)) }
        }
        return core
    }

    public var pageCount: Int { Int(poppler_document_get_n_pages(handle)) }

    /// The page at a 0-based index.
    public func page(at index: Int) -> PDFPage? {
        guard index >= 0, index < pageCount, let p = poppler_document_get_page(handle, Int32(index)) else { return nil }
        return PDFPage(handle: p, number: index + 1, document: self)
    }
}
